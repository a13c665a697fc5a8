import type { BackofficeBackend } from '@participe/core';
import type { PropertyDeclarations } from 'lit';
import { ParticipeElement } from './participe-element.js';
import { type LoadStatus, TokenRetry } from './token-retry.js';

export { type LoadStatus, loadStatusOf } from './token-retry.js';

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

/** The shape this hook expects from `@participe/adapters/http/backoffice`. */
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
    const http: HttpAdapterModule = await import('@participe/adapters/http/backoffice');
    return typeof http.createHttpBackoffice === 'function'
      ? http.createHttpBackoffice({ endpoint, token: () => host.token })
      : null;
  } catch {
    return null;
  }
}

/**
 * What the professional widgets share as properties: where the API is, which group, an
 * in-process back end or the member's token, and the clock; and a load tried again when the
 * token arrives late (the element says where its load stands with `loadStatus` and how to
 * try again with `retryLoad`).
 */
export class BackofficeElement extends ParticipeElement {
  static override properties: PropertyDeclarations = {
    endpoint: {},
    space: {},
    backend: { attribute: false },
    token: { attribute: false },
    now: { attribute: false },
  };

  /** Base URL of the REST API, e.g. `https://participe.example.fr/api`. */
  declare endpoint: string;
  /** The group's id or slug. */
  declare space: string;
  /** An in-process back end (tests, Storybook, demos); wins over `endpoint`. */
  declare backend: BackofficeBackend | null;
  /** The member's bearer token, set by the host page after its own login; never an attribute. */
  declare token: string | null;
  /** The clock that days waited, meetings and membership are counted with. */
  declare now: () => Date;

  constructor() {
    super();
    this.endpoint = '';
    this.space = '';
    this.backend = null;
    this.token = null;
    this.now = () => new Date();
    this.addController(
      new TokenRetry({ token: () => this.token, status: () => this.loadStatus(), retry: () => this.retryLoad() }),
    );
  }

  /** Where the widget's load stands; a widget that loads says so, for the token hook. */
  protected loadStatus(): LoadStatus {
    return 'settled';
  }

  /** Tries the failed load again (the machine's retry intent), once a token has come. */
  protected retryLoad(): void {}
}

/** The group widgets (members, meetings, attestations): they also offer forms by the member's role. */
export class GroupElement extends BackofficeElement {
  static override properties: PropertyDeclarations = {
    langAttribute: { attribute: 'lang' },
    memberRole: { attribute: 'member-role' },
  };

  /** Mirrors the `lang` attribute so that changing it re-renders; the language is read from the closest `lang`. */
  declare langAttribute: string;
  /** The member's role, from the host page's own login (`facilitator`, `professional`…): which forms to offer. The server checks every call. */
  declare memberRole: string;

  constructor() {
    super();
    this.langAttribute = '';
    this.memberRole = '';
  }
}
