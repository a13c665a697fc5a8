import { readAnswers } from './diagnostic.answers.js';
import { type CompiledQuestionnaire, compileQuestionnaire } from './diagnostic.compile.js';
import type { ConditionScope } from './diagnostic.conditions.js';
import { DiagnosticError } from './diagnostic.error.js';
import type {
  Answers,
  AnswerValue,
  DiagnosticResult,
  DimensionResult,
  Questionnaire,
  RecommendationReason,
  RecommendationResult,
} from './diagnostic.types.js';

/** What one response gives, by index: the shared core of `evaluateDiagnostic` and the aggregate. */
export interface Evaluation extends ConditionScope {
  visible: boolean[];
  missingRequired: number[];
  answered: number[];
  /** Index into the phase estimate's steps; its length when every step is done; -1 without estimate. */
  phaseStep: number;
  /** Indexes into `compiled.rules` of the rules that fired. */
  fired: number[];
}

/** Scores are shown with one decimal; rounding here keeps levels and aggregates consistent with what is shown. */
const round1 = (x: number) => Math.round(x * 10) / 10;

export function levelOf(thresholds: readonly number[], levelIds: readonly string[], score: number): string {
  let i = 0;
  while (i < thresholds.length && score >= thresholds[i]!) i++;
  return levelIds[i]!;
}

/**
 * Evaluates checked answers, laid out by question index (see `readAnswers`); the array is
 * taken over and becomes the effective answers. Questions are visited in order, so a
 * condition only reads answers already resolved (validation forbids reading later
 * questions). Loops rather than callbacks: this is the hot path.
 */
export function evaluateChecked(c: CompiledQuestionnaire, values: Array<AnswerValue | undefined>): Evaluation {
  const n = c.questions.length;
  const d = c.dimensionIds.length;
  const visible: boolean[] = new Array(n);
  const missingRequired: number[] = [];
  const got = new Array<number>(d).fill(0);
  const min = new Array<number>(d).fill(0);
  const max = new Array<number>(d).fill(0);
  const answered = new Array<number>(d).fill(0);
  const scope: Evaluation = {
    values,
    scores: new Array(d).fill(null),
    levels: new Array(d),
    visible,
    missingRequired,
    answered,
    phaseStep: -1,
    fired: [],
  };

  for (const q of c.questions) {
    const shown = q.visibleIf === null || q.visibleIf.test(scope);
    visible[q.index] = shown;
    // The array is the evaluation's own: a hidden answer is blanked so no condition sees it.
    if (!shown) {
      values[q.index] = undefined;
      continue;
    }
    const value = values[q.index];
    if (value === undefined) {
      if (q.def.required || q.requiredIf?.test(scope)) missingRequired.push(q.index);
      continue;
    }
    if (q.dims.length === 0) continue;
    if (Array.isArray(value)) {
      // A multiple answer sums its choices; an abstention among them withdraws the question.
      let abstain = false;
      for (let j = 0; j < value.length; j++) abstain ||= q.choices!.get(value[j]!)!.abstain;
      if (abstain) continue;
      for (let j = 0; j < value.length; j++) {
        const w = q.choices!.get(value[j]!)!.weights;
        for (let k = 0; k < q.dims.length; k++) got[q.dims[k]!]! += w[k]!;
      }
    } else {
      const choice = q.choices!.get(value)!;
      if (choice.abstain) continue;
      for (let k = 0; k < q.dims.length; k++) got[q.dims[k]!]! += choice.weights[k]!;
    }
    for (let k = 0; k < q.dims.length; k++) {
      const dim = q.dims[k]!;
      min[dim]! += q.min[k]!;
      max[dim]! += q.max[k]!;
      answered[dim]!++;
    }
  }

  for (let i = 0; i < d; i++) {
    if (answered[i] === 0) continue;
    const score = round1(Math.min(100, Math.max(0, (100 * (got[i]! - min[i]!)) / (max[i]! - min[i]!))));
    scope.scores[i] = score;
    scope.levels[i] = levelOf(c.thresholds[i]!, c.levelIds, score);
  }

  if (c.phases) {
    const steps = c.phases.steps;
    let s = 0;
    while (s < steps.length && steps[s]!.done.test(scope)) s++;
    scope.phaseStep = s;
  }
  for (let r = 0; r < c.rules.length; r++) if (c.rules[r]!.when.test(scope)) scope.fired.push(r);
  return scope;
}

/** Checks answers, or throws a `DiagnosticError` listing every bad answer. */
export function checkedEvaluation(c: CompiledQuestionnaire, answers: Answers): Evaluation {
  const { values, issues } = readAnswers(c, answers);
  if (issues.length) throw new DiagnosticError('invalid_answers', 'Some answers do not fit the questionnaire.', issues);
  return evaluateChecked(c, values);
}

/**
 * Evaluates one response: visible questions, missing required answers, a 0–100 score and
 * a level per dimension, the phase estimate, and the recommendations with why they fired.
 * Pure and deterministic. Hidden questions never count; a bad answer throws a
 * `DiagnosticError` (`invalid_answers`) rather than giving a wrong score.
 */
export function evaluateDiagnostic(questionnaire: Questionnaire, answers: Answers): DiagnosticResult {
  const c = compileQuestionnaire(questionnaire);
  const e = checkedEvaluation(c, answers);
  const visible: string[] = [];
  for (let i = 0; i < e.visible.length; i++) if (e.visible[i]) visible.push(c.questions[i]!.def.id);
  const missingRequired: string[] = [];
  for (const i of e.missingRequired) missingRequired.push(c.questions[i]!.def.id);
  const dimensions: DimensionResult[] = [];
  for (let i = 0; i < c.dimensionIds.length; i++) {
    dimensions.push({
      id: c.dimensionIds[i]!,
      score: e.scores[i]!,
      level: e.levels[i] ?? null,
      answered: e.answered[i]!,
    });
  }
  const recommendations: RecommendationResult[] = [];
  for (const r of e.fired) {
    const rule = c.rules[r]!;
    const reasons: RecommendationReason[] = [];
    rule.when.explain(e, reasons);
    recommendations.push({ id: rule.def.id, phase: rule.def.phase, priority: rule.priority, rule: rule.def, reasons });
  }
  const phases = c.phases;
  return {
    questionnaireId: questionnaire.id,
    version: questionnaire.version,
    visible,
    missingRequired,
    complete: missingRequired.length === 0,
    dimensions,
    phase: phases
      ? {
          current: phases.steps[e.phaseStep]?.phase ?? phases.whenAllDone,
          completed: phases.steps.slice(0, e.phaseStep).map((s) => s.phase),
        }
      : null,
    recommendations,
  };
}
