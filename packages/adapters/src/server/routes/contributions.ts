import { ContributionEventSchema, ContributionInputSchema } from '@participe/core';
import * as z from 'zod/mini';
import type { ContributionListQuery, CreateContributionRequest } from '../../service/api.js';
import { createContributionCommand } from '../../service/contributions.create.js';
import {
  getContributionQuery,
  getTimelineQuery,
  listContributionsQuery,
  resolveFollowUpCodeQuery,
} from '../../service/contributions.read.js';
import { route } from '../router.js';
import {
  ContributionForCallerSchema,
  ContributionPageSchema,
  CreatedContributionSchema,
  FollowUpSchema,
} from '../schemas.js';
import { BODY_ERRORS } from './errors.js';

const optionalText = (description: string) => z.optional(z.string().check(z.describe(description)));

/** The query string, turned into typed values; the service then checks what they mean. */
const ListQuery = z.object({
  space: optionalText('Space id or slug, e.g. `groupe-rsa-nord`. Needed for `overdue` and for members’ views.'),
  status: z.optional(
    z.pipe(
      z.string().check(z.describe('Comma-separated statuses, e.g. `published,underReview`.')),
      z.transform((s) => s.split(',')),
    ),
  ),
  kind: optionalText('`observation`, `proposal`, `question` or `testimony`.'),
  theme: optionalText('Theme id, e.g. `mobilite`.'),
  territory: optionalText('Exact territory, e.g. `Quartier des Tilleuls`.'),
  overdue: z.optional(
    z.pipe(
      z.enum(['true', 'false']),
      z.transform((v) => v === 'true'),
    ),
  ),
  q: optionalText('Full-text search (French stemming on PostgreSQL).'),
  cursor: optionalText('`nextCursor` of the previous page.'),
  limit: z.optional(z.pipe(z.string().check(z.regex(/^\d{1,3}$/)), z.transform(Number))),
});

/** The create body as documented: the input, plus the honeypot field. */
const CreateBody = z.object({
  ...ContributionInputSchema.shape,
  website: z.optional(z.string().check(z.describe('Honeypot: leave empty. Bots fill it; nothing is stored then.'))),
  draft: z.optional(
    z.boolean().check(z.describe('Keep it as a draft the author submits later. Default: sent at once.')),
  ),
});

const idParam = { id: 'Contribution id, e.g. `c_8f3k2m9q`.' };

export const contributionRoutes = [
  route({
    method: 'GET',
    path: '/api/contributions',
    operationId: 'listContributions',
    tag: 'contributions',
    summary: 'List contributions, newest first, with filters and a cursor.',
    access: 'Anyone: published contributions. Members of the space (with `space`): also drafts and moderation.',
    query: ListQuery,
    ok: { status: 200, description: 'A page of contributions.', schema: ContributionPageSchema },
    errors: [400, 401, 404],
    handle: async ({ ctx, query }) => ({ body: await listContributionsQuery(ctx, query as ContributionListQuery) }),
  }),
  route({
    method: 'POST',
    path: '/api/contributions',
    operationId: 'createContribution',
    tag: 'contributions',
    summary:
      'Send a contribution: stored and submitted (published, or waiting for moderation). Answers with its follow-up code and secret, shown once.',
    access: 'Anyone online; assisted and meeting entries by a facilitator of the space.',
    body: CreateBody,
    headers: ['Idempotency-Key'],
    ok: {
      status: 201,
      description: 'Created, or the first answer to the same key and body.',
      schema: CreatedContributionSchema,
      headers: ['Location', 'ETag', 'Idempotent-Replayed'],
    },
    errors: [...BODY_ERRORS, 401, 403, 409],
    handle: async ({ ctx, body, request }) => {
      const key = request.headers.get('idempotency-key') ?? undefined;
      const out = await createContributionCommand(ctx, body as CreateContributionRequest, key);
      const c = out.body.contribution;
      return {
        status: 201,
        body: out.body,
        headers: {
          Location: `/api/contributions/${c.id}`,
          ETag: `"${c.version}"`,
          ...(out.replayed ? { 'Idempotent-Replayed': 'true' } : {}),
        },
      };
    },
  }),
  route({
    method: 'GET',
    path: '/api/contributions/{id}',
    operationId: 'getContribution',
    tag: 'contributions',
    summary: 'One contribution, as the caller may see it. `ETag` is its version.',
    access: 'Anyone if published; its author with the secret; members of its space.',
    params: idParam,
    headers: ['X-Participe-Secret'],
    ok: { status: 200, description: 'The contribution.', schema: ContributionForCallerSchema, headers: ['ETag'] },
    errors: [401, 404],
    handle: async ({ ctx, params, secret }) => {
      const out = await getContributionQuery(ctx, params['id'], secret);
      return { body: out.body, headers: { ETag: `"${out.version}"` } };
    },
  }),
  route({
    method: 'GET',
    path: '/api/contributions/{id}/timeline',
    operationId: 'getTimeline',
    tag: 'contributions',
    summary: 'Every event of the contribution: its public timeline (the full audit log for professionals).',
    access: 'As for the contribution.',
    params: idParam,
    headers: ['X-Participe-Secret'],
    ok: {
      status: 200,
      description: 'Events, oldest first. `ETag` is the contribution’s version.',
      schema: z.array(ContributionEventSchema),
      headers: ['ETag'],
    },
    errors: [401, 404],
    handle: async ({ ctx, params, secret }) => {
      const out = await getTimelineQuery(ctx, params['id'], secret);
      return { body: out.body, headers: { ETag: `"${out.version}"` } };
    },
  }),
  route({
    method: 'GET',
    path: '/api/follow-up/{code}',
    operationId: 'resolveFollowUpCode',
    tag: 'contributions',
    summary: 'The contribution a follow-up code points to. Case, spaces and dashes do not matter.',
    access: 'Anyone.',
    params: { code: 'Follow-up code, e.g. `K7P-4QX`.' },
    ok: { status: 200, description: 'The contribution id.', schema: FollowUpSchema },
    errors: [404],
    handle: async ({ ctx, params }) => ({ body: await resolveFollowUpCodeQuery(ctx, params['code']) }),
  }),
];
