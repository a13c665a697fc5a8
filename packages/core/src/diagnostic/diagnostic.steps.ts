import { checkAnswer, readAnswers } from './diagnostic.answers.js';
import { type CompiledQuestionnaire, compileQuestionnaire } from './diagnostic.compile.js';
import { type Evaluation, evaluateChecked } from './diagnostic.evaluate.js';
import type { DiagnosticContext, DiagnosticIssue, StepMode } from './diagnostic.types.js';

/**
 * Where a diagnostic stands: the steps of the questionnaire and the visibility given the
 * answers so far. Guards, actions and the view all read it, so they always agree.
 */
export interface StepView {
  compiled: CompiledQuestionnaire;
  /** Question indexes per step, whether visible or not. */
  steps: number[][];
  evaluation: Evaluation;
}

const stepCache = new WeakMap<CompiledQuestionnaire, Record<StepMode, number[][]>>();

export function stepsOf(c: CompiledQuestionnaire, mode: StepMode): number[][] {
  let steps = stepCache.get(c);
  if (!steps) {
    steps = { section: c.sections, question: c.questions.map((q) => [q.index]) };
    stepCache.set(c, steps);
  }
  return steps[mode];
}

export function stepView(context: Pick<DiagnosticContext, 'questionnaire' | 'mode' | 'answers'>): StepView {
  const compiled = compileQuestionnaire(context.questionnaire);
  // Answers in a context are always checked when they come in: their issues are empty.
  const { values } = readAnswers(compiled, context.answers);
  return { compiled, steps: stepsOf(compiled, context.mode), evaluation: evaluateChecked(compiled, values) };
}

/** Visible question indexes of a step. A step without any is skipped. */
export const visibleOn = (v: StepView, step: number) => (v.steps[step] ?? []).filter((i) => v.evaluation.visible[i]);

/** The nearest step after (`direction` 1) or before (-1) `from` that shows a question; -1 if none. */
export function findStep(v: StepView, from: number, direction: 1 | -1): number {
  for (let s = from + direction; s >= 0 && s < v.steps.length; s += direction) {
    if (visibleOn(v, s).length > 0) return s;
  }
  return -1;
}

/** The step that shows a question, or -1. */
export const stepOfQuestion = (v: StepView, questionIndex: number) =>
  v.steps.findIndex((qs) => qs.includes(questionIndex));

/** Required questions without an answer, on one step or (`step` undefined) on all. */
export function missingIssues(v: StepView, step?: number): DiagnosticIssue[] {
  const onStep = step === undefined ? null : new Set(v.steps[step]);
  return v.evaluation.missingRequired
    .filter((i) => onStep === null || onStep.has(i))
    .map((i) => {
      const id = v.compiled.questions[i]!.def.id;
      return { path: [id], code: 'required', message: `"${id}" needs an answer before going on.` };
    });
}

/** Why an answer event is refused on this step, or `null` when it is accepted. */
export function answerRefusal(v: StepView, step: number, questionId: string, value: unknown): DiagnosticIssue | null {
  const q = v.compiled.byId.get(questionId);
  if (!q || !visibleOn(v, step).includes(q.index)) {
    return {
      path: [questionId],
      code: 'not_on_step',
      message: `"${questionId}" is not a visible question of this step.`,
    };
  }
  return value === null ? null : checkAnswer(q, value);
}
