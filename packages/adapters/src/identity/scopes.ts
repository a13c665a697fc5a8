// What each scope of an API token allows, per operation of the contract: every read needs
// `read`; each write is placed here (a new POST is a compile error until it is). The role in
// the token still bounds what the service lets it do: a `moderate` token of a professional
// cannot hide a contribution.
import { ENDPOINTS, type OperationId } from '../contract/endpoints.js';
import { API_SCOPES, type ApiScope } from './identity.types.js';

/** `admin` allows everything; `answer`, `moderate` and `edit` each include `read`. */
const INCLUDED: Record<ApiScope, readonly ApiScope[]> = {
  read: ['read'],
  answer: ['read', 'answer'],
  moderate: ['read', 'moderate'],
  edit: ['read', 'edit'],
  admin: API_SCOPES,
};

const READ = ['read'] as const;
const ANSWER = ['answer'] as const;
const MODERATE = ['moderate'] as const;
/** The council's content and its practice sheets: an editor's integration (or `admin`, which includes it). */
const EDIT = ['edit'] as const;
const ADMIN = ['admin'] as const;

/** The operations that may change something: every POST and PUT of the contract. */
type WriteOperationId = {
  [K in OperationId]: (typeof ENDPOINTS)[K]['method'] extends 'POST' | 'PUT' ? K : never;
}[OperationId];

/** The scopes that allow each write (any one of them); every read needs `read`. */
export const WRITE_SCOPES = {
  // With a token, a create is an assisted or meeting entry: a facilitator's work.
  createContribution: MODERATE,
  // Answering (review, decide, publish, progress) or moderating (approve, hide): the role decides which.
  sendContributionEvent: ['answer', 'moderate'],
  reportContribution: READ,
  keepReported: MODERATE,
  publishAnswers: ANSWER,
  updateSpaceSettings: ['answer', 'moderate'],
  addMember: ADMIN,
  updateMember: ADMIN,
  createMeeting: ADMIN,
  updateMeeting: ADMIN,
  issueAttestation: ADMIN,
  sendCycleCommand: ADMIN,
  submitDiagnostic: ADMIN,
  createSpace: ADMIN,
  updateSpace: ADMIN,
  archiveSpace: ADMIN,
  inviteStaff: ADMIN,
  revokeStaff: ADMIN,
  updateCouncilSettings: ADMIN,
  reviveDeadLetter: ADMIN,
  // A group's sheet is its work, as its meetings and cycle are, and an editor reviews it: the
  // role decides the step. The content is an editor's (an integration loading a questionnaire).
  createPractice: EDIT,
  updatePractice: EDIT,
  sendPracticeCommand: EDIT,
  putPhase: EDIT,
  putResource: EDIT,
  putGuideEntry: EDIT,
  putGlossaryEntry: EDIT,
  putQuestionnaire: EDIT,
  putSpaceQuestionnaire: EDIT,
  // The author's own, proven by code and secret in the body: a token adds nothing.
  exportMyData: READ,
  eraseMyData: READ,
} as const satisfies Record<WriteOperationId, readonly ApiScope[]>;

/** The smallest scopes that allow `operation`. */
export const scopesFor = (operation: OperationId): readonly ApiScope[] =>
  ENDPOINTS[operation].method === 'GET' ? READ : WRITE_SCOPES[operation as WriteOperationId];

/** True when a token with `scopes` may call `operation`. */
export function scopeAllows(scopes: readonly ApiScope[], operation: OperationId): boolean {
  const needed = scopesFor(operation);
  return scopes.some((s) => INCLUDED[s].some((i) => needed.includes(i)));
}
