// The proposal form behind a server that answers the space after 400 ms, a phone's round
// trip: the first step must not wait for it.
import '@participe/widgets/participe-contribution-form.js';
import { benchBackend, space } from './bench-backend.js';

const form = document.createElement('participe-contribution-form');
form.backend = benchBackend(400);
form.space = space.id;
document.body.append(form);
