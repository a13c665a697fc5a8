// The operations the citizen widgets call (`toParticipeBackend`), in a module of their own:
// the HTTP client a citizen's page loads carries these and not the other operations of the
// API. `endpoints.ts` spreads them into the whole table, so each is still written once.
import type { Endpoint } from './endpoint.js';
import { FORM_ENDPOINTS } from './endpoints.form.js';

export const PUBLIC_ENDPOINTS = {
  listContributions: { method: 'GET', path: '/api/contributions' },
  createContribution: FORM_ENDPOINTS.createContribution,
  getContribution: { method: 'GET', path: '/api/contributions/{id}', headers: ['X-Participe-Secret'] },
  getTimeline: { method: 'GET', path: '/api/contributions/{id}/timeline', headers: ['X-Participe-Secret'] },
  resolveFollowUpCode: { method: 'GET', path: '/api/follow-up/{code}' },
  getSpace: FORM_ENDPOINTS.getSpace,
  getComposition: FORM_ENDPOINTS.getComposition,
  reportContribution: { method: 'POST', path: '/api/contributions/{id}/reports' },
  getCycle: { method: 'GET', path: '/api/spaces/{space}/cycle' },
  getAgenda: { method: 'GET', path: '/api/spaces/{space}/agenda' },
  submitDiagnostic: { method: 'POST', path: '/api/spaces/{space}/diagnostics' },
  getDiagnosticAggregate: { method: 'GET', path: '/api/spaces/{space}/diagnostics' },
  getBoard: { method: 'GET', path: '/api/board' },
  getSpaceBoard: { method: 'GET', path: '/api/spaces/{space}/board' },
  // The practice library (search before one sheet: the first route that matches a path wins)
  // and the questionnaire a space's diagnostic uses.
  searchPractices: { method: 'GET', path: '/api/practices/search' },
  getPractice: { method: 'GET', path: '/api/practices/{id}' },
  listRelatedPractices: { method: 'GET', path: '/api/practices/{id}/related' },
  getQuestionnaire: { method: 'GET', path: '/api/diagnostics/questionnaire' },
  getSpaceQuestionnaire: { method: 'GET', path: '/api/spaces/{space}/diagnostics/questionnaire' },
  // The council's resource centre (participe-resource-centre, the cycle and the practice library).
  listPhases: { method: 'GET', path: '/api/phases' },
  listResources: { method: 'GET', path: '/api/resources' },
  getResource: { method: 'GET', path: '/api/resources/{id}' },
  listGuide: { method: 'GET', path: '/api/guide' },
  listGlossary: { method: 'GET', path: '/api/glossary' },
  // The author's own page: correct or withdraw with the secret code, a copy of their data, erase it.
  sendContributionEvent: {
    method: 'POST',
    path: '/api/contributions/{id}/events',
    headers: ['If-Match', 'X-Participe-Secret'],
  },
  // The proof travels in a POST body, never in a URL: URLs end up in logs and histories.
  exportMyData: { method: 'POST', path: '/api/privacy/export', safe: true },
  eraseMyData: { method: 'POST', path: '/api/privacy/erase' },
} as const satisfies Record<string, Endpoint>;

export type PublicOperationId = keyof typeof PUBLIC_ENDPOINTS;
