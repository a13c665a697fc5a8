import { PHASE_IDS } from '../cycle/cycle.phases.js';
import { IdSchema, PlainTextSchema, SlugSchema } from '../shared/primitives.js';
import { MEMBER_ROLES } from '../shared/roles.js';
import * as z from '../zod.js';
import type { Condition } from './diagnostic.types.js';

export const QUESTION_KINDS = ['single', 'multiple', 'scale', 'yesNoUnsure', 'text'] as const;
export const YES_NO_UNSURE = ['yes', 'no', 'unsure'] as const;
/** A step of the diagnostic shows one question, or one section at a time. */
export const STEP_MODES = ['section', 'question'] as const;
export const DIAGNOSTIC_STATES = ['intro', 'steps', 'review', 'results'] as const;
/** Identifies the format of a saved diagnostic, so a future format can still read this one. */
export const SAVED_DIAGNOSTIC_FORMAT = 'participe.diagnostic/1';
/** @default 2000 characters for a `text` answer. */
export const TEXT_ANSWER_MAX = 2000;

const PhaseIdSchema = z.enum(PHASE_IDS);
const ChoiceValueSchema = z.union([IdSchema, z.number().check(z.int())]);
const ref = { question: IdSchema };

// Conditions are plain JSON, one operator per object, so they can be stored, diffed and
// shown in an editor. They are interpreted by `diagnostic.conditions.ts`, never evaluated
// as code. `z.lazy` lets a condition contain conditions.
export const ConditionSchema: z.ZodMiniType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema).check(z.minLength(1)) }),
    z.strictObject({ any: z.array(ConditionSchema).check(z.minLength(1)) }),
    z.strictObject({ not: ConditionSchema }),
    z.strictObject({ answered: IdSchema }),
    z.strictObject({ equals: z.strictObject({ ...ref, value: ChoiceValueSchema }) }),
    z.strictObject({ in: z.strictObject({ ...ref, values: z.array(ChoiceValueSchema).check(z.minLength(1)) }) }),
    z.strictObject({ gte: z.strictObject({ ...ref, value: z.number() }) }),
    z.strictObject({ lte: z.strictObject({ ...ref, value: z.number() }) }),
    z.strictObject({
      level: z.strictObject({ dimension: IdSchema, in: z.array(IdSchema).check(z.minLength(1)) }),
    }),
  ]),
);

/** Weight of an answer on named dimensions, e.g. `{ feedbackLoop: 10 }`. Negative weights are allowed. */
export const WeightsSchema = z.record(IdSchema, z.number());

export const OptionSchema = z.strictObject({
  value: IdSchema,
  label: PlainTextSchema,
  weights: z.optional(WeightsSchema),
  abstain: z.optional(z.boolean()),
  exclusive: z.optional(z.boolean()),
});

export const ScaleStepSchema = z.strictObject({
  value: z.number().check(z.int()),
  label: PlainTextSchema,
});

const questionBase = {
  id: IdSchema,
  label: PlainTextSchema,
  help: z.optional(PlainTextSchema),
  required: z.optional(z.boolean()),
  visibleIf: z.optional(ConditionSchema),
  requiredIf: z.optional(ConditionSchema),
};
const options = z.array(OptionSchema).check(z.minLength(2));

export const QuestionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('single'), ...questionBase, options }),
  z.strictObject({
    kind: z.literal('multiple'),
    ...questionBase,
    options,
    maxChoices: z.optional(z.number().check(z.int(), z.minimum(1))),
  }),
  z.strictObject({
    kind: z.literal('scale'),
    ...questionBase,
    steps: z.array(ScaleStepSchema).check(z.minLength(2)),
    weights: z.optional(WeightsSchema),
  }),
  z.strictObject({
    kind: z.literal('yesNoUnsure'),
    ...questionBase,
    weights: z.optional(z.strictObject({ yes: WeightsSchema, no: WeightsSchema, unsure: z.optional(WeightsSchema) })),
  }),
  z.strictObject({
    kind: z.literal('text'),
    ...questionBase,
    maxLength: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(10_000))),
  }),
]);

export const SectionSchema = z.strictObject({
  id: IdSchema,
  title: PlainTextSchema,
  intro: z.optional(PlainTextSchema),
  questions: z.array(QuestionSchema).check(z.minLength(1)),
});

export const LevelSchema = z.strictObject({
  id: IdSchema,
  label: PlainTextSchema,
  description: z.optional(PlainTextSchema),
});

export const DimensionSchema = z.strictObject({
  id: IdSchema,
  label: PlainTextSchema,
  description: z.optional(PlainTextSchema),
  thresholds: z.array(z.number()),
});

export const RecommendationRuleSchema = z.strictObject({
  id: IdSchema,
  when: ConditionSchema,
  priority: z.optional(z.number().check(z.int())),
  phase: PhaseIdSchema,
  title: PlainTextSchema,
  why: z.optional(PlainTextSchema),
  vigilance: z.array(PlainTextSchema),
  methods: z.array(PlainTextSchema),
  resourceIds: z.array(SlugSchema),
});

export const PhaseEstimateSchema = z.strictObject({
  steps: z.array(z.strictObject({ phase: PhaseIdSchema, doneWhen: ConditionSchema })).check(z.minLength(1)),
  whenAllDone: PhaseIdSchema,
});

export const QuestionnaireSchema = z.strictObject({
  id: SlugSchema,
  version: z.number().check(z.int(), z.minimum(1)),
  locale: z.string().check(z.regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'A language tag, e.g. fr or fr-FR')),
  title: PlainTextSchema,
  intro: z.optional(PlainTextSchema),
  answerLabels: z.strictObject({ yes: PlainTextSchema, no: PlainTextSchema, unsure: PlainTextSchema }),
  levels: z.array(LevelSchema).check(z.minLength(2)),
  dimensions: z.array(DimensionSchema).check(z.minLength(1)),
  sections: z.array(SectionSchema).check(z.minLength(1)),
  recommendations: z.array(RecommendationRuleSchema),
  phaseEstimate: z.optional(PhaseEstimateSchema),
});

export const AnswerValueSchema = z.union([z.string(), z.number(), z.array(z.string())]);
/** Answers by question id. Their fit with a questionnaire is checked by `validateAnswers`. */
export const AnswersSchema = z.record(IdSchema, AnswerValueSchema);

export const DiagnosticResponseSchema = z.strictObject({
  role: z.enum(MEMBER_ROLES),
  answers: AnswersSchema,
});

export const SavedDiagnosticSchema = z.strictObject({
  format: z.literal(SAVED_DIAGNOSTIC_FORMAT),
  questionnaireId: SlugSchema,
  questionnaireVersion: z.number().check(z.int(), z.minimum(1)),
  state: z.enum(DIAGNOSTIC_STATES),
  mode: z.enum(STEP_MODES),
  step: z.number().check(z.int(), z.minimum(-1)),
  answers: AnswersSchema,
});
