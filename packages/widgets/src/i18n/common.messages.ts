import { defineCatalog } from './i18n.js';

/** Words every widget uses. */
export const common = defineCatalog({
  fr: {
    loading: 'Chargement…',
    retry: 'Réessayer',
    back: 'Retour',
    next: 'Continuer',
    close: 'Fermer',
    offline: 'Vous n’êtes pas connecté à Internet.',
    error: 'Une erreur est survenue. Vos réponses sont gardées.',
    required: '(obligatoire)',
    optional: '(facultatif)',
  },
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
});
