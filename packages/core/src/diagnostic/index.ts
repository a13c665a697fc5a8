export * from './default-questionnaire.js';
export { aggregateDiagnostics, createDiagnosticAggregator, type DiagnosticAggregator } from './diagnostic.aggregate.js';
export { ANSWER_ERROR_CODES, validateAnswers } from './diagnostic.answers.js';
export {
  connectDiagnostic,
  type DiagnosticSnapshot,
  type DiagnosticState,
  type DiagnosticView,
} from './diagnostic.connect.js';
export { DIAGNOSTIC_ERROR_CODES, DiagnosticError, type DiagnosticErrorCode } from './diagnostic.error.js';
export { evaluateDiagnostic } from './diagnostic.evaluate.js';
export { type DiagnosticMachine, diagnosticMachine } from './diagnostic.machine.js';
export { restoreDiagnostic, saveDiagnostic } from './diagnostic.persist.js';
export * from './diagnostic.schema.js';
export type * from './diagnostic.types.js';
export {
  DEFINITION_ERROR_CODES,
  type DefinitionErrorCode,
  type ValidateOptions,
  validateQuestionnaire,
} from './diagnostic.validate.js';
