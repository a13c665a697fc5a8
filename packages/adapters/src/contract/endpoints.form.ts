// The three operations the contribution form calls (its group, then the submission), in a
// module of their own: the form's lazy chunk carries these and not the rest of the public
// table (`endpoints.public.ts` names them from here, so each is still written once).
import type { Endpoint } from './endpoint.js';

export const FORM_ENDPOINTS = {
  createContribution: { method: 'POST', path: '/api/contributions', headers: ['Idempotency-Key'] },
  getSpace: { method: 'GET', path: '/api/spaces/{space}' },
  getComposition: { method: 'GET', path: '/api/spaces/{space}/composition' },
} as const satisfies Record<string, Endpoint>;
