import { defineCatalog } from '../i18n/i18n.js';
import { registerCatalog } from '../i18n/registry.js';

/**
 * Words the three group-running widgets share (composition, meetings, attestations): roles,
 * what went wrong, and how a field error is said — always the field's name and a valid example.
 */
export const adminWords = registerCatalog(
  'space-admin',
  defineCatalog({
    fr: {
      'role.concerned': 'Personne concernée',
      'role.professional': 'Professionnel ou professionnelle',
      'role.elected': 'Élu ou élue',
      'role.partner': 'Partenaire',
      'role.facilitator': 'Animateur ou animatrice',
      'role.concerned.hint': 'vit la situation dont parle le groupe',
      'roles.concerned': 'Personnes concernées',
      'roles.professional': 'Professionnels et professionnelles',
      'roles.elected': 'Élus et élues',
      'roles.partner': 'Partenaires',
      'roles.facilitator': 'Animateurs et animatrices',
      readOnly: 'Vous consultez ces informations. Seuls les animateurs et animatrices du groupe peuvent les modifier.',
      'failure.offline': 'Vous n’êtes pas connecté à Internet. Ce que vous avez écrit est gardé.',
      'failure.forbidden':
        'Seuls les animateurs et animatrices du groupe peuvent faire ce changement. Rien n’a été modifié.',
      'failure.unauthorized': 'Votre connexion a expiré. Reconnectez-vous, puis réessayez.',
      'failure.notFound': 'Ce groupe n’existe pas ou n’est plus en ligne.',
      'failure.rejected': 'Certaines réponses sont à corriger. Regardez les messages sous les questions.',
      'failure.rejectedOther': 'Ces informations ont été refusées : {details}',
      'failure.conflict': 'Quelqu’un d’autre a fait un changement en même temps que vous.',
      'failure.error': 'Une erreur est survenue. Ce que vous avez écrit est gardé. Réessayez dans un moment.',
      'failure.load': 'Les informations du groupe n’ont pas pu être affichées.',
      'error.required': '{name} manque. Exemple : « {example} »',
      'error.tooLong': '{name} est trop long : {max} caractères au plus. Exemple : « {example} »',
      'error.invalidDate': '{name} n’est pas une date qui existe. Exemple : « {example} »',
      'error.beforeJoined': '{name} ne peut pas être avant l’arrivée dans le groupe. Exemple : « {example} »',
      'error.noSkill': '{name} : cochez au moins une compétence ou écrivez-en une. Exemple : « {example} »',
      'error.invalid': '{name} est à corriger. Exemple : « {example} »',
      errorSummary: '{n|réponse est|réponses sont} à corriger.',
      optional: '(facultatif)',
      dayExample: '15/03/2026',
    },
    more: () => import('./space-admin.messages.more.js').then((m) => m.adminWordsMore),
  }),
);
