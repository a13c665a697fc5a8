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
  more: () => import('./common.messages.more.js').then((m) => m.commonMore),
});
