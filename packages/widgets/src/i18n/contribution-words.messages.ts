import { defineCatalog } from './i18n.js';
import { registerCatalog } from './registry.js';

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
      waiting: 'En attente de réponse depuis {n|jour|jours|aujourd’hui}',
      answered: 'Réponse donnée en {n|jour|jours|moins d’un jour}',
      overdue: 'En retard : réponse attendue depuis {n|jour|jours}',
      hiddenTitle: 'Contribution masquée par la modération',
    },
    more: () => import('./contribution-words.messages.more.js').then((m) => m.contributionWordsMore),
  }),
);
