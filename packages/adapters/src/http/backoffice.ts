import { toBackofficeBackend } from '../service/backoffice.js';
import { createHttpStore, type HttpStoreOptions } from './client.js';

/**
 * The professional widgets' back end over HTTP, with the member's token (read at every
 * call, so a host page can refresh it). A module of its own
 * (`@participe/adapters/http/backoffice`), loaded only by the professional widgets.
 */
export const createHttpBackoffice = (options: HttpStoreOptions & { endpoint: string }) =>
  toBackofficeBackend(createHttpStore(options.endpoint, options));
