import {
  CyclePhaseSchema,
  GlossaryEntrySchema,
  GuideEntrySchema,
  PracticeSheetSchema,
  ResourceSchema,
} from '@participe/core';
import * as z from 'zod/mini';
import type { ContentQuery } from '../../service/api.js';
import {
  getPhaseQuery,
  getPracticeQuery,
  getResourceQuery,
  listGlossaryQuery,
  listGuideQuery,
  listPhasesQuery,
  listPracticesQuery,
  listResourcesQuery,
} from '../../service/content.js';
import { type Route, route } from '../router.js';

// The query is parsed by the service (its values are strings already); the schema here documents it.
const Query = z.object({
  locale: z.optional(z.string().check(z.describe('`fr` or `en`; default from Accept-Language, then French.'))),
  phase: z.optional(z.string().check(z.describe('Only entries for this phase, e.g. `diagnose`.'))),
});
const asQuery = (q: unknown) => q as ContentQuery;

function listRoute(
  path: string,
  operationId: string,
  summary: string,
  schema: z.ZodMiniType,
  list: (ctx: Parameters<typeof listPhasesQuery>[0], q: ContentQuery) => unknown,
): Route {
  return route({
    method: 'GET',
    path,
    operationId,
    tag: 'content',
    summary,
    access: 'Anyone.',
    query: Query,
    cacheable: true,
    ok: { status: 200, description: 'The entries, in the chosen language.', schema: z.array(schema) },
    errors: [400],
    handle: async ({ ctx, query }) => ({ body: list(ctx, asQuery(query)) }),
  });
}

function getRoute(
  path: string,
  operationId: string,
  summary: string,
  schema: z.ZodMiniType,
  get: (ctx: Parameters<typeof listPhasesQuery>[0], id: string, q: ContentQuery) => unknown,
): Route {
  return route({
    method: 'GET',
    path,
    operationId,
    tag: 'content',
    summary,
    access: 'Anyone.',
    params: { id: 'Entry id, e.g. `arbre-a-problemes`.' },
    query: Query,
    cacheable: true,
    ok: { status: 200, description: 'The entry.', schema },
    errors: [400, 404],
    handle: async ({ ctx, params, query }) => ({ body: get(ctx, params['id'] ?? '', asQuery(query)) }),
  });
}

export const contentRoutes = [
  listRoute(
    '/api/phases',
    'listPhases',
    'The seven phases of the participation cycle.',
    CyclePhaseSchema,
    listPhasesQuery,
  ),
  getRoute(
    '/api/phases/{id}',
    'getPhase',
    'One phase: stakes, objectives, vigilance, methods.',
    CyclePhaseSchema,
    getPhaseQuery,
  ),
  listRoute(
    '/api/resources',
    'listResources',
    'Methods and tools of the resource centre.',
    ResourceSchema,
    listResourcesQuery,
  ),
  getRoute('/api/resources/{id}', 'getResource', 'One method or tool.', ResourceSchema, getResourceQuery),
  listRoute('/api/practices', 'listPractices', 'Inspiring-practice sheets.', PracticeSheetSchema, listPracticesQuery),
  getRoute('/api/practices/{id}', 'getPractice', 'One practice sheet.', PracticeSheetSchema, getPracticeQuery),
  listRoute(
    '/api/glossary',
    'listGlossary',
    'Terms and acronyms, explained plainly.',
    GlossaryEntrySchema,
    listGlossaryQuery,
  ),
  listRoute(
    '/api/guide',
    'listGuide',
    '“Where to start?”: questions, answers and resources.',
    GuideEntrySchema,
    listGuideQuery,
  ),
];
