import { toAdministrationBackend } from '../service/administration.js';
import { type ApiClientOptions, createApiClient } from './client.js';

/**
 * The administration widgets' back end over HTTP, with an administrator's token (read at
 * every call, so a host page can refresh it). A module of its own
 * (`@participe/adapters/http/administration`), loaded only by the administration widgets.
 */
export const createHttpAdministration = (options: ApiClientOptions & { endpoint: string }) =>
  toAdministrationBackend(createApiClient(options.endpoint, options));
