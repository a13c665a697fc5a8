// The API's operations, as a browser client needs them at run time: each one's method,
// path and request headers, and nothing else. The rest of each operation (schemas,
// responses, who may call it) is its row in `operations.ts`, under the same name; the
// compiler requires both files to list the same operations. Kept apart so the widgets'
// HTTP client never loads a zod schema.

/** Request headers an operation reads, each with the option that carries it in a client call. */
export const REQUEST_HEADERS = {
  'Idempotency-Key': 'idempotencyKey',
  'If-Match': 'expectedVersion',
  'X-Participe-Secret': 'secret',
} as const;
export type RequestHeader = keyof typeof REQUEST_HEADERS;

/** What each header's option holds: `If-Match` is sent as `"<version>"`. */
export interface HeaderOptionValues {
  idempotencyKey: string;
  expectedVersion: number;
  secret: string;
}

export interface Endpoint {
  method: 'GET' | 'POST';
  /** OpenAPI style, `/api/contributions/{id}`: each `{…}` is a path parameter, in call order. */
  path: `/api/${string}`;
  headers?: readonly RequestHeader[];
  /** A POST that changes nothing (it reads, with a body): safe to send again. */
  safe?: true;
}

/** Every operation, by its `operationId`, in the order the documentation lists them. */
export const ENDPOINTS = {
  listContributions: { method: 'GET', path: '/api/contributions' },
  createContribution: { method: 'POST', path: '/api/contributions', headers: ['Idempotency-Key'] },
  getContribution: { method: 'GET', path: '/api/contributions/{id}', headers: ['X-Participe-Secret'] },
  getTimeline: { method: 'GET', path: '/api/contributions/{id}/timeline', headers: ['X-Participe-Secret'] },
  resolveFollowUpCode: { method: 'GET', path: '/api/follow-up/{code}' },
  sendContributionEvent: {
    method: 'POST',
    path: '/api/contributions/{id}/events',
    headers: ['If-Match', 'X-Participe-Secret'],
  },
  listSpaces: { method: 'GET', path: '/api/spaces' },
  getSpace: { method: 'GET', path: '/api/spaces/{space}' },
  listMembers: { method: 'GET', path: '/api/spaces/{space}/members' },
  getComposition: { method: 'GET', path: '/api/spaces/{space}/composition' },
  getStats: { method: 'GET', path: '/api/spaces/{space}/stats' },
  getOpenData: { method: 'GET', path: '/api/open-data' },
  reportContribution: { method: 'POST', path: '/api/contributions/{id}/reports' },
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
  getCycle: { method: 'GET', path: '/api/spaces/{space}/cycle' },
  sendCycleCommand: { method: 'POST', path: '/api/spaces/{space}/cycle/events', headers: ['If-Match'] },
  getQuestionnaire: { method: 'GET', path: '/api/diagnostics/questionnaire' },
  submitDiagnostic: { method: 'POST', path: '/api/spaces/{space}/diagnostics' },
  getDiagnosticAggregate: { method: 'GET', path: '/api/spaces/{space}/diagnostics' },
  // The proof travels in a POST body, never in a URL: URLs end up in logs and histories.
  exportMyData: { method: 'POST', path: '/api/privacy/export', safe: true },
  eraseMyData: { method: 'POST', path: '/api/privacy/erase' },
  listPhases: { method: 'GET', path: '/api/phases' },
  getPhase: { method: 'GET', path: '/api/phases/{id}' },
  listResources: { method: 'GET', path: '/api/resources' },
  getResource: { method: 'GET', path: '/api/resources/{id}' },
  listPractices: { method: 'GET', path: '/api/practices' },
  getPractice: { method: 'GET', path: '/api/practices/{id}' },
  listGlossary: { method: 'GET', path: '/api/glossary' },
  listGuide: { method: 'GET', path: '/api/guide' },
  health: { method: 'GET', path: '/api/health' },
  openApi: { method: 'GET', path: '/api/openapi.json' },
} as const satisfies Record<string, Endpoint>;

export type Endpoints = typeof ENDPOINTS;
export type OperationId = keyof Endpoints;
export const OPERATION_IDS = Object.keys(ENDPOINTS) as OperationId[];

/** The names of a path's parameters: `'/api/spaces/{space}/members/{member}'` → `'space' | 'member'`. */
export type PathParam<P extends string> = P extends `${string}{${infer N}}${infer Rest}` ? N | PathParam<Rest> : never;

/** The path parameters' names at run time, in order. */
export const pathParams = (path: string): string[] => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/** A path with its parameters filled in: `pathTo('/api/contributions/{id}', { id })`. */
export const pathTo = (path: string, params: Readonly<Record<string, string>>): string =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
