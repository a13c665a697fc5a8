import { defineCatalog } from '../i18n/i18n.js';
import { registerCatalog } from '../i18n/registry.js';

/** Words of the cycle widget. Phase texts come from the content pack, not from here. */
export const cycleMessages = registerCatalog(
  'cycle',
  defineCatalog({
    fr: {
      heading: 'Le cycle de la participation',
      intro:
        'Sept phases, de la rencontre des personnes concernées jusqu’au partage de ce qui a marché. Puis un nouveau tour commence.',
      keys: 'Au clavier : les flèches passent d’une phase à l’autre, Entrée ou Espace ouvre la fiche de la phase.',
      wheel: 'Les sept phases du cycle',
      phaseNumber: 'Phase {n}',
      phaseName: 'Phase {n} : {label}',
      currentMark: 'phase actuelle du groupe',
      legend: '★ : la phase où en est le groupe',
      hubRound: 'Tour {round}',
      hubAlone: 'Cycle',
      loading: 'Chargement du cycle…',
      failed: 'Le cycle n’a pas pu être affiché.',
      where: 'Le groupe « {space} » en est à la phase {n} : {phase}. C’est son tour numéro {round}.',
      noSpace: 'Ce groupe n’existe pas ou n’est plus en ligne : le cycle est montré sans sa phase actuelle.',
      cycleFailed: 'La phase actuelle du groupe n’a pas pu être lue : le cycle est montré sans elle.',
      problem: 'Le problème, dit par les personnes concernées :',
      choose: 'Choisissez une phase pour lire sa fiche.',
      sheetTitle: 'Phase {n} : {label}',
      sheetCurrent: 'Le groupe en est à cette phase.',
      question: 'La question à se poser',
      stakes: 'Les enjeux',
      objectives: 'Les objectifs',
      vigilance: 'Les points de vigilance',
      methods: 'Les méthodes',
      tools: 'Les outils',
      resources: 'Les ressources pour cette phase',
      noResources: 'Pas encore de ressource pour cette phase.',
      closeSheet: 'Fermer la fiche',
      guide: 'Par où commencer ?',
      guideIntro: 'Les questions que les groupes se posent souvent, et la phase du cycle où trouver la réponse.',
      goToPhase: 'Lire la fiche de la phase {n} : {label}',
      guideResources: 'Pour s’y mettre',
    },
    more: () => import('./cycle.messages.more.js').then((m) => m.cycleMessagesMore),
  }),
);
