import { DaySchema, IdSchema, InstantSchema, SlugSchema, text } from '../shared/primitives.js';
import { ACTOR_ROLES } from '../shared/roles.js';
import { CONSENT_METHODS } from '../space/space.schema.js';
import { z } from '../zod.js';
import { CHANNELS, CONTRIBUTION_EVENT_TYPES, CONTRIBUTION_KINDS, VERDICTS } from './contribution.constants.js';

export const TITLE_MAX = 120;
export const BODY_MAX = 4000;

/** What the author writes. Never a field for RSA status or any other social data. */
export const ContributionContentSchema = z.object({
  kind: z.enum(CONTRIBUTION_KINDS),
  title: text(TITLE_MAX, 'Des horaires de bus adaptés aux rendez-vous'),
  body: text(BODY_MAX, 'Le bus du matin arrive après l’ouverture du guichet.'),
  theme: SlugSchema,
  territory: z.optional(text(120, 'Quartier des Tilleuls')),
});

export const AuthorSchema = z.object({
  /** A name the author chooses; need not be their real name. */
  pseudonym: text(60, 'Camille du quartier'),
});

/**
 * How to reach the author, given only with explicit consent. Private: never published,
 * never part of the public timeline, used only to tell the author about their answer.
 */
export const ContactSchema = z
  .object({
    email: z.optional(
      z
        .string()
        .check(
          z.maxLength(254),
          z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Adresse e-mail invalide (exemple : prenom@exemple.fr)'),
        ),
    ),
    phone: z.optional(
      z.string().check(z.regex(/^\+?[0-9 .-]{6,20}$/, 'Numéro de téléphone invalide (exemple : 06 00 00 00 00)')),
    ),
    /** Must be `true`: the author agreed to be contacted about this contribution. */
    consent: z.literal(true),
  })
  .check(
    z.refine((c) => c.email !== undefined || c.phone !== undefined, {
      message: 'Indiquez un e-mail ou un téléphone (exemple : prenom@exemple.fr)',
      path: ['email'],
    }),
  );

/** A facilitator or social worker typed the contribution for someone (saisie accompagnée). */
export const AssistedEntrySchema = z.object({
  /** The pseudonym of the person on whose behalf it was written. */
  onBehalfOf: text(60, 'Monsieur D.'),
  facilitatorId: IdSchema,
  consentMethod: z.enum(CONSENT_METHODS),
  consentNote: z.optional(z.string().check(z.maxLength(500))),
});

/** What a client sends to create a contribution. */
export const ContributionInputSchema = z
  .object({
    ...ContributionContentSchema.shape,
    spaceId: IdSchema,
    channel: z._default(z.enum(CHANNELS), 'online'),
    author: AuthorSchema,
    contact: z.optional(ContactSchema),
    assisted: z.optional(AssistedEntrySchema),
    /** The meeting the contribution was captured in, for channel `meeting`. */
    meetingId: z.optional(IdSchema),
  })
  .check(
    z.refine((c) => (c.channel === 'assisted') === (c.assisted !== undefined), {
      message: 'Une saisie accompagnée indique pour qui et comment l’accord a été donné',
      path: ['assisted'],
    }),
    z.refine((c) => c.channel !== 'meeting' || c.meetingId !== undefined, {
      message: 'Une contribution issue d’une réunion indique la réunion (exemple : m_2026_03)',
      path: ['meetingId'],
    }),
  );

/** The institution's answer: decided internally first, then published. */
export const AnswerSchema = z.object({
  verdict: z.enum(VERDICTS),
  /** The reasons, in words the author understands. */
  text: text(BODY_MAX, 'Nous ajoutons un bus à 8 h 10 dès septembre, car…'),
  /** The service that signs the answer. */
  service: text(120, 'Direction de l’insertion'),
  /** For `duplicate`: the contribution this one is merged into. */
  duplicateOf: z.optional(IdSchema),
});

export const CommitmentSchema = z.object({
  id: IdSchema,
  what: text(500, 'Ajouter un bus à 8 h 10 sur la ligne 4'),
  owner: text(120, 'Service mobilité'),
  due: DaySchema,
});

export const ProgressUpdateSchema = z.object({
  commitmentId: IdSchema,
  text: text(2000, 'Le nouvel horaire est voté ; il commence le 1er septembre.'),
  percent: z.int().check(z.gte(0), z.lte(100)),
});

export const ActorSchema = z.object({
  role: z.enum(ACTOR_ROLES),
  /** Member or account id; `null` for an anonymous citizen. */
  id: z.nullable(IdSchema),
});

const reason = text(1000, 'Propos injurieux envers une personne');

/** The data each event type carries, validated at every boundary. */
export const CONTRIBUTION_EVENT_DATA = {
  'contribution.created': z.object({
    id: IdSchema,
    spaceId: IdSchema,
    premoderated: z.boolean(),
    content: ContributionContentSchema,
    channel: z.enum(CHANNELS),
    author: AuthorSchema,
    assisted: z.optional(AssistedEntrySchema),
    meetingId: z.optional(IdSchema),
  }),
  'contribution.edit': z.partial(ContributionContentSchema),
  'contribution.submit': z.object({}),
  'contribution.approve': z.object({}),
  'contribution.hide': z.object({ reason }),
  'contribution.restore': z.object({ reason }),
  'contribution.withdraw': z.object({ reason: z.optional(z.string().check(z.maxLength(1000))) }),
  'contribution.review': z.object({}),
  'contribution.decide': z.object({ answer: AnswerSchema }),
  'contribution.publish': z.object({}),
  'contribution.commit': z.object({ commitment: CommitmentSchema }),
  'contribution.start': z.object({}),
  'contribution.progress': z.object({ update: ProgressUpdateSchema }),
  'contribution.complete': z.object({}),
} as const satisfies Record<(typeof CONTRIBUTION_EVENT_TYPES)[number], z.ZodMiniType>;

/** A command a client sends: an event type and its data (the server adds actor and time). */
export const ContributionCommandSchema = z.discriminatedUnion(
  'type',
  CONTRIBUTION_EVENT_TYPES.filter((t) => t !== 'contribution.created').map((type) =>
    z.object({ type: z.literal(type), data: CONTRIBUTION_EVENT_DATA[type] }),
  ) as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]],
);

/** A stored event: the public timeline and the audit log are the same list. */
export const ContributionEventSchema = z.object({
  contributionId: IdSchema,
  /** 1 for `contribution.created`, then +1 per event: the contribution's version. */
  seq: z.int().check(z.gte(1)),
  type: z.enum(CONTRIBUTION_EVENT_TYPES),
  actor: ActorSchema,
  at: InstantSchema,
  data: z.record(z.string(), z.unknown()),
});
