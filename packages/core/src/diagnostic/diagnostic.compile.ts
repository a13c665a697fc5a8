import type { PhaseId } from '../cycle/cycle.phases.js';
import { type CompiledCondition, type ConditionIndex, compileCondition } from './diagnostic.conditions.js';
import { DiagnosticError } from './diagnostic.error.js';
import { TEXT_ANSWER_MAX } from './diagnostic.schema.js';
import { questionChoices, scoredDimensions, weightRange } from './diagnostic.scoring.js';
import type { Question, Questionnaire, RecommendationRule } from './diagnostic.types.js';
import { validateQuestionnaire } from './diagnostic.validate.js';

/** A choice with its weights laid out along the question's `dims`. */
export interface CompiledChoice {
  abstain: boolean;
  exclusive: boolean;
  weights: number[];
}

export interface CompiledQuestion {
  index: number;
  section: number;
  def: Question;
  visibleIf: CompiledCondition | null;
  requiredIf: CompiledCondition | null;
  /** `null` for text questions. */
  choices: Map<string | number, CompiledChoice> | null;
  maxChoices: number;
  maxLength: number;
  /** Indexes of the dimensions this question scores, with the bounds of each. */
  dims: number[];
  min: number[];
  max: number[];
}

/** A questionnaire made ready for fast evaluation: ids resolved to indexes, conditions to closures. */
export interface CompiledQuestionnaire {
  def: Questionnaire;
  questions: CompiledQuestion[];
  byId: Map<string, CompiledQuestion>;
  dimensionIds: string[];
  thresholds: number[][];
  levelIds: string[];
  /** Question indexes per section, in order. */
  sections: number[][];
  /** Sorted by priority (highest first), then definition order, once for all. */
  rules: Array<{ def: RecommendationRule; priority: number; when: CompiledCondition }>;
  phases: { steps: Array<{ phase: PhaseId; done: CompiledCondition }>; whenAllDone: PhaseId } | null;
}

// Compiling validates the definition and builds closures: done once per questionnaire
// object, which the engine therefore treats as immutable.
const cache = new WeakMap<Questionnaire, CompiledQuestionnaire>();

export function compileQuestionnaire(questionnaire: Questionnaire): CompiledQuestionnaire {
  let compiled = cache.get(questionnaire);
  if (!compiled) {
    const check = validateQuestionnaire(questionnaire);
    if (!check.ok) {
      throw new DiagnosticError('invalid_questionnaire', 'The questionnaire is not valid.', check.errors);
    }
    compiled = build(questionnaire);
    cache.set(questionnaire, compiled);
  }
  return compiled;
}

function build(def: Questionnaire): CompiledQuestionnaire {
  const flat = def.sections.flatMap((s, section) => s.questions.map((question) => ({ question, section })));
  const questionIndex = new Map(flat.map((f, i) => [f.question.id, i]));
  const dimensionIds = def.dimensions.map((d) => d.id);
  const index: ConditionIndex = {
    question: (id) => questionIndex.get(id)!,
    dimension: (id) => dimensionIds.indexOf(id),
  };
  const compile = (c: Question['visibleIf']) => (c ? compileCondition(c, index) : null);

  const questions = flat.map(({ question, section }, i): CompiledQuestion => {
    const choices = questionChoices(question);
    const dimNames = choices ? scoredDimensions(choices) : [];
    const multiple = question.kind === 'multiple' ? { maxChoices: question.maxChoices ?? Infinity } : null;
    const ranges = dimNames.map((d) => weightRange(choices!, d, multiple));
    return {
      index: i,
      section,
      def: question,
      visibleIf: compile(question.visibleIf),
      requiredIf: compile(question.requiredIf),
      choices:
        choices &&
        new Map(
          choices.map((c) => [
            c.value,
            { abstain: c.abstain, exclusive: c.exclusive, weights: dimNames.map((d) => c.weights?.[d] ?? 0) },
          ]),
        ),
      maxChoices: question.kind === 'multiple' ? (question.maxChoices ?? Infinity) : 1,
      maxLength: question.kind === 'text' ? (question.maxLength ?? TEXT_ANSWER_MAX) : 0,
      dims: dimNames.map((d) => dimensionIds.indexOf(d)),
      min: ranges.map((r) => r.min),
      max: ranges.map((r) => r.max),
    };
  });

  const rules = def.recommendations
    .map((r, order) => ({ def: r, priority: r.priority ?? 0, when: compileCondition(r.when, index), order }))
    .sort((a, b) => b.priority - a.priority || a.order - b.order)
    .map(({ order: _order, ...rule }) => rule);

  return {
    def,
    questions,
    byId: new Map(questions.map((q) => [q.def.id, q])),
    dimensionIds,
    thresholds: def.dimensions.map((d) => d.thresholds),
    levelIds: def.levels.map((l) => l.id),
    sections: def.sections.map((_, s) => questions.filter((q) => q.section === s).map((q) => q.index)),
    rules,
    phases: def.phaseEstimate
      ? {
          steps: def.phaseEstimate.steps.map((s) => ({ phase: s.phase, done: compileCondition(s.doneWhen, index) })),
          whenAllDone: def.phaseEstimate.whenAllDone,
        }
      : null,
  };
}
