import type { ServiceContext } from '../service/context.js';
import { fail } from '../service/context.js';
import type { ParticipeApiError } from '../service/errors.js';
import { type HeaderSource, type Incoming, type Reply, toResponse } from './incoming.js';

/** Headers on every API response: JSON that no browser may sniff, frame or run as a page. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'interest-cohort=()',
} as const satisfies Record<string, string>;

export const JSON_TYPE = 'application/json; charset=utf-8';

/** A JSON answer with the API's headers; `headers` win over the defaults. */
export function jsonReply(status: number, body: unknown, headers: Record<string, string>): Reply {
  // 204 has no body by definition.
  const payload = status === 204 ? null : JSON.stringify(body);
  return { status, headers: { 'Content-Type': JSON_TYPE, ...SECURITY_HEADERS, ...headers }, body: payload };
}

export const jsonResponse = (status: number, body: unknown, headers: Record<string, string>): Response =>
  toResponse(jsonReply(status, body, headers));

/** A text body of another type than JSON (an `.ics` feed), in UTF-8. */
export function textReply(status: number, type: string, body: string, headers: Record<string, string>): Reply {
  return { status, headers: { 'Content-Type': `${type}; charset=utf-8`, ...SECURITY_HEADERS, ...headers }, body };
}

export const errorReply = (error: ParticipeApiError, headers: Record<string, string>): Reply =>
  jsonReply(error.status, error.toJSON(), { 'Cache-Control': 'no-store', ...headers, ...error.headers });

/** Fatal: a body that is not UTF-8 is refused, not patched; `decode` whole keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** `application/json`, optionally with `charset=utf-8`; anything else is a 415. */
function isJson(contentType: string | null): boolean {
  if (!contentType) return false;
  const [type = '', ...params] = contentType.split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || p === 'charset=utf-8' || p === 'charset="utf-8"');
}

/**
 * Reads a JSON body of at most `limit` bytes. The limit is counted on the bytes actually
 * read, so a missing or lying `Content-Length` cannot get more through.
 */
export async function readJsonBody(
  request: Pick<Incoming, 'headers' | 'body'>,
  limit: number,
  ctx: Pick<ServiceContext, 'locale'>,
): Promise<unknown> {
  if (!isJson(request.headers.get('content-type'))) throw fail(ctx, 415, 'unsupportedMediaType');
  const tooLarge = () =>
    fail(ctx, 413, 'payloadTooLarge', { limit: Math.round(limit / 1024) }, [], { Connection: 'close' });
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  let bytes: Uint8Array | null;
  try {
    bytes = await request.body(limit);
  } catch {
    // The client went away mid-body: nothing to answer that it will read.
    throw fail(ctx, 400, 'badJson');
  }
  if (bytes === null) throw tooLarge();
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw fail(ctx, 400, 'badEncoding');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw fail(ctx, 400, 'badJson');
  }
}

/**
 * `If-Match: "3"`, `W/"3"` or `3` → 3; `*` or absent → `undefined`: no version named, which
 * only the author acting with the secret may do (a member gets a 428, see `runOperation`).
 */
export function readIfMatch(
  request: { headers: HeaderSource },
  ctx: Pick<ServiceContext, 'locale'>,
): number | undefined {
  const raw = request.headers.get('if-match')?.trim();
  if (!raw || raw === '*') return undefined;
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(raw);
  if (!m) throw fail(ctx, 400, 'badIfMatch');
  return Number(m[1]);
}
