// Every error message of the API, in plain French (the default) and English. A message
// says what happened and what would be valid, in words a citizen understands; the field
// path is in `issues` for the developer.
import type { ActorRole, ContributionStatus } from '@participe/core';

export const API_LOCALES = ['fr', 'en'] as const;
export type ApiLocale = (typeof API_LOCALES)[number];

type Params = Record<string, string | number>;
type Text = (p: Params) => string;

const ROLE_LABELS: Record<ApiLocale, Record<ActorRole, string>> = {
  fr: {
    author: 'l’auteur (avec son secret de suivi)',
    citizen: 'un citoyen',
    concerned: 'une personne concernée',
    professional: 'un professionnel',
    elected: 'un élu',
    partner: 'un partenaire',
    facilitator: 'un animateur',
    system: 'le système',
  },
  en: {
    author: 'the author (with their follow-up secret)',
    citizen: 'a citizen',
    concerned: 'a person concerned',
    professional: 'a professional',
    elected: 'an elected official',
    partner: 'a partner',
    facilitator: 'a facilitator',
    system: 'the system',
  },
};

const STATUS_LABELS: Record<ApiLocale, Record<ContributionStatus, string>> = {
  fr: {
    draft: 'brouillon',
    submitted: 'en attente de modération',
    published: 'publiée',
    underReview: 'en cours d’examen',
    decided: 'réponse décidée, pas encore publiée',
    accepted: 'acceptée',
    partlyAccepted: 'acceptée en partie',
    declined: 'refusée',
    answered: 'répondue',
    duplicate: 'doublon',
    inProgress: 'en cours de réalisation',
    done: 'réalisée',
    hidden: 'masquée par la modération',
    withdrawn: 'retirée par son auteur',
  },
  en: {
    draft: 'draft',
    submitted: 'waiting for moderation',
    published: 'published',
    underReview: 'under review',
    decided: 'answer decided, not yet published',
    accepted: 'accepted',
    partlyAccepted: 'partly accepted',
    declined: 'declined',
    answered: 'answered',
    duplicate: 'duplicate',
    inProgress: 'in progress',
    done: 'done',
    hidden: 'hidden by moderation',
    withdrawn: 'withdrawn by its author',
  },
};

export const roleLabel = (locale: ApiLocale, role: ActorRole): string => ROLE_LABELS[locale][role];
export const statusLabel = (locale: ApiLocale, status: ContributionStatus): string => STATUS_LABELS[locale][status];

const CATALOGUE = {
  routeNotFound: {
    fr: () => 'Cette adresse n’existe pas dans l’API. La liste des adresses est dans /api/openapi.json.',
    en: () => 'This address does not exist in the API. The list of addresses is in /api/openapi.json.',
  },
  methodNotAllowed: {
    fr: (p) => `La méthode ${p.method} n’est pas acceptée à cette adresse. Méthodes possibles : ${p.allow}.`,
    en: (p) => `Method ${p.method} is not accepted at this address. Accepted methods: ${p.allow}.`,
  },
  unsupportedMediaType: {
    fr: () => 'Envoyez du JSON, avec l’en-tête « Content-Type: application/json ».',
    en: () => 'Send JSON, with the header "Content-Type: application/json".',
  },
  payloadTooLarge: {
    fr: (p) => `La requête dépasse ${p.limit} Kio. Une contribution fait au plus 4 000 caractères de texte.`,
    en: (p) => `The request is larger than ${p.limit} KiB. A contribution has at most 4,000 characters of text.`,
  },
  badEncoding: {
    fr: () => 'Le corps de la requête n’est pas du texte UTF-8 valide.',
    en: () => 'The request body is not valid UTF-8 text.',
  },
  badJson: {
    fr: () => 'Le corps de la requête n’est pas du JSON valide (exemple : {"title": "Un bus plus tôt"}).',
    en: () => 'The request body is not valid JSON (example: {"title": "An earlier bus"}).',
  },
  invalidInput: {
    fr: () => 'Certaines informations ne sont pas valides. Corrigez les champs indiqués.',
    en: () => 'Some information is not valid. Please correct the fields listed.',
  },
  invalidQuery: {
    fr: () => 'Certains paramètres de l’adresse ne sont pas valides. Corrigez les paramètres indiqués.',
    en: () => 'Some parameters of the address are not valid. Please correct the parameters listed.',
  },
  badCursor: {
    fr: () => 'Ce curseur de page n’est pas valide. Reprenez la liste depuis le début, sans « cursor ».',
    en: () => 'This page cursor is not valid. Start the list again from the beginning, without "cursor".',
  },
  badIdempotencyKey: {
    fr: () =>
      'L’en-tête Idempotency-Key doit faire 16 à 128 caractères : lettres, chiffres, « - », « _ », « . » ou « : » (exemple : 3f1c2a9e-7b4d-4e1a-9c0f-5d2b8a6e4f10).',
    en: () =>
      'The Idempotency-Key header must be 16 to 128 characters: letters, digits, "-", "_", "." or ":" (example: 3f1c2a9e-7b4d-4e1a-9c0f-5d2b8a6e4f10).',
  },
  idempotencyKeyReused: {
    fr: () =>
      'Cette clé Idempotency-Key a déjà servi pour une autre demande. Utilisez une nouvelle clé pour une nouvelle contribution.',
    en: () => 'This Idempotency-Key was already used for another request. Use a new key for a new contribution.',
  },
  badIfMatch: {
    fr: () => 'L’en-tête If-Match doit donner une version de la contribution (exemple : "3").',
    en: () => 'The If-Match header must give a version of the contribution (example: "3").',
  },
  versionConflict: {
    fr: (p) =>
      `Quelqu’un d’autre a modifié cette contribution entre-temps : elle en est maintenant à la version ${p.current}. Rechargez-la, vérifiez, puis recommencez.`,
    en: (p) =>
      `Someone else changed this contribution in the meantime: it is now at version ${p.current}. Reload it, check, then try again.`,
  },
  transitionRefused: {
    fr: (p) => `Cette action (${p.type}) n’est pas possible maintenant : la contribution est « ${p.status} ».`,
    en: (p) => `This action (${p.type}) is not possible now: the contribution is "${p.status}".`,
  },
  roleForbidden: {
    fr: (p) => `${p.role} ne peut pas faire cette action (${p.type}). Qui le peut : ${p.allowed}.`,
    en: (p) => `${p.role} may not do this action (${p.type}). Who may: ${p.allowed}.`,
  },
  notYourSpace: {
    fr: () => 'Votre accès ne concerne pas ce groupe. Demandez un accès à son animateur.',
    en: () => 'Your access does not cover this group. Ask its facilitator for access.',
  },
  authRequired: {
    fr: () =>
      'Identifiez-vous : donnez le secret de suivi de la contribution (en-tête X-Participe-Secret) ou un jeton d’accès (Authorization: Bearer …).',
    en: () =>
      'Please identify yourself: give the follow-up secret of the contribution (header X-Participe-Secret) or an access token (Authorization: Bearer …).',
  },
  membersOnly: {
    fr: () => 'Seuls les membres du groupe voient cette information. Connectez-vous avec un jeton d’accès du groupe.',
    en: () => 'Only members of the group see this information. Sign in with an access token of the group.',
  },
  badToken: {
    fr: () => 'Ce jeton d’accès n’est pas valide. Demandez-en un nouveau (commande : participe token).',
    en: () => 'This access token is not valid. Ask for a new one (command: participe token).',
  },
  tokenExpired: {
    fr: () => 'Ce jeton d’accès a expiré. Demandez-en un nouveau (commande : participe token).',
    en: () => 'This access token has expired. Ask for a new one (command: participe token).',
  },
  invalidSecret: {
    fr: () =>
      'Le code de suivi ou le secret ne correspond pas. Vérifiez-les sur le récapitulatif reçu (exemple de code : K7P-4QX).',
    en: () =>
      'The follow-up code or the secret does not match. Check them on the summary you received (example code: K7P-4QX).',
  },
  rateLimited: {
    fr: (p) => `Trop de demandes en peu de temps. Réessayez dans ${p.seconds} seconde(s).`,
    en: (p) => `Too many requests in a short time. Try again in ${p.seconds} second(s).`,
  },
  originNotAllowed: {
    fr: (p) => `Le site ${p.origin} n’est pas autorisé à utiliser cette API. Demandez à l’ajouter à la liste.`,
    en: (p) => `The site ${p.origin} is not allowed to use this API. Ask for it to be added to the list.`,
  },
  contributionNotFound: {
    fr: () => 'Aucune contribution publique ne porte cet identifiant (exemple : c_8f3k2m9q).',
    en: () => 'No public contribution has this identifier (example: c_8f3k2m9q).',
  },
  spaceNotFound: {
    fr: () => 'Aucun groupe ne porte cet identifiant ou ce nom court (exemple : groupe-rsa-nord).',
    en: () => 'No group has this identifier or short name (example: groupe-rsa-nord).',
  },
  contentNotFound: {
    fr: () => 'Aucune fiche ne porte cet identifiant. La liste complète est à l’adresse sans identifiant.',
    en: () => 'No sheet has this identifier. The full list is at the address without an identifier.',
  },
  assistedNeedsMember: {
    fr: () =>
      'Une saisie accompagnée ou issue d’une réunion est faite par un animateur du groupe, connecté avec son jeton.',
    en: () =>
      'An assisted entry, or one from a meeting, is made by a facilitator of the group, signed in with their token.',
  },
  cycleRefused: {
    fr: (p) =>
      `Cette étape du cycle (${p.type}) n’est pas possible maintenant : le groupe est à la phase « ${p.phase} ».`,
    en: (p) => `This step of the cycle (${p.type}) is not possible now: the group is in phase "${p.phase}".`,
  },
  cycleFactsComputed: {
    fr: () =>
      'Les chiffres du cycle (membres, contributions, engagements) sont calculés par Participe : ils ne s’envoient pas.',
    en: () =>
      'The figures of the cycle (members, contributions, commitments) are computed by Participe: they are not sent.',
  },
  cycleConflict: {
    fr: (p) =>
      `Quelqu’un d’autre a fait avancer le cycle entre-temps (il en est à l’étape ${p.current}). Rechargez-le, puis recommencez.`,
    en: (p) => `Someone else moved the cycle in the meantime (it is at step ${p.current}). Reload it, then try again.`,
  },
  diagnosticsUnavailable: {
    fr: () => 'L’autodiagnostic n’est pas encore disponible sur ce serveur.',
    en: () => 'The self-diagnostic is not available on this server yet.',
  },
  roleOnly: {
    fr: (p) => `Seuls les ${p.roles} du groupe peuvent faire cela.`,
    en: (p) => `Only the group's ${p.roles} may do this.`,
  },
  memberNotFound: {
    fr: () => 'Cette personne ne fait pas partie de ce groupe.',
    en: () => 'This person is not a member of this group.',
  },
  meetingNotFound: {
    fr: () => 'Cette réunion n’existe pas dans ce groupe.',
    en: () => 'This meeting does not exist in this group.',
  },
  meetingConflict: {
    fr: (p) =>
      `Quelqu’un d’autre a modifié cette réunion entre-temps (version ${p.current}). Rechargez-la, comparez, puis recommencez.`,
    en: (p) =>
      `Someone else changed this meeting in the meantime (version ${p.current}). Reload it, compare, then try again.`,
  },
  bulkRefused: {
    fr: () =>
      'Aucune réponse n’a été publiée : certaines ne peuvent pas l’être maintenant (voir la liste). Rechargez, vérifiez, puis recommencez.',
    en: () => 'No answer was published: some cannot be now (see the list). Reload, check, then try again.',
  },
  reportRefused: {
    fr: () => 'On ne peut signaler qu’une contribution publiée et visible.',
    en: () => 'Only a published, visible contribution can be reported.',
  },
  attestationNotFound: {
    fr: () => 'Cette attestation n’existe pas dans ce groupe.',
    en: () => 'This attestation does not exist in this group.',
  },
  internal: {
    fr: () => 'Une erreur inattendue est survenue de notre côté. Rien n’a été enregistré ; réessayez plus tard.',
    en: () => 'An unexpected error happened on our side. Nothing was saved; please try again later.',
  },
} satisfies Record<string, Record<ApiLocale, Text>>;

export type MessageCode = keyof typeof CATALOGUE;

export const message = (locale: ApiLocale, code: MessageCode, params: Params = {}): string =>
  CATALOGUE[code][locale](params);

/**
 * The first supported language in an `Accept-Language` header, by quality; French otherwise.
 * `en-GB;q=0.8, fr;q=0.5` → `en`.
 */
export function negotiateLocale(header: string | null | undefined): ApiLocale {
  if (!header) return 'fr';
  const ranked = header
    .slice(0, 500)
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', quality: Number.isFinite(quality) ? quality : 0, i };
    })
    .filter((r) => r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.i - b.i);
  for (const r of ranked) if ((API_LOCALES as readonly string[]).includes(r.lang)) return r.lang as ApiLocale;
  return 'fr';
}
