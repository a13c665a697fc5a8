import { defineCatalog } from '../i18n/i18n.js';
import { registerCatalog } from '../i18n/registry.js';

// Statuses and verdicts come from the shared `contribution-words` catalog, so a status
// reads the same to the professional as to the citizen. The words of one contribution's
// view (its workflow, fields and conflicts) are in `answer-form.one.messages.ts`, loaded
// with that view.

/** The French table, the reference; the FALC variant of this professional widget reuses it. */
export const answerFormFr = {
  heading: 'Contributions qui attendent une réponse',
  listIntro: 'Les plus anciennes d’abord. Cochez les réponses décidées pour les publier ensemble.',
  loadingList: 'Chargement des contributions…',
  emptyList: 'Aucune contribution n’attend de réponse dans ce groupe.',
  countList: '{n|contribution attend|contributions attendent} une réponse.',
  reload: 'Actualiser la liste',
  statusIs: 'État : {status}',
  /** Professionals see that a decision waits for publication; the public reads “under review”. */
  decidedStatus: 'Réponse décidée, pas encore publiée',
  verdictPrepared: 'Réponse décidée : {verdict}',
  ready: 'Prête à publier',
  changed: 'Modifiée entre-temps',
  publishSelected: 'Publier les réponses cochées ({n})',
  noneSelected: 'Cochez au moins une réponse décidée pour publier.',
  confirmHeading: 'Publier {n|réponse|réponses} ?',
  confirmIntro: 'Ces réponses deviennent publiques toutes ensemble, ou aucune si l’une a changé entre-temps.',
  confirmYes: 'Oui, publier',
  confirmNo: 'Annuler',
  publishing: 'Publication en cours…',
  bulkPublished: '{n|réponse publiée|réponses publiées} :',
  authorsTold:
    'Chaque auteur en est informé : par un message s’il a laissé un contact, sinon en suivant sa contribution avec son code.',
  bulkConflict: 'Rien n’a été publié : {n|contribution a changé|contributions ont changé} entre-temps :',
  bulkConflictAfter: 'La liste est à jour. Vérifiez ces contributions, puis publiez à nouveau.',
  loadingOne: 'Chargement de la contribution…',
  publishedOn: 'Publiée le {date}',
  sending: 'Envoi en cours…',
  'done.contribution.review': 'Contribution prise en charge : elle est maintenant en cours d’examen.',
  'done.contribution.decide': 'Décision enregistrée. Elle reste interne jusqu’à sa publication.',
  'done.contribution.publish': 'Réponse publiée.',
  'done.contribution.commit': 'Engagement ajouté.',
  'done.contribution.start': 'La réalisation a commencé.',
  'done.contribution.progress': 'Avancement publié. L’auteur en est informé.',
  'done.contribution.complete': 'Contribution marquée comme réalisée.',
  discarded: 'Ce que vous aviez préparé est abandonné : la version de votre collègue est gardée.',
  authorTold:
    'L’auteur en est informé : par un message s’il a laissé un contact, sinon en suivant sa contribution avec son code.',
  sendFailed: 'Rien n’a été envoyé. Ce que vous avez écrit est gardé : réessayez.',
  listFailed: 'La liste n’a pas pu être affichée.',
  notFound: 'Cette contribution ou ce groupe n’existe pas.',
  forbidden:
    'Seuls les professionnels de ce groupe peuvent répondre à ses contributions. Votre compte n’a pas ce rôle.',
  unauthorized: 'Connectez-vous avec votre compte professionnel pour répondre aux contributions.',
  conflictReloading: 'Lecture de la nouvelle version…',
} as const;

export const answerFormMessages = registerCatalog(
  'answer-form',
  defineCatalog({
    fr: answerFormFr,
    more: () => import('./answer-form.messages.more.js').then((m) => m.answerFormMore),
  }),
);
