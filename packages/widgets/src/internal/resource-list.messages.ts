import { defineCatalog } from '../i18n/i18n.js';
import { registerCatalog } from '../i18n/registry.js';

/** Words around a resource-centre entry, wherever a guide widget lists one. */
export const resourceMessages = registerCatalog(
  'resource-list',
  defineCatalog({
    fr: {
      method: 'Méthode',
      tool: 'Outil',
      duration: 'Durée : {duration}',
    },
    more: () => import('./resource-list.messages.more.js').then((m) => m.resourceMessagesMore),
  }),
);
