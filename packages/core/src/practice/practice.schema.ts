// A practice sheet as groups write it: the structure of the inspiring-practice sheets of
// French social work (context, shared diagnostic, objectives, public, actions, evaluation,
// transformations seen from each side, perspectives), with when it started, who to ask
// (a role, never a person), its sources and, if the group wishes, testimonies.
import { LOCALES, PhaseIdSchema, VIEWPOINTS } from '../content/content.schema.js';
import { InstantSchema, SlugSchema } from '../shared/primitives.js';
import * as z from '../zod.js';

/** Where a sheet stands: written by a group, reviewed by the council, then public. */
export const PRACTICE_STATUSES = ['draft', 'submitted', 'returned', 'published'] as const;
/** The statuses in which the group may still change its sheet. */
export const EDITABLE_PRACTICE_STATUSES = ['draft', 'returned'] as const;

const line = (max: number, example: string) =>
  z.string().check(z.trim(), z.minLength(1, `Écrivez quelques mots (exemple : ${example})`), z.maxLength(max));
const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));
const list = (max: number, example: string) => z.array(line(max, example)).check(z.maxLength(30));

/** A document or a page that tells more. */
export const PracticeSourceSchema = z.object({
  title: line(300, 'Rapport d’évaluation 2023'),
  url: z.optional(z.url({ protocol: /^https?$/ })),
});

/** Words of someone who took part, with their viewpoint and a role (never a name). */
export const TestimonySchema = z.object({
  viewpoint: z.enum(VIEWPOINTS),
  /** e.g. `une habitante du quartier`, `un conseiller départemental`. */
  role: line(120, 'une habitante du quartier'),
  text: line(2000, 'On a enfin été écoutés.'),
});

/** `2023` or `2023-09`. */
export const StartDateSchema = z
  .string()
  .check(z.regex(/^(19|20)\d\d(-(0[1-9]|1[0-2]))?$/, 'Une année, ou une année et un mois (exemple : 2023-09)'));

/** What the group writes, complete: what a sheet needs to be submitted and published. */
export const PracticeContentSchema = z.object({
  title: line(200, 'Des habitants réécrivent les courriers'),
  territory: line(200, 'Quartier des Tilleuls'),
  /** Kind of territory, for filters: urbain, rural, quartier prioritaire… */
  territoryType: line(60, 'rural'),
  themes: list(60, 'mobilité').check(z.minLength(1, 'Au moins un thème (exemple : mobilité)')),
  public: list(120, 'allocataires du RSA').check(z.minLength(1, 'Au moins un public (exemple : familles)')),
  startDate: StartDateSchema,
  context: line(6000, 'Ce qui a fait naître le projet'),
  sharedDiagnostic: line(6000, 'Ce que le groupe a constaté ensemble'),
  /** The problem in one sentence, as the people concerned said it. */
  problemStatement: text(600),
  objectives: list(600, 'Rendre les courriers compréhensibles').check(z.minLength(1, 'Au moins un objectif')),
  actions: list(1000, 'Réécriture collective des courriers').check(z.minLength(1, 'Au moins une action')),
  evaluation: line(6000, 'Ce qui a été mesuré, et comment'),
  transformations: z.object({
    residents: list(1000, 'Des habitants qui osent appeler le service'),
    professionals: list(1000, 'Des agents qui relisent leurs écrits'),
    elected: list(1000, 'Un engagement des élus'),
    partners: list(1000, 'Un partenaire reprend la méthode'),
  }),
  keysOfSuccess: list(1000, 'Des réunions à horaire fixe'),
  vigilance: list(1000, 'Ne pas promettre ce qui ne dépend pas du groupe'),
  perspectives: text(6000),
  /** Who to ask, as a role: never a person's name, e-mail or phone. */
  contactRole: line(200, 'Animatrice du groupe, service insertion'),
  sources: z.array(PracticeSourceSchema).check(z.maxLength(20)),
  phases: z.array(PhaseIdSchema).check(z.minLength(1, 'Au moins une phase du cycle')),
  resourceIds: z.array(SlugSchema).check(z.maxLength(30)),
  testimonies: z.optional(z.array(TestimonySchema).check(z.maxLength(12))),
});

/** A draft: anything the group wrote so far, a title at least. */
export const PracticeDraftSchema = z.extend(z.partial(PracticeContentSchema), {
  title: line(200, 'Des habitants réécrivent les courriers'),
});

/** The council's last word on a sheet, which its authors read on it. */
export const PracticeReviewSchema = z.object({
  decision: z.enum(['returned', 'published']),
  /** Why it was returned: what to change. */
  reason: z.optional(z.string()),
  at: InstantSchema,
});

/** A sheet as the API shows it: what the group wrote, where it stands, and whose it is. */
export const PracticeViewSchema = z.extend(PracticeDraftSchema, {
  id: SlugSchema,
  locale: z.enum(LOCALES),
  status: z.enum(PRACTICE_STATUSES),
  version: z.number().check(z.int(), z.positive()),
  /** The year it started, from `startDate`. */
  year: z.optional(z.number().check(z.int())),
  /** The group that wrote it; absent for the sheets every council starts with. */
  spaceId: z.nullable(z.string()),
  /** Shared with every council on the server. */
  shared: z.boolean(),
  /** The council it comes from: shown on sheets shared by another council. */
  origin: z.object({ organisation: z.string(), name: z.string() }),
  review: z.nullable(PracticeReviewSchema),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  publishedAt: z.nullable(InstantSchema),
});

/** What a version of a sheet records that someone did. */
export const PRACTICE_ACTIONS = [
  'seed',
  'create',
  'update',
  'submit',
  'publish',
  'return',
  'share',
  'unshare',
] as const;

/** One version of a sheet: who (member id and role, never a name), when, what, and the sheet after it. */
export const PracticeVersionSchema = z.object({
  version: z.number().check(z.int(), z.positive()),
  at: InstantSchema,
  actor: z.object({ id: z.nullable(z.string()), role: z.string() }),
  action: z.enum(PRACTICE_ACTIONS),
  sheet: PracticeViewSchema,
});

export const PRACTICE_FACETS = ['phase', 'theme', 'public'] as const;

/**
 * What a list shows of a sheet (`fields=summary` of the search): where, when, about what and
 * for whom, and the problem as the people concerned said it. The sheet's identity (id,
 * status, origin…) is always there.
 */
export const PRACTICE_SUMMARY_FIELDS = [
  'title',
  'territory',
  'territoryType',
  'themes',
  'public',
  'startDate',
  'phases',
  'problemStatement',
] as const;

/** How many sheets found have this value. */
const FacetCountSchema = z.object({ value: z.string(), count: z.number() });
const FacetLabelSchema = z.object({ standard: z.string(), falc: z.optional(z.string()) });

/** A search in the practices: the sheets found, and how many of them fall under each facet value. */
export const PracticeSearchResultSchema = z.object({
  items: z.array(PracticeViewSchema),
  total: z.number().check(z.int()),
  /** Counts within the sheets found, most frequent first. */
  facets: z.object({
    /** A phase's `label` is the council's name for it (its FALC version may be missing). */
    phase: z.array(z.extend(FacetCountSchema, { label: z.optional(FacetLabelSchema) })),
    theme: z.array(FacetCountSchema),
    public: z.array(FacetCountSchema),
  }),
  /** The words searched for, after the thesaurus: `mobilité` → `mobilite`, `transport`… */
  terms: z.array(z.array(z.string())),
});

/** What a group or the council does to a sheet. */
export const PracticeCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('practice.submit') }),
  z.object({ type: z.literal('practice.publish') }),
  z.object({
    type: z.literal('practice.return'),
    reason: line(2000, 'Ajoutez ce qu’en disent les partenaires'),
  }),
  z.object({ type: z.literal('practice.share'), shared: z.boolean() }),
]);
