// A load tried again when the host page's token arrives late or changes: what every widget
// that takes a `token` shares (the professional widgets, the council's administration).
import type { ReactiveController } from 'lit';

/**
 * Where a widget's load stands, as the token hook sees it: `busy` while its request is on its
 * way, `failed` when it failed, `settled` otherwise (loaded, or doing something else).
 */
export type LoadStatus = 'busy' | 'failed' | 'settled';

/** The load status of a machine that loads in `loading` and fails in `error` (the queue, the group and administration widgets). */
export const loadStatusOf = (snapshot: { matches: (state: 'loading' | 'error') => boolean }): LoadStatus =>
  snapshot.matches('loading') ? 'busy' : snapshot.matches('error') ? 'failed' : 'settled';

/** What the token hook needs of the element: its token, where its load stands, how to try again. */
export interface TokenRetryHost {
  token: () => string | null;
  status: () => LoadStatus;
  retry: () => void;
}

/**
 * Host pages often sign the member in after the widget has sent its first request, or refresh
 * the token later. When a token arrives or changes, a load that failed is tried again with it,
 * at once if it failed already, or as soon as the request still on its way without it fails.
 * A load that succeeds, or a token taken away, asks for nothing: a refreshed token never
 * reloads what the person is reading.
 */
export class TokenRetry implements ReactiveController {
  /** The token the last update saw; `undefined` before the first one (its load uses the token). */
  #seen: string | null | undefined = undefined;
  /** A token came while a request was on its way: its failure, if it fails, is tried once. */
  #pending = false;

  readonly #host: TokenRetryHost;

  constructor(host: TokenRetryHost) {
    this.#host = host;
  }

  // Runs after the element's `willUpdate`, so a load that a new `space` or back end started
  // is the one watched; and on every update, so an answer the actor receives is seen.
  hostUpdate(): void {
    const token = this.#host.token();
    if (this.#seen !== undefined && token !== this.#seen && token) this.#pending = true;
    this.#seen = token ?? null;
    if (!this.#pending) return;
    const status = this.#host.status();
    if (status === 'busy') return;
    this.#pending = false;
    if (status === 'failed') this.#host.retry();
  }
}
