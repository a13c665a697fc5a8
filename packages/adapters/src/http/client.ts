import type {
  AuthorProof,
  ContentQuery,
  ContributionCommand,
  ContributionListQuery,
  CycleCommand,
  ParticipeApi,
} from '../service/api.js';
import { type CallSpec, type RequestPolicy, send } from './request.js';

export interface HttpStoreOptions {
  /** @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** Per attempt. @default 10000 */
  timeoutMs?: number;
  /** Extra attempts for calls safe to repeat. @default 3 */
  retries?: number;
  /** First backoff ceiling and the highest one, in ms. @default { baseMs: 250, maxMs: 8000 } */
  backoff?: { baseMs?: number; maxMs?: number };
  /** @default 30000 */
  maxRetryAfterMs?: number;
  /** A member's token (`participe token`), or a function that returns the current one. */
  token?: string | (() => string | null | undefined);
  /** Language of the API's messages. @default 'fr' */
  locale?: 'fr' | 'en';
  /** For tests: how to wait, and the jitter's randomness. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface HttpStore extends ParticipeApi {
  /** The API's base URL, e.g. `https://participe.example.fr/api`. */
  readonly endpoint: string;
}

type Query = Record<string, string | number | boolean | readonly string[] | undefined>;

function queryString(query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

const seg = encodeURIComponent;

/**
 * A client of the Participe REST API with the same interface as the in-process service.
 * Reads and keyed creates are retried with backoff; other writes are sent once, so a
 * lost answer is never a double action (a `versionConflict` then tells what happened).
 */
export function createHttpStore(endpoint: string, options: HttpStoreOptions = {}): HttpStore {
  const base = endpoint.replace(/\/+$/, '');
  const policy: RequestPolicy = {
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? 10_000,
    retries: options.retries ?? 3,
    baseMs: options.backoff?.baseMs ?? 250,
    maxMs: options.backoff?.maxMs ?? 8_000,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 30_000,
    locale: options.locale ?? 'fr',
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
  };
  const auth = (): Record<string, string> => {
    const token = typeof options.token === 'function' ? options.token() : options.token;
    return token ? { authorization: `Bearer ${token}` } : {};
  };
  const call = <T>(
    method: CallSpec['method'],
    path: string,
    opts: { query?: Query; body?: unknown; headers?: Record<string, string>; idempotent?: boolean } = {},
  ) =>
    send<T>(policy, {
      method,
      url: `${base}${path}${queryString(opts.query)}`,
      headers: { ...auth(), ...opts.headers },
      ...(opts.body !== undefined ? { body: opts.body } : {}),
      idempotent: opts.idempotent ?? method === 'GET',
    });
  const secretHeader = (secret?: string): Record<string, string> => (secret ? { 'x-participe-secret': secret } : {});
  const content = (q?: ContentQuery): Query => ({ locale: q?.locale, phase: q?.phase });

  return {
    endpoint: base,
    listSpaces: () => call('GET', '/spaces'),
    getSpace: (space) => call('GET', `/spaces/${seg(space)}`),
    listMembers: (space) => call('GET', `/spaces/${seg(space)}/members`),
    getComposition: (space) => call('GET', `/spaces/${seg(space)}/composition`),
    getCycle: (space) => call('GET', `/spaces/${seg(space)}/cycle`),
    sendCycleCommand: (space, command: CycleCommand, opts) =>
      call('POST', `/spaces/${seg(space)}/cycle/events`, {
        body: command,
        headers: opts?.expectedSeq !== undefined ? { 'if-match': `"${opts.expectedSeq}"` } : {},
      }),
    // Every create carries a key, so a retry after a lost answer never sends it twice.
    // Pass your own key to survive a reload (an outbox); otherwise one is made per call.
    createContribution: (request, opts) =>
      call('POST', '/contributions', {
        body: request,
        headers: { 'idempotency-key': opts?.idempotencyKey ?? globalThis.crypto.randomUUID() },
        idempotent: true,
      }),
    listContributions: (query?: ContributionListQuery) => call('GET', '/contributions', { query: { ...query } }),
    getContribution: (id, opts) => call('GET', `/contributions/${seg(id)}`, { headers: secretHeader(opts?.secret) }),
    getTimeline: (id, opts) =>
      call('GET', `/contributions/${seg(id)}/timeline`, { headers: secretHeader(opts?.secret) }),
    resolveFollowUpCode: (code) => call('GET', `/follow-up/${seg(code)}`),
    sendEvent: (id, command: ContributionCommand, opts) =>
      call('POST', `/contributions/${seg(id)}/events`, {
        body: command,
        headers: {
          ...secretHeader(opts?.secret),
          ...(opts?.expectedVersion !== undefined ? { 'if-match': `"${opts.expectedVersion}"` } : {}),
        },
      }),
    getStats: (space) => call('GET', `/spaces/${seg(space)}/stats`),
    // Reading one's data changes nothing: safe to retry. Erasing is sent once.
    exportMyData: (proof: AuthorProof) => call('POST', '/privacy/export', { body: proof, idempotent: true }),
    eraseMyData: (proof: AuthorProof) => call('POST', '/privacy/erase', { body: proof }),
    listPhases: (q) => call('GET', '/phases', { query: content(q) }),
    getPhase: (id, q) => call('GET', `/phases/${seg(id)}`, { query: content(q) }),
    listResources: (q) => call('GET', '/resources', { query: content(q) }),
    getResource: (id, q) => call('GET', `/resources/${seg(id)}`, { query: content(q) }),
    listPractices: (q) => call('GET', '/practices', { query: content(q) }),
    getPractice: (id, q) => call('GET', `/practices/${seg(id)}`, { query: content(q) }),
    listGlossary: (q) => call('GET', '/glossary', { query: content(q) }),
    listGuide: (q) => call('GET', '/guide', { query: content(q) }),
    getQuestionnaire: (q) => call('GET', '/diagnostics/questionnaire', { query: { locale: q?.locale } }),
    submitDiagnostic: (space, submission) => call('POST', `/spaces/${seg(space)}/diagnostics`, { body: submission }),
    getDiagnosticAggregate: (space) => call('GET', `/spaces/${seg(space)}/diagnostics`),
    reportContribution: (id, report) => call('POST', `/contributions/${seg(id)}/reports`, { body: report }),
    listModerationQueue: (space, query) =>
      call('GET', `/spaces/${seg(space)}/moderation`, {
        query: { queue: query?.queue, reason: query?.reason, olderThanDays: query?.olderThanDays },
      }),
    keepReported: (id, body) => call('POST', `/contributions/${seg(id)}/reports/keep`, { body }),
    publishAnswers: (space, body) => call('POST', `/spaces/${seg(space)}/answers/publish`, { body }),
    updateSpaceSettings: (space, settings) => call('POST', `/spaces/${seg(space)}/settings`, { body: settings }),
    addMember: (space, input) => call('POST', `/spaces/${seg(space)}/members`, { body: input }),
    updateMember: (space, memberId, patch) =>
      call('POST', `/spaces/${seg(space)}/members/${seg(memberId)}`, { body: patch }),
    listMeetings: (space) => call('GET', `/spaces/${seg(space)}/meetings`),
    saveMeeting: (space, input, existing) =>
      existing
        ? call('POST', `/spaces/${seg(space)}/meetings/${seg(existing.id)}`, {
            body: input,
            headers: existing.expectedVersion !== undefined ? { 'if-match': `"${existing.expectedVersion}"` } : {},
          })
        : call('POST', `/spaces/${seg(space)}/meetings`, { body: input }),
    issueAttestation: (space, input) => call('POST', `/spaces/${seg(space)}/attestations`, { body: input }),
    listAttestations: (space, memberId) =>
      call('GET', `/spaces/${seg(space)}/attestations`, { query: { member: memberId } }),
    getAttestation: (space, id) => call('GET', `/spaces/${seg(space)}/attestations/${seg(id)}`),
  };
}
