// The seven phases' names as the editors' widgets say them, in each language, written once:
// each widget spreads them into its own message tables under `phase.<id>`. The council's own
// phase texts (from the API) are the cycle widget's; these are labels for filters, tick boxes
// and read-only fields. The resource centre words its phases for residents (its own table).
import type { PhaseId } from '@participe/core';

type PhaseWords = { readonly [K in PhaseId as `phase.${K}`]: string };

export const PHASE_WORDS_FR = {
  'phase.mobilise': 'Aller vers et constituer le groupe',
  'phase.diagnose': 'Diagnostic partagé',
  'phase.coConstruct': 'Co-construire des propositions',
  'phase.decide': 'Réponse et engagement de l’institution',
  'phase.act': 'Mise en œuvre, faire savoir ce qui a été fait',
  'phase.evaluate': 'Évaluer ensemble',
  'phase.share': 'Valoriser, essaimer, renouveler',
} as const satisfies PhaseWords;

export const PHASE_WORDS_EN = {
  'phase.mobilise': 'Reach out and form the group',
  'phase.diagnose': 'Shared diagnostic',
  'phase.coConstruct': 'Build proposals together',
  'phase.decide': 'The institution’s answer and commitment',
  'phase.act': 'Carry out, and say what was done',
  'phase.evaluate': 'Evaluate together',
  'phase.share': 'Share, spread, renew',
} as const satisfies PhaseWords;

/** Easy to read and understand (FALC), for what a group's members read. */
export const PHASE_WORDS_FALC = {
  fr: {
    'phase.mobilise': 'Aller voir les personnes et faire le groupe',
    'phase.diagnose': 'Comprendre ensemble le problème',
    'phase.coConstruct': 'Faire des propositions ensemble',
    'phase.decide': 'L’institution répond',
    'phase.act': 'Agir et dire ce qui est fait',
    'phase.evaluate': 'Voir ensemble ce qui a changé',
    'phase.share': 'Partager et recommencer',
  },
  en: {
    'phase.mobilise': 'Go and see people and make the group',
    'phase.diagnose': 'Understand the problem together',
    'phase.coConstruct': 'Make proposals together',
    'phase.decide': 'The institution answers',
    'phase.act': 'Act and say what is done',
    'phase.evaluate': 'See together what changed',
    'phase.share': 'Share and start again',
  },
} as const satisfies Record<'fr' | 'en', PhaseWords>;
