// The server's words in French, the default language: plain sentences a citizen can act
// on, with French typography (a non-breaking space before : ; ! ? » and after «, the
// apostrophe ’). `messages.en.ts` has the same keys; `messages.test.ts` checks both.
import type { ActorRole, ApiErrorCode, ContributionStatus, MemberRole } from '@participe/core';

type Params = Record<string, string | number>;

/** The engine's issue codes in plain French (its own messages are English, for developers). */
const DIAGNOSTIC_ANSWERS: Record<string, string> = {
  unknown_question: 'Cette question n’existe pas dans le questionnaire.',
  wrong_type: 'Cette réponse n’a pas la forme attendue pour cette question.',
  unknown_option: 'Cette réponse ne fait pas partie des choix proposés.',
  empty_answer: 'Aucun choix : laissez plutôt la question sans réponse.',
  duplicate_choice: 'Ce choix est donné deux fois.',
  exclusive_combined: 'Ce choix ne peut pas être combiné avec d’autres.',
  too_many_choices: 'Trop de choix pour cette question.',
  too_long: 'Réponse trop longue.',
};

export const fr = {
  /** The `message` of each error code. */
  errors: {
    badJson: () => 'Le corps de la requête n’est pas du JSON valide (exemple : {"title": "Un bus plus tôt"}).',
    badEncoding: () => 'Le corps de la requête n’est pas du texte UTF-8 valide.',
    badCursor: () => 'Ce curseur de page n’est pas valide. Reprenez la liste depuis le début, sans « cursor ».',
    badIdempotencyKey: () =>
      'L’en-tête Idempotency-Key doit faire 16 à 128 caractères : lettres, chiffres, « - », « _ », « . » ou « : » (exemple : 3f1c2a9e-7b4d-4e1a-9c0f-5d2b8a6e4f10).',
    badIfMatch: () => 'L’en-tête If-Match doit donner une version de la contribution (exemple : "3").',
    preconditionRequired: () =>
      'Cette modification demande l’en-tête If-Match avec la version que vous avez lue, donnée par son ETag (exemple : If-Match: "3") : sans lui, vous pourriez remplacer sans le savoir ce qu’une autre personne vient d’enregistrer.',
    invalidQuery: () => 'Certains paramètres de l’adresse ne sont pas valides. Corrigez les paramètres indiqués.',
    unsupportedMediaType: () => 'Envoyez du JSON, avec l’en-tête « Content-Type: application/json ».',
    payloadTooLarge: (p: Params) =>
      `La requête dépasse ${p.limit} Kio. Une contribution fait au plus 4 000 caractères de texte.`,
    invalidInput: () => 'Certaines informations ne sont pas valides. Corrigez les champs indiqués.',
    authRequired: () =>
      'Identifiez-vous : donnez le code secret de la contribution (en-tête X-Participe-Secret) ou un jeton d’accès (Authorization: Bearer …).',
    membersOnly: () =>
      'Seuls les membres du groupe voient cette information. Connectez-vous avec un jeton d’accès du groupe.',
    otherOrganisationToken: () =>
      'Ce jeton d’accès a été délivré pour une autre collectivité. Utilisez l’adresse de son API, ou demandez un jeton pour celle-ci.',
    badToken: () => 'Ce jeton d’accès n’est pas valide. Demandez-en un nouveau (commande : participe token).',
    tokenExpired: () => 'Ce jeton d’accès a expiré. Demandez-en un nouveau (commande : participe token).',
    invalidSecret: () =>
      'Le code de suivi ou le code secret ne correspond pas. Vérifiez-les sur le récapitulatif reçu (exemple de code de suivi : K7P-4QX ; le code secret est fait de six mots).',
    notYourSpace: () => 'Votre accès ne concerne pas ce groupe. Demandez un accès à son animateur.',
    roleForbidden: (p: Params) => `${p.role} ne peut pas faire cette action (${p.type}). Qui le peut : ${p.allowed}.`,
    roleOnly: (p: Params) => `Seuls les ${p.roles} du groupe peuvent faire cela.`,
    editorOnly: () =>
      'Seuls les éditeurs et les administrateurs de la collectivité modifient ses contenus et publient, renvoient ou partagent une fiche pratique.',
    adminOnly: () =>
      'Seuls les administrateurs de la collectivité peuvent faire cela (groupes, équipe, réglages). Demandez-le à l’un d’eux.',
    assistedNeedsMember: () =>
      'Une saisie accompagnée ou issue d’une réunion est faite par un animateur du groupe, connecté avec son jeton.',
    cycleFactsComputed: () =>
      'Les chiffres du cycle (membres, contributions, engagements) sont calculés par Participe : ils ne s’envoient pas.',
    originNotAllowed: (p: Params) =>
      `Le site ${p.origin} n’est pas autorisé à utiliser cette API. Demandez à l’ajouter à la liste.`,
    organisationNotFound: () =>
      'Aucune collectivité ne porte ce nom court sur ce serveur. Vérifiez l’adresse de l’API (exemple : /o/cd93/api).',
    routeNotFound: () => 'Cette adresse n’existe pas dans l’API. La liste des adresses est dans /api/openapi.json.',
    methodNotAllowed: (p: Params) =>
      `La méthode ${p.method} n’est pas acceptée à cette adresse. Méthodes possibles : ${p.allow}.`,
    contributionNotFound: () => 'Aucune contribution publique ne porte cet identifiant (exemple : c_8f3k2m9q).',
    spaceNotFound: () => 'Aucun groupe ne porte cet identifiant ou ce nom court (exemple : groupe-rsa-nord).',
    contentNotFound: () => 'Aucune fiche ne porte cet identifiant. La liste complète est à l’adresse sans identifiant.',
    memberNotFound: () => 'Cette personne ne fait pas partie de ce groupe.',
    meetingNotFound: () => 'Cette réunion n’existe pas dans ce groupe.',
    attestationNotFound: () => 'Cette attestation n’existe pas dans ce groupe.',
    invitationNotFound: () => 'Aucun membre de l’équipe ne porte cet identifiant (exemple : acc_4k9q2m).',
    notificationNotFound: () =>
      'Aucune notification mise de côté de cette collectivité ne porte cet identifiant (exemple : n_4k9q2m). Elle a peut-être déjà été remise dans la file.',
    versionConflict: (p: Params) =>
      `Quelqu’un d’autre a modifié cette contribution entre-temps : elle en est maintenant à la version ${p.current}. Rechargez-la, vérifiez, puis recommencez.`,
    transitionRefused: (p: Params) =>
      `Cette action (${p.type}) n’est pas possible maintenant : la contribution est « ${p.status} ».`,
    idempotencyKeyReused: () =>
      'Cette clé Idempotency-Key a déjà servi pour une autre demande. Utilisez une nouvelle clé pour une nouvelle contribution.',
    cycleRefused: (p: Params) =>
      `Cette étape du cycle (${p.type}) n’est pas possible maintenant : le groupe est à la phase « ${p.phase} ».`,
    cycleConflict: (p: Params) =>
      `Quelqu’un d’autre a fait avancer le cycle entre-temps (il en est à l’étape ${p.current}). Rechargez-le, puis recommencez.`,
    meetingConflict: (p: Params) =>
      `Quelqu’un d’autre a modifié cette réunion entre-temps (version ${p.current}). Rechargez-la, comparez, puis recommencez.`,
    bulkRefused: () =>
      'Aucune réponse n’a été publiée : certaines ne peuvent pas l’être maintenant (voir la liste). Rechargez, vérifiez, puis recommencez.',
    reportRefused: () => 'On ne peut signaler qu’une contribution publiée et visible.',
    practiceRefused: (p: Params) =>
      `Cette étape (${p.type}) n’est pas possible maintenant : la fiche est « ${p.status} ». Rechargez-la pour voir où elle en est.`,
    practiceConflict: (p: Params) =>
      `Quelqu’un d’autre a modifié cette fiche pratique entre-temps (version ${p.current}). Rechargez-la, comparez, puis recommencez.`,
    slugTaken: (p: Params) =>
      `Le nom court « ${p.slug} » est déjà pris par un autre groupe. Choisissez-en un autre (exemple : groupe-rsa-sud).`,
    spaceConflict: (p: Params) =>
      `Quelqu’un d’autre a modifié ce groupe entre-temps (version ${p.current}). Rechargez-le, comparez, puis recommencez.`,
    settingsConflict: (p: Params) =>
      `Quelqu’un d’autre a modifié les réglages entre-temps (version ${p.current}). Rechargez-les, comparez, puis recommencez.`,
    contentConflict: (p: Params) =>
      `Quelqu’un d’autre a modifié cette fiche entre-temps (version ${p.current}). Rechargez-la, comparez, puis recommencez.`,
    rateLimited: (p: Params) => `Trop de demandes en peu de temps. Réessayez dans ${p.seconds} seconde(s).`,
    internal: () => 'Une erreur inattendue est survenue de notre côté. Rien n’a été enregistré ; réessayez plus tard.',
  } satisfies Record<ApiErrorCode, (p: Params) => string>,

  /** What the service says about one field, in an error's `issues`. */
  issues: {
    spaceArchived: () => 'Ce groupe est archivé : il ne reçoit plus de contributions.',
    unstorable: () => 'Ce texte contient un caractère invisible ou incomplet (U+0000 ou demi-caractère) : retirez-le.',
    tooDeep: (p: { max: number }) => `Données trop imbriquées : ${p.max} niveaux au plus.`,
    unknownTheme: (p: { themes: string }) => `Ce thème n’existe pas dans ce groupe. Thèmes possibles : ${p.themes}.`,
    ownMemberId: (p: { memberId: string }) => `Indiquez votre propre identifiant de membre (exemple : ${p.memberId}).`,
    statusesForYou: (p: { statuses: string }) => `Statuts possibles pour vous : ${p.statuses}.`,
    overdueNeedsSpace: () =>
      'Le retard se calcule pour un groupe : ajoutez « space » (exemple : space=groupe-rsa-nord).',
    leftBeforeJoined: (p: { joinedOn: string }) => `La date de départ ne peut pas précéder l’arrivée (${p.joinedOn}).`,
    notInGroup: () => 'Cette personne ne fait pas partie du groupe.',
    backTarget: (p: { phases: string }) =>
      `On ne revient qu’à une phase déjà passée de ce tour. Phases possibles\u00a0: ${p.phases}.`,
    noPhaseBack: () => 'Le groupe est à la première phase de son tour\u00a0: il n’y a pas de phase où revenir.',
    duplicateTemplateId: () => 'Deux modèles ont le même identifiant.',
    contributionNotInGroup: () => 'Contribution introuvable dans ce groupe.',
    changedSince: (p: { title: string; version: number }) =>
      `« ${p.title} » a été modifiée entre-temps (version ${p.version}).`,
    changedMeanwhile: (p: { title: string }) => `« ${p.title} » a été modifiée entre-temps.`,
    cannotPublish: (p: { title: string; status: string }) =>
      `« ${p.title} » ne peut pas être publiée : elle est « ${p.status} ».`,
    /** An answer to the self-diagnostic the engine refused, by the engine's code. */
    diagnosticAnswer: (p: { code: string; engine: string }) =>
      DIAGNOSTIC_ANSWERS[p.code] ?? 'Cette réponse n’est pas valide.',
  },

  /** zod's issues, rebuilt as sentences (`issues.ts`). */
  validation: {
    withExample: (p: { text: string; example: string }) => `${p.text} (exemple : ${p.example}).`,
    required: () => 'Ce champ est obligatoire',
    expected: (p: { type: string }) => `Valeur attendue : ${p.type}`,
    notEmpty: () => 'Ce champ ne peut pas être vide',
    atLeastChars: (p: { n: number }) => `Au moins ${p.n} caractères`,
    atLeastItems: (p: { n: number }) => `Au moins ${p.n} élément(s).`,
    atLeast: (p: { n: number }) => `La valeur doit être au moins ${p.n}.`,
    atMostChars: (p: { n: number; got: number | null }) =>
      `${p.n} caractères au plus${p.got === null ? '' : ` (ici : ${p.got})`}. Raccourcissez le texte.`,
    atMostItems: (p: { n: number }) => `${p.n} élément(s) au plus.`,
    atMost: (p: { n: number }) => `La valeur doit être au plus ${p.n}.`,
    invalidFormat: () => 'Format non valide',
    mustBe: (p: { values: string }) => `Doit valoir ${p.values}.`,
    possibleValues: (p: { values: string }) => `Valeurs possibles : ${p.values}.`,
    noExpectedForm: () => 'Cette valeur ne correspond à aucune forme attendue.',
    multipleOf: (p: { divisor: number | bigint }) => `Doit être un multiple de ${p.divisor}.`,
    unknownFields: (p: { keys: string }) => `Champs inconnus : ${p.keys}.`,
    notValid: () => 'Cette valeur n’est pas valide',
  },

  /** JSON types, as `expected` names them. */
  typeNames: {
    string: 'un texte',
    number: 'un nombre',
    int: 'un nombre entier',
    boolean: 'true ou false',
    object: 'un objet JSON',
    array: 'une liste',
    null: 'null',
  } as Record<string, string>,

  /** A valid value by field name (the last segment of the path). */
  examples: {
    title: 'Des horaires de bus adaptés aux rendez-vous',
    body: 'Le bus du matin arrive après l’ouverture du guichet.',
    kind: 'proposal',
    theme: 'mobilite',
    territory: 'Quartier des Tilleuls',
    spaceId: 'groupe-rsa-nord',
    channel: 'online',
    pseudonym: 'Camille du quartier',
    email: 'prenom@exemple.fr',
    phone: '06 00 00 00 00',
    consent: 'true',
    onBehalfOf: 'Monsieur D.',
    facilitatorId: 'anim_1',
    consentMethod: 'oral',
    meetingId: 'm_2026_03',
    type: 'contribution.submit',
    verdict: 'accepted',
    text: 'Nous ajoutons un bus à 8 h 10 dès septembre, car…',
    service: 'Direction de l’insertion',
    duplicateOf: 'c_8f3k2m9q',
    id: 'k_1',
    commitmentId: 'k_1',
    what: 'Ajouter un bus à 8 h 10 sur la ligne 4',
    owner: 'Service mobilité',
    due: '2026-09-01',
    percent: '50',
    reason: 'Le texte cite le nom d’une personne.',
    statement: 'Nous, habitants, considérons que notre problème principal est…',
    summary: 'Trois points de vue ont été recueillis.',
    viewpoints: '["residents", "professionals"]',
    followUpCode: 'K7P-4QX',
    secret: 'le code secret reçu à l’envoi',
    status: 'published',
    limit: '20',
    q: 'bus',
    overdue: 'true',
    space: 'groupe-rsa-nord',
    locale: 'fr',
  },

  /** Who acts, as the error messages name them. */
  roles: {
    author: 'l’auteur (avec son code secret)',
    citizen: 'un citoyen',
    concerned: 'une personne concernée',
    professional: 'un professionnel',
    elected: 'un élu',
    partner: 'un partenaire',
    facilitator: 'un animateur',
    system: 'le système',
  } satisfies Record<ActorRole, string>,

  /** The roles that may do a staff-only action, in the plural. */
  rolesPlural: {
    facilitator: 'animateurs et animatrices',
    professional: 'professionnels et professionnelles',
  } as Partial<Record<MemberRole, string>>,

  statuses: {
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
  } satisfies Record<ContributionStatus, string>,
};

/** The shape every language fills in: `fr`'s keys, with the same parameters. */
export type Messages = typeof fr;
