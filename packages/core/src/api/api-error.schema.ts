// The one error body of the Participe API and the codes it carries. The server answers
// only with these codes (its messages are typed by this list), the OpenAPI document makes
// `code` an enum of them, and clients — widgets, the HTTP client, programs in another
// language through `ApiError.json` — can switch on them. It lives in core, beside the
// other schemas a client reads, because clients depend on core and not on the server.
import * as z from 'zod/mini';

/** Every `error.code` the API answers with, and the HTTP status that comes with it. */
export const API_ERRORS = {
  // The request itself.
  badJson: 400,
  badEncoding: 400,
  badCursor: 400,
  badIdempotencyKey: 400,
  badIfMatch: 400,
  /** A member changed something versioned without saying which version they saw (`If-Match`). */
  preconditionRequired: 428,
  invalidQuery: 400,
  unsupportedMediaType: 415,
  payloadTooLarge: 413,
  invalidInput: 422,
  // Who calls.
  authRequired: 401,
  membersOnly: 401,
  badToken: 401,
  tokenExpired: 401,
  /** A token issued for another council's API (`/o/{slug}/api`) than the one called. */
  otherOrganisationToken: 401,
  invalidSecret: 401,
  notYourSpace: 403,
  roleForbidden: 403,
  roleOnly: 403,
  /** Only the council's administrators may do this (spaces, staff, settings, the audit log). */
  adminOnly: 403,
  /** Only a council editor (an administrator) publishes, returns or shares a practice sheet. */
  editorOnly: 403,
  assistedNeedsMember: 403,
  cycleFactsComputed: 403,
  originNotAllowed: 403,
  // What it names.
  routeNotFound: 404,
  /** No council has the short name in `/o/{slug}/api`. */
  organisationNotFound: 404,
  methodNotAllowed: 405,
  contributionNotFound: 404,
  spaceNotFound: 404,
  contentNotFound: 404,
  memberNotFound: 404,
  meetingNotFound: 404,
  attestationNotFound: 404,
  invitationNotFound: 404,
  /** No notification set aside (dead letter) of this council has this id. */
  notificationNotFound: 404,
  // What the state allows now.
  versionConflict: 409,
  transitionRefused: 409,
  idempotencyKeyReused: 409,
  cycleRefused: 409,
  cycleConflict: 409,
  meetingConflict: 409,
  bulkRefused: 409,
  reportRefused: 409,
  /** The practice sheet's status does not allow this step (e.g. publishing a draft). */
  practiceRefused: 409,
  practiceConflict: 409,
  slugTaken: 409,
  spaceConflict: 409,
  settingsConflict: 409,
  contentConflict: 409,
  // The server.
  rateLimited: 429,
  internal: 500,
} as const satisfies Record<string, number>;

export type ApiErrorCode = keyof typeof API_ERRORS;
export type ApiErrorStatus = (typeof API_ERRORS)[ApiErrorCode];

/** The codes alone, in the order above. */
export const API_ERROR_CODES = Object.keys(API_ERRORS) as [ApiErrorCode, ...ApiErrorCode[]];

/** One field that is not valid: where (`author.pseudonym`, `data.answer.text`) and what would be. */
export const ApiIssueSchema = z.object({
  /** Dot-separated path in the request body or query; `''` for the whole request. */
  path: z.string(),
  message: z.string(),
});

/** The JSON body of every error response: `{ "error": { code, message, issues } }`. */
export const ApiErrorSchema = z.object({
  error: z.object({
    /** Stable, for programs: `invalidInput`, `versionConflict`… */
    code: z.enum(API_ERROR_CODES),
    /** For people, in the language asked by `Accept-Language` (French by default). */
    message: z.string(),
    issues: z.array(ApiIssueSchema),
  }),
});
