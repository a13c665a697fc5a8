import { defineCatalog } from '../i18n/i18n.js';
import { registerCatalog } from '../i18n/registry.js';

/** Words of {{words}}. French here; English and FALC in `{{name}}.messages.more.ts`, loaded on demand. */
export const {{camel}}Messages = registerCatalog(
  '{{name}}',
  defineCatalog({
    fr: {
      heading: '{{words}}',
      loading: 'Chargement…',
      ready: 'Groupe : {space}',
      failed: 'Les informations n’ont pas pu être affichées.',
      noSpace: 'Ce groupe n’existe pas ou n’est plus en ligne.',
    },
    more: () => import('./{{name}}.messages.more.js').then((m) => m.{{camel}}MessagesMore),
  }),
);
