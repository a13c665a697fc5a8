import { FORM_ENDPOINTS } from '../contract/endpoints.form.js';
import { PUBLIC_ENDPOINTS } from '../contract/endpoints.public.js';
import { toFormBackend, toParticipeBackend } from '../service/backend.js';
import { type ApiClientOptions, createClientFor } from './client-for.js';

/**
 * The widgets' back end over HTTP: what `<participe-…-… endpoint="…">` loads. A module of
 * its own (`@participe/adapters/http/backend`) that binds only the operations the citizen
 * widgets call, so a citizen's page never fetches the professionals' client nor the rest
 * of the API's table.
 */
export const createHttpBackend = (options: ApiClientOptions & { endpoint: string }) =>
  toParticipeBackend(createClientFor(PUBLIC_ENDPOINTS, options.endpoint, options));

/**
 * The contribution form's back end over HTTP: its group and the submission only, so the
 * form's lazy chunk carries three operations of the API, not the citizen widgets' table.
 */
export const createFormHttpBackend = (options: ApiClientOptions & { endpoint: string }) =>
  toFormBackend(createClientFor(FORM_ENDPOINTS, options.endpoint, options));
