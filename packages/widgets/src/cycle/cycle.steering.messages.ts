import { defineCatalog } from '../i18n/i18n.js';
import { registerCatalog } from '../i18n/registry.js';
import { steeringFr } from './cycle.steering.words.js';

/** Words of the cycle's steering panel (a facilitator's token): loaded with the panel, never on a public page. */
export const steeringMessages = registerCatalog(
  'cycleSteering',
  defineCatalog({
    fr: steeringFr,
    more: () => import('./cycle.steering.messages.more.js').then((m) => m.steeringMessagesMore),
  }),
);
