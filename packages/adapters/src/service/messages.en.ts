// The server's words in English, for `Accept-Language: en`: the same keys as French.
import type { Messages } from './messages.fr.js';

type Params = Record<string, string | number>;

export const en: Messages = {
  errors: {
    badJson: () => 'The request body is not valid JSON (example: {"title": "An earlier bus"}).',
    badEncoding: () => 'The request body is not valid UTF-8 text.',
    badCursor: () => 'This page cursor is not valid. Start the list again from the beginning, without "cursor".',
    badIdempotencyKey: () =>
      'The Idempotency-Key header must be 16 to 128 characters: letters, digits, "-", "_", "." or ":" (example: 3f1c2a9e-7b4d-4e1a-9c0f-5d2b8a6e4f10).',
    badIfMatch: () => 'The If-Match header must give a version of the contribution (example: "3").',
    preconditionRequired: () =>
      'This change needs the If-Match header with the version you read, as its ETag gave it (example: If-Match: "3"): without it, you could silently replace what someone else has just saved.',
    invalidQuery: () => 'Some parameters of the address are not valid. Please correct the parameters listed.',
    unsupportedMediaType: () => 'Send JSON, with the header "Content-Type: application/json".',
    payloadTooLarge: (p: Params) =>
      `The request is larger than ${p.limit} KiB. A contribution has at most 4,000 characters of text.`,
    invalidInput: () => 'Some information is not valid. Please correct the fields listed.',
    authRequired: () =>
      'Please identify yourself: give the secret code of the contribution (header X-Participe-Secret) or an access token (Authorization: Bearer …).',
    membersOnly: () => 'Only members of the group see this information. Sign in with an access token of the group.',
    otherOrganisationToken: () =>
      'This access token was issued for another council. Use the address of its API, or ask for a token for this one.',
    badToken: () => 'This access token is not valid. Ask for a new one (command: participe token).',
    tokenExpired: () => 'This access token has expired. Ask for a new one (command: participe token).',
    invalidSecret: () =>
      'The follow-up code or the secret code does not match. Check them on the summary you received (example follow-up code: K7P-4QX; the secret code is six words).',
    notYourSpace: () => 'Your access does not cover this group. Ask its facilitator for access.',
    roleForbidden: (p: Params) => `${p.role} may not do this action (${p.type}). Who may: ${p.allowed}.`,
    roleOnly: (p: Params) => `Only the group's ${p.roles} may do this.`,
    editorOnly: () =>
      'Only the council’s editors and administrators change its content and publish, return or share a practice sheet.',
    adminOnly: () => 'Only the council’s administrators may do this (groups, staff, settings). Ask one of them.',
    assistedNeedsMember: () =>
      'An assisted entry, or one from a meeting, is made by a facilitator of the group, signed in with their token.',
    cycleFactsComputed: () =>
      'The figures of the cycle (members, contributions, commitments) are computed by Participe: they are not sent.',
    originNotAllowed: (p: Params) =>
      `The site ${p.origin} is not allowed to use this API. Ask for it to be added to the list.`,
    organisationNotFound: () =>
      'No council uses this short name on this server. Check the address of the API (example: /o/cd93/api).',
    routeNotFound: () => 'This address does not exist in the API. The list of addresses is in /api/openapi.json.',
    methodNotAllowed: (p: Params) =>
      `Method ${p.method} is not accepted at this address. Accepted methods: ${p.allow}.`,
    contributionNotFound: () => 'No public contribution has this identifier (example: c_8f3k2m9q).',
    spaceNotFound: () => 'No group has this identifier or short name (example: groupe-rsa-nord).',
    contentNotFound: () => 'No sheet has this identifier. The full list is at the address without an identifier.',
    memberNotFound: () => 'This person is not a member of this group.',
    meetingNotFound: () => 'This meeting does not exist in this group.',
    attestationNotFound: () => 'This attestation does not exist in this group.',
    invitationNotFound: () => 'No member of staff has this identifier (example: acc_4k9q2m).',
    notificationNotFound: () =>
      'No notification set aside by this council has this identifier (example: n_4k9q2m). It may already be back in the queue.',
    versionConflict: (p: Params) =>
      `Someone else changed this contribution in the meantime: it is now at version ${p.current}. Reload it, check, then try again.`,
    transitionRefused: (p: Params) => `This action (${p.type}) is not possible now: the contribution is "${p.status}".`,
    idempotencyKeyReused: () =>
      'This Idempotency-Key was already used for another request. Use a new key for a new contribution.',
    cycleRefused: (p: Params) =>
      `This step of the cycle (${p.type}) is not possible now: the group is in phase "${p.phase}".`,
    cycleConflict: (p: Params) =>
      `Someone else moved the cycle in the meantime (it is at step ${p.current}). Reload it, then try again.`,
    meetingConflict: (p: Params) =>
      `Someone else changed this meeting in the meantime (version ${p.current}). Reload it, compare, then try again.`,
    bulkRefused: () => 'No answer was published: some cannot be now (see the list). Reload, check, then try again.',
    reportRefused: () => 'Only a published, visible contribution can be reported.',
    practiceRefused: (p: Params) =>
      `This step (${p.type}) is not possible now: the sheet is “${p.status}”. Reload it to see where it stands.`,
    practiceConflict: (p: Params) =>
      `Someone else changed this practice sheet in the meantime (version ${p.current}). Reload it, compare, then try again.`,
    slugTaken: (p: Params) =>
      `The short name "${p.slug}" is already used by another group. Choose another (example: groupe-rsa-sud).`,
    spaceConflict: (p: Params) =>
      `Someone else changed this group in the meantime (version ${p.current}). Reload it, compare, then try again.`,
    settingsConflict: (p: Params) =>
      `Someone else changed the settings in the meantime (version ${p.current}). Reload them, compare, then try again.`,
    contentConflict: (p: Params) =>
      `Someone else changed this entry in the meantime (version ${p.current}). Reload it, compare, then try again.`,
    rateLimited: (p: Params) => `Too many requests in a short time. Try again in ${p.seconds} second(s).`,
    internal: () => 'An unexpected error happened on our side. Nothing was saved; please try again later.',
  },

  issues: {
    spaceArchived: () => 'This group is archived: it no longer takes contributions.',
    unstorable: () =>
      'This text contains an invisible or incomplete character (U+0000 or half a character): please remove it.',
    tooDeep: (p) => `Data nested too deeply: at most ${p.max} levels.`,
    unknownTheme: (p) => `This theme does not exist in this group. Possible themes: ${p.themes}.`,
    ownMemberId: (p) => `Give your own member id (example: ${p.memberId}).`,
    statusesForYou: (p) => `Statuses you may filter on: ${p.statuses}.`,
    overdueNeedsSpace: () => 'Delay is computed for a group: add "space" (example: space=groupe-rsa-nord).',
    leftBeforeJoined: (p) => `The leaving day cannot come before the joining day (${p.joinedOn}).`,
    notInGroup: () => 'This person is not in the group.',
    backTarget: (p) =>
      `The group can only go back to a phase already passed in this round. Possible phases: ${p.phases}.`,
    noPhaseBack: () => 'The group is in the first phase of its round: there is no phase to go back to.',
    duplicateTemplateId: () => 'Two templates have the same id.',
    contributionNotInGroup: () => 'No such contribution in this group.',
    changedSince: (p) => `"${p.title}" was changed in the meantime (version ${p.version}).`,
    changedMeanwhile: (p) => `"${p.title}" was changed in the meantime.`,
    cannotPublish: (p) => `"${p.title}" cannot be published: it is "${p.status}".`,
    // The engine writes its issues in English already, saying what is wrong and where.
    diagnosticAnswer: (p) => p.engine,
  },

  validation: {
    withExample: (p) => `${p.text} (example: ${p.example}).`,
    required: () => 'This field is required',
    expected: (p) => `Expected ${p.type}`,
    notEmpty: () => 'This field cannot be empty',
    atLeastChars: (p) => `At least ${p.n} characters`,
    atLeastItems: (p) => `At least ${p.n} item(s).`,
    atLeast: (p) => `The value must be at least ${p.n}.`,
    atMostChars: (p) =>
      `At most ${p.n} characters${p.got === null ? '' : ` (here: ${p.got})`}. Please shorten the text.`,
    atMostItems: (p) => `At most ${p.n} item(s).`,
    atMost: (p) => `The value must be at most ${p.n}.`,
    invalidFormat: () => 'Invalid format',
    mustBe: (p) => `Must be ${p.values}.`,
    possibleValues: (p) => `Possible values: ${p.values}.`,
    noExpectedForm: () => 'This value matches none of the expected forms.',
    multipleOf: (p) => `Must be a multiple of ${p.divisor}.`,
    unknownFields: (p) => `Unknown fields: ${p.keys}.`,
    notValid: () => 'This value is not valid',
  },

  typeNames: {
    string: 'a text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'a JSON object',
    array: 'a list',
    null: 'null',
  },

  examples: {
    title: 'Bus times that fit appointments',
    body: 'The morning bus arrives after the desk opens.',
    kind: 'proposal',
    theme: 'mobilite',
    territory: 'Tilleuls neighbourhood',
    spaceId: 'groupe-rsa-nord',
    channel: 'online',
    pseudonym: 'Camille from the neighbourhood',
    email: 'name@example.org',
    phone: '06 00 00 00 00',
    consent: 'true',
    onBehalfOf: 'Mr D.',
    facilitatorId: 'anim_1',
    consentMethod: 'oral',
    meetingId: 'm_2026_03',
    type: 'contribution.submit',
    verdict: 'accepted',
    text: 'We are adding an 8:10 bus from September, because…',
    service: 'Employment support department',
    duplicateOf: 'c_8f3k2m9q',
    id: 'k_1',
    commitmentId: 'k_1',
    what: 'Add an 8:10 bus on line 4',
    owner: 'Transport department',
    due: '2026-09-01',
    percent: '50',
    reason: 'The text names a person.',
    statement: 'We, residents, consider that our main problem is…',
    summary: 'Three viewpoints were gathered.',
    viewpoints: '["residents", "professionals"]',
    followUpCode: 'K7P-4QX',
    secret: 'the secret code received when sending',
    status: 'published',
    limit: '20',
    q: 'bus',
    overdue: 'true',
    space: 'groupe-rsa-nord',
    locale: 'en',
  },

  roles: {
    author: 'the author (with their secret code)',
    citizen: 'a citizen',
    concerned: 'a person concerned',
    professional: 'a professional',
    elected: 'an elected official',
    partner: 'a partner',
    facilitator: 'a facilitator',
    system: 'the system',
  },

  rolesPlural: { facilitator: 'facilitators', professional: 'professionals' },

  statuses: {
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

/**
 * English for core's own refinements, by field: core's schemas carry their messages in
 * French, which French answers keep as they are.
 */
export const CORE_RULES_EN: Record<string, string> = {
  assisted: 'An assisted entry says on whose behalf it was written and how consent was given',
  meetingId: 'A contribution from a meeting names the meeting (example: m_2026_03)',
  email: 'Give an e-mail address or a phone number (example: name@example.org)',
  reason:
    'Give the reason in one sentence of at least 10 characters (example: Too few residents came to the last two meetings.)',
  viewpoints: 'An evaluation brings together at least two viewpoints (example: residents and professionals)',
};
