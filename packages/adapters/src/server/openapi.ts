// The OpenAPI 3.1 document, generated from the route table and the zod schemas
// (`z.toJSONSchema`, JSON Schema 2020-12 as OpenAPI 3.1 uses). Named schemas become
// components and are referenced, so a client generator gets real types. Error codes,
// response headers and tags come from the lists the server itself uses.
import {
  API_ERROR_CODES,
  API_ERRORS,
  type ApiErrorStatus,
  ConditionSchema,
  schemas as coreSchemas,
  DEFAULT_ORGANISATION,
} from '@participe/core';
import * as z from 'zod/mini';
import type { RequestHeader } from '../contract/endpoints.js';
import { API_TAGS, RESPONSE_HEADERS } from '../contract/operations.js';
import { IdempotencyKeySchema } from '../contract/schemas.js';
import { SECURITY_HEADERS } from './http.js';
import type { Route } from './router.js';

type Json = Record<string, unknown>;

const ERROR_TEXT: Record<ApiErrorStatus, string> = {
  400: 'Malformed request: JSON, header or query parameter (see `issues`).',
  401: 'Not identified: a token or the contribution’s secret is missing or wrong.',
  403: 'Identified, but this role may not do this here.',
  404: 'No such resource, or not visible to this caller.',
  405: 'This method is not accepted at this address (see `Allow`).',
  409: 'Conflict: the machine refuses this step now, someone else changed it, or the idempotency key was used for another body.',
  413: 'Body larger than 64 KiB.',
  415: 'The body must be JSON (`Content-Type: application/json`).',
  422: 'The body is JSON but some fields are not valid (see `issues`).',
  428: 'A member changes something versioned: send `If-Match` with the version last read (its `ETag`), e.g. `If-Match: "3"`.',
  429: 'Too many requests from this address: wait `Retry-After` seconds.',
  500: 'An unexpected error on the server; nothing was saved.',
};

/**
 * Statuses every operation can answer besides its own: a wrong or expired bearer token is
 * refused before any route runs, then the rate limit and the unexpected.
 */
const ANY_ROUTE_ERRORS = [401, 429, 500] as const;

/** Headers the server adds to an error of this status (see `fail(…, headers)` in the service). */
const ERROR_HEADERS: Partial<Record<ApiErrorStatus, readonly string[]>> = {
  401: ['WWW-Authenticate'],
  405: ['Allow'],
  409: ['ETag'],
  413: ['Connection'],
  429: ['Retry-After', 'Connection'],
};

const text = { type: 'string' } as const;

/** Every response header the server sends, documented once and referenced. */
const HEADERS: Record<string, Json> = {
  'Cache-Control': {
    description: '`public, max-age=300` for public content, `no-store` for everything else.',
    schema: { type: 'string', enum: ['no-store', 'public, max-age=300'] },
  },
  Vary: { description: 'Answers differ by `Origin` and `Accept-Language`.', schema: text },
  ...Object.fromEntries(
    Object.entries(SECURITY_HEADERS).map(([name, value]) => [
      name,
      {
        description: 'Sent with every answer: JSON no browser may sniff, frame or run.',
        schema: { ...text, const: value },
      },
    ]),
  ),
  'Access-Control-Allow-Origin': {
    description: 'When the request’s `Origin` is on the server’s allow-list (CORS).',
    schema: text,
  },
  'Access-Control-Expose-Headers': {
    description: 'With `Access-Control-Allow-Origin`: the headers a page may read.',
    schema: text,
  },
  ...Object.fromEntries(
    Object.entries(RESPONSE_HEADERS).map(([name, description]) => [name, { description, schema: text }]),
  ),
  'Retry-After': { description: 'Seconds to wait before trying again.', schema: { ...text, pattern: '^[0-9]+$' } },
  Allow: { description: 'The methods accepted at this address.', schema: text },
  'WWW-Authenticate': { description: '`Bearer`: the token is missing, wrong or expired.', schema: text },
  Connection: {
    description:
      '`close`: answered before the body was read (the server reads and drops up to 1 MiB of it); send the next request on a new connection.',
    schema: text,
  },
};

/** On every answer, success or error. */
const COMMON_HEADERS = [
  'Cache-Control',
  'Vary',
  ...Object.keys(SECURITY_HEADERS),
  'Access-Control-Allow-Origin',
  'Access-Control-Expose-Headers',
];

const headerRefs = (names: readonly string[]) =>
  Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));

const clean = (schema: Json): Json => {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
};

const REQUEST_HEADERS: Record<RequestHeader, Json> = {
  'Idempotency-Key': {
    description:
      'A unique key per contribution (16–128 characters, a UUID fits). The same key and body give back the first answer; another body is a 409.',
    schema: clean(z.toJSONSchema(IdempotencyKeySchema) as Json),
  },
  'If-Match': {
    description:
      'The version you last saw (its `ETag`): refused with 409 if someone changed it since. Required for members (428 without it, or with `*`); the author acting with the secret may leave it out.',
    schema: { type: 'string', examples: ['"3"'] },
  },
  'X-Participe-Secret': {
    description:
      'The secret code given at creation (six words; capitals, spaces and hyphens do not matter): acts or reads as the author. Also `Authorization: Secret <secret code>`.',
    schema: { type: 'string' },
  },
};

const SCHEMAS = '#/components/schemas/';
const ref = (name: string) => ({ $ref: `${SCHEMAS}${name}` });
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The names of the components a schema refers to. */
const refsIn = (json: unknown): string[] =>
  [...JSON.stringify(json).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);

/**
 * A record keyed by an enum lists each key as a property too: JSON Schema allows required
 * keys without `properties`, but OpenAPI tools read `properties` to show them.
 */
function recordKeysAsProperties(ctx: { jsonSchema: Json }): void {
  const json = ctx.jsonSchema as { properties?: unknown; required?: string[]; additionalProperties?: unknown };
  if (json.properties || !json.required || typeof json.additionalProperties !== 'object') return;
  json.properties = Object.fromEntries(json.required.map((key) => [key, json.additionalProperties]));
}

/**
 * The schemas as components, outputs in their output form and request bodies in their
 * input form (a default makes a field optional there). Both forms share a name when they
 * are the same; otherwise the input is `<Name>Input`. Only what an operation reaches is kept.
 */
function components(responses: Map<Route, z.ZodMiniType>, requests: Map<Route, z.ZodMiniType>) {
  const names = new Map<z.ZodMiniType, string>();
  const name = (schema: z.ZodMiniType, fallback: string) => {
    if (!names.has(schema)) names.set(schema, fallback);
    return names.get(schema)!;
  };
  for (const [n, schema] of Object.entries(coreSchemas)) name(schema as z.ZodMiniType, n);
  // Recursive: without a name of its own it would be generated as an unresolvable `__shared` def.
  name(ConditionSchema, 'Condition');
  const responseOf = new Map([...responses].map(([r, s]) => [r, name(s, `${capital(r.operationId)}Response`)]));
  const requestOf = new Map([...requests].map(([r, s]) => [r, name(s, `${capital(r.operationId)}Request`)]));

  const generate = (io: 'input' | 'output') => {
    const registry = z.registry<{ id: string }>();
    for (const [schema, id] of names) registry.add(schema, { id });
    const uri = (id: string) => `${SCHEMAS}${id}`;
    const all = z.toJSONSchema(registry, { uri, io, unrepresentable: 'any', override: recordKeysAsProperties })
      .schemas as Record<string, Json>;
    if ('__shared' in all) {
      throw new Error(`openApiDocument: a recursive schema has no name; register it above (${refsIn(all)})`);
    }
    return all;
  };
  const out = generate('output');
  const inp = generate('input');
  const reach = (all: Record<string, Json>, roots: Iterable<string>) => {
    const seen = new Set<string>();
    const visit = (n: string) => {
      if (seen.has(n)) return;
      seen.add(n);
      for (const m of refsIn(all[n])) visit(m);
    };
    for (const n of roots) visit(n);
    return seen;
  };
  // Every error answer is an `ApiError`.
  const usedOut = reach(out, [...responseOf.values(), 'ApiError']);
  const usedIn = reach(inp, requestOf.values());

  // A name both sides use whose forms differ gets an input twin; so does one that refers to a twin.
  let twins = new Set<string>();
  const retarget = (json: Json): Json =>
    JSON.parse(
      JSON.stringify(json).replace(/"#\/components\/schemas\/([^"]+)"/g, (m, id: string) =>
        twins.has(id) ? `"${SCHEMAS}${id}Input"` : m,
      ),
    );
  for (;;) {
    const next = new Set(
      [...usedIn].filter(
        (n) => usedOut.has(n) && (twins.has(n) || JSON.stringify(retarget(inp[n]!)) !== JSON.stringify(out[n]!)),
      ),
    );
    if (next.size === twins.size) break;
    twins = next;
  }
  const inputName = (n: string) => (twins.has(n) ? `${n}Input` : n);
  const schemas: Record<string, Json> = {};
  for (const n of usedOut) schemas[n] = clean(out[n]!);
  for (const n of usedIn) if (!usedOut.has(n) || twins.has(n)) schemas[inputName(n)] = clean(retarget(inp[n]!));
  return {
    schemas: Object.fromEntries(
      Object.keys(schemas)
        .sort()
        .map((k) => [k, schemas[k]!]),
    ),
    response: (r: Route) => ref(responseOf.get(r)!),
    request: (r: Route) => ref(inputName(requestOf.get(r)!)),
  };
}

/** `ApiError`, its `code` narrowed to the codes that come with this status. */
function errorResponse(status: ApiErrorStatus): Json {
  const codes = API_ERROR_CODES.filter((code) => API_ERRORS[code] === status);
  return {
    description: `${ERROR_TEXT[status]} Codes: ${codes.map((c) => `\`${c}\``).join(', ')}.`,
    headers: headerRefs([...COMMON_HEADERS, ...(ERROR_HEADERS[status] ?? [])]),
    content: {
      'application/json': {
        schema: {
          allOf: [
            ref('ApiError'),
            { properties: { error: { properties: { code: { type: 'string', enum: codes } } } } },
          ],
        },
      },
    },
  };
}

/**
 * Where the paths are served: `/api/…` for the default council (a server for one council), and
 * `/o/{slug}/api/…` for each council of a server that hosts several. The document served at a
 * council's address names that council first, its slug the variable's default.
 */
export function serversFor(slug: string = DEFAULT_ORGANISATION): Json[] {
  const council = {
    url: '/o/{slug}',
    description:
      'One council of a server that hosts several: its API at `/o/{slug}/api/…`, `slug` its short name (`participe org create --slug`), e.g. `cd93`.',
    // No `description` on the variable: swagger-parser's 3.1 schema refuses it.
    variables: { slug: { default: slug } },
  };
  const single = { url: '/', description: 'The default council, at `/api/…` (a server for one council).' };
  return slug === DEFAULT_ORGANISATION ? [single, council] : [council, single];
}

export function openApiDocument(routes: readonly Route[], info: { title?: string; version?: string } = {}): Json {
  const built = components(
    new Map(routes.map((r) => [r, r.ok.schema])),
    new Map(routes.flatMap((r) => (r.body ? [[r, r.body] as const] : []))),
  );
  const errorStatuses = new Set<ApiErrorStatus>();
  const paths: Record<string, Json> = {};

  for (const r of routes) {
    const parameters: Json[] = [
      ...Object.entries(r.params ?? {}).map(([name, description]) => ({
        name,
        in: 'path',
        required: true,
        description,
        schema: { type: 'string' },
      })),
      ...Object.entries(r.query?.shape ?? {}).map(([name, schema]) => {
        const s = schema as z.ZodMiniType;
        const json = clean(z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Json);
        const { description, ...rest } = json;
        return {
          name,
          in: 'query',
          required: s._zod.optin !== 'optional',
          ...(description ? { description } : {}),
          // A list is written once, comma-separated: `status=published,underReview`.
          ...(rest['type'] === 'array' ? { style: 'form', explode: false } : {}),
          schema: rest,
        };
      }),
      // `If-Match` is required, but where the author may act with the secret instead.
      ...(r.headers ?? []).map((name) => ({
        name,
        in: 'header',
        required: name === 'If-Match' && !r.headers?.includes('X-Participe-Secret'),
        ...REQUEST_HEADERS[name],
      })),
      { $ref: '#/components/parameters/AcceptLanguage' },
    ];
    const responses: Json = {
      [r.ok.status]: {
        description: r.ok.description,
        headers: headerRefs([...COMMON_HEADERS, ...(r.ok.headers ?? [])]),
        content: { [r.ok.mediaType ?? 'application/json']: { schema: built.response(r) } },
      },
    };
    for (const status of new Set([...r.errors, ...ANY_ROUTE_ERRORS] as ApiErrorStatus[])) {
      errorStatuses.add(status);
      responses[status] = { $ref: `#/components/responses/Error${status}` };
    }
    const path = paths[r.path] ?? {};
    paths[r.path] = path;
    path[r.method.toLowerCase()] = {
      operationId: r.operationId,
      tags: [r.tag],
      summary: r.summary,
      description: `Who: ${r.access}`,
      parameters,
      ...(r.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: built.request(r) } } } }
        : {}),
      responses,
      security: [{}, { bearerToken: [] }, { followUpSecret: [] }],
    };
  }

  const used = [...errorStatuses].sort();
  const usedHeaders = new Set([
    ...COMMON_HEADERS,
    ...routes.flatMap((r) => r.ok.headers ?? []),
    ...used.flatMap((s) => ERROR_HEADERS[s] ?? []),
  ]);
  return {
    openapi: '3.1.0',
    info: {
      title: info.title ?? 'Participe API',
      version: info.version ?? '0.0.0',
      description:
        'Citizen participation in social policy: contributions answered in public, with reasons. ' +
        'Errors are `{ "error": { code, message, issues } }`, in French by default, English with `Accept-Language: en`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: serversFor(),
    tags: Object.entries(API_TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas: built.schemas,
      responses: Object.fromEntries(used.map((status) => [`Error${status}`, errorResponse(status)])),
      headers: Object.fromEntries(Object.entries(HEADERS).filter(([name]) => usedHeaders.has(name))),
      parameters: {
        AcceptLanguage: {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description: 'Language of messages and content: `fr` (default) or `en`.',
          schema: { type: 'string', examples: ['fr', 'en'] },
        },
      },
      securitySchemes: {
        bearerToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'A member token from `participe token --role … --space …`.',
        },
        followUpSecret: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Participe-Secret',
          description: 'The secret shown once when the contribution was created.',
        },
      },
    },
  };
}
