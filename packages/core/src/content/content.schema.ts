import { PHASE_IDS } from '../cycle/cycle.phases.js';
import { PlainTextSchema, SlugSchema } from '../shared/primitives.js';
import * as z from '../zod.js';

const texts = z.array(PlainTextSchema);
export const PhaseIdSchema = z.enum(PHASE_IDS);

/** A phase of the participation cycle: what is at stake and how to work on it. */
export const CyclePhaseSchema = z.object({
  id: PhaseIdSchema,
  label: PlainTextSchema,
  summary: PlainTextSchema,
  /** What the phase is for, in one question a group could ask itself. */
  question: PlainTextSchema,
  stakes: texts,
  objectives: texts,
  vigilance: texts,
  methods: texts,
  tools: texts,
  /** Resource-centre entries that help in this phase. */
  resourceIds: z.array(SlugSchema),
});

export const RESOURCE_TYPES = ['method', 'tool'] as const;

/** A method or a tool of the resource centre. */
export const ResourceSchema = z.object({
  id: SlugSchema,
  type: z.enum(RESOURCE_TYPES),
  title: PlainTextSchema,
  summary: PlainTextSchema,
  whenToUse: PlainTextSchema,
  steps: texts,
  phases: z.array(PhaseIdSchema).check(z.minLength(1)),
  /** e.g. "2 heures", "3 mois". */
  duration: z.string(),
  tags: z.array(z.string()),
});

export const VIEWPOINTS = ['residents', 'professionals', 'elected', 'partners'] as const;

/** An inspiring-practice sheet: what a group did, how, and what changed, seen from each side. */
export const PracticeSheetSchema = z.object({
  id: SlugSchema,
  title: z.string().check(z.minLength(1)),
  territory: z.string(),
  /** Kind of territory, for filters: urbain, rural, quartier prioritaire… */
  territoryType: z.string(),
  themes: z.array(z.string()).check(z.minLength(1)),
  public: z.array(z.string()).check(z.minLength(1)),
  year: z.number().check(z.int()),
  context: z.string(),
  sharedDiagnostic: z.string(),
  /** The problem in one sentence, as the people concerned said it. */
  problemStatement: z.string(),
  objectives: z.array(z.string()),
  actions: z.array(z.string()),
  evaluation: z.string(),
  transformations: z.object({
    residents: z.array(z.string()),
    professionals: z.array(z.string()),
    elected: z.array(z.string()),
    partners: z.array(z.string()),
  }),
  keysOfSuccess: z.array(z.string()),
  vigilance: z.array(z.string()),
  perspectives: z.string(),
  phases: z.array(PhaseIdSchema),
  resourceIds: z.array(SlugSchema),
});

/** A term or acronym a citizen meets, explained plainly. */
export const GlossaryEntrySchema = z.object({
  id: SlugSchema,
  term: z.string().check(z.minLength(1)),
  /** What an acronym stands for. */
  expansion: z.optional(z.string()),
  definition: PlainTextSchema,
});

/** "Par où commencer ?": a question people ask, the phase and the resources that answer it. */
export const GuideEntrySchema = z.object({
  id: SlugSchema,
  question: PlainTextSchema,
  answer: PlainTextSchema,
  phase: PhaseIdSchema,
  resourceIds: z.array(SlugSchema).check(z.minLength(1)),
});

export const LOCALES = ['fr', 'en'] as const;

/** All the content of one locale. Every locale has the same keys as `fr`. */
export const ContentPackSchema = z.object({
  locale: z.enum(LOCALES),
  phases: z.array(CyclePhaseSchema),
  glossary: z.array(GlossaryEntrySchema),
  resources: z.array(ResourceSchema),
  guide: z.array(GuideEntrySchema),
  practices: z.array(PracticeSheetSchema),
});
