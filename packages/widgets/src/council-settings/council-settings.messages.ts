import { defineCatalog } from '../i18n/i18n.js';
import { registerCatalog } from '../i18n/registry.js';

/** The French table: the reference, and also the FALC one (professional text). */
export const COUNCIL_SETTINGS_FR = {
  heading: 'Réglages de la collectivité',
  loading: 'Chargement des réglages…',
  ready: 'Ces réglages s’appliquent à toute la collectivité.',
  saving: 'Enregistrement…',
  saved: 'Les réglages sont enregistrés.',
  failed: 'Les réglages n’ont pas pu être affichés.',
  denied: 'Seuls les administrateurs de la collectivité modifient ses réglages.',
  'field.name': 'Nom de la collectivité',
  'field.name.hint': 'Exemple : Département des Hautes-Combes',
  'field.mailFrom': 'Expéditeur des messages envoyés aux habitants',
  'field.mailFrom.hint': 'Exemple : Participation <participation@hautes-combes.fr>',
  'field.answerWithinDays': 'Délai de réponse par défaut des nouveaux groupes, en jours',
  'field.answerWithinDays.hint': 'De 1 à 365. Vide : 60 jours.',
  save: 'Enregistrer les réglages',
  rejected: 'Certains champs sont à corriger : voir les messages sous les champs.',
  conflict: 'Quelqu’un d’autre a modifié les réglages entre-temps. Rechargez, vérifiez, puis recommencez.',
  reload: 'Recharger les réglages',
  failure: 'L’enregistrement n’a pas abouti. Réessayez dans un moment.',
} as const;

/** Words of the council's settings. English in `council-settings.messages.more.ts`, loaded on demand. */
export const councilSettingsMessages = registerCatalog(
  'council-settings',
  defineCatalog({
    fr: COUNCIL_SETTINGS_FR,
    more: () => import('./council-settings.messages.more.js').then((m) => m.councilSettingsMessagesMore),
  }),
);
