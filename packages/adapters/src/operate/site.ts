// What `participe serve` answers, around the API handler: `/api/ready`, `/metrics`, the
// widgets' folder and the council's pages, each request timed, counted and logged.

import { timingSafeEqual } from 'node:crypto';
import { isCouncilSignInPath } from '../identity/council-sign-in.js';
import type { Handler } from '../server/handler.js';
import { jsonResponse } from '../server/http.js';
import { type Reply, toResponse } from '../server/incoming.js';
import { ROUTES } from '../server/index.js';
import { splitOrganisationPath } from '../server/organisation-path.js';
import type { ServerMetrics } from './metrics.js';
import type { Readiness } from './readiness.js';
import type { RequestLog } from './request-log.js';
import { createStatic } from './static.js';

export interface SiteOptions {
  api: Handler;
  log: RequestLog;
  metrics: ServerMetrics;
  /** `/metrics` asks for `Authorization: Bearer <token>` when set. */
  metricsToken: string | null;
  ready: () => Promise<Readiness>;
  /** The widgets' ready-to-serve folder under `path` (ends with `/`). */
  widgets: { path: string; dir: string } | null;
  /** The council's pages, at `/`. */
  staticDir: string | null;
  /** Staff sign-in with the identity provider, under `/auth/`; null when not configured. */
  auth?: { handler: Handler; paths: readonly string[] } | null;
}

/** Council pages may load their own scripts, styles and images, and call the API on this origin. */
const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'",
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
/** The widgets are loaded as modules by council pages on other origins: no cookie, any origin. */
const WIDGET_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Content-Security-Policy': "default-src 'none'",
};

const plainReply = (status: number, text: string, headers: Record<string, string> = {}): Reply => ({
  status,
  headers: {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'",
    'Cache-Control': 'no-store',
    ...headers,
  },
  body: text,
});
const plain = (status: number, text: string, headers: Record<string, string> = {}) =>
  toResponse(plainReply(status, text, headers));

/**
 * The API route template of a path (`/api/contributions/{id}`), so that metrics and logs
 * never hold an id or a follow-up code. Only the routes' paths are read: the handler does
 * its own routing.
 */
export function createRouteNamer(routes: readonly { path: string }[] = ROUTES): (pathname: string) => string | null {
  const templates = [...new Set(routes.map((r) => r.path))]
    .map((path) => ({ path, segments: path.split('/') }))
    // `/api/spaces/composition` before `/api/spaces/{space}`: the more literal segments, the first.
    .sort((a, b) => literals(b.segments) - literals(a.segments));
  return (pathname) => {
    const parts = pathname.split('/');
    for (const { path, segments } of templates) {
      if (segments.length !== parts.length) continue;
      if (segments.every((seg, i) => (seg.startsWith('{') ? parts[i] !== '' : seg === parts[i]))) return path;
    }
    return null;
  };
}

const literals = (segments: string[]) => segments.filter((s) => !s.startsWith('{')).length;

export function createSite(options: SiteOptions): Handler {
  const routeOf = createRouteNamer();
  const widgets = options.widgets && {
    path: options.widgets.path,
    serve: createStatic({ dir: options.widgets.dir, headers: WIDGET_HEADERS }),
  };
  const pages = options.staticDir
    ? createStatic({ dir: options.staticDir, headers: PAGE_HEADERS, cleanUrls: true })
    : null;
  const token = options.metricsToken === null ? null : Buffer.from(`Bearer ${options.metricsToken}`);

  /** How an API request is named in logs and metrics; `null` for a path that is not the API's. */
  function apiRoute(pathname: string): string | null {
    if (pathname === '/api' || pathname.startsWith('/api/')) return routeOf(pathname) ?? 'unmatched';
    // A council's staff sign-in (`/o/{slug}/auth/…`) is not its API.
    if (options.auth && isCouncilSignInPath(pathname)) return null;
    // A council's API (`/o/{slug}/api/…`): named without its slug, as ids are, in logs and metrics.
    const { slug, path } = splitOrganisationPath(pathname);
    if (slug === null) return null;
    const route = routeOf(path);
    return route ? `/o/{organisation}${route}` : 'unmatched';
  }

  /** The answer, and how the request is named in logs and metrics. */
  async function dispatch(
    request: Request,
    info: Parameters<Handler>[1],
  ): Promise<{ response: Response; route: string; path?: string }> {
    const { pathname } = new URL(request.url);
    if (pathname === '/api/ready') {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return { response: plain(405, 'Method not allowed', { Allow: 'GET, HEAD' }), route: pathname };
      }
      const readiness = await options.ready();
      const response = jsonResponse(readiness.status === 'ready' ? 200 : 503, readiness, {
        'Cache-Control': 'no-store',
      });
      return { response, route: pathname };
    }
    if (pathname === '/metrics') {
      if (request.method !== 'GET')
        return { response: plain(405, 'Method not allowed', { Allow: 'GET' }), route: pathname };
      const given = Buffer.from(request.headers.get('authorization') ?? '');
      if (token && (given.length !== token.length || !timingSafeEqual(given, token))) {
        return { response: plain(401, 'Unauthorized', { 'WWW-Authenticate': 'Bearer' }), route: pathname };
      }
      const { contentType, body } = await options.metrics.scrape();
      return { response: plain(200, body, { 'Content-Type': contentType }), route: pathname };
    }
    const api = apiRoute(pathname);
    if (api !== null) return { response: await options.api(request, info), route: api };
    // A council's staff sign-in (`/o/{slug}/auth/…`), named without its slug too.
    if (options.auth && isCouncilSignInPath(pathname)) {
      const route = pathname.replace(/^\/o\/[^/]+/, '');
      const known = options.auth.paths.includes(route);
      return {
        response: await options.auth.handler(request, info),
        route: known ? `/o/{organisation}${route}` : 'unmatched',
      };
    }
    if (options.auth && (pathname === '/auth' || pathname.startsWith('/auth/'))) {
      const known = options.auth.paths.includes(pathname);
      return { response: await options.auth.handler(request, info), route: known ? pathname : 'unmatched' };
    }
    if (widgets && pathname.startsWith(widgets.path)) {
      const found = await widgets.serve(request, pathname.slice(widgets.path.length));
      return found
        ? { response: found, route: 'widgets', path: pathname }
        : { response: plain(404, 'Not found'), route: 'unmatched' };
    }
    if (pages) {
      const found = await pages(request, pathname.slice(1));
      if (found) return { response: found, route: 'static', path: pathname };
    }
    return { response: plain(404, 'Not found'), route: 'unmatched' };
  }

  const site: Handler = async (request, info) => {
    const start = performance.now();
    const reqId = options.log.begin(request);
    options.metrics.inFlight(1);
    let named: { response: Response; route: string; path?: string };
    try {
      named = await dispatch(request, info);
    } catch (error) {
      options.log.error(error, request);
      named = { response: plain(500, 'Internal error'), route: 'unmatched' };
    } finally {
      options.metrics.inFlight(-1);
    }
    const { response, route, path } = named;
    const seconds = (performance.now() - start) / 1000;
    options.metrics.observe({ method: request.method, route, status: response.status }, seconds);
    options.log.done({
      reqId,
      method: request.method,
      route,
      ...(path ? { path } : {}),
      status: response.status,
      ms: seconds * 1000,
    });
    const headers = new Headers(response.headers);
    headers.set('X-Request-Id', reqId);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };

  // The API's requests straight from node (see `serve`), timed, counted and logged the same.
  const direct = options.api.node;
  if (direct) {
    site.node = async (incoming, info) => {
      let pathname: string;
      try {
        pathname = incoming.url().pathname;
      } catch {
        return null;
      }
      // The probe is answered beside the API, not by it.
      const route = pathname === '/api/ready' ? null : apiRoute(pathname);
      if (route === null) return null;
      const start = performance.now();
      const reqId = options.log.begin(incoming);
      options.metrics.inFlight(1);
      let reply: Reply | null;
      try {
        reply = await direct(incoming, info);
      } catch (error) {
        options.log.error(error, incoming);
        reply = plainReply(500, 'Internal error');
      } finally {
        options.metrics.inFlight(-1);
      }
      // Not the API's after all (a path served beside it): the fetch path answers, and logs it.
      if (reply === null) return null;
      const seconds = (performance.now() - start) / 1000;
      options.metrics.observe({ method: incoming.method, route, status: reply.status }, seconds);
      options.log.done({ reqId, method: incoming.method, route, status: reply.status, ms: seconds * 1000 });
      return { ...reply, headers: { ...reply.headers, 'X-Request-Id': reqId } };
    };
  }
  return site;
}
