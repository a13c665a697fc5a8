import type { SnapshotFrom } from 'xstate';
import type { DiagnosticMachine } from './diagnostic.machine.js';
import type { DIAGNOSTIC_STATES } from './diagnostic.schema.js';
import { stepView, visibleOn } from './diagnostic.steps.js';
import type {
  AnswerValue,
  DiagnosticIssue,
  DiagnosticResult,
  Question,
  Questionnaire,
  Section,
} from './diagnostic.types.js';

export type DiagnosticSnapshot = SnapshotFrom<DiagnosticMachine>;
export type DiagnosticState = (typeof DIAGNOSTIC_STATES)[number];

/** What a view of the diagnostic needs, derived from a snapshot. */
export interface DiagnosticView {
  state: DiagnosticState;
  questionnaire: Questionnaire;
  /** 1-based position of the current step among the steps that show a question; `null` outside the steps. */
  stepNumber: number | null;
  /** Steps that show a question with the answers so far (it changes as answers hide or show questions). */
  stepCount: number;
  /** The section of the current step. */
  section: Section | null;
  /** Visible questions of the current step. */
  questions: Question[];
  answers: Record<string, AnswerValue>;
  issues: DiagnosticIssue[];
  /** Every visible question and its answer, by section, for the review. */
  review: Array<{ section: Section; items: Array<{ question: Question; answer: AnswerValue | undefined }> }>;
  missingRequired: string[];
  result: DiagnosticResult | null;
}

export function connectDiagnostic(snapshot: DiagnosticSnapshot): DiagnosticView {
  const { context } = snapshot;
  const v = stepView(context);
  const shown = v.steps.map((_, s) => visibleOn(v, s).length > 0);
  const questionOf = (i: number) => v.compiled.questions[i]!;
  const inSteps = snapshot.value === 'steps';
  const current = inSteps ? visibleOn(v, context.step).map(questionOf) : [];
  return {
    state: snapshot.value as DiagnosticState,
    questionnaire: context.questionnaire,
    stepNumber: inSteps ? shown.slice(0, context.step + 1).filter(Boolean).length : null,
    stepCount: shown.filter(Boolean).length,
    section: current[0] ? context.questionnaire.sections[current[0].section]! : null,
    questions: current.map((q) => q.def),
    answers: context.answers,
    issues: context.issues,
    review: context.questionnaire.sections
      .map((section, s) => ({
        section,
        items: v.compiled.sections[s]!.filter((i) => v.evaluation.visible[i]).map((i) => ({
          question: questionOf(i).def,
          answer: v.evaluation.values[i],
        })),
      }))
      .filter((s) => s.items.length > 0),
    missingRequired: v.evaluation.missingRequired.map((i) => questionOf(i).def.id),
    result: context.result,
  };
}
