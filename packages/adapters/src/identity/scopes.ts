// What each scope of an API token allows, per operation of the contract. The role in the
// token still bounds what the service lets it do: a `moderate` token of a professional
// cannot hide a contribution. A new operation is a compile error here until it is placed.
import type { OperationId } from '../contract/endpoints.js';
import { API_SCOPES, type ApiScope } from './identity.types.js';

/** `admin` allows everything; `answer` and `moderate` each include `read`. */
const INCLUDED: Record<ApiScope, readonly ApiScope[]> = {
  read: ['read'],
  answer: ['read', 'answer'],
  moderate: ['read', 'moderate'],
  admin: API_SCOPES,
};

const READ = ['read'] as const;
const ANSWER = ['answer'] as const;
const MODERATE = ['moderate'] as const;
const ADMIN = ['admin'] as const;

/** The scopes that allow each operation (any one of them). */
export const OPERATION_SCOPES = {
  listContributions: READ,
  // With a token, a create is an assisted or meeting entry: a facilitator's work.
  createContribution: MODERATE,
  getContribution: READ,
  getTimeline: READ,
  resolveFollowUpCode: READ,
  // Answering (review, decide, publish, progress) or moderating (approve, hide): the role decides which.
  sendContributionEvent: ['answer', 'moderate'],
  listSpaces: READ,
  getSpace: READ,
  listMembers: READ,
  getComposition: READ,
  getStats: READ,
  reportContribution: READ,
  keepReported: MODERATE,
  listModerationQueue: READ,
  publishAnswers: ANSWER,
  updateSpaceSettings: ['answer', 'moderate'],
  addMember: ADMIN,
  updateMember: ADMIN,
  listMeetings: READ,
  createMeeting: ADMIN,
  updateMeeting: ADMIN,
  issueAttestation: ADMIN,
  listAttestations: READ,
  getAttestation: READ,
  getCycle: READ,
  sendCycleCommand: ADMIN,
  getQuestionnaire: READ,
  submitDiagnostic: ADMIN,
  getDiagnosticAggregate: READ,
  exportMyData: READ,
  eraseMyData: READ,
  listPhases: READ,
  getPhase: READ,
  listResources: READ,
  getResource: READ,
  listPractices: READ,
  getPractice: READ,
  listGlossary: READ,
  listGuide: READ,
  health: READ,
  openApi: READ,
} as const satisfies Record<OperationId, readonly ApiScope[]>;

/** True when a token with `scopes` may call `operation`. */
export function scopeAllows(scopes: readonly ApiScope[], operation: OperationId): boolean {
  const needed: readonly ApiScope[] = OPERATION_SCOPES[operation];
  return scopes.some((s) => INCLUDED[s].some((i) => needed.includes(i)));
}

/** The smallest scopes that allow `operation`, for an error message. */
export const scopesFor = (operation: OperationId): readonly ApiScope[] => OPERATION_SCOPES[operation];
