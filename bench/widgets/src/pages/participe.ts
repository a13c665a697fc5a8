// The proposal form with the in-process back end bundled in, as the brief sets it: no
// network wait, but the back end (the whole service) is parsed before the form can start.
// The element is created by the script, after its back end is set: the page has nothing
// contentful until the form paints.
import '@participe/widgets/participe-contribution-form.js';
import { localBackend, SPACE_ID } from './local-backend.js';

const form = document.createElement('participe-contribution-form');
form.backend = await localBackend();
form.space = SPACE_ID;
document.body.append(form);
