import { assign, not } from 'xstate';
import { setup } from '../shared/machine-setup.js';
import { validateAnswers } from './diagnostic.answers.js';
import { DiagnosticError } from './diagnostic.error.js';
import { evaluateDiagnostic } from './diagnostic.evaluate.js';
import { answerRefusal, findStep, missingIssues, stepOfQuestion, stepView } from './diagnostic.steps.js';
import type { DiagnosticContext, DiagnosticEvent, DiagnosticInput } from './diagnostic.types.js';

type Ev<T extends DiagnosticEvent['type']> = Extract<DiagnosticEvent, { type: T }>;

export const diagnosticMachine = setup({
  types: {
    context: {} as DiagnosticContext,
    events: {} as DiagnosticEvent,
    input: {} as DiagnosticInput,
  },
  guards: {
    hasFirstStep: ({ context }) => findStep(stepView(context), -1, 1) !== -1,
    hasNextStep: ({ context }) => findStep(stepView(context), context.step, 1) !== -1,
    hasPreviousStep: ({ context }) => findStep(stepView(context), context.step, -1) !== -1,
    hasLastStep: ({ context }) => {
      const v = stepView(context);
      return findStep(v, v.steps.length, -1) !== -1;
    },
    answerAccepted: ({ context, event }) => {
      const { questionId, value } = event as Ev<'diagnostic.answer'>;
      return answerRefusal(stepView(context), context.step, questionId, value) === null;
    },
    stepComplete: ({ context }) => missingIssues(stepView(context), context.step).length === 0,
    allComplete: ({ context }) => missingIssues(stepView(context)).length === 0,
    questionVisible: ({ context, event }) => {
      const v = stepView(context);
      const q = v.compiled.byId.get((event as Ev<'diagnostic.edit'>).questionId);
      return q !== undefined && v.evaluation.visible[q.index] === true;
    },
  },
  actions: {
    enterFirstStep: assign({ step: ({ context }) => findStep(stepView(context), -1, 1), issues: [] }),
    enterNextStep: assign({ step: ({ context }) => findStep(stepView(context), context.step, 1), issues: [] }),
    enterPreviousStep: assign({ step: ({ context }) => findStep(stepView(context), context.step, -1), issues: [] }),
    enterLastStep: assign({
      step: ({ context }) => {
        const v = stepView(context);
        return findStep(v, v.steps.length, -1);
      },
      issues: [],
    }),
    enterQuestionStep: assign({
      step: ({ context, event }) => {
        const v = stepView(context);
        return stepOfQuestion(v, v.compiled.byId.get((event as Ev<'diagnostic.edit'>).questionId)!.index);
      },
      issues: [],
    }),
    leaveSteps: assign({ step: -1, issues: [] }),
    setAnswer: assign(({ context, event }) => {
      const { questionId, value } = event as Ev<'diagnostic.answer'>;
      const { [questionId]: _previous, ...rest } = context.answers;
      return {
        answers: value === null ? rest : { ...rest, [questionId]: value },
        issues: context.issues.filter((i) => i.path[0] !== questionId),
      };
    }),
    refuseAnswer: assign({
      issues: ({ context, event }) => {
        const { questionId, value } = event as Ev<'diagnostic.answer'>;
        const refusal = answerRefusal(stepView(context), context.step, questionId, value)!;
        return [...context.issues.filter((i) => i.path[0] !== questionId), refusal];
      },
    }),
    flagStep: assign({ issues: ({ context }) => missingIssues(stepView(context), context.step) }),
    flagAll: assign({ issues: ({ context }) => missingIssues(stepView(context)) }),
    computeResult: assign({ result: ({ context }) => evaluateDiagnostic(context.questionnaire, context.answers) }),
    clearResult: assign({ result: null, issues: [] }),
  },
}).createMachine({
  id: 'diagnostic',
  context: ({ input }) => {
    const answers = input.answers ?? {};
    const check = validateAnswers(input.questionnaire, answers);
    if (!check.ok) throw new DiagnosticError('invalid_answers', 'The starting answers do not fit.', check.errors);
    return {
      questionnaire: input.questionnaire,
      mode: input.mode ?? 'section',
      answers,
      step: -1,
      issues: [],
      result: null,
    };
  },
  initial: 'intro',
  states: {
    intro: {
      on: {
        'diagnostic.start': [
          { guard: 'hasFirstStep', target: 'steps', actions: 'enterFirstStep' },
          { target: 'review', actions: 'leaveSteps' },
        ],
      },
    },
    steps: {
      on: {
        'diagnostic.answer': [{ guard: 'answerAccepted', actions: 'setAnswer' }, { actions: 'refuseAnswer' }],
        'diagnostic.next': [
          { guard: not('stepComplete'), actions: 'flagStep' },
          { guard: 'hasNextStep', actions: 'enterNextStep' },
          { target: 'review', actions: 'leaveSteps' },
        ],
        'diagnostic.back': [
          { guard: 'hasPreviousStep', actions: 'enterPreviousStep' },
          { target: 'intro', actions: 'leaveSteps' },
        ],
      },
    },
    review: {
      on: {
        'diagnostic.back': [
          { guard: 'hasLastStep', target: 'steps', actions: 'enterLastStep' },
          { target: 'intro', actions: 'leaveSteps' },
        ],
        'diagnostic.edit': { guard: 'questionVisible', target: 'steps', actions: 'enterQuestionStep' },
        'diagnostic.submit': [{ guard: 'allComplete', target: 'results' }, { actions: 'flagAll' }],
      },
    },
    results: {
      entry: 'computeResult',
      on: { 'diagnostic.back': { target: 'review', actions: 'clearResult' } },
    },
  },
});

export type DiagnosticMachine = typeof diagnosticMachine;
