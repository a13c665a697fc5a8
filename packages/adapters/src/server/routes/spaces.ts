import { SpaceSchema } from '@participe/core';
import * as z from 'zod/mini';
import { compositionQuery, getSpaceQuery, listMembersQuery, listSpacesQuery } from '../../service/spaces.js';
import { statsQuery } from '../../service/stats.js';
import { route } from '../router.js';
import { CompositionSchema, MemberViewSchema, StatsSchema } from '../schemas.js';

const spaceParam = { space: 'Space id or slug, e.g. `groupe-rsa-nord`.' };

export const spaceRoutes = [
  route({
    method: 'GET',
    path: '/api/spaces',
    operationId: 'listSpaces',
    tag: 'spaces',
    summary: 'Every participation group or committee.',
    access: 'Anyone.',
    ok: { status: 200, description: 'The spaces.', schema: z.array(SpaceSchema) },
    errors: [],
    handle: async ({ ctx }) => ({ body: await listSpacesQuery(ctx) }),
  }),
  route({
    method: 'GET',
    path: '/api/spaces/{space}',
    operationId: 'getSpace',
    tag: 'spaces',
    summary: 'One space: its charter, themes, answer delay and composition rule.',
    access: 'Anyone.',
    params: spaceParam,
    ok: { status: 200, description: 'The space.', schema: SpaceSchema },
    errors: [404],
    handle: async ({ ctx, params }) => ({ body: await getSpaceQuery(ctx, params['space']) }),
  }),
  route({
    method: 'GET',
    path: '/api/spaces/{space}/members',
    operationId: 'listMembers',
    tag: 'spaces',
    summary: 'Members of the space. Consents are shown to facilitators only.',
    access: 'Members of the space.',
    params: spaceParam,
    ok: { status: 200, description: 'The members.', schema: z.array(MemberViewSchema) },
    errors: [401, 403, 404],
    handle: async ({ ctx, params }) => ({ body: await listMembersQuery(ctx, params['space']) }),
  }),
  route({
    method: 'GET',
    path: '/api/spaces/{space}/composition',
    operationId: 'getComposition',
    tag: 'spaces',
    summary: 'Who is in the group today, by role: size, parity share of people concerned, next renewal, warnings.',
    access: 'Anyone (numbers only, no names).',
    params: spaceParam,
    ok: { status: 200, description: 'The composition.', schema: CompositionSchema },
    errors: [404],
    handle: async ({ ctx, params }) => ({ body: await compositionQuery(ctx, params['space']) }),
  }),
  route({
    method: 'GET',
    path: '/api/spaces/{space}/stats',
    operationId: 'getStats',
    tag: 'spaces',
    summary: 'Counts by status and theme, median days to a published answer, overdue count.',
    access: 'Anyone.',
    params: spaceParam,
    ok: { status: 200, description: 'The figures.', schema: StatsSchema },
    errors: [404],
    handle: async ({ ctx, params }) => ({ body: await statsQuery(ctx, params['space']) }),
  }),
];
