import { describe, expect, it } from 'vitest';
import { assign, createActor } from 'xstate';
import { setup } from './machine-setup.js';

// Core's `setup` must behave and type-check as XState's `setup().createMachine` does.
const counter = setup({
  types: { context: {} as { n: number }, events: {} as { type: 'inc' } | { type: 'reset' } },
  guards: { belowThree: ({ context }) => context.n < 3 },
  actions: { inc: assign({ n: ({ context }) => context.n + 1 }), reset: assign({ n: 0 }) },
  delays: { soon: 10 },
}).createMachine({
  context: { n: 0 },
  on: { inc: { guard: 'belowThree', actions: 'inc' }, reset: { actions: 'reset' } },
});

describe('core setup', () => {
  it('hands the named guards and actions to the machine', () => {
    const actor = createActor(counter).start();
    for (let i = 0; i < 5; i++) actor.send({ type: 'inc' });
    expect(actor.getSnapshot().context.n).toBe(3);
    actor.send({ type: 'reset' });
    expect(actor.getSnapshot().context.n).toBe(0);
  });

  it('keeps XState’s types: names that were not set up do not compile', () => {
    const make = () =>
      setup({ types: { context: {} as { n: number } }, actions: { known: () => undefined } }).createMachine({
        context: { n: 0 },
        // @ts-expect-error `unknown` is not one of the actions set up
        entry: 'unknown',
      });
    expect(typeof make).toBe('function');
  });

  it('returns only createMachine, not XState’s action creators', () => {
    const made = setup({});
    expect(Object.keys(made)).toEqual(['createMachine']);
  });
});
