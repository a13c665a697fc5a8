// English and FALC tables, loaded on first use so a French page never downloads them.
// `defineCatalog` checks at compile time that they have every key of the French table.
import type { MoreTables } from '../i18n/i18n.js';

export const {{camel}}MessagesMore = {
  en: {
    heading: '{{words}}',
    loading: 'Loading…',
    ready: 'Group: {space}',
    failed: 'The information could not be shown.',
    noSpace: 'This group does not exist or is no longer online.',
  },
  falc: {
    fr: {
      heading: '{{words}}',
      loading: 'Chargement en cours.',
      ready: 'Votre groupe : {space}',
      failed: 'Il y a un problème. Les informations ne s’affichent pas.',
      noSpace: 'Ce groupe n’existe pas.',
    },
    en: {
      heading: '{{words}}',
      loading: 'Loading.',
      ready: 'Your group: {space}',
      failed: 'There is a problem. The information does not show.',
      noSpace: 'This group does not exist.',
    },
  },
} satisfies MoreTables<string>;
