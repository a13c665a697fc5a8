export { type Access, accessFor, isPublic, project } from './access.js';
export type * from './api.js';
export { BackendFailure, toParticipeBackend } from './backend.js';
export { toBackofficeBackend } from './backoffice.js';
export type { ServiceContext } from './context.js';
export { CODE_ALPHABET, normalizeFollowUpCode } from './crypto.js';
export { type ApiErrorBody, type ApiIssue, isParticipeApiError, ParticipeApiError } from './errors.js';
export { API_LOCALES, type ApiLocale, negotiateLocale } from './messages.js';
export { createParticipeService, type ParticipeService, type ServiceOptions } from './service.js';
