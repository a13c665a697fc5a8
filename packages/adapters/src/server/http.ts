import type { ServiceContext } from '../service/context.js';
import { fail } from '../service/context.js';
import type { ParticipeApiError } from '../service/errors.js';

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

export function jsonResponse(status: number, body: unknown, headers: Record<string, string>): Response {
  // 204 has no body by definition.
  const payload = status === 204 ? null : JSON.stringify(body);
  return new Response(payload, { status, headers: { 'Content-Type': JSON_TYPE, ...SECURITY_HEADERS, ...headers } });
}

/** A text body of another type than JSON (an `.ics` feed), in UTF-8. */
export function textResponse(status: number, type: string, body: string, headers: Record<string, string>): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': `${type}; charset=utf-8`, ...SECURITY_HEADERS, ...headers },
  });
}

export const errorResponse = (error: ParticipeApiError, headers: Record<string, string>): Response =>
  jsonResponse(error.status, error.toJSON(), { 'Cache-Control': 'no-store', ...headers, ...error.headers });

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
  request: Request,
  limit: number,
  ctx: Pick<ServiceContext, 'locale'>,
): Promise<unknown> {
  if (!isJson(request.headers.get('content-type'))) throw fail(ctx, 415, 'unsupportedMediaType');
  const tooLarge = () =>
    fail(ctx, 413, 'payloadTooLarge', { limit: Math.round(limit / 1024) }, [], { Connection: 'close' });
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > limit) {
          await reader.cancel().catch(() => {});
          throw tooLarge();
        }
        chunks.push(value);
      }
    } catch (e) {
      if (total > limit) throw e;
      // The client went away mid-body: nothing to answer that it will read.
      throw fail(ctx, 400, 'badJson');
    }
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
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
export function readIfMatch(request: Request, ctx: Pick<ServiceContext, 'locale'>): number | undefined {
  const raw = request.headers.get('if-match')?.trim();
  if (!raw || raw === '*') return undefined;
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(raw);
  if (!m) throw fail(ctx, 400, 'badIfMatch');
  return Number(m[1]);
}
