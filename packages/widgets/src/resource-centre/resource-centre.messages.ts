import { defineCatalog } from '../i18n/i18n.js';
import { registerCatalog } from '../i18n/registry.js';

/**
 * Words of the resource centre. French here; English and FALC in
 * `resource-centre.messages.more.ts`, loaded on demand. The phases' names are the widget's
 * (the council's phase texts are the cycle widget's): its first screen stays small.
 */
export const resourceCentreMessages = registerCatalog(
  'resource-centre',
  defineCatalog({
    fr: {
      heading: 'Centre de ressources',
      intro: 'Des méthodes et des outils pour faire participer les personnes concernées, à chaque étape.',
      easyToRead: 'Facile à lire et à comprendre',
      searchLabel: 'Chercher une méthode ou un outil',
      searchHint: 'Un ou plusieurs mots, par exemple\u00a0: photo, transport, réunion.',
      searchButton: 'Chercher',
      loading: 'Chargement du centre de ressources…',
      fetching: 'Chargement des ressources…',
      byQuestion: 'Par où commencer\u00a0?',
      byQuestionIntro: 'Choisissez la question qui ressemble à la vôtre.',
      byPhase: 'Par étape de la participation',
      mobilise: 'Aller vers les personnes et constituer le groupe',
      diagnose: 'Diagnostic partagé',
      coConstruct: 'Co-construire des propositions',
      decide: 'Réponse et engagement de l’institution',
      act: 'Mise en œuvre, faire savoir ce qui a été fait',
      evaluate: 'Évaluer ensemble',
      share: 'Valoriser, essaimer, renouveler',
      phaseTitle: 'Étape {n}\u00a0: {label}',
      searchTitle: 'Résultats pour «\u00a0{q}\u00a0»',
      readyPhase: 'Étape {n}\u00a0: {count|ressource|ressources}.',
      readyQuestion: '{count|ressource|ressources} pour cette question.',
      readySearch: '«\u00a0{q}\u00a0»\u00a0: {count|ressource trouvée|ressources trouvées|aucune ressource trouvée}.',
      emptyPhase: 'Aucune ressource pour cette étape pour le moment.',
      emptySearch: 'Aucune ressource ne contient ces mots. Essayez un autre mot, ou choisissez une étape.',
      emptyQuestion: 'Aucune ressource pour cette question pour le moment.',
      goToPhase: 'Voir toutes les ressources de l’étape {n}\u00a0: {label}',
      details: 'Quand l’utiliser et comment faire',
      detailsOf: '\u00a0: {title}',
      whenToUse: 'Quand l’utiliser',
      steps: 'Étapes',
      failed: 'Le centre de ressources n’a pas pu être affiché.',
      resourcesFailed: 'Ces ressources n’ont pas pu être affichées. Celles d’avant restent à l’écran.',
    },
    more: () => import('./resource-centre.messages.more.js').then((m) => m.resourceCentreMessagesMore),
  }),
);
