import type { ParticipeBackend } from '@participe/core';

/** What a widget offers to find its back end: an injected one, or the REST API's base URL. */
export interface BackendHost {
  /** An in-process back end (tests, Storybook, demos); wins over `endpoint`. */
  backend?: ParticipeBackend | null | undefined;
  /** Base URL of the REST API, e.g. `https://participe.example.fr/api`. */
  endpoint?: string | undefined;
}

/** The shape this hook expects from `@participe/adapters/http/backend`. */
interface HttpAdapterModule {
  createHttpBackend?: (options: { endpoint: string }) => ParticipeBackend;
}

/**
 * The back end a widget talks to, or `null` when none can be made (the widget then shows
 * "service unavailable"). The HTTP client is imported only when an `endpoint` is used, so a
 * page with an injected back end never downloads it.
 */
export async function resolveBackend(host: BackendHost): Promise<ParticipeBackend | null> {
  if (host.backend) return host.backend;
  const endpoint = host.endpoint?.trim();
  if (!endpoint) return null;
  try {
    const http: HttpAdapterModule = await import('@participe/adapters/http/backend');
    return typeof http.createHttpBackend === 'function' ? http.createHttpBackend({ endpoint }) : null;
  } catch {
    return null;
  }
}
