import { defineCatalog } from '../i18n/i18n.js';
import { registerCatalog } from '../i18n/registry.js';

/**
 * Words for a contribution's kind, status and verdict: shared by the list and the detail,
 * so one status reads the same everywhere.
 */
export const contributionWords = registerCatalog(
  'contribution-words',
  defineCatalog({
    fr: {
      'kind.observation': 'Constat',
      'kind.proposal': 'Proposition',
      'kind.question': 'Question',
      'kind.testimony': 'Témoignage',
      'status.draft': 'Brouillon',
      'status.submitted': 'En attente de relecture',
      'status.published': 'Publiée, en attente de réponse',
      'status.underReview': 'En cours d’examen par l’institution',
      'status.decided': 'En cours d’examen par l’institution',
      'status.accepted': 'Acceptée',
      'status.partlyAccepted': 'Acceptée en partie',
      'status.declined': 'Non retenue, avec ses raisons',
      'status.answered': 'Réponse donnée',
      'status.duplicate': 'Regroupée avec une contribution semblable',
      'status.inProgress': 'En cours de réalisation',
      'status.done': 'Réalisée',
      'status.hidden': 'Masquée par la modération',
      'status.withdrawn': 'Retirée par son auteur',
      'verdict.accepted': 'Acceptée',
      'verdict.partlyAccepted': 'Acceptée en partie',
      'verdict.declined': 'Non retenue',
      'verdict.answered': 'Réponse à la question',
      'verdict.duplicate': 'Regroupée avec une contribution semblable',
      waiting: 'En attente de réponse depuis {n|jour|jours}',
      answered: 'Réponse donnée en {n|jour|jours}',
      overdue: 'En retard : réponse attendue depuis {n|jour|jours}',
      hiddenTitle: 'Contribution masquée par la modération',
    },
    more: () => import('./contribution-list.messages.more.js').then((m) => m.contributionWordsMore),
  }),
);

/** Words of the list itself. */
export const listMessages = registerCatalog(
  'contribution-list',
  defineCatalog({
    fr: {
      heading: 'Les contributions',
      searchLegend: 'Chercher une contribution',
      q: 'Quels mots cherchez-vous ?',
      status: 'Où en est-elle ?',
      anyStatus: 'Peu importe',
      kind: 'De quel type ?',
      anyKind: 'Tous les types',
      theme: 'Sur quel thème ?',
      anyTheme: 'Tous les thèmes',
      overdueOnly: 'Seulement celles qui attendent leur réponse au-delà du délai promis',
      apply: 'Afficher',
      clear: 'Effacer la recherche',
      loading: 'Chargement des contributions…',
      paging: 'Chargement de la page {page}…',
      range: 'Page {page} : contributions {first} à {last}',
      rangeTotal: 'Page {page} : contributions {first} à {last} sur {total}',
      empty: 'Il n’y a encore aucune contribution.',
      emptyFiltered: 'Aucune contribution ne correspond à votre recherche.',
      failed: 'Les contributions n’ont pas pu être affichées.',
      noSpace: 'Ce groupe n’existe pas ou n’est plus en ligne.',
      pages: 'Changer de page',
      previous: 'Page précédente',
      next: 'Page suivante',
      publishedOn: 'Publiée le {date}',
      statusIs: 'État : {status}',
      themeIs: 'Thème : {theme}',
    },
    more: () => import('./contribution-list.messages.more.js').then((m) => m.listMessagesMore),
  }),
);
