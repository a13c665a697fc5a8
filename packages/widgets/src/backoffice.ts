import type { BackofficeBackend } from '@participe/core';

/** What a professional widget offers to find its back end. */
export interface BackofficeHost {
  /** An in-process back end (tests, Storybook, demos); wins over `endpoint`. */
  backend?: BackofficeBackend | null | undefined;
  /** Base URL of the REST API, e.g. `https://participe.example.fr/api`. */
  endpoint?: string | undefined;
  /**
   * The member's bearer token (`participe token`), set as a property by the host page
   * after its own login, never as an attribute: it must not sit in the page's markup.
   */
  token?: string | null | undefined;
}

/** The shape this hook expects from `@participe/adapters/http`. */
interface HttpAdapterModule {
  createHttpBackoffice?: (options: { endpoint: string; token: () => string | null | undefined }) => BackofficeBackend;
}

/**
 * The back end a professional widget talks to, or `null` when none can be made. The HTTP
 * client is imported only when an `endpoint` is used. The token is read at each call, so
 * a host that refreshes it does not need to rebuild the widget.
 */
export async function resolveBackoffice(host: BackofficeHost): Promise<BackofficeBackend | null> {
  if (host.backend) return host.backend;
  const endpoint = host.endpoint?.trim();
  if (!endpoint) return null;
  try {
    const http: HttpAdapterModule = await import('@participe/adapters/http');
    return typeof http.createHttpBackoffice === 'function'
      ? http.createHttpBackoffice({ endpoint, token: () => host.token })
      : null;
  } catch {
    return null;
  }
}
