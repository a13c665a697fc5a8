// Classes, events and helpers. Importing this module defines no element: import
// `@participe/widgets/participe.js` (all) or one `participe-*.js` module per element.
export { ParticipeAgenda } from './agenda/agenda.js';
export { ParticipeAnswerForm } from './answer-form/answer-form.js';
export { ParticipeAttestation } from './attestation/attestation.js';
export { ParticipeBoard } from './board/board.js';
export { ParticipeContentEditor } from './content-editor/content-editor.js';
export { ParticipeContributionDetail } from './contribution-detail/contribution-detail.js';
export { ParticipeContributionForm } from './contribution-form/contribution-form.js';
export { ParticipeContributionList } from './contribution-list/contribution-list.js';
export { ActorController } from './controllers/actor-controller.js';
export { ParticipeCouncilSettings } from './council-settings/council-settings.js';
export { ParticipeCycle } from './cycle/cycle.js';
export { ParticipeDiagnostic } from './diagnostic/diagnostic.js';
export { type ParticipeAnswerPublishedDetail, ParticipeAnswerPublishedEvent } from './events/answer-published.js';
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
export { resolveBackend } from './internal/backend.js';
export { type BackofficeHost, resolveBackoffice } from './internal/backoffice.js';
export { ParticipeMeetings } from './meetings/meetings.js';
export { ParticipeModerationQueue } from './moderation-queue/moderation-queue.js';
export { ParticipePracticeEditor } from './practice-editor/practice-editor.js';
export { ParticipePracticeLibrary } from './practice-library/practice-library.js';
export { ParticipeResourceCentre } from './resource-centre/resource-centre.js';
export { ParticipeSpaceComposition } from './space-composition/space-composition.js';
export { ParticipeSpacesAdmin } from './spaces-admin/spaces-admin.js';
export { ParticipeStaffAdmin } from './staff-admin/staff-admin.js';
