// The proposal form as a council embeds it: `endpoint` is the real `participe serve` over
// HTTP on loopback (another origin, so CORS as on a council's site), nothing injected.
import '@participe/widgets/participe-contribution-form.js';
import { API, API_SPACE } from './first-step.js';

const form = document.createElement('participe-contribution-form');
form.setAttribute('endpoint', API);
form.setAttribute('space', API_SPACE);
document.body.append(form);
