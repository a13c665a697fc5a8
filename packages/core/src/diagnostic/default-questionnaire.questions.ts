import type { Condition } from './diagnostic.types.js';

// The shape of the default questionnaire, without its words: ids, kinds, weights and
// conditions. The words come from `default-questionnaire.fr.ts` / `.en.ts` under the same
// ids, so both languages always ask exactly the same thing and share one version.

export const DIMENSION_IDS = [
  'politicalBacking',
  'managerialSupport',
  'placeOfConcerned',
  'goingTowards',
  'coConstruction',
  'feedbackLoop',
  'partnership',
  'materialConditions',
  'recognition',
  'evaluation',
  'renewal',
] as const;
export type DefaultDimensionId = (typeof DIMENSION_IDS)[number];

export const LEVEL_IDS = ['fragile', 'building', 'solid'] as const;
/** Below 40 fragile, from 70 solid: the same cut for every dimension, so levels compare. */
export const DEFAULT_THRESHOLDS = [40, 70];

export const SCALE_IDS = ['agreement', 'frequency'] as const;
export type ScaleId = (typeof SCALE_IDS)[number];

type W = Partial<Record<DefaultDimensionId, number>>;
type Common = { id: string; required?: boolean; visibleIf?: Condition; requiredIf?: Condition };
export type QuestionSpec = Common &
  (
    | { kind: 'scale'; scale: ScaleId; weights: W }
    | { kind: 'yesNoUnsure'; weights: { yes: W; no: W; unsure?: W } }
    | {
        kind: 'single' | 'multiple';
        options: Array<{ value: string; weights?: W; abstain?: boolean; exclusive?: boolean }>;
      }
    | { kind: 'text'; maxLength?: number }
  );

const yesNo = (dimension: DefaultDimensionId, yes = 10): { yes: W; no: W } => ({
  yes: { [dimension]: yes },
  no: { [dimension]: 0 },
});
const eq = (question: string, value: string | number): Condition => ({ equals: { question, value } });
const oneOf = (question: string, values: string[]): Condition => ({ in: { question, values } });
const dontKnow = { value: 'dontKnow', abstain: true };

export const SECTIONS: Array<{ id: string; questions: QuestionSpec[] }> = [
  {
    id: 'backing',
    questions: [
      { id: 'electedSupport', kind: 'scale', scale: 'agreement', weights: { politicalBacking: 10 } },
      { id: 'electedListen', kind: 'scale', scale: 'frequency', weights: { politicalBacking: 10 } },
      { id: 'mandateClear', kind: 'yesNoUnsure', weights: yesNo('politicalBacking') },
      { id: 'managerTime', kind: 'scale', scale: 'agreement', weights: { managerialSupport: 10 } },
      { id: 'collectiveValued', kind: 'scale', scale: 'agreement', weights: { managerialSupport: 10 } },
      { id: 'staffTrained', kind: 'yesNoUnsure', weights: yesNo('managerialSupport') },
    ],
  },
  {
    id: 'place',
    questions: [
      {
        id: 'parity',
        kind: 'single',
        required: true,
        options: [
          { value: 'moreThanHalf', weights: { placeOfConcerned: 10 } },
          { value: 'half', weights: { placeOfConcerned: 10 } },
          { value: 'lessThanHalf', weights: { placeOfConcerned: 4 } },
          { value: 'veryFew', weights: { placeOfConcerned: 0 } },
          dontKnow,
        ],
      },
      { id: 'charterAdopted', kind: 'yesNoUnsure', weights: yesNo('placeOfConcerned', 6) },
      { id: 'speakAsMuch', kind: 'scale', scale: 'agreement', weights: { placeOfConcerned: 10 } },
      { id: 'ownWords', kind: 'scale', scale: 'agreement', weights: { placeOfConcerned: 10 } },
      { id: 'chooseTopics', kind: 'yesNoUnsure', weights: yesNo('placeOfConcerned') },
    ],
  },
  {
    id: 'outreach',
    questions: [
      {
        id: 'outreachMeans',
        kind: 'multiple',
        options: [
          { value: 'doorToDoor', weights: { goingTowards: 3 } },
          { value: 'publicPlaces', weights: { goingTowards: 3 } },
          { value: 'peers', weights: { goingTowards: 3 } },
          { value: 'partnersRelay', weights: { goingTowards: 2 } },
          { value: 'mailOnly', weights: { goingTowards: 0 } },
          { value: 'none', weights: { goingTowards: 0 }, exclusive: true },
        ],
      },
      { id: 'newFaces', kind: 'scale', scale: 'frequency', weights: { goingTowards: 10 } },
      { id: 'diversity', kind: 'scale', scale: 'agreement', weights: { goingTowards: 10, placeOfConcerned: 4 } },
    ],
  },
  {
    id: 'coConstruction',
    questions: [
      { id: 'problemStated', kind: 'yesNoUnsure', weights: yesNo('coConstruction') },
      { id: 'sharedDiagnosis', kind: 'scale', scale: 'agreement', weights: { coConstruction: 10 } },
      { id: 'proposalsSent', kind: 'yesNoUnsure', required: true, weights: yesNo('coConstruction', 4) },
      {
        id: 'proposalFate',
        kind: 'single',
        visibleIf: eq('proposalsSent', 'yes'),
        options: [
          { value: 'decidedTogether', weights: { coConstruction: 10 } },
          { value: 'takenIntoAccount', weights: { coConstruction: 7 } },
          { value: 'listenedOnly', weights: { coConstruction: 2 } },
          { value: 'ignored', weights: { coConstruction: 0 } },
        ],
      },
    ],
  },
  {
    id: 'feedback',
    questions: [
      {
        id: 'answersGiven',
        kind: 'single',
        // Shown to the unsure too, who may know the answers; required only of those who sent proposals.
        visibleIf: oneOf('proposalsSent', ['yes', 'unsure']),
        requiredIf: eq('proposalsSent', 'yes'),
        options: [
          { value: 'all', weights: { feedbackLoop: 10 } },
          { value: 'some', weights: { feedbackLoop: 5 } },
          { value: 'none', weights: { feedbackLoop: 0 } },
          dontKnow,
        ],
      },
      {
        id: 'answerDelay',
        kind: 'single',
        visibleIf: oneOf('answersGiven', ['all', 'some']),
        options: [
          { value: 'underMonth', weights: { feedbackLoop: 10 } },
          { value: 'underThreeMonths', weights: { feedbackLoop: 6 } },
          { value: 'longer', weights: { feedbackLoop: 2 } },
          dontKnow,
        ],
      },
      { id: 'actionsReported', kind: 'yesNoUnsure', weights: yesNo('feedbackLoop') },
      // Hearing "nothing changes" often is bad news: the weight is negative.
      { id: 'nothingChanges', kind: 'scale', scale: 'frequency', weights: { feedbackLoop: -10 } },
    ],
  },
  {
    id: 'partnership',
    questions: [
      {
        id: 'partners',
        kind: 'multiple',
        options: [
          { value: 'socialServices', weights: { partnership: 2 } },
          { value: 'employment', weights: { partnership: 2 } },
          { value: 'associations', weights: { partnership: 2 } },
          { value: 'insertion', weights: { partnership: 2 } },
          { value: 'housing', weights: { partnership: 2 } },
          { value: 'health', weights: { partnership: 2 } },
          { value: 'none', weights: { partnership: 0 }, exclusive: true },
        ],
      },
      { id: 'partnersConvinced', kind: 'scale', scale: 'agreement', weights: { partnership: 10 } },
      { id: 'whoDoesWhat', kind: 'yesNoUnsure', weights: yesNo('partnership') },
    ],
  },
  {
    id: 'conditions',
    questions: [
      {
        id: 'transport',
        kind: 'single',
        options: [
          { value: 'organised', weights: { materialConditions: 10 } },
          { value: 'nearby', weights: { materialConditions: 8 } },
          { value: 'caseByCase', weights: { materialConditions: 4 } },
          { value: 'no', weights: { materialConditions: 0 } },
        ],
      },
      { id: 'timing', kind: 'scale', scale: 'agreement', weights: { materialConditions: 10 } },
      { id: 'welcome', kind: 'scale', scale: 'frequency', weights: { materialConditions: 10 } },
      {
        id: 'easyDocuments',
        kind: 'scale',
        scale: 'agreement',
        weights: { materialConditions: 6, placeOfConcerned: 4 },
      },
    ],
  },
  {
    id: 'recognition',
    questions: [
      { id: 'attestation', kind: 'yesNoUnsure', weights: yesNo('recognition') },
      { id: 'expertise', kind: 'scale', scale: 'agreement', weights: { recognition: 10 } },
      {
        id: 'costsCovered',
        kind: 'yesNoUnsure',
        weights: { yes: { recognition: 6, materialConditions: 4 }, no: { recognition: 0, materialConditions: 0 } },
      },
    ],
  },
  {
    id: 'evaluation',
    questions: [
      { id: 'evaluatedTogether', kind: 'yesNoUnsure', weights: yesNo('evaluation') },
      {
        id: 'viewpoints',
        kind: 'multiple',
        visibleIf: eq('evaluatedTogether', 'yes'),
        options: [
          { value: 'concerned', weights: { evaluation: 3 } },
          { value: 'professionals', weights: { evaluation: 3 } },
          { value: 'elected', weights: { evaluation: 3 } },
          { value: 'partners', weights: { evaluation: 3 } },
        ],
      },
      { id: 'changesSeen', kind: 'scale', scale: 'agreement', weights: { evaluation: 6, feedbackLoop: 4 } },
    ],
  },
  {
    id: 'renewal',
    questions: [
      {
        id: 'newMembers',
        kind: 'single',
        options: [
          { value: 'everyYear', weights: { renewal: 10 } },
          { value: 'sometimes', weights: { renewal: 5 } },
          { value: 'never', weights: { renewal: 0 } },
        ],
      },
      {
        id: 'mentoring',
        kind: 'yesNoUnsure',
        visibleIf: oneOf('newMembers', ['everyYear', 'sometimes']),
        weights: yesNo('renewal'),
      },
      { id: 'afterwards', kind: 'scale', scale: 'agreement', weights: { renewal: 10 } },
      { id: 'experienceShared', kind: 'yesNoUnsure', weights: yesNo('renewal', 6) },
    ],
  },
  {
    id: 'openWord',
    questions: [{ id: 'oneChange', kind: 'text', maxLength: 1000 }],
  },
];

/** Value of each step of the scales; the words are in the text packs. */
export const SCALE_VALUES = [1, 2, 3, 4] as const;
