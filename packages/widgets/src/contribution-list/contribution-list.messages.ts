import { defineCatalog } from '../i18n/i18n.js';
import { registerCatalog } from '../i18n/registry.js';

/** Words of the list itself. */
export const listMessages = registerCatalog(
  'contribution-list',
  defineCatalog({
    fr: {
      heading: 'Les contributions',
      searchLegend: 'Chercher une contribution',
      q: 'Quels mots cherchez-vous ?',
      status: 'Où en est-elle ?',
      anyStatus: 'Peu importe',
      kind: 'De quel type ?',
      anyKind: 'Tous les types',
      theme: 'Sur quel thème ?',
      anyTheme: 'Tous les thèmes',
      overdueOnly: 'Seulement celles qui attendent leur réponse au-delà du délai promis',
      apply: 'Afficher',
      clear: 'Effacer la recherche',
      loading: 'Chargement des contributions…',
      paging: 'Chargement de la page {page}…',
      range: 'Page {page} : contributions {first} à {last}',
      rangeTotal: 'Page {page} : contributions {first} à {last} sur {total}',
      empty: 'Il n’y a encore aucune contribution.',
      emptyFiltered: 'Aucune contribution ne correspond à votre recherche.',
      failed: 'Les contributions n’ont pas pu être affichées.',
      noSpace: 'Ce groupe n’existe pas ou n’est plus en ligne.',
      pages: 'Changer de page',
      previous: 'Page précédente',
      next: 'Page suivante',
      publishedOn: 'Publiée le {date}',
      statusIs: 'État : {status}',
      themeIs: 'Thème : {theme}',
    },
    more: () => import('./contribution-list.messages.more.js').then((m) => m.listMessagesMore),
  }),
);
