import { CONSENT_METHODS } from '../shared/consent.js';
import { DaySchema, IdSchema, LangSchema, SlugSchema, text } from '../shared/primitives.js';
import * as z from '../zod.js';
import { BODY_MAX, CHANNELS, CONTRIBUTION_KINDS, TITLE_MAX, VERDICTS } from './contribution.constants.js';

/** What the author writes. Never a field for RSA status or any other social data. */
export const ContributionContentSchema = z.object({
  kind: z.enum(CONTRIBUTION_KINDS),
  title: text(TITLE_MAX, 'Des horaires de bus adaptés aux rendez-vous'),
  body: text(BODY_MAX, 'Le bus du matin arrive après l’ouverture du guichet.'),
  theme: SlugSchema,
  territory: z.optional(text(120, 'Quartier des Tilleuls')),
  /** The language the author wrote in (the form's); absent on older contributions: French. */
  lang: z.optional(LangSchema),
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
    /**
     * `true`: the author also agreed to receive text messages at `phone` about it. Absent on
     * contacts given before text messages existed: those get none.
     */
    smsConsent: z.optional(z.literal(true)),
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
  /** The language the answer, its commitments and progress are written in; absent: French. */
  lang: z.optional(LangSchema),
});

/** A planned step of a commitment, with the day it should be met by. */
export const MilestoneSchema = z.object({
  id: IdSchema,
  label: text(200, 'Vote du nouvel horaire'),
  due: DaySchema,
});

export const CommitmentSchema = z.object({
  id: IdSchema,
  what: text(500, 'Ajouter un bus à 8 h 10 sur la ligne 4'),
  owner: text(120, 'Service mobilité'),
  due: DaySchema,
  /** The planned steps, in the order they should happen; late when one's day passes unmet. */
  milestones: z.optional(z.array(MilestoneSchema).check(z.maxLength(20))),
});

export const ProgressUpdateSchema = z.object({
  commitmentId: IdSchema,
  text: text(2000, 'Le nouvel horaire est voté ; il commence le 1er septembre.'),
  percent: z.int().check(z.gte(0), z.lte(100)),
  /** Ids of the commitment's milestones this update meets. */
  milestonesMet: z.optional(z.array(IdSchema).check(z.maxLength(20))),
});
