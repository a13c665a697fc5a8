// Registers every Participe element. One module per element also exists, for pages that
// need only one: `@participe/widgets/participe-contribution-form.js`.
import './contribution-detail/participe-contribution-detail.js';
import './contribution-form/participe-contribution-form.js';
import './contribution-list/participe-contribution-list.js';
