// One call to the API with a timeout per attempt, and retries with exponential backoff and
// full jitter — only for calls that are safe to repeat: reads, and writes that carry an
// Idempotency-Key. Every failure becomes a ParticipeApiError.
import { type ApiErrorBody, ParticipeApiError } from '../service/errors.js';

export interface RequestPolicy {
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  retries: number;
  baseMs: number;
  maxMs: number;
  /** A `Retry-After` longer than this is not waited for: the error goes to the caller. */
  maxRetryAfterMs: number;
  locale: 'fr' | 'en';
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export interface CallSpec {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  /** Whether repeating the call cannot do it twice. */
  idempotent: boolean;
}

/** Statuses worth another try: the server was busy or a proxy hiccuped, nothing was decided. */
const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);

const TEXTS = {
  timeout: {
    fr: 'Le serveur met trop de temps à répondre. Rien n’est perdu : réessayez dans un moment.',
    en: 'The server is taking too long to answer. Nothing is lost: try again in a moment.',
  },
  network: {
    fr: 'Impossible de joindre le serveur. Vérifiez la connexion ; rien n’est perdu, réessayez.',
    en: 'The server cannot be reached. Check the connection; nothing is lost, try again.',
  },
  http: {
    fr: 'Le serveur a répondu par une erreur inattendue. Réessayez plus tard.',
    en: 'The server answered with an unexpected error. Try again later.',
  },
} as const;

function isErrorBody(v: unknown): v is ApiErrorBody {
  const e = (v as { error?: { code?: unknown; message?: unknown; issues?: unknown } } | null)?.error;
  return typeof e?.code === 'string' && typeof e.message === 'string' && Array.isArray(e.issues);
}

function errorFrom(status: number, text: string, headers: Headers, locale: 'fr' | 'en'): ParticipeApiError {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    // A proxy's HTML page, for example.
  }
  const extra: Record<string, string> = {};
  const retryAfter = headers.get('retry-after');
  if (retryAfter) extra['Retry-After'] = retryAfter;
  if (isErrorBody(parsed)) {
    const { code, message, issues } = parsed.error;
    return new ParticipeApiError(status, code, message, issues, extra);
  }
  return new ParticipeApiError(status, 'httpError', TEXTS.http[locale], [], extra);
}

/** Full jitter: a random wait up to the exponential ceiling, so retrying clients spread out. */
const backoff = (p: RequestPolicy, attempt: number) => p.random() * Math.min(p.maxMs, p.baseMs * 2 ** attempt);

export async function send<T>(policy: RequestPolicy, spec: CallSpec): Promise<T> {
  const body = spec.body === undefined ? undefined : JSON.stringify(spec.body);
  const headers = {
    accept: 'application/json',
    'accept-language': policy.locale,
    ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    ...spec.headers,
  };
  for (let attempt = 0; ; attempt++) {
    const canRetry = spec.idempotent && attempt < policy.retries;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), policy.timeoutMs);
    let status: number;
    let text: string;
    let responseHeaders: Headers;
    try {
      const res = await policy.fetch(spec.url, {
        method: spec.method,
        headers,
        ...(body !== undefined ? { body } : {}),
        signal: controller.signal,
      });
      status = res.status;
      responseHeaders = res.headers;
      text = await res.text();
    } catch {
      const kind = controller.signal.aborted ? 'timeout' : 'network';
      if (canRetry) {
        await policy.sleep(backoff(policy, attempt));
        continue;
      }
      throw new ParticipeApiError(0, kind, TEXTS[kind][policy.locale]);
    } finally {
      clearTimeout(timer);
    }
    if (status >= 200 && status < 300) {
      // A feed (`text/calendar`) is handed over as its text; everything else is JSON.
      const asText = responseHeaders.get('content-type')?.startsWith('text/');
      return (text === '' ? undefined : asText ? text : JSON.parse(text)) as T;
    }
    const error = errorFrom(status, text, responseHeaders, policy.locale);
    if (!canRetry || !RETRYABLE.has(status)) throw error;
    const retryAfterMs = Number(responseHeaders.get('retry-after') ?? '0') * 1000;
    if (retryAfterMs > policy.maxRetryAfterMs) throw error;
    await policy.sleep(Math.max(backoff(policy, attempt), Number.isFinite(retryAfterMs) ? retryAfterMs : 0));
  }
}
