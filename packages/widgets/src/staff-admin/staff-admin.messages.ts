import { defineCatalog } from '../i18n/i18n.js';
import { registerCatalog } from '../i18n/registry.js';

/** The French table: the reference, and also the FALC one (professional text). */
export const STAFF_ADMIN_FR = {
  heading: 'Équipe et invitations',
  loading: 'Chargement de l’équipe…',
  count: '{n|compte|comptes}.',
  none: 'Personne n’est encore invité.',
  saving: 'Enregistrement…',
  'saved.invite': '{email} est invité·e : sa première connexion avec cette adresse active son compte.',
  'saved.revoke': '{email} n’a plus accès : ses sessions sont terminées.',
  failed: 'L’équipe n’a pas pu être affichée.',
  denied: 'Seuls les administrateurs de la collectivité gèrent l’équipe.',
  inviteHeading: 'Inviter une personne',
  'field.email': 'Adresse e-mail professionnelle',
  'field.email.hint': 'Exemple : camille.martin@departement.fr',
  'field.role': 'Rôle',
  'field.spaceIds': 'Groupes où elle intervient',
  'field.council': 'Rôle dans la collectivité',
  'council.none': 'Aucun : la personne intervient seulement dans ses groupes.',
  'council.editor':
    'Éditeur ou éditrice : modifie les contenus (phases, ressources, glossaire, questionnaires) et publie les fiches pratiques des groupes.',
  'council.admin':
    'Administrateur ou administratrice : fait tout ce que fait un éditeur, et gère aussi les groupes, l’équipe et les réglages.',
  invite: 'Envoyer l’invitation',
  revoke: 'Retirer l’accès',
  revokeLabel: 'Retirer l’accès de {email}',
  'status.active': 'actif',
  'status.invited': 'invité, pas encore connecté',
  'status.removed': 'accès retiré',
  admin: 'administration',
  editor: 'édition des contenus',
  'role.concerned': 'Personne concernée',
  'role.professional': 'Professionnel ou professionnelle',
  'role.elected': 'Élu ou élue',
  'role.partner': 'Partenaire',
  'role.facilitator': 'Animateur ou animatrice',
  rejected: 'Certains champs sont à corriger : voir les messages sous les champs.',
  failure: 'L’enregistrement n’a pas abouti. Réessayez dans un moment.',
} as const;

/** Words of the staff's administration. English in `staff-admin.messages.more.ts`, loaded on demand. */
export const staffAdminMessages = registerCatalog(
  'staff-admin',
  defineCatalog({
    fr: STAFF_ADMIN_FR,
    more: () => import('./staff-admin.messages.more.js').then((m) => m.staffAdminMessagesMore),
  }),
);
