import { toParticipeBackend } from '../service/backend.js';
import { type ApiClientOptions, createApiClient } from './client.js';

/**
 * The widgets' back end over HTTP: what `<participe-…-… endpoint="…">` loads. A module of
 * its own (`@participe/adapters/http/backend`), so a citizen's page never fetches the
 * professionals' client.
 */
export const createHttpBackend = (options: ApiClientOptions & { endpoint: string }) =>
  toParticipeBackend(createApiClient(options.endpoint, options));
