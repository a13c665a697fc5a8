// The three citizen widgets, for a page that shows a group's contributions, lets people send
// one and follows one up: `participe-contribution-form`, `-list` and `-detail`.
import './contribution-detail/participe-contribution-detail.js';
import './contribution-form/participe-contribution-form.js';
import './contribution-list/participe-contribution-list.js';
