// The API's operations, as a browser client needs them at run time: each one's method,
// path and request headers, and nothing else. The rest of each operation (schemas,
// responses, who may call it) is its row in `operations.ts`, under the same name; the
// compiler requires both files to list the same operations. Kept apart so the widgets'
// HTTP client never loads a zod schema.

import type { Endpoint } from './endpoint.js';
import { PUBLIC_ENDPOINTS } from './endpoints.public.js';

export {
  type Endpoint,
  type HeaderOptionValues,
  type PathParam,
  pathParams,
  pathTo,
  REQUEST_HEADERS,
  type RequestHeader,
} from './endpoint.js';
export { PUBLIC_ENDPOINTS, type PublicOperationId } from './endpoints.public.js';

/**
 * Every operation, by its `operationId`: first those the citizen widgets call
 * (`endpoints.public.ts`), then the others, in the order the documentation lists them.
 */
export const ENDPOINTS = {
  ...PUBLIC_ENDPOINTS,
  listSpaces: { method: 'GET', path: '/api/spaces' },
  listMembers: { method: 'GET', path: '/api/spaces/{space}/members' },
  getStats: { method: 'GET', path: '/api/spaces/{space}/stats' },
  getOpenData: { method: 'GET', path: '/api/open-data' },
  keepReported: { method: 'POST', path: '/api/contributions/{id}/reports/keep' },
  listModerationQueue: { method: 'GET', path: '/api/spaces/{space}/moderation' },
  publishAnswers: { method: 'POST', path: '/api/spaces/{space}/answers/publish' },
  updateSpaceSettings: { method: 'POST', path: '/api/spaces/{space}/settings' },
  addMember: { method: 'POST', path: '/api/spaces/{space}/members' },
  updateMember: { method: 'POST', path: '/api/spaces/{space}/members/{member}' },
  listMeetings: { method: 'GET', path: '/api/spaces/{space}/meetings' },
  getMeetingsCalendar: { method: 'GET', path: '/api/spaces/{space}/meetings.ics' },
  createMeeting: { method: 'POST', path: '/api/spaces/{space}/meetings' },
  updateMeeting: { method: 'POST', path: '/api/spaces/{space}/meetings/{meeting}', headers: ['If-Match'] },
  issueAttestation: { method: 'POST', path: '/api/spaces/{space}/attestations' },
  listAttestations: { method: 'GET', path: '/api/spaces/{space}/attestations' },
  getAttestation: { method: 'GET', path: '/api/spaces/{space}/attestations/{attestation}' },
  sendCycleCommand: { method: 'POST', path: '/api/spaces/{space}/cycle/events', headers: ['If-Match'] },
  getPhase: { method: 'GET', path: '/api/phases/{id}' },
  listPractices: { method: 'GET', path: '/api/practices' },
  listPracticeVersions: { method: 'GET', path: '/api/practices/{id}/versions' },
  updatePractice: { method: 'POST', path: '/api/practices/{id}', headers: ['If-Match'] },
  sendPracticeCommand: { method: 'POST', path: '/api/practices/{id}/events', headers: ['If-Match'] },
  listSpacePractices: { method: 'GET', path: '/api/spaces/{space}/practices' },
  createPractice: { method: 'POST', path: '/api/spaces/{space}/practices' },
  listPracticeQueue: { method: 'GET', path: '/api/admin/practices' },
  putPhase: { method: 'PUT', path: '/api/phases/{id}', headers: ['If-Match'] },
  putResource: { method: 'PUT', path: '/api/resources/{id}', headers: ['If-Match'] },
  putGuideEntry: { method: 'PUT', path: '/api/guide/{id}', headers: ['If-Match'] },
  putGlossaryEntry: { method: 'PUT', path: '/api/glossary/{id}', headers: ['If-Match'] },
  getContentHistory: { method: 'GET', path: '/api/content/{kind}/{id}/history' },
  putQuestionnaire: { method: 'PUT', path: '/api/diagnostics/questionnaire', headers: ['If-Match'] },
  putSpaceQuestionnaire: {
    method: 'PUT',
    path: '/api/spaces/{space}/diagnostics/questionnaire',
    headers: ['If-Match'],
  },
  listAdminSpaces: { method: 'GET', path: '/api/admin/spaces' },
  createSpace: { method: 'POST', path: '/api/admin/spaces' },
  updateSpace: { method: 'POST', path: '/api/admin/spaces/{space}', headers: ['If-Match'] },
  archiveSpace: { method: 'POST', path: '/api/admin/spaces/{space}/archive', headers: ['If-Match'] },
  listStaff: { method: 'GET', path: '/api/admin/staff' },
  inviteStaff: { method: 'POST', path: '/api/admin/staff' },
  revokeStaff: { method: 'POST', path: '/api/admin/staff/{account}/revoke' },
  getCouncilSettings: { method: 'GET', path: '/api/admin/settings' },
  updateCouncilSettings: { method: 'POST', path: '/api/admin/settings', headers: ['If-Match'] },
  listAudit: { method: 'GET', path: '/api/admin/audit' },
  listDeadLetters: { method: 'GET', path: '/api/admin/outbox/dead' },
  reviveDeadLetter: { method: 'POST', path: '/api/admin/outbox/dead/{notification}/revive' },
  health: { method: 'GET', path: '/api/health' },
  openApi: { method: 'GET', path: '/api/openapi.json' },
} as const satisfies Record<string, Endpoint>;

export type Endpoints = typeof ENDPOINTS;
export type OperationId = keyof Endpoints;
export const OPERATION_IDS = Object.keys(ENDPOINTS) as OperationId[];
