// English and FALC tables, loaded on first use so a French page never downloads them.
// `defineCatalog` checks at compile time that they have every key of the French table.
import type { MoreTables } from './i18n.js';

export const commonMore = {
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    back: 'Back',
    next: 'Continue',
    close: 'Close',
    offline: 'You are not connected to the Internet.',
    error: 'Something went wrong. Your answers are kept.',
    required: '(required)',
    optional: '(optional)',
  },
  falc: {
    fr: {
      loading: 'Attendez un peu.',
      retry: 'Essayer encore',
      back: 'Revenir',
      next: 'Continuer',
      close: 'Fermer',
      offline: 'Internet ne marche pas en ce moment.',
      error: 'Il y a un problème. Vos réponses sont gardées.',
      required: '(à remplir)',
      optional: '(pas obligatoire)',
    },
    en: {
      loading: 'Please wait.',
      retry: 'Try again',
      back: 'Go back',
      next: 'Continue',
      close: 'Close',
      offline: 'The Internet is not working right now.',
      error: 'There is a problem. Your answers are kept.',
      required: '(fill this in)',
      optional: '(you can skip this)',
    },
  },
} satisfies MoreTables<string>;
