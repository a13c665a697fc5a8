// Calls to an outside API (OpenAgenda, Decidim) with bounded retries: a network error, a
// 429 or a 5xx is tried again after an exponentially growing pause (Retry-After when the
// remote gives one, never longer than `maxDelayMs`); any other answer is final. A failure
// names the call (`PATCH /v2/agendas/1/events/2`) and why, for the sync report.

export interface RetryOptions {
  /** Tries after the first. @default 4 */
  retries?: number;
  /** The first pause; each next one doubles. @default 500 */
  baseDelayMs?: number;
  /** No pause is longer. @default 10000 */
  maxDelayMs?: number;
  /** One try gives up after this long. @default 20000 */
  timeoutMs?: number;
  /** Waits (tests pass one that does not). */
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
}

export interface RemoteCall {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
}

/** A call that did not succeed, even after retrying what could be retried. */
export class RemoteError extends Error {
  constructor(
    /** `METHOD /path` (no query: it may hold a key). */
    readonly call: string,
    readonly reason: string,
    /** The last HTTP status, or `null` when the remote could not be reached. */
    readonly status: number | null,
    readonly attempts: number,
  ) {
    super(`${call}: ${reason}${attempts > 1 ? ` (after ${attempts} tries)` : ''}`);
    this.name = 'RemoteError';
  }
}

/** What names a call in a report: the method and the path, never the query (keys go there). */
export const callName = (call: Pick<RemoteCall, 'method' | 'url'>) => `${call.method} ${new URL(call.url).pathname}`;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Seconds or an HTTP date, as RFC 9110 writes Retry-After; `null` if neither. */
function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** What the remote said, shortened: its `message` or `error` when it answers JSON. */
function describe(status: number, text: string): string {
  let said = text.trim();
  try {
    const json = JSON.parse(text) as { message?: unknown; error?: unknown; errors?: unknown };
    const m = json.message ?? json.error ?? json.errors;
    if (m !== undefined) said = typeof m === 'string' ? m : JSON.stringify(m);
  } catch {}
  return `answered ${status}${said ? `: ${said.slice(0, 300)}` : ''}`;
}

/** Sends `call`, retrying as the module says; the parsed JSON answer (or `null` for none). */
export async function callRemote<T = unknown>(call: RemoteCall, options: RetryOptions = {}): Promise<T> {
  const retries = options.retries ?? 4;
  const base = options.baseDelayMs ?? 500;
  const max = options.maxDelayMs ?? 10_000;
  const sleep = options.sleep ?? defaultSleep;
  const doFetch = options.fetch ?? fetch;
  const name = callName(call);
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await doFetch(call.url, {
        method: call.method,
        headers: {
          accept: 'application/json',
          ...(call.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...call.headers,
        },
        ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
        signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const reason = `could not reach the server (${cause?.code ?? cause?.message ?? (error as Error).message})`;
      if (attempt > retries) throw new RemoteError(name, reason, null, attempt);
      await sleep(Math.min(max, base * 2 ** (attempt - 1)));
      continue;
    }
    const text = await response.text();
    if (response.ok) {
      if (!text) return null as T;
      try {
        return JSON.parse(text) as T;
      } catch {
        throw new RemoteError(
          name,
          `answered ${response.status} with something that is not JSON`,
          response.status,
          attempt,
        );
      }
    }
    const retryable = response.status === 429 || response.status >= 500;
    if (!retryable || attempt > retries) {
      throw new RemoteError(name, describe(response.status, text), response.status, attempt);
    }
    const asked = retryAfterMs(response.headers.get('retry-after'));
    await sleep(Math.min(max, asked ?? base * 2 ** (attempt - 1)));
  }
}
