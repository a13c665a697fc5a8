// Classes, events and helpers. Importing this module defines no element: import
// `@participe/widgets/participe.js` (all) or one `participe-*.js` module per element.
export { resolveBackend } from './backend.js';
export { type BackofficeHost, resolveBackoffice } from './backoffice.js';
export { ParticipeContributionDetail } from './contribution-detail/contribution-detail.js';
export { ParticipeContributionForm } from './contribution-form/contribution-form.js';
export { ParticipeContributionList } from './contribution-list/contribution-list.js';
export { ActorController } from './controllers/actor-controller.js';
export { ParticipeCycle } from './cycle/cycle.js';
export { ParticipeDiagnostic } from './diagnostic/diagnostic.js';
export {
  type ParticipeDiagnosticCompleteDetail,
  ParticipeDiagnosticCompleteEvent,
} from './events/diagnostic-complete.js';
export { type ParticipeModeratedDetail, ParticipeModeratedEvent } from './events/moderated.js';
export { type ParticipePhaseSelectDetail, ParticipePhaseSelectEvent } from './events/phase-select.js';
export { type ParticipePracticeOpenDetail, ParticipePracticeOpenEvent } from './events/practice-open.js';
export { type ParticipeSelectDetail, ParticipeSelectEvent } from './events/select.js';
export { type ParticipeSubmittedDetail, ParticipeSubmittedEvent } from './events/submitted.js';
export {
  type Catalog,
  defineCatalog,
  format,
  LOCALES,
  type Locale,
  localeOf,
  translator,
  type Variant,
} from './i18n/i18n.js';
export { ParticipeModerationQueue } from './moderation-queue/moderation-queue.js';
export { ParticipePracticeLibrary } from './practice-library/practice-library.js';
