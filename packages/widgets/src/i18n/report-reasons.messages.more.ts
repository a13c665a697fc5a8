// English and FALC tables, loaded on first use so a French page never downloads them.
// `defineCatalog` checks at compile time that they have every key of the French table.
import type { MoreTables } from './i18n.js';

export const reportReasonWordsMore = {
  en: {
    'reason.insult': 'Insult or hurtful words',
    'reason.personalData': 'Private information about someone',
    'reason.discrimination': 'Racist, sexist or discriminatory words',
    'reason.spam': 'Advertising or repeated message',
    'reason.offTopic': 'Off topic for this group',
    'reason.other': 'Another reason',
  },
  falc: {
    fr: {
      'reason.insult': 'C’est une insulte ou c’est méchant',
      'reason.personalData': 'Il y a des informations privées sur une personne',
      'reason.discrimination': 'C’est raciste ou sexiste, ou ça rejette des personnes',
      'reason.spam': 'C’est de la publicité',
      'reason.offTopic': 'Ça ne parle pas du sujet du groupe',
      'reason.other': 'Autre chose',
    },
    en: {
      'reason.insult': 'It is an insult or it is mean',
      'reason.personalData': 'There is private information about a person',
      'reason.discrimination': 'It is racist or sexist, or it rejects people',
      'reason.spam': 'It is advertising',
      'reason.offTopic': 'It is not about the group’s subject',
      'reason.other': 'Something else',
    },
  },
} satisfies MoreTables<string>;
