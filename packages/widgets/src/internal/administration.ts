import type { AdministrationBackend, BackendError } from '@participe/core';
import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { failureMessage } from './failure.js';
import { ParticipeElement } from './participe-element.js';
import { type LoadStatus, TokenRetry } from './token-retry.js';

/** The shape this hook expects from `@participe/adapters/http/administration`. */
interface HttpAdapterModule {
  createHttpAdministration?: (options: {
    endpoint: string;
    token: () => string | null | undefined;
  }) => AdministrationBackend;
}

/**
 * What the administration widgets (spaces, staff, council settings) share: where the API is,
 * an in-process back end or the administrator's token. They are not tied to one group.
 */
export class AdministrationElement extends ParticipeElement {
  static override properties: PropertyDeclarations = {
    endpoint: {},
    backend: { attribute: false },
    token: { attribute: false },
  };

  /** Base URL of the REST API, e.g. `https://participe.example.fr/api`. */
  declare endpoint: string;
  /** An in-process back end (tests, Storybook, demos); wins over `endpoint`. */
  declare backend: AdministrationBackend | null;
  /** The administrator's bearer token, set by the host page after its own login; never an attribute. */
  declare token: string | null;

  constructor() {
    super();
    this.endpoint = '';
    this.backend = null;
    this.token = null;
    this.addController(
      new TokenRetry({ token: () => this.token, status: () => this.loadStatus(), retry: () => this.retryLoad() }),
    );
  }

  /** Loads what the widget shows (its actor's load intent). */
  protected load(): void {}

  /** A fresh actor for another back end (the widget's `ActorController.restart()`). */
  protected restartActor(): void {}

  /** Where the widget's load stands, so that a token set late or changed tries a failed load again. */
  protected loadStatus(): LoadStatus {
    return 'settled';
  }

  /** Tries the failed load again (its actor's retry intent). */
  protected retryLoad(): void {}

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a removal: the controller made a fresh actor; load it again.
    if (this.hasUpdated) this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('backend') || changed.has('endpoint')) {
      this.restartActor();
      this.load();
    }
  }
}

/** What an administration widget could not load, in its words: not for this account, or failed; and a retry button. */
export function adminLoadError(
  failure: Pick<BackendError, 'kind'> | null,
  retry: () => void,
  words: { denied: string; failed: string; retry: string },
) {
  return html`<div part="error" role="alert">
    <p>${failureMessage(failure, words) || words.failed}</p>
    <button type="button" @click=${retry}>${words.retry}</button>
  </div>`;
}

/**
 * The back end an administration widget talks to, or `null` when none can be made. The HTTP
 * client is imported only when an `endpoint` is used; the token is read at each call.
 */
export async function resolveAdministration(host: AdministrationElement): Promise<AdministrationBackend | null> {
  if (host.backend) return host.backend;
  const endpoint = host.endpoint?.trim();
  if (!endpoint) return null;
  try {
    const http: HttpAdapterModule = await import('@participe/adapters/http/administration');
    return typeof http.createHttpAdministration === 'function'
      ? http.createHttpAdministration({ endpoint, token: () => host.token })
      : null;
  } catch {
    return null;
  }
}
