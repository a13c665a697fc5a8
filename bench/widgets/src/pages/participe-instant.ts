// The proposal form alone on the critical path, behind a server that replies instantly.
import '@participe/widgets/participe-contribution-form.js';
import { benchBackend, space } from './bench-backend.js';

const form = document.createElement('participe-contribution-form');
form.backend = benchBackend(0);
form.space = space.id;
document.body.append(form);
