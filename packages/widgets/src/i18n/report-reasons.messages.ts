import { defineCatalog } from './i18n.js';
import { registerCatalog } from './registry.js';

/** Why a person reports a contribution (core's `REPORT_REASONS`): the same words wherever a report is shown. */
export const reportReasonWords = registerCatalog(
  'report-reasons',
  defineCatalog({
    fr: {
      'reason.insult': 'Insulte ou propos blessant',
      'reason.personalData': 'Informations privées sur une personne',
      'reason.discrimination': 'Propos raciste, sexiste ou discriminatoire',
      'reason.spam': 'Publicité ou message répété',
      'reason.offTopic': 'Hors sujet pour ce groupe',
      'reason.other': 'Autre raison',
    },
    more: () => import('./report-reasons.messages.more.js').then((m) => m.reportReasonWordsMore),
  }),
);
