import { BODY_MAX, VERDICTS } from '../contribution/contribution.constants.js';
import { CONSENT_METHODS, CONSENT_PURPOSES } from '../shared/consent.js';
import { DaySchema, IdSchema, InstantSchema, SlugSchema, text } from '../shared/primitives.js';
import { MEMBER_ROLES } from '../shared/roles.js';
import * as z from '../zod.js';

/** Themes a space starts with when it names none. Ids are stable; labels are French. */
export const DEFAULT_THEMES = [
  { id: 'emploi-insertion', label: 'Emploi et insertion' },
  { id: 'acces-aux-droits', label: 'Accès aux droits et démarches' },
  { id: 'logement', label: 'Logement' },
  { id: 'mobilite', label: 'Transports et mobilité' },
  { id: 'sante', label: 'Santé' },
  { id: 'famille', label: 'Famille et parentalité' },
  { id: 'numerique', label: 'Numérique' },
  { id: 'alimentation', label: 'Alimentation' },
  { id: 'vie-du-quartier', label: 'Vie du quartier' },
  { id: 'accompagnement', label: 'Accompagnement social' },
] as const;

export const MEETING_CADENCES = ['weekly', 'fortnightly', 'monthly', 'quarterly', 'adHoc'] as const;

export const ThemeSchema = z.object({ id: SlugSchema, label: text(80, 'Logement') });

/** A prepared answer a professional starts from; they always adapt it to the contribution. */
export const AnswerTemplateSchema = z.object({
  id: SlugSchema,
  label: text(80, 'Proposition retenue'),
  verdict: z.enum(VERDICTS),
  text: text(BODY_MAX, 'Merci pour votre proposition. Nous la retenons parce que…'),
});

export const CompositionRuleSchema = z.object({
  /** Minimum share of people concerned, 0 to 1. @default 0.5 (parity) */
  concernedShareMin: z._default(z.number().check(z.gte(0), z.lte(1)), 0.5),
  /** Size the group aims for; the sources speak of 12 to 20. @default 16 */
  targetSize: z._default(z.int().check(z.gte(2), z.lte(500)), 16),
});

/** A participation group or committee. */
export const SpaceSchema = z.object({
  id: IdSchema,
  slug: SlugSchema,
  name: text(120, 'Groupe ressource RSA du secteur Nord'),
  policyArea: text(120, 'Insertion'),
  territory: text(120, 'Secteur Nord'),
  charter: z.object({
    text: z.string().check(z.maxLength(20000)),
    /** Day the group adopted its charter; `null` while it is not adopted. */
    adoptedOn: z.nullable(DaySchema),
  }),
  composition: CompositionRuleSchema,
  /** Months between two renewals of the group. @default 12 */
  renewalMonths: z._default(z.int().check(z.gte(1), z.lte(60)), 12),
  meetingCadence: z._default(z.enum(MEETING_CADENCES), 'monthly'),
  /** Days the institution gives itself to publish an answer. @default 60 */
  answerWithinDays: z._default(z.int().check(z.gte(1), z.lte(365)), 60),
  /** Contributions wait for a facilitator before they are public. @default false */
  premoderation: z._default(z.boolean(), false),
  themes: z._default(z.array(ThemeSchema).check(z.minLength(1)), () => DEFAULT_THEMES.map((t) => ({ ...t }))),
  /** Prepared answers professionals of the space start from. @default [] */
  answerTemplates: z._default(z.array(AnswerTemplateSchema).check(z.maxLength(50)), () => []),
  createdOn: DaySchema,
  /** Day the council archived the group: it keeps its history, but is no longer listed nor open to contributions. */
  archivedOn: z.optional(z.nullable(DaySchema)),
});

/** A consent a member gave or withdrew, and how. */
export const ConsentRecordSchema = z.object({
  purpose: z.enum(CONSENT_PURPOSES),
  given: z.boolean(),
  at: InstantSchema,
  method: z.enum(CONSENT_METHODS),
});

/** A member of a space. Only a display name: no social data, never whether someone receives RSA. */
export const MemberSchema = z.object({
  id: IdSchema,
  spaceId: IdSchema,
  displayName: text(80, 'Nadia B.'),
  role: z.enum(MEMBER_ROLES),
  joinedOn: DaySchema,
  leftOn: z.nullable(DaySchema),
  /** The member said they will not continue after the next renewal; absent means no. */
  leavesAtRenewal: z.optional(z.boolean()),
  consents: z.array(ConsentRecordSchema),
});

/**
 * What a group's staff may change about it: pre-moderation (facilitators) and the answer
 * templates (professionals). The rest of a space is the council's configuration.
 */
export const SpaceSettingsSchema = z.partial(
  z.object({
    premoderation: z.boolean(),
    answerTemplates: z.array(AnswerTemplateSchema).check(z.maxLength(50)),
  }),
);

/** What a facilitator sends to add a member; the id, space and consents are the server's. */
export const MemberInputSchema = z.object({
  displayName: MemberSchema.shape.displayName,
  role: MemberSchema.shape.role,
  joinedOn: DaySchema,
});

/** What a facilitator may change about a member. */
export const MemberPatchSchema = z.partial(
  z.object({
    displayName: MemberSchema.shape.displayName,
    role: MemberSchema.shape.role,
    leftOn: z.nullable(DaySchema),
    leavesAtRenewal: z.boolean(),
  }),
);
