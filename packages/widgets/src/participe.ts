// Registers every Participe element. One module per element also exists, for pages that
// need only one: `@participe/widgets/participe-contribution-form.js`.
import './agenda/participe-agenda.js';
import './answer-form/participe-answer-form.js';
import './attestation/participe-attestation.js';
import './board/participe-board.js';
import './contribution-detail/participe-contribution-detail.js';
import './contribution-form/participe-contribution-form.js';
import './contribution-list/participe-contribution-list.js';
import './cycle/participe-cycle.js';
import './diagnostic/participe-diagnostic.js';
import './meetings/participe-meetings.js';
import './moderation-queue/participe-moderation-queue.js';
import './practice-editor/participe-practice-editor.js';
import './practice-library/participe-practice-library.js';
import './resource-centre/participe-resource-centre.js';
import './space-composition/participe-space-composition.js';
