import { QuestionnaireSchema } from '@participe/core';
import * as z from 'zod/mini';
import {
  DiagnosticSubmissionSchema,
  diagnosticAggregateQuery,
  questionnaireQuery,
  submitDiagnosticCommand,
} from '../../service/diagnostics.js';
import { route } from '../router.js';
import { AggregateResultSchema, DiagnosticResultSchema } from '../schemas.js';
import { BODY_ERRORS } from './errors.js';

const spaceParam = { space: 'Space id or slug, e.g. `groupe-rsa-nord`.' };

export const diagnosticRoutes = [
  route({
    method: 'GET',
    path: '/api/diagnostics/questionnaire',
    operationId: 'getQuestionnaire',
    tag: 'diagnostics',
    summary: '“Where does our participation stand?”: the self-diagnostic questionnaire.',
    access: 'Anyone.',
    query: z.object({
      locale: z.optional(z.string().check(z.describe('`fr` or `en`; default from Accept-Language, then French.'))),
    }),
    cacheable: true,
    ok: { status: 200, description: 'The questionnaire.', schema: QuestionnaireSchema },
    errors: [400],
    handle: async ({ ctx, query }) => ({ body: questionnaireQuery(ctx, query as { locale?: string }) }),
  }),
  route({
    method: 'POST',
    path: '/api/spaces/{space}/diagnostics',
    operationId: 'submitDiagnostic',
    tag: 'diagnostics',
    summary: 'Answer the self-diagnostic as a member; the role is the one of the token. Returns the result.',
    access: 'Members of the space. A later response of the same member replaces the earlier one.',
    params: spaceParam,
    body: DiagnosticSubmissionSchema,
    ok: {
      status: 201,
      description: 'The member’s result: scores, phase, recommendations.',
      schema: DiagnosticResultSchema,
    },
    errors: [...BODY_ERRORS, 401, 403, 404],
    handle: async ({ ctx, params, body }) => ({
      status: 201,
      body: await submitDiagnosticCommand(ctx, params['space'], body as { answers: Record<string, unknown> }),
    }),
  }),
  route({
    method: 'GET',
    path: '/api/spaces/{space}/diagnostics',
    operationId: 'getDiagnosticAggregate',
    tag: 'diagnostics',
    summary:
      'The group’s diagnostic: scores by role, where residents and professionals disagree, phases, recommendations.',
    access: 'Members of the space (small groups: a role’s scores can be one person’s).',
    params: spaceParam,
    ok: { status: 200, description: 'The aggregate.', schema: AggregateResultSchema },
    errors: [401, 403, 404],
    handle: async ({ ctx, params }) => ({ body: await diagnosticAggregateQuery(ctx, params['space']) }),
  }),
];
