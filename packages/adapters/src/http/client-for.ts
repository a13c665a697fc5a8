// A client of the Participe REST API for a part of the contract: one method per operation
// of the endpoints it is given, named and typed by the contract (`contract/api.ts`), built
// at run time from those endpoints alone, so a page never loads the server's schemas nor
// the operations it does not call (`createApiClient` binds them all).
import { type ApiOf, bindOperations, type CallInput } from '../contract/api.js';
import { type Endpoint, pathTo } from '../contract/endpoint.js';
import type { Endpoints, OperationId } from '../contract/endpoints.js';
import { type RequestPolicy, send } from './request.js';

export interface ApiClientOptions {
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

/** The API over HTTP, or the part of it a client was made for. */
export type ClientFor<K extends OperationId> = ApiOf<K> & {
  /** The API's base URL, e.g. `https://participe.example.fr/api`. */
  readonly endpoint: string;
};

function queryString(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The API's request headers of one call; every keyed create carries a key. */
function headersOf(endpoint: Endpoint, input: CallInput): Record<string, string> {
  const headers: Record<string, string> = {};
  // Pass your own key to survive a reload (an outbox); otherwise one is made per call, so
  // a retry after a lost answer never sends it twice.
  if (endpoint.headers?.includes('Idempotency-Key')) {
    headers['idempotency-key'] = input.idempotencyKey ?? globalThis.crypto.randomUUID();
  }
  if (input.expectedVersion !== undefined) headers['if-match'] = `"${input.expectedVersion}"`;
  if (input.secret) headers['x-participe-secret'] = input.secret;
  return headers;
}

/**
 * A client of the Participe REST API with the same methods as the in-process service.
 * Reads, keyed creates and safe POSTs are retried with backoff; other writes are sent once,
 * so a lost answer is never a double action (a `versionConflict` then tells what happened).
 */
export function createClientFor<K extends OperationId>(
  endpoints: Pick<Endpoints, K>,
  endpoint: string,
  options: ApiClientOptions = {},
): ClientFor<K> {
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
  const api = bindOperations(endpoints, (_id, e, input) => {
    const headers = headersOf(e, input);
    return send(policy, {
      method: e.method,
      // The contract's paths start with `/api`, which the base URL ends with.
      url: `${base}${pathTo(e.path.slice(4), input.params)}${queryString(input.query)}`,
      headers: { ...auth(), ...headers },
      ...(e.method !== 'GET' ? { body: input.body } : {}),
      idempotent: e.method === 'GET' || e.safe === true || 'idempotency-key' in headers,
    });
  });
  return Object.assign(api, { endpoint: base });
}
