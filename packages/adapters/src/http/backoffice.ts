import { toBackofficeBackend } from '../service/backoffice.js';
import { type ApiClientOptions, createApiClient } from './client.js';

/**
 * The professional widgets' back end over HTTP, with the member's token (read at every
 * call, so a host page can refresh it). A module of its own
 * (`@participe/adapters/http/backoffice`), loaded only by the professional widgets.
 */
export const createHttpBackoffice = (options: ApiClientOptions & { endpoint: string }) =>
  toBackofficeBackend(createApiClient(options.endpoint, options));
