import type { PhaseId } from '../cycle/cycle.phases.js';
import type { DefaultDimensionId } from './default-questionnaire.questions.js';
import type { Condition, PhaseEstimate } from './diagnostic.types.js';

// When each recommendation of the default questionnaire fires, the phase it sends the
// group to and the resource-centre entries it points to. Titles, reasons, points of
// vigilance and methods are in the text packs, under the same ids.

const level = (dimension: DefaultDimensionId, ...levels: string[]): Condition => ({
  level: { dimension, in: levels },
});
const eq = (question: string, value: string | number): Condition => ({ equals: { question, value } });
const oneOf = (question: string, values: string[]): Condition => ({ in: { question, values } });

export interface RuleSpec {
  id: string;
  when: Condition;
  phase: PhaseId;
  /** @default 0; the "nothing changes" and parity rules come first. */
  priority?: number;
  resourceIds: string[];
}

export const RULES: RuleSpec[] = [
  {
    id: 'nothingChanges',
    when: { gte: { question: 'nothingChanges', value: 3 } },
    phase: 'act',
    priority: 3,
    resourceIds: ['tableau-de-suivi-des-reponses', 'lettre-de-retour', 'restitution-publique', 'video-participative'],
  },
  {
    id: 'noAnswers',
    when: { any: [eq('answersGiven', 'none'), eq('answerDelay', 'longer')] },
    phase: 'decide',
    priority: 3,
    resourceIds: ['tableau-de-suivi-des-reponses', 'lettre-de-retour', 'comite-de-suivi'],
  },
  {
    id: 'parityLow',
    when: oneOf('parity', ['lessThanHalf', 'veryFew']),
    phase: 'mobilise',
    priority: 3,
    resourceIds: ['porte-a-porte', 'permanence-hors-les-murs', 'groupe-ressource'],
  },
  {
    id: 'backingFragile',
    when: level('politicalBacking', 'fragile'),
    phase: 'mobilise',
    priority: 2,
    resourceIds: ['elus-en-ecoute', 'comite-de-suivi', 'restitution-publique'],
  },
  {
    id: 'mandateUnclear',
    when: oneOf('mandateClear', ['no', 'unsure']),
    phase: 'mobilise',
    resourceIds: ['charte-du-groupe', 'comite-de-suivi'],
  },
  {
    id: 'managersFragile',
    when: level('managerialSupport', 'fragile'),
    phase: 'mobilise',
    priority: 1,
    resourceIds: ['formation-croisee', 'binome-pair-professionnel'],
  },
  {
    id: 'noCharter',
    when: oneOf('charterAdopted', ['no', 'unsure']),
    phase: 'mobilise',
    resourceIds: ['charte-du-groupe', 'accueil-convivial'],
  },
  {
    id: 'placeFragile',
    when: level('placeOfConcerned', 'fragile'),
    phase: 'coConstruct',
    priority: 2,
    resourceIds: ['binome-pair-professionnel', 'photo-langage', 'recit-de-vie', 'reunion-accessible-falc'],
  },
  {
    id: 'outreachFragile',
    when: level('goingTowards', 'fragile'),
    phase: 'mobilise',
    priority: 1,
    resourceIds: ['porte-a-porte', 'porteurs-de-paroles', 'diagnostic-en-marchant', 'boite-a-idees-mobile'],
  },
  {
    id: 'outreachByMailOnly',
    when: {
      all: [eq('outreachMeans', 'mailOnly'), { not: oneOf('outreachMeans', ['doorToDoor', 'publicPlaces', 'peers']) }],
    },
    phase: 'mobilise',
    resourceIds: ['porteurs-de-paroles', 'permanence-hors-les-murs'],
  },
  {
    id: 'problemNotStated',
    when: oneOf('problemStated', ['no', 'unsure']),
    phase: 'diagnose',
    priority: 1,
    resourceIds: ['arbre-a-problemes', 'enonce-du-probleme', 'photo-langage', 'diagnostic-en-marchant'],
  },
  {
    id: 'coConstructionFragile',
    when: level('coConstruction', 'fragile'),
    phase: 'coConstruct',
    priority: 1,
    resourceIds: ['world-cafe', 'theatre-forum', 'conference-familiale'],
  },
  {
    id: 'proposalsShelved',
    when: oneOf('proposalFate', ['listenedOnly', 'ignored']),
    phase: 'decide',
    priority: 2,
    resourceIds: ['elus-en-ecoute', 'tableau-de-suivi-des-reponses', 'comite-de-suivi'],
  },
  {
    id: 'feedbackFragile',
    when: level('feedbackLoop', 'fragile'),
    phase: 'act',
    priority: 2,
    resourceIds: ['restitution-publique', 'lettre-de-retour', 'reunion-mensuelle'],
  },
  {
    id: 'partnershipFragile',
    when: level('partnership', 'fragile'),
    phase: 'mobilise',
    resourceIds: ['cartographie-des-acteurs', 'fiche-pratique-inspirante', 'comite-de-suivi'],
  },
  {
    id: 'transportMissing',
    when: oneOf('transport', ['caseByCase', 'no']),
    phase: 'mobilise',
    priority: 1,
    resourceIds: ['frais-de-transport'],
  },
  {
    id: 'timingOrWelcome',
    when: { any: [{ lte: { question: 'timing', value: 2 } }, { lte: { question: 'welcome', value: 2 } }] },
    phase: 'mobilise',
    resourceIds: ['accueil-convivial', 'reunion-mensuelle'],
  },
  {
    id: 'documentsHard',
    when: { lte: { question: 'easyDocuments', value: 2 } },
    phase: 'coConstruct',
    resourceIds: ['reunion-accessible-falc'],
  },
  {
    id: 'noAttestation',
    when: oneOf('attestation', ['no', 'unsure']),
    phase: 'share',
    resourceIds: ['attestation-de-participation'],
  },
  {
    id: 'recognitionFragile',
    when: level('recognition', 'fragile'),
    phase: 'share',
    priority: 1,
    resourceIds: ['attestation-de-participation', 'frais-de-transport', 'formation-croisee'],
  },
  {
    id: 'notEvaluated',
    when: oneOf('evaluatedTogether', ['no', 'unsure']),
    phase: 'evaluate',
    priority: 1,
    resourceIds: ['evaluation-croisee', 'questionnaire-auto-diagnostic', 'comite-de-suivi'],
  },
  {
    id: 'evaluationWithoutConcerned',
    when: { all: [eq('evaluatedTogether', 'yes'), { not: eq('viewpoints', 'concerned') }] },
    phase: 'evaluate',
    priority: 2,
    resourceIds: ['evaluation-croisee', 'recit-de-vie', 'video-participative'],
  },
  {
    id: 'noRenewal',
    when: eq('newMembers', 'never'),
    phase: 'share',
    priority: 1,
    resourceIds: ['parrainage-nouveaux-membres', 'porte-a-porte', 'groupe-ressource'],
  },
  {
    id: 'noMentoring',
    when: eq('mentoring', 'no'),
    phase: 'share',
    resourceIds: ['parrainage-nouveaux-membres', 'binome-pair-professionnel'],
  },
  {
    id: 'experienceNotShared',
    when: { all: [oneOf('experienceShared', ['no', 'unsure']), level('evaluation', 'building', 'solid')] },
    phase: 'share',
    resourceIds: ['fiche-pratique-inspirante', 'video-participative', 'restitution-publique'],
  },
  {
    id: 'goFurther',
    when: {
      all: [level('placeOfConcerned', 'solid'), level('coConstruction', 'solid'), level('feedbackLoop', 'solid')],
    },
    phase: 'share',
    resourceIds: ['budget-participatif', 'jury-citoyen', 'marche-exploratoire', 'fiche-pratique-inspirante'],
  },
];

/** The first phase whose "leaves when" is not met is where the group stands (see DESIGN §2). */
export const PHASE_ESTIMATE: PhaseEstimate = {
  steps: [
    {
      phase: 'mobilise',
      doneWhen: { all: [oneOf('parity', ['moreThanHalf', 'half', 'lessThanHalf']), eq('charterAdopted', 'yes')] },
    },
    { phase: 'diagnose', doneWhen: eq('problemStated', 'yes') },
    { phase: 'coConstruct', doneWhen: eq('proposalsSent', 'yes') },
    { phase: 'decide', doneWhen: eq('answersGiven', 'all') },
    { phase: 'act', doneWhen: eq('actionsReported', 'yes') },
    { phase: 'evaluate', doneWhen: eq('evaluatedTogether', 'yes') },
  ],
  whenAllDone: 'share',
};
