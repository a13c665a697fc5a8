// One JSON line per request: id, method, route template, status, duration. Never a body, a
// query string, a header value, an address or a path a client typed: what a request carries
// may be personal data (a contact, a follow-up code, a token).
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { type HeaderSource, sourceOf } from '../server/incoming.js';

export interface RequestLog {
  /** The id of `request` (a fetch `Request`, or what `serve` read from node), taken from a trusted proxy's `X-Request-Id` or made here. */
  begin(request: Source): string;
  idOf(request: Source): string | undefined;
  done(fields: { reqId: string; method: string; route: string; path?: string; status: number; ms: number }): void;
  /** For `createHandler`'s `onError`: the error's kind and where it was thrown, not its message. */
  error(error: unknown, request?: Source): void;
}

type Source = { readonly headers: HeaderSource };

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
/** Probes and scrapes come every few seconds: logged at debug only. */
const QUIET_ROUTES = new Set(['/api/health', '/api/ready', '/metrics']);
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export function createRequestLog(logger: Logger, options: { trustRequestId: boolean }): RequestLog {
  const ids = new WeakMap<object, string>();
  // A `Request` built from what `serve` read from node (for `onError`) has the id of its source.
  const idOf = (request: Source) =>
    ids.get(request) ?? (request instanceof Request ? ids.get(sourceOf(request) ?? request) : undefined);
  return {
    begin(request) {
      const given = options.trustRequestId ? request.headers.get('x-request-id') : null;
      const id = given && REQUEST_ID.test(given) ? given : randomUUID();
      ids.set(request, id);
      return id;
    },
    idOf,
    done({ reqId, method, route, path, status, ms }) {
      const fields = {
        reqId,
        method: METHODS.has(method) ? method : 'other',
        route,
        ...(path === undefined ? {} : { path }),
        status,
        ms: Math.round(ms * 10) / 10,
      };
      if (status >= 500) logger.error(fields, 'request');
      else if (QUIET_ROUTES.has(route) && status < 400) logger.debug(fields, 'request');
      else logger.info(fields, 'request');
    },
    error(error, request) {
      logger.error({ ...(request ? { reqId: idOf(request) } : {}), err: safeError(error) }, 'unexpected error');
    },
  };
}

/**
 * An error as logs may keep it: its kind, its code (a SQLSTATE, an errno) and its stack
 * frames. Its message is left out: a database or mail server error may quote the values
 * (a title, an address) it was about.
 */
export function safeError(error: unknown): { type: string; code?: string; stack?: string } {
  if (!(error instanceof Error)) return { type: typeof error };
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .join('\n');
  return {
    type: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    ...(typeof responseCode === 'number' ? { code: `smtp ${responseCode}` } : {}),
    ...(frames ? { stack: frames } : {}),
  };
}
