import { validateAnswers } from './diagnostic.answers.js';
import type { DiagnosticSnapshot, DiagnosticState } from './diagnostic.connect.js';
import { DiagnosticError } from './diagnostic.error.js';
import { evaluateDiagnostic } from './diagnostic.evaluate.js';
import { diagnosticMachine } from './diagnostic.machine.js';
import { SAVED_DIAGNOSTIC_FORMAT, SavedDiagnosticSchema } from './diagnostic.schema.js';
import { missingIssues, stepView, visibleOn } from './diagnostic.steps.js';
import type { DiagnosticContext, DiagnosticInput, Questionnaire, SavedDiagnostic } from './diagnostic.types.js';

/**
 * What to store to resume a diagnostic later: small, JSON, without the questionnaire
 * (only its id and version, which must match on restore).
 */
export function saveDiagnostic(snapshot: DiagnosticSnapshot): SavedDiagnostic {
  const { questionnaire, mode, step, answers } = snapshot.context;
  return {
    format: SAVED_DIAGNOSTIC_FORMAT,
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    state: snapshot.value as DiagnosticState,
    mode,
    step,
    answers: Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, Array.isArray(a) ? [...a] : a])),
  };
}

/**
 * Turns a saved diagnostic back into actor options:
 * `createActor(diagnosticMachine, restoreDiagnostic(questionnaire, saved))` resumes it.
 * Throws a `DiagnosticError`: `questionnaire_mismatch` when it was saved with another
 * questionnaire or version (its answers might not mean the same any more),
 * `invalid_saved_diagnostic` or `invalid_answers` when it cannot be trusted.
 */
export function restoreDiagnostic(
  questionnaire: Questionnaire,
  saved: unknown,
): { snapshot: DiagnosticSnapshot; input: DiagnosticInput } {
  const parsed = SavedDiagnosticSchema.safeParse(saved);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
      code: 'schema',
      message: i.message,
    }));
    throw new DiagnosticError('invalid_saved_diagnostic', 'This is not a saved diagnostic.', issues);
  }
  const s = parsed.data;
  if (s.questionnaireId !== questionnaire.id || s.questionnaireVersion !== questionnaire.version) {
    throw new DiagnosticError(
      'questionnaire_mismatch',
      `This diagnostic was saved with questionnaire "${s.questionnaireId}" version ${s.questionnaireVersion}, ` +
        `not "${questionnaire.id}" version ${questionnaire.version}. Its answers may not mean the same: ` +
        'start a new diagnostic, or restore it with the questionnaire it was made with.',
    );
  }
  const check = validateAnswers(questionnaire, s.answers);
  if (!check.ok)
    throw new DiagnosticError('invalid_answers', 'Saved answers do not fit the questionnaire.', check.errors);

  const context: DiagnosticContext = {
    questionnaire,
    mode: s.mode,
    answers: s.answers,
    step: s.state === 'steps' ? s.step : -1,
    issues: [],
    result: null,
  };
  const v = stepView(context);
  const refuse = (message: string) => {
    throw new DiagnosticError('invalid_saved_diagnostic', message, [{ path: ['step'], code: 'invalid_step', message }]);
  };
  if (s.state === 'steps' && visibleOn(v, s.step).length === 0) {
    refuse(`Step ${s.step} shows no question with these answers.`);
  }
  if (s.state === 'results') {
    if (missingIssues(v).length) refuse('Results were saved while required answers are missing.');
    context.result = evaluateDiagnostic(questionnaire, s.answers);
  }
  // The snapshot carries the context; `input` only satisfies the actor's type and is not read.
  return {
    snapshot: diagnosticMachine.resolveState({ value: s.state, context }),
    input: { questionnaire, mode: s.mode, answers: s.answers },
  };
}
