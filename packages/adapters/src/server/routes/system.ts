import { openApiDocument } from '../openapi.js';
import { type Route, route } from '../router.js';
import { HealthSchema, OpenApiSchema } from '../schemas.js';

export const healthRoute = route({
  method: 'GET',
  path: '/api/health',
  operationId: 'health',
  tag: 'system',
  summary: 'Whether the server answers. It does not touch the store.',
  access: 'Anyone.',
  ok: { status: 200, description: 'Up.', schema: HealthSchema },
  errors: [],
  handle: async ({ ctx }) => ({ body: { status: 'ok', time: ctx.now().toISOString() } }),
});

/** The document lists every route, itself included, so it is built from the final list. */
export function openApiRoute(all: () => readonly Route[]): Route {
  let document: Record<string, unknown> | undefined;
  return route({
    method: 'GET',
    path: '/api/openapi.json',
    operationId: 'openApi',
    tag: 'system',
    summary: 'This API described in OpenAPI 3.1, generated from its zod schemas.',
    access: 'Anyone.',
    ok: { status: 200, description: 'The OpenAPI document.', schema: OpenApiSchema },
    errors: [],
    cacheable: true,
    handle: async () => {
      document ??= openApiDocument(all());
      return { body: document };
    },
  });
}
