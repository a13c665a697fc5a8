import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { assign, setup } from 'xstate';
import { ActorController } from './actor-controller.js';

const counter = setup({
  types: { context: {} as { n: number }, events: {} as { type: 'inc' }, input: {} as { start: number } },
}).createMachine({
  context: ({ input }) => ({ n: input.start }),
  on: { inc: { actions: assign({ n: ({ context }) => context.n + 1 }) } },
});

class TestCounter extends LitElement {
  start = 3;
  ctrl = new ActorController(
    this,
    () => counter,
    () => ({ start: this.start }),
  );
  override render() {
    return html`<button @click=${() => this.ctrl.send({ type: 'inc' })}>${this.ctrl.snapshot.context.n}</button>`;
  }
}
customElements.define('test-counter', TestCounter);

/** Resumes from a saved snapshot (as a restored draft does) until there is none. */
class ResumedCounter extends LitElement {
  saved: ReturnType<typeof counter.resolveState> | undefined = counter.resolveState({ value: {}, context: { n: 41 } });
  ctrl = new ActorController(
    this,
    () => counter,
    () => ({ start: 0 }),
    () => this.saved,
  );
  override render() {
    return html`<button @click=${() => this.ctrl.send({ type: 'inc' })}>${this.ctrl.snapshot.context.n}</button>`;
  }
}
customElements.define('resumed-counter', ResumedCounter);

describe('ActorController', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('renders the snapshot and re-renders when the actor changes', async () => {
    const el = document.createElement('test-counter') as TestCounter;
    document.body.append(el);
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.textContent).toBe('3');
    button.click();
    await el.updateComplete;
    expect(button.textContent).toBe('4');
  });

  it('stops the actor when the element leaves and starts afresh when it returns', async () => {
    const el = document.createElement('test-counter') as TestCounter;
    document.body.append(el);
    await el.updateComplete;
    const first = el.ctrl.actor;
    el.remove();
    expect(first.getSnapshot().status).toBe('stopped');
    el.start = 10;
    document.body.append(el);
    await el.updateComplete;
    expect(el.ctrl.snapshot.context.n).toBe(10);
  });

  it('resumes from a saved snapshot, and starts from its input once there is none', async () => {
    const el = document.createElement('resumed-counter') as ResumedCounter;
    document.body.append(el);
    await el.updateComplete;
    el.ctrl.send({ type: 'inc' });
    expect(el.ctrl.snapshot.context.n).toBe(42);
    el.saved = undefined;
    el.ctrl.restart();
    expect(el.ctrl.snapshot.context.n).toBe(0);
  });
});
