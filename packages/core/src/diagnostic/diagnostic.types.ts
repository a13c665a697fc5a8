import type { PhaseId } from '../cycle/cycle.phases.js';
import type { MemberRole } from '../shared/roles.js';
import type * as z from '../zod.js';
import type {
  AnswersSchema,
  AnswerValueSchema,
  DiagnosticResponseSchema,
  DimensionSchema,
  LevelSchema,
  OptionSchema,
  PhaseEstimateSchema,
  QUESTION_KINDS,
  QuestionnaireSchema,
  QuestionSchema,
  RecommendationRuleSchema,
  SavedDiagnosticSchema,
  ScaleStepSchema,
  SectionSchema,
  STEP_MODES,
  WeightsSchema,
} from './diagnostic.schema.js';

/**
 * A condition on answers (and, in recommendation rules and the phase estimate, on levels).
 * It is data: one operator per object, interpreted by the engine, never evaluated as code.
 *
 * - `all` / `any` / `not` combine conditions (`all` and `any` need at least one).
 * - `answered`: the question is visible and has an answer.
 * - `equals`: the answer is `value`; for a `multiple` question, `value` is among the choices.
 * - `in`: the answer is one of `values`; for a `multiple` question, at least one choice is.
 * - `gte` / `lte`: the answer of a `scale` question is at least / at most `value`.
 * - `level`: the dimension's level is one of `in` (not allowed in `visibleIf` / `requiredIf`).
 *
 * A hidden or unanswered question makes every operator but `not` false.
 * In `visibleIf` and `requiredIf`, only questions placed before this one may be named.
 *
 * @example { all: [{ equals: { question: 'hasGroup', value: 'yes' } }, { not: { answered: 'charter' } }] }
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { answered: string }
  | { equals: { question: string; value: string | number } }
  | { in: { question: string; values: Array<string | number> } }
  | { gte: { question: string; value: number } }
  | { lte: { question: string; value: number } }
  | { level: { dimension: string; in: string[] } };

export type QuestionKind = (typeof QUESTION_KINDS)[number];
export type StepMode = (typeof STEP_MODES)[number];
export type Weights = z.output<typeof WeightsSchema>;

/**
 * A choice of a `single` or `multiple` question.
 * - `weights`: what choosing it adds to each dimension. In a scored question, every choice
 *   weighs every dimension the question scores (0 is a weight), or abstains.
 * - `abstain` (@default false): "I don't know": the question then counts for no dimension.
 * - `exclusive` (@default false): in a `multiple` question, cannot be combined ("none of these").
 */
export type QuestionOption = z.output<typeof OptionSchema>;
export type ScaleStep = z.output<typeof ScaleStepSchema>;

/**
 * A question. Common fields:
 * - `required` (@default false): must be answered when visible. `requiredIf` makes it
 *   required only when its condition holds.
 * - `visibleIf` (@default always visible): a hidden question is skipped and its answer,
 *   if any, is kept but never counts.
 *
 * Per kind:
 * - `single` / `multiple`: `options`; `multiple` may cap `maxChoices` (@default no cap).
 * - `scale`: ordered `steps` with labels; `weights` are reached at the last step and grow
 *   linearly from 0 at the first (a negative weight scores a reversed item).
 * - `yesNoUnsure`: answers `yes`, `no`, `unsure`; `weights.unsure` left out means "unsure"
 *   counts for no dimension.
 * - `text`: never scored; `maxLength` @default 2000.
 */
export type Question = z.output<typeof QuestionSchema>;
export type Section = z.output<typeof SectionSchema>;
/** A level, from the weakest to the strongest, e.g. fragile, en construction, solide. */
export type Level = z.output<typeof LevelSchema>;
/**
 * A dimension scored 0–100. `thresholds` has one number fewer than the questionnaire has
 * levels, strictly ascending in ]0, 100]: a score below `thresholds[0]` gives the first level,
 * a score at or above the last threshold gives the last level.
 * @example { id: 'feedbackLoop', thresholds: [40, 70] } // fragile < 40 ≤ en construction < 70 ≤ solide
 */
export type Dimension = z.output<typeof DimensionSchema>;
/**
 * When `when` holds, the result recommends working on `phase` with these methods and
 * resources, and warns about the points of vigilance. `priority` @default 0; higher first.
 */
export type RecommendationRule = z.output<typeof RecommendationRuleSchema>;
/**
 * Estimates where a group stands in the cycle: the first step whose `doneWhen` does not
 * hold is the current phase; when every step is done, `whenAllDone`.
 * Steps follow the order of the cycle.
 */
export type PhaseEstimate = z.output<typeof PhaseEstimateSchema>;
/**
 * A versioned questionnaire. Change `version` whenever questions, options or weights change:
 * a diagnostic saved with another version is not resumed.
 */
export type Questionnaire = z.output<typeof QuestionnaireSchema>;

/** `single` and `yesNoUnsure`: a value; `multiple`: values; `scale`: a step value; `text`: text. */
export type AnswerValue = z.output<typeof AnswerValueSchema>;
/**
 * Answers by question id. A question left out is unanswered; the engine also reads a key
 * set to `undefined` or `null` as unanswered, so rows with every column can be passed as
 * they are. An answer to a hidden question is kept but never counts.
 */
export type Answers = z.output<typeof AnswersSchema>;
/** One respondent's answers, tagged with their role in the group. */
export type DiagnosticResponse = z.output<typeof DiagnosticResponseSchema>;
export type SavedDiagnostic = z.output<typeof SavedDiagnosticSchema>;

/** A problem found in a definition, an answer set or a saved diagnostic. */
export interface DiagnosticIssue {
  /** Where, from the root of what was checked, e.g. `['sections', 0, 'questions', 2, 'visibleIf']`. */
  path: Array<string | number>;
  /** Stable, for programs and tests, e.g. `unknown_question`. */
  code: string;
  /** For a developer: what happened, where, and what would be valid. */
  message: string;
}

export type ValidationResult = { ok: true; errors: [] } | { ok: false; errors: DiagnosticIssue[] };

/** Why a recommendation fired: the parts of its condition that held. */
export type RecommendationReason =
  | { kind: 'answer'; question: string; answer: AnswerValue | null; condition: Condition }
  | { kind: 'level'; dimension: string; level: string; score: number; condition: Condition }
  | { kind: 'not'; condition: Condition };

export interface DimensionResult {
  id: string;
  /** 0–100, one decimal; `null` when no visible answered question scores this dimension. */
  score: number | null;
  level: string | null;
  /** Visible questions that scored this dimension (abstentions left out). */
  answered: number;
}

export interface RecommendationResult {
  id: string;
  phase: PhaseId;
  priority: number;
  rule: RecommendationRule;
  reasons: RecommendationReason[];
}

export interface PhaseResult {
  current: PhaseId;
  /** Steps of the estimate whose `doneWhen` held before the current one, in order. */
  completed: PhaseId[];
}

export interface DiagnosticResult {
  questionnaireId: string;
  version: number;
  /** Ids of the visible questions, in order. */
  visible: string[];
  /** Visible required questions without an answer. */
  missingRequired: string[];
  complete: boolean;
  dimensions: DimensionResult[];
  /** `null` when the questionnaire has no phase estimate. */
  phase: PhaseResult | null;
  /** Highest priority first, then in definition order. */
  recommendations: RecommendationResult[];
}

export interface ScoreSummary {
  /** Mean of the respondents' scores, one decimal; `null` when nobody scored the dimension. */
  score: number | null;
  level: string | null;
  /** Respondents who scored the dimension. */
  respondents: number;
}

export interface DimensionAggregate {
  id: string;
  overall: ScoreSummary;
  byRole: Partial<Record<MemberRole, ScoreSummary>>;
  /** Largest gap between the mean scores of two roles; `null` with fewer than two roles scored. */
  divergence: { gap: number; highest: MemberRole; lowest: MemberRole } | null;
}

export interface AggregateResult {
  questionnaireId: string;
  version: number;
  /** Responses counted. */
  respondents: number;
  counts: Record<MemberRole, number>;
  /** Responses left out, by position in the input, with what was wrong. Never counted. */
  rejected: Array<{ index: number; issues: DiagnosticIssue[] }>;
  dimensions: DimensionAggregate[];
  /** Dimensions scored by both people concerned and professionals, largest disagreement first. */
  concernedVsProfessional: Array<{ dimension: string; concerned: number; professional: number; gap: number }>;
  phases: { counts: Partial<Record<PhaseId, number>>; mostCommon: PhaseId | null };
  /** How many respondents each recommendation fired for; most frequent first. */
  recommendations: Array<{ id: string; phase: PhaseId; count: number; byRole: Partial<Record<MemberRole, number>> }>;
}

/** Starts a diagnostic. */
export interface DiagnosticInput {
  /** Must pass `validateQuestionnaire`. */
  questionnaire: Questionnaire;
  /** One section or one question per step. @default 'section' */
  mode?: StepMode;
  /** Answers to start from, e.g. a draft. @default {} */
  answers?: Answers;
}

export interface DiagnosticContext {
  questionnaire: Questionnaire;
  mode: StepMode;
  /** Every answer given, including those of questions now hidden: going back never loses one. */
  answers: Answers;
  /** Index of the current step among all steps (`-1` before the first). */
  step: number;
  /** What keeps the current step (or the review) from going on: missing or refused answers. */
  issues: DiagnosticIssue[];
  /** Set when the results state is entered. */
  result: DiagnosticResult | null;
}

export type DiagnosticEvent =
  /** Leaves the intro for the first step that has a visible question. */
  | { type: 'diagnostic.start' }
  /** Answers a visible question of the current step; `null` clears the answer. */
  | { type: 'diagnostic.answer'; questionId: string; value: AnswerValue | null }
  /** Goes on when every visible required question of the step is answered. */
  | { type: 'diagnostic.next' }
  /** Goes to the previous step that has a visible question, or to the intro; answers are kept. */
  | { type: 'diagnostic.back' }
  /** From the review, goes back to the step of this (visible) question. */
  | { type: 'diagnostic.edit'; questionId: string }
  /** From the review, computes the results. */
  | { type: 'diagnostic.submit' };
