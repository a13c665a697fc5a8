import { afterEach, describe, expect, it } from 'vitest';
import { BackofficeElement, type LoadStatus } from './backoffice.js';

/** One request of the test element: the token it went out with, and its answer to give. */
interface Call {
  token: string | null;
  answer: (ok: boolean) => void;
}

/**
 * A professional widget reduced to its load: each request reads the token when it goes out,
 * as the HTTP client does, and waits for the test to answer it.
 */
class TokenLoader extends BackofficeElement {
  readonly calls: Call[] = [];
  state: 'busy' | 'failed' | 'loaded' = 'busy';

  protected override willUpdate(): void {
    if (!this.hasUpdated) this.#load();
  }

  #load() {
    this.state = 'busy';
    const token = this.token;
    this.calls.push({
      token,
      answer: (ok) => {
        this.state = ok ? 'loaded' : 'failed';
        this.requestUpdate();
      },
    });
  }

  protected override loadStatus(): LoadStatus {
    return this.state === 'loaded' ? 'settled' : this.state;
  }

  protected override retryLoad(): void {
    this.#load();
  }

  /** The person presses "retry" after a failure. */
  retryByHand() {
    this.#load();
    this.requestUpdate();
  }
}
customElements.define('test-token-loader', TokenLoader);

async function mount(token: string | null = null) {
  const el = document.createElement('test-token-loader') as TokenLoader;
  el.token = token;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** Gives the answer of the latest request and lets the element update. */
async function answer(el: TokenLoader, ok: boolean) {
  el.calls.at(-1)!.answer(ok);
  await el.updateComplete;
  await el.updateComplete;
}

async function setToken(el: TokenLoader, token: string | null) {
  el.token = token;
  await el.updateComplete;
}

afterEach(() => document.body.replaceChildren());

describe('BackofficeElement: a load tried again when the token comes', () => {
  it('a token set before any request is used by the first one, and nothing is sent twice', async () => {
    const el = await mount('member-a');
    await answer(el, true);
    expect(el.calls.map((c) => c.token)).toEqual(['member-a']);
    expect(el.state).toBe('loaded');
  });

  it('a token set while the first request is on its way: that request, if refused, is tried again with it', async () => {
    const el = await mount();
    await setToken(el, 'member-a');
    expect(el.calls).toHaveLength(1); // nothing sent while the first is on its way
    await answer(el, false);
    expect(el.calls.map((c) => c.token)).toEqual([null, 'member-a']);
    await answer(el, true);
    expect(el.state).toBe('loaded');
    expect(el.calls).toHaveLength(2);
  });

  it('a token set while a request is on its way that succeeds: nothing more, and a later failure waits for the person', async () => {
    const el = await mount();
    await setToken(el, 'member-a');
    await answer(el, true);
    el.retryByHand();
    await answer(el, false);
    expect(el.calls).toHaveLength(2);
    expect(el.state).toBe('failed');
  });

  it('a token set after the load failed: tried again at once, only once', async () => {
    const el = await mount();
    await answer(el, false);
    await setToken(el, 'member-a');
    expect(el.calls.map((c) => c.token)).toEqual([null, 'member-a']);
    await answer(el, false);
    expect(el.calls).toHaveLength(2);
    expect(el.state).toBe('failed');
  });

  it('a token changed to another after a refusal: tried again with the new one', async () => {
    const el = await mount('member-a');
    await answer(el, false);
    await setToken(el, 'member-b');
    expect(el.calls.map((c) => c.token)).toEqual(['member-a', 'member-b']);
    await answer(el, true);
    expect(el.state).toBe('loaded');
  });

  it('a token refreshed while the list is shown, or taken away after a failure, reloads nothing', async () => {
    const shown = await mount('member-a');
    await answer(shown, true);
    await setToken(shown, 'member-a-refreshed');
    expect(shown.calls).toHaveLength(1);
    expect(shown.state).toBe('loaded');

    const signedOut = await mount('member-a');
    await answer(signedOut, false);
    await setToken(signedOut, null);
    expect(signedOut.calls).toHaveLength(1);
  });
});
