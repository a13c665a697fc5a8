// English and FALC tables, loaded on first use so a French page never downloads them.
import type { MoreTables } from '../i18n/i18n.js';

export const resourceMessagesMore = {
  en: {
    method: 'Method',
    tool: 'Tool',
    duration: 'Duration: {duration}',
  },
  falc: {
    fr: {
      method: 'Une façon de faire',
      tool: 'Un outil',
      duration: 'Temps : {duration}',
    },
    en: {
      method: 'A way of doing',
      tool: 'A tool',
      duration: 'Time: {duration}',
    },
  },
} satisfies MoreTables<string>;
