// Routes are data: the handler dispatches on them and the OpenAPI document is generated
// from them, so a route cannot exist without being documented.
import type * as z from 'zod/mini';
import type { ServiceContext } from '../service/context.js';

export type Method = 'GET' | 'POST';

/** What a route handler receives: the request, already authenticated and parsed. */
export interface RouteInput<Q = Record<string, unknown>> {
  request: Request;
  params: Record<string, string>;
  query: Q;
  /** The parsed JSON body, not yet validated (the service validates it). */
  body: unknown;
  ctx: ServiceContext;
  /** From `Authorization: Secret …` or `X-Participe-Secret`. */
  secret: string | undefined;
}

/** Headers a route may set on its success response, each documented in the OpenAPI document. */
export const RESPONSE_HEADERS = {
  ETag: 'The version of what was read or written, to send back as `If-Match`.',
  Location: 'Where the created resource can be read.',
  'Idempotent-Replayed': '`true` when this is the stored answer to an earlier request with the same `Idempotency-Key`.',
} as const;
export type ResponseHeader = keyof typeof RESPONSE_HEADERS;

export interface Reply<H extends ResponseHeader = ResponseHeader> {
  /** @default 200 */
  status?: number;
  body: unknown;
  /** Only the headers the route declares in `ok.headers`, so none goes undocumented. */
  headers?: [H] extends [never] ? never : Partial<Record<H, string>>;
}

/** The groups of operations in the documentation, each with what it is about. */
export const API_TAGS = {
  contributions: 'Send a contribution, follow it, read the public ones.',
  answers: 'Publish the institution’s answers.',
  moderation: 'Reports and the facilitators’ moderation queue.',
  spaces: 'Participation groups: settings, members, composition, figures.',
  meetings: 'Meetings of a group and attestations of participation.',
  cycle: 'The participation cycle of a group, phase by phase.',
  diagnostics: 'The self-diagnostic: “Where does our participation stand?”',
  privacy: 'An author’s data: export and erasure.',
  content: 'The resource centre: phases, methods, practices, glossary, guide.',
  system: 'Health and this document.',
} as const;
export type ApiTag = keyof typeof API_TAGS;

/** Documentation of one response: its status, meaning and body schema. */
export interface ResponseDoc {
  description: string;
  schema: z.ZodMiniType;
}

export type Header = 'Idempotency-Key' | 'If-Match' | 'X-Participe-Secret';

export interface RouteDef<Q extends z.ZodMiniObject | undefined, H extends ResponseHeader = never> {
  method: Method;
  /** OpenAPI style: `/api/contributions/{id}`. */
  path: string;
  operationId: string;
  tag: ApiTag;
  summary: string;
  /** Who may call it, in one sentence, for the documentation. */
  access: string;
  /** Each parameter in `{…}` with a description. */
  params?: Record<string, string>;
  /** String-in, typed-out: parses the query string before the service validates meaning. */
  query?: Q;
  /** The request body, documented; the service validates it. */
  body?: z.ZodMiniType;
  headers?: readonly Header[];
  /** The success response, with the headers its handler sets. */
  ok: { status: number; headers?: readonly H[] } & ResponseDoc;
  /** Error statuses this route can answer, besides 429 (rate limit) which any route can. */
  errors: readonly number[];
  /** Public read-only content may be cached for a few minutes. */
  cacheable?: boolean;
  handle(
    input: RouteInput<Q extends z.ZodMiniObject ? z.output<Q> : Record<string, never>>,
  ): Promise<Reply<NoInfer<H>>>;
}

export type Route = RouteDef<z.ZodMiniObject | undefined, ResponseHeader>;

/** Erases the query and header types so routes of every shape live in one list. */
export const route = <Q extends z.ZodMiniObject | undefined, H extends ResponseHeader = never>(
  def: RouteDef<Q, H>,
): Route => def as unknown as Route;

interface Compiled {
  route: Route;
  segments: string[];
}

export type Match =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrongMethod'; allow: Method[] }
  | { kind: 'none' };

export function createRouter(routes: readonly Route[]) {
  const compiled: Compiled[] = routes.map((r) => ({ route: r, segments: r.path.split('/').slice(1) }));
  return (method: string, pathname: string): Match => {
    const parts = pathname.split('/').slice(1);
    const allow: Method[] = [];
    for (const c of compiled) {
      if (c.segments.length !== parts.length) continue;
      const params: Record<string, string> = Object.create(null);
      let ok = true;
      for (let i = 0; i < parts.length && ok; i++) {
        const seg = c.segments[i]!;
        const part = parts[i]!;
        if (seg.startsWith('{')) {
          const value = safeDecode(part);
          if (value === null || value === '') ok = false;
          else params[seg.slice(1, -1)] = value;
        } else ok = seg === part;
      }
      if (!ok) continue;
      if (c.route.method === method) return { kind: 'found', route: c.route, params };
      allow.push(c.route.method);
    }
    return allow.length > 0 ? { kind: 'wrongMethod', allow } : { kind: 'none' };
  };
}

/** `%E0%A4%A` is not a path segment: no route matches it (a 404, not a crash). */
function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}
