// Loaded on demand with the questionnaire (see `diagnostic.load.ts`): the diagnostic engine,
// which checks questionnaires with zod (about 18 KiB gzip), and the views that can only show
// once it has run: results, radar and group view. A page pays for them when a diagnostic opens.
export {
  aggregateDiagnostics,
  connectDiagnostic,
  diagnosticMachine,
  restoreDiagnostic,
  saveDiagnostic,
} from '@participe/core';
export { resultsContentOf } from './diagnostic.content.js';
export { renderGroup } from './diagnostic.group.js';
export { renderResults } from './diagnostic.results.js';
