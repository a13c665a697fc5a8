export type * from '../service/api.js';
export { BackendFailure } from '../service/backend.js';
export { type ApiErrorBody, type ApiIssue, isParticipeApiError, ParticipeApiError } from '../service/errors.js';
export {
  createHttpBackend,
  createHttpBackoffice,
  createHttpStore,
  type HttpStore,
  type HttpStoreOptions,
} from './client.js';
