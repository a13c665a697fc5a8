import type { OrganisationStore, ParticipeStore } from '@participe/core';
import type * as z from 'zod/mini';
import type { CallInput } from '../contract/api.js';
import type { DeadLetters } from '../notifications/outbox.js';
import type { AdminStore } from '../service/admin.store.js';
import type { ContentStore } from '../service/content.store.js';
import type { ServiceContext } from '../service/context.js';
import { fail } from '../service/context.js';
import { ParticipeApiError } from '../service/errors.js';
import { type ApiLocale, negotiateLocale } from '../service/messages.js';
import { createParticipeService } from '../service/service.js';
import { corsHeaders, preflightHeaders } from './cors.js';
import { type Authenticate, type Credentials, readCredentials } from './credentials.js';
import { errorReply, jsonReply, readIfMatch, readJsonBody, textReply } from './http.js';
import { fromRequest, type HeaderSource, type Incoming, type Reply, toResponse } from './incoming.js';
import { openApiDocument, serversFor } from './openapi.js';
import {
  createOrganisationResolver,
  DEFAULT_TOKEN_ORGANISATION,
  registryOf,
  splitOrganisationPath,
} from './organisation-path.js';
import {
  type ClientAddressHeader,
  createClientAddress,
  createRateLimits,
  type RateLimitOptions,
  type TrustedProxies,
} from './rate-limit.js';
import { createRouter, type Route } from './router.js';
import { ROUTES } from './routes.js';
import type { TokenVerifier } from './tokens.js';

export interface HandlerOptions {
  /** `default`'s store; each organisation's is `store.forOrganisation(id)`. */
  store: ParticipeStore;
  /**
   * The councils served at `/o/{slug}/api`. @default the store itself when it keeps them
   * (PostgreSQL, memory); without one, only `/api` (organisation `default`) is served.
   */
  organisations?: Pick<OrganisationStore, 'getOrganisation'>;
  /** Who is calling. Default: the JWTs `tokens` checks (sessions and `participe token`'s API tokens). */
  authenticate?: Authenticate;
  /** Checks bearer tokens: `createTokenService({ store, secret, issuer })`. Without it, a bearer token is a 401. */
  tokens?: TokenVerifier;
  /** The administration's records (audit log, council settings, staff accounts). @default in memory */
  admin?: AdminStore;
  /** Each council's content. @default the PostgreSQL store's own tables, else in memory */
  content?: ContentStore;
  /** The outbox's notifications set aside (`openSqlOutbox`), each council's to its administrators. @default none */
  deadLetters?: DeadLetters;
  /** @default () => new Date() */
  now?: () => Date;
  /** Origins allowed to call from a browser, e.g. `['https://www.departement.fr']`. @default [] */
  corsOrigins?: readonly string[];
  /** Per-client token buckets, reads and writes apart; `false` turns them off (tests, a trusted network). */
  rateLimit?: RateLimitOptions | false;
  /**
   * Proxies in front of the server whose forwarded-address header can be believed: a number of
   * hops, or their addresses and CIDR ranges (`['10.0.0.0/8']`). @default 0: the socket address
   * is the client, and a client cannot pick its own rate-limit bucket.
   */
  trustProxy?: TrustedProxies;
  /** The header the trusted proxies name the client in. @default 'x-forwarded-for' */
  clientAddressHeader?: ClientAddressHeader;
  /** @default 65536 */
  maxBodyBytes?: number;
  /** Called with every unexpected error (a 500), for the host's logs. */
  onError?: (error: unknown, request: Request) => void;
}

/** What `serve` knows about the connection and passes along. */
export interface ConnectionInfo {
  /** The socket's remote address. */
  ip?: string;
}

/**
 * The same answers read straight from node (`serve`): `null` when the request is not for
 * this path, and `serve` then calls the handler with a fetch `Request`.
 */
export type NodeHandler = (incoming: Incoming, info?: ConnectionInfo) => Promise<Reply | null>;

export type Handler = ((request: Request, info?: ConnectionInfo) => Promise<Response>) & { node?: NodeHandler };

/** The Participe REST API as a fetch-style handler: `(Request) => Promise<Response>`. */
export function createHandler(options: HandlerOptions): Handler {
  const service = createParticipeService({
    store: options.store,
    ...(options.admin ? { admin: options.admin } : {}),
    ...(options.content ? { content: options.content } : {}),
    ...(options.deadLetters ? { deadLetters: options.deadLetters } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const now = options.now ?? (() => new Date());
  const match = createRouter(ROUTES);
  const organisationOf = createOrganisationResolver(options.organisations ?? registryOf(options.store));
  const take = options.rateLimit === false ? null : createRateLimits(options.rateLimit ?? {});
  const addressOf = createClientAddress({
    ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
    ...(options.clientAddressHeader ? { header: options.clientAddressHeader } : {}),
  });
  const allowList = options.corsOrigins ?? [];
  const limit = options.maxBodyBytes ?? 65_536;
  // The one operation the service does not run: the document lists every route, itself included.
  let document: Record<string, unknown> | undefined;
  const openApi = (slug: string) => {
    document ??= openApiDocument(ROUTES);
    return { body: slug === DEFAULT_TOKEN_ORGANISATION.slug ? document : { ...document, servers: serversFor(slug) } };
  };

  async function answer(request: Incoming, info: ConnectionInfo | undefined): Promise<Reply> {
    const locale: ApiLocale = negotiateLocale(request.headers.get('accept-language'));
    const base = { locale, now };
    const origin = request.headers.get('origin');
    const cors = corsHeaders(origin, allowList);
    const extra: Record<string, string> = { ...(cors ?? {}), Vary: 'Origin, Accept-Language' };
    try {
      if (take) {
        const taken = take(addressOf(request.headers, info?.ip), request.method, now().getTime());
        if (!taken.ok) {
          // Answered before the body is read: the client opens its next request on a new connection.
          throw fail(base, 429, 'rateLimited', { seconds: taken.retryAfterSeconds }, [], {
            'Retry-After': String(taken.retryAfterSeconds),
            Connection: 'close',
          });
        }
      }
      let url: URL;
      try {
        url = request.url();
      } catch {
        throw fail(base, 404, 'routeNotFound');
      }
      const method = request.method === 'HEAD' ? 'GET' : request.method;
      const { slug, path } = splitOrganisationPath(url.pathname);
      const organisation = slug === null ? DEFAULT_TOKEN_ORGANISATION : await organisationOf(slug);
      if (!organisation) throw fail(base, 404, 'organisationNotFound');
      const found = match(method, path);

      if (request.method === 'OPTIONS') {
        if (found.kind === 'none') throw fail(base, 404, 'routeNotFound');
        const allow = found.kind === 'found' ? [found.route.method] : found.allow;
        if (origin && cors === null) throw fail(base, 403, 'originNotAllowed', { origin: origin.slice(0, 200) });
        return {
          status: 204,
          headers: { ...extra, ...preflightHeaders(allow.join(', ')), Allow: allow.join(', ') },
          body: null,
        };
      }
      if (found.kind === 'none') throw fail(base, 404, 'routeNotFound');
      if (found.kind === 'wrongMethod') {
        const allow = found.allow.join(', ');
        throw fail(base, 405, 'methodNotAllowed', { method: request.method.slice(0, 20), allow }, [], { Allow: allow });
      }

      const route = found.route;
      const credentials = await readCredentials(request, base, options, route.operationId, organisation);
      const ctx: ServiceContext = service.context(credentials.caller, locale, organisation.id);
      const input: CallInput = {
        params: found.params,
        query: readQuery(route, url),
        body: route.body ? await readJsonBody(request, limit, ctx) : undefined,
        ...readHeaders(route, request, credentials, ctx),
      };
      const reply: { body: unknown; headers?: Record<string, string> } =
        route.operationId === 'openApi' ? openApi(organisation.slug) : await service.run(ctx, route.operationId, input);
      const cache =
        route.cacheable === 'revalidate' ? 'no-cache' : route.cacheable ? 'public, max-age=300' : 'no-store';
      const replyHeaders: Record<string, string> = { 'Cache-Control': cache, ...extra, ...reply.headers };
      if (method === 'GET' && notModified(request, replyHeaders['ETag'])) {
        return { status: 304, headers: replyHeaders, body: null };
      }
      const response = route.ok.mediaType
        ? textReply(route.ok.status, route.ok.mediaType, String(reply.body), replyHeaders)
        : jsonReply(route.ok.status, reply.body, replyHeaders);
      return request.method === 'HEAD' ? { ...response, body: null } : response;
    } catch (error) {
      if (error instanceof ParticipeApiError) return errorReply(error, extra);
      options.onError?.(error, request.request());
      return errorReply(fail(base, 500, 'internal'), extra);
    }
  }

  const handle: Handler = async (request, info) => toResponse(await answer(fromRequest(request), info));
  handle.node = answer;
  return handle;
}

/** `If-None-Match` names the representation's `ETag` (or `*`): the client's copy is current (RFC 9110 §13.1.2). */
function notModified(request: { headers: HeaderSource }, etag: string | undefined): boolean {
  const header = request.headers.get('if-none-match');
  if (!etag || header === null) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * The query string as the operation's query schema expects it: lists split at commas,
 * `true`/`false`, numbers. What does not fit stays a string, which the schema then refuses
 * (a 400 naming the parameter). Parameters the operation does not know are left out.
 */
function readQuery(route: Route, url: URL): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(route.query?.shape ?? {})) {
    const value = url.searchParams.get(key);
    if (value !== null) query[key] = fromQueryString(schema as z.ZodMiniType, value);
  }
  return query;
}

function fromQueryString(schema: z.ZodMiniType, raw: string): unknown {
  let def = schema._zod.def;
  while (def.type === 'optional') def = (def as unknown as { innerType: z.ZodMiniType }).innerType._zod.def;
  if (def.type === 'array') return raw.split(',');
  if (def.type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (def.type === 'number') return /^-?\d{1,15}$/.test(raw) ? Number(raw) : raw;
  return raw;
}

/** The request headers the operation reads, as the options of its input. */
function readHeaders(
  route: Route,
  request: { headers: HeaderSource },
  credentials: Credentials,
  ctx: Pick<ServiceContext, 'locale'>,
) {
  const options: Pick<CallInput, 'idempotencyKey' | 'expectedVersion' | 'secret'> = {};
  for (const header of route.headers ?? []) {
    if (header === 'Idempotency-Key') {
      const key = request.headers.get('idempotency-key');
      if (key !== null) options.idempotencyKey = key;
    } else if (header === 'If-Match') {
      const version = readIfMatch(request, ctx);
      if (version !== undefined) options.expectedVersion = version;
    } else if (credentials.secret !== undefined) options.secret = credentials.secret;
  }
  return options;
}
