export type * from '../contract/api.js';
export type { OperationId } from '../contract/endpoints.js';
export { PUBLIC_ENDPOINTS, type PublicOperationId } from '../contract/endpoints.public.js';
export type * from '../service/api.js';
export { BackendFailure } from '../service/backend.js';
export { type ApiErrorBody, type ApiIssue, isParticipeApiError, ParticipeApiError } from '../service/errors.js';
export { createHttpBackend } from './backend.js';
export { createHttpBackoffice } from './backoffice.js';
export { type ApiClient, type ApiClientOptions, type ClientFor, createApiClient, createClientFor } from './client.js';
