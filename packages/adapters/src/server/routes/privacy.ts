import type { AuthorProof } from '../../service/api.js';
import { AuthorProofSchema, eraseMyDataCommand, exportMyDataQuery } from '../../service/privacy.js';
import { route } from '../router.js';
import { ErasedReceiptSchema, PrivacyExportSchema } from '../schemas.js';
import { BODY_ERRORS } from './errors.js';

// The proof travels in a POST body, never in a URL: URLs end up in logs and histories.
export const privacyRoutes = [
  route({
    method: 'POST',
    path: '/api/privacy/export',
    operationId: 'exportMyData',
    tag: 'privacy',
    summary: 'Everything kept about a contribution’s author: text, timeline, contact, messages.',
    access: 'The author, with the follow-up code and secret.',
    body: AuthorProofSchema,
    ok: { status: 200, description: 'The export.', schema: PrivacyExportSchema },
    errors: [...BODY_ERRORS, 401],
    handle: async ({ ctx, body }) => ({ body: await exportMyDataQuery(ctx, body as AuthorProof) }),
  }),
  route({
    method: 'POST',
    path: '/api/privacy/erase',
    operationId: 'eraseMyData',
    tag: 'privacy',
    summary:
      'Erase the author’s words and contact. The institution’s published answer stays; the title, text and pseudonym are replaced.',
    access: 'The author, with the follow-up code and secret.',
    body: AuthorProofSchema,
    ok: { status: 200, description: 'Erased.', schema: ErasedReceiptSchema },
    errors: [...BODY_ERRORS, 401],
    handle: async ({ ctx, body }) => ({ body: await eraseMyDataCommand(ctx, body as AuthorProof) }),
  }),
];
