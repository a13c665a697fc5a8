// The resource centre as each council keeps it: what lists take (filters, search, pages),
// what editors send (a whole entry, replaced), and what readers get (each entry with its
// version and the fields still without their FALC text). A citizen-facing text's FALC
// (easy-to-read) version may be missing from an edit: the edit is saved and the entry
// flagged (`falcMissing`), never refused.
import { PHASE_IDS, QuestionnaireSchema, RESOURCE_TYPES, SlugSchema } from '@participe/core';
import * as z from 'zod/mini';

const described = <S extends z.ZodMiniType>(schema: S, description: string) =>
  z.optional(schema.check(z.describe(description)) as S);

const locale = described(z.enum(['fr', 'en']), '`fr` or `en`; default from Accept-Language, then French.');
const line = z.string().check(z.minLength(1), z.maxLength(200));
const long = z.string().check(z.maxLength(4000));

/** A citizen-facing text as an editor sends it: `falc` may be left out (the entry is then flagged). */
export const EditableTextSchema = z.strictObject({
  standard: z.string().check(z.minLength(1), z.maxLength(4000)),
  falc: z.optional(long),
});
const texts = z.array(EditableTextSchema).check(z.maxLength(40));
const phases = z.array(z.enum(PHASE_IDS)).check(z.maxLength(PHASE_IDS.length));
const slugs = z.array(SlugSchema).check(z.maxLength(100));

/** What a read adds to an entry; an editor may send it back, it is ignored. */
const readOnly = {
  version: z.optional(z.int().check(z.gte(1))),
  falcMissing: z.optional(z.array(z.string())),
};

export const PhaseInputSchema = z.strictObject({
  id: z.optional(z.enum(PHASE_IDS)),
  label: EditableTextSchema,
  summary: EditableTextSchema,
  question: EditableTextSchema,
  stakes: texts,
  objectives: texts,
  vigilance: texts,
  methods: texts,
  tools: texts,
  resourceIds: slugs,
  ...readOnly,
});

export const ResourceInputSchema = z.strictObject({
  id: z.optional(SlugSchema),
  type: z.enum(RESOURCE_TYPES),
  title: EditableTextSchema,
  summary: EditableTextSchema,
  whenToUse: EditableTextSchema,
  steps: texts,
  phases: phases.check(z.minLength(1)),
  duration: z.string().check(z.maxLength(120)),
  tags: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(30)),
  ...readOnly,
});

export const GuideEntryInputSchema = z.strictObject({
  id: z.optional(SlugSchema),
  question: EditableTextSchema,
  answer: EditableTextSchema,
  phase: z.enum(PHASE_IDS),
  resourceIds: slugs.check(z.minLength(1)),
  ...readOnly,
});

export const GlossaryEntryInputSchema = z.strictObject({
  id: z.optional(SlugSchema),
  term: line,
  expansion: z.optional(z.string().check(z.maxLength(400))),
  definition: EditableTextSchema,
  ...readOnly,
});

/** An entry as read: its id, its version (send it back as `If-Match`), its missing FALC texts. */
const read = <S extends z.ZodMiniObject, I extends z.ZodMiniType>(schema: S, id: I) =>
  z.extend(schema, {
    id,
    version: z.int().check(z.gte(1)),
    falcMissing: z.optional(
      z.array(z.string()).check(z.describe('Fields saved without their FALC text, e.g. `steps.2`.')),
    ),
  });

export const PhaseEntrySchema = read(PhaseInputSchema, z.enum(PHASE_IDS));
export const ResourceEntrySchema = read(ResourceInputSchema, SlugSchema);
export const GuideEntryReadSchema = read(GuideEntryInputSchema, SlugSchema);
export const GlossaryEntryReadSchema = read(GlossaryEntryInputSchema, SlugSchema);
/** A phase's name only (`GET /api/phases?fields=label`): what a first screen needs to list the cycle. */
export const PhaseLabelSchema = z.object({
  id: z.enum(PHASE_IDS),
  version: z.int().check(z.gte(1)),
  label: EditableTextSchema,
});

/** A page of entries, in the council's order. */
export const contentPage = <S extends z.ZodMiniType>(item: S) =>
  z.object({
    items: z.array(item),
    /** The next page's `cursor`, `null` on the last page. */
    nextCursor: z.nullable(z.string()),
    /** How many entries match, all pages together. */
    total: z.int(),
  });

/** The lists of the resource centre. */
export const ContentListQuerySchema = z.object({
  locale,
  phase: described(z.enum(PHASE_IDS), 'Only entries for this phase, e.g. `diagnose`.'),
  kind: described(z.enum(RESOURCE_TYPES), 'Resources only: `method` or `tool`.'),
  q: described(
    z.string().check(z.maxLength(200)),
    'Words to find in the entry (standard and FALC texts); case and accents do not matter.',
  ),
  cursor: described(z.string().check(z.regex(/^\d{1,6}$/)), '`nextCursor` of the previous page.'),
  limit: described(z.int().check(z.gte(1), z.lte(100)), 'How many, 20 by default.'),
  fields: described(
    z.enum(['label']),
    'Phases only: `label` sends each phase’s id, version and name, nothing else (a first screen that lists the cycle); the whole entry by default.',
  ),
});

/** Which language an edit or a history is for. */
export const ContentLocaleQuerySchema = z.object({ locale });

/** The questionnaire a space (or the council) uses, and whose it is. */
export const QuestionnaireInEffectSchema = z.object({
  questionnaire: QuestionnaireSchema,
  source: z.enum(['space', 'council', 'builtin']),
  /** Send it as `If-Match` to replace this source's questionnaire; 0 for the built-in one. */
  version: z.int().check(z.gte(0)),
});

/** A questionnaire as an integrator sends it: checked by the diagnostic engine, not here. */
export const QuestionnaireInputSchema = z.record(z.string(), z.unknown());

export const CONTENT_EDITABLE_KINDS = ['phase', 'resource', 'guide', 'glossary'] as const;

export const ContentVersionSchema = z.object({
  version: z.int(),
  at: z.string(),
  actor: z.object({ id: z.nullable(z.string()), role: z.string() }),
  changes: z.array(z.string()),
  doc: z.record(z.string(), z.unknown()),
});
