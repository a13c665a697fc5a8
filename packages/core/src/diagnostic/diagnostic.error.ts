import type { DiagnosticIssue } from './diagnostic.types.js';

export const DIAGNOSTIC_ERROR_CODES = [
  /** The questionnaire fails `validateQuestionnaire`. */
  'invalid_questionnaire',
  /** An answer does not fit its question (see `issues`). */
  'invalid_answers',
  /** A saved diagnostic is malformed. */
  'invalid_saved_diagnostic',
  /** A saved diagnostic was made with another questionnaire, or another version of it. */
  'questionnaire_mismatch',
] as const;
export type DiagnosticErrorCode = (typeof DIAGNOSTIC_ERROR_CODES)[number];

/** Thrown by the engine instead of giving a wrong result. `issues` say what and where. */
export class DiagnosticError extends Error {
  override name = 'DiagnosticError';
  constructor(
    readonly code: DiagnosticErrorCode,
    message: string,
    readonly issues: DiagnosticIssue[] = [],
  ) {
    super(
      issues.length ? `${message}\n${issues.map((i) => `- ${i.path.join('.')}: ${i.message}`).join('\n')}` : message,
    );
  }
}
