import { ContributionCommandSchema } from '@participe/core';
import type { ContributionCommand } from '../../service/api.js';
import { sendEventCommand } from '../../service/contributions.command.js';
import { readIfMatch } from '../http.js';
import { route } from '../router.js';
import { ContributionForCallerSchema } from '../schemas.js';
import { BODY_ERRORS } from './errors.js';

export const contributionEventRoutes = [
  route({
    method: 'POST',
    path: '/api/contributions/{id}/events',
    operationId: 'sendContributionEvent',
    tag: 'contributions',
    summary:
      'Apply a machine event: submit, moderate, review, decide, publish the answer, commit, report progress… ' +
      '403 when the role may not send it, 409 when the machine refuses it or someone changed the contribution.',
    access:
      'The author with the secret (edit, submit, withdraw); facilitators (moderation); professionals (answers, commitments, progress).',
    params: { id: 'Contribution id, e.g. `c_8f3k2m9q`.' },
    body: ContributionCommandSchema,
    headers: ['If-Match', 'X-Participe-Secret'],
    ok: {
      status: 200,
      description: 'The contribution after the event. `ETag` is its new version.',
      schema: ContributionForCallerSchema,
      headers: ['ETag'],
    },
    errors: [...BODY_ERRORS, 401, 403, 404, 409],
    handle: async ({ ctx, params, body, secret, request }) => {
      const expectedVersion = readIfMatch(request, ctx);
      const out = await sendEventCommand(ctx, params['id'], body as ContributionCommand, {
        ...(secret !== undefined ? { secret } : {}),
        ...(expectedVersion !== undefined ? { expectedVersion } : {}),
      });
      return { body: out.body, headers: { ETag: `"${out.version}"` } };
    },
  }),
];
