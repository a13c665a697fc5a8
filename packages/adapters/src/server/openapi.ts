// The OpenAPI 3.1 document, generated from the route table and the zod schemas
// (`z.toJSONSchema`, JSON Schema 2020-12 as OpenAPI 3.1 uses). Named schemas become
// components and are referenced, so a client generator gets real types.
import { schemas as coreSchemas } from '@participe/core';
import * as z from 'zod/mini';
import type { Route } from './router.js';
import { RESPONSE_SCHEMAS } from './schemas.js';

type Json = Record<string, unknown>;

const ERROR_TEXT: Record<number, string> = {
  400: 'Malformed request: JSON, header or query parameter (see `issues`).',
  401: 'Not identified: a token or the contribution’s secret is missing or wrong.',
  403: 'Identified, but this role may not do this here.',
  404: 'No such resource, or not visible to this caller.',
  409: 'Conflict: the machine refuses this step now, someone else changed it, or the idempotency key was used for another body.',
  413: 'Body larger than 64 KiB.',
  415: 'The body must be JSON (`Content-Type: application/json`).',
  422: 'The body is JSON but some fields are not valid (see `issues`).',
  429: 'Too many requests from this address: wait `Retry-After` seconds.',
};

const HEADER_DOCS: Record<string, Json> = {
  'Idempotency-Key': {
    description:
      'A unique key per contribution (16–128 characters, a UUID fits). The same key and body give back the first answer; another body is a 409.',
    schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{16,128}$' },
  },
  'If-Match': {
    description: 'The version you last saw (its `ETag`): the step is refused with 409 if someone changed it since.',
    schema: { type: 'string', examples: ['"3"'] },
  },
  'X-Participe-Secret': {
    description:
      'The follow-up secret given at creation: acts or reads as the author. Also `Authorization: Secret <secret>`.',
    schema: { type: 'string' },
  },
};

const clean = (schema: Json): Json => {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const uri = (id: string) => `#/components/schemas/${id}`;

export function openApiDocument(routes: readonly Route[], info: { title?: string; version?: string } = {}): Json {
  // Outputs: core's named schemas, the API's response schemas, and each route's response.
  const output = z.registry<{ id: string }>();
  const outputIds = new Map<z.ZodMiniType, string>();
  const register = (schema: z.ZodMiniType, id: string) => {
    if (outputIds.has(schema)) return outputIds.get(schema)!;
    output.add(schema, { id });
    outputIds.set(schema, id);
    return id;
  };
  for (const [name, schema] of Object.entries({ ...coreSchemas, ...RESPONSE_SCHEMAS })) {
    register(schema as z.ZodMiniType, name);
  }
  // Inputs are generated apart (`io: 'input'`: defaults are optional there).
  const input = z.registry<{ id: string }>();
  const paths: Record<string, Json> = {};

  for (const r of routes) {
    const responseId = register(r.ok.schema, `${capital(r.operationId)}Response`);
    let requestBody: Json | undefined;
    if (r.body) {
      const id = `${capital(r.operationId)}Request`;
      input.add(r.body, { id });
      requestBody = { required: true, content: { 'application/json': { schema: ref(id) } } };
    }
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
          schema: rest,
        };
      }),
      ...(r.headers ?? []).map((name) => ({ name, in: 'header', required: false, ...HEADER_DOCS[name] })),
      { $ref: '#/components/parameters/AcceptLanguage' },
    ];
    const responses: Json = {
      [r.ok.status]: { description: r.ok.description, content: { 'application/json': { schema: ref(responseId) } } },
    };
    for (const status of [...r.errors, 429]) {
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
      ...(requestBody ? { requestBody } : {}),
      responses,
      security: [{}, { bearerToken: [] }, { followUpSecret: [] }],
    };
  }

  const generated = {
    ...(z.toJSONSchema(output, { uri, io: 'output', unrepresentable: 'any' }).schemas as Record<string, Json>),
    ...(z.toJSONSchema(input, { uri, io: 'input', unrepresentable: 'any' }).schemas as Record<string, Json>),
  };
  const componentsSchemas = Object.fromEntries(Object.entries(generated).map(([k, v]) => [k, clean(v)]));
  const errorResponses = Object.fromEntries(
    Object.entries(ERROR_TEXT).map(([status, description]) => [
      `Error${status}`,
      { description, content: { 'application/json': { schema: ref('ApiError') } } },
    ]),
  );

  return {
    openapi: '3.1.0',
    info: {
      title: info.title ?? 'Participe API',
      version: info.version ?? '0.0.0',
      description:
        'Citizen participation in social policy: contributions answered in public, with reasons. ' +
        'Errors are `{ "error": { code, message, issues } }`, in French by default, English with `Accept-Language: en`.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    tags: [
      'contributions',
      'answers',
      'moderation',
      'spaces',
      'meetings',
      'cycle',
      'diagnostics',
      'privacy',
      'content',
      'system',
    ].map((name) => ({ name })),
    paths,
    components: {
      schemas: componentsSchemas,
      responses: errorResponses,
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
