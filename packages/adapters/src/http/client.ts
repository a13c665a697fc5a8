// The client of the Participe REST API, derived from the contract: one method per
// operation, named and typed by it. `createClientFor` (client-for.ts) binds a part of the
// contract; the widgets' citizen back end binds only the operations it calls.
import { ENDPOINTS, type OperationId } from '../contract/endpoints.js';
import { type ApiClientOptions, type ClientFor, createClientFor } from './client-for.js';

export { type ApiClientOptions, type ClientFor, createClientFor } from './client-for.js';

/** The API over HTTP: the same methods as the in-process service, and the OpenAPI document. */
export type ApiClient = ClientFor<OperationId>;

/**
 * A client of the whole Participe REST API, with the same methods as the in-process service.
 * Reads, keyed creates and safe POSTs are retried with backoff; other writes are sent once,
 * so a lost answer is never a double action (a `versionConflict` then tells what happened).
 */
export function createApiClient(endpoint: string, options: ApiClientOptions = {}): ApiClient {
  return createClientFor(ENDPOINTS, endpoint, options);
}
