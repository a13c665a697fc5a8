import { CycleCommandSchema } from '@participe/core';
import type { CycleCommand } from '../../service/api.js';
import { getCycleQuery, sendCycleCommandCall } from '../../service/cycle.js';
import { readIfMatch } from '../http.js';
import { route } from '../router.js';
import { CycleViewSchema } from '../schemas.js';
import { BODY_ERRORS } from './errors.js';

const spaceParam = { space: 'Space id or slug, e.g. `groupe-rsa-nord`.' };

export const cycleRoutes = [
  route({
    method: 'GET',
    path: '/api/spaces/{space}/cycle',
    operationId: 'getCycle',
    tag: 'cycle',
    summary: 'The participation cycle of the space: phase, round, history, and today’s facts.',
    access: 'Anyone; who moved the cycle is shown to members only.',
    params: spaceParam,
    ok: {
      status: 200,
      description: 'The cycle. `ETag` is its number of stored steps.',
      schema: CycleViewSchema,
      headers: ['ETag'],
    },
    errors: [404],
    handle: async ({ ctx, params }) => {
      const body = await getCycleQuery(ctx, params['space']);
      return { body, headers: { ETag: `"${body.seq}"` } };
    },
  }),
  route({
    method: 'POST',
    path: '/api/spaces/{space}/cycle/events',
    operationId: 'sendCycleCommand',
    tag: 'cycle',
    summary: 'Move the cycle: advance, go back with a reason, state the problem, record an evaluation, override.',
    access: 'Facilitators and professionals of the space (people concerned may state the problem).',
    params: spaceParam,
    body: CycleCommandSchema,
    headers: ['If-Match'],
    ok: { status: 200, description: 'The cycle after the step.', schema: CycleViewSchema, headers: ['ETag'] },
    errors: [...BODY_ERRORS, 401, 403, 404, 409],
    handle: async ({ ctx, params, body, request }) => {
      const expectedSeq = readIfMatch(request, ctx);
      const view = await sendCycleCommandCall(
        ctx,
        params['space'],
        body as CycleCommand,
        expectedSeq !== undefined ? { expectedSeq } : {},
      );
      return { body: view, headers: { ETag: `"${view.seq}"` } };
    },
  }),
];
