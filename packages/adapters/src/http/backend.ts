import { PUBLIC_ENDPOINTS } from '../contract/endpoints.public.js';
import { toParticipeBackend } from '../service/backend.js';
import { type ApiClientOptions, createClientFor } from './client-for.js';

/**
 * The widgets' back end over HTTP: what `<participe-…-… endpoint="…">` loads. A module of
 * its own (`@participe/adapters/http/backend`) that binds only the operations the citizen
 * widgets call, so a citizen's page never fetches the professionals' client nor the rest
 * of the API's table.
 */
export const createHttpBackend = (options: ApiClientOptions & { endpoint: string }) =>
  toParticipeBackend(createClientFor(PUBLIC_ENDPOINTS, options.endpoint, options));
