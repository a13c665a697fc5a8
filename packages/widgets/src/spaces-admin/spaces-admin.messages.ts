import { defineCatalog } from '../i18n/i18n.js';
import { registerCatalog } from '../i18n/registry.js';

/** Words of the spaces' administration. French here; English in `spaces-admin.messages.more.ts`, loaded on demand. */
/** The French table: the reference, and also the FALC one (professional text). */
export const SPACES_ADMIN_FR = {
  heading: 'Groupes de la collectivité',
  loading: 'Chargement des groupes…',
  count: '{n|groupe|groupes}.',
  none: 'Aucun groupe pour l’instant. Créez le premier.',
  failed: 'Les groupes n’ont pas pu être affichés.',
  denied:
    'Seuls les administrateurs de la collectivité gèrent les groupes. Reconnectez-vous avec un compte administrateur.',
  create: 'Nouveau groupe',
  edit: 'Modifier',
  editLabel: 'Modifier le groupe {name}',
  archived: 'archivé',
  premoderation: 'relu avant publication',
  answerDays: 'réponse sous {n} jours',
  formNew: 'Nouveau groupe',
  formEdit: 'Réglages du groupe {name}',
  'field.name': 'Nom du groupe',
  'field.name.hint': 'Exemple : Groupe ressource RSA du secteur Sud',
  'field.slug': 'Nom court (dans les adresses et l’intégration)',
  'field.slug.hint': 'Lettres minuscules, chiffres et tirets. Exemple : groupe-rsa-sud',
  'field.policyArea': 'Type de groupe (politique concernée)',
  'field.policyArea.hint': 'Exemple : Insertion',
  'field.territory': 'Territoire',
  'field.territory.hint': 'Exemple : Secteur Sud',
  'field.answerWithinDays': 'Délai de réponse de l’institution, en jours',
  'field.answerWithinDays.hint': 'De 1 à 365. Vide : le délai par défaut de la collectivité.',
  'field.premoderation': 'Relire les contributions avant qu’elles soient publiques',
  save: 'Enregistrer',
  saveNew: 'Créer le groupe',
  saving: 'Enregistrement…',
  cancel: 'Annuler',
  archive: 'Archiver ce groupe',
  restore: 'Réactiver ce groupe',
  'saved.create': 'Le groupe « {name} » est créé.',
  'saved.update': 'Les réglages du groupe « {name} » sont enregistrés.',
  'saved.archive': 'Le groupe « {name} » est archivé.',
  'saved.restore': 'Le groupe « {name} » est réactivé.',
  embed: 'Pour publier son formulaire sur votre site :',
  rejected: 'Certains champs sont à corriger : voir les messages sous les champs.',
  conflict: 'Quelqu’un d’autre a modifié ce groupe entre-temps. Rechargez, vérifiez, puis recommencez.',
  reload: 'Recharger les groupes',
  failure: 'L’enregistrement n’a pas abouti. Réessayez dans un moment.',
  offline: 'Vous n’êtes pas connecté à Internet. Rien n’a été enregistré.',
} as const;

export const spacesAdminMessages = registerCatalog(
  'spaces-admin',
  defineCatalog({
    fr: SPACES_ADMIN_FR,
    more: () => import('./spaces-admin.messages.more.js').then((m) => m.spacesAdminMessagesMore),
  }),
);
