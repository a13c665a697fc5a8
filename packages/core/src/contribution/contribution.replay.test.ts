import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { ContributionSnapshot } from './contribution.connect.js';
import { ev, input, PAYLOADS } from './contribution.fixtures.js';
import { contributionMachine } from './contribution.machine.js';
import { applyEvent, createContribution } from './contribution.replay.js';
import type { ContributionEvent } from './contribution.types.js';

// `createContribution` and `applyEvent` run the machine in one shared scope instead of
// xstate's `initialTransition` and `transition` (a new actor per call): the snapshots must
// be the ones xstate gives, state, context, history and all.
const same = (mine: ContributionSnapshot, theirs: ContributionSnapshot) => {
  expect(contributionMachine.getPersistedSnapshot(mine)).toEqual(contributionMachine.getPersistedSnapshot(theirs));
  expect(mine._nodes.map((n) => n.id)).toEqual(theirs._nodes.map((n) => n.id));
  expect([...mine.tags]).toEqual([...theirs.tags]);
};

const TYPES = Object.keys(PAYLOADS) as ContributionEvent['type'][];
const ROLES = ['author', 'facilitator', 'professional', 'elected', 'citizen', 'system'] as const;

describe('createContribution and applyEvent agree with xstate', () => {
  it.each([
    ['online', false],
    ['online', true],
    ['assisted', false],
    ['meeting', true],
  ] as const)('first snapshot, %s, premoderated %s', (channel, premoderated) => {
    const created = input({ channel, premoderated, id: `c_${channel}_${premoderated}` });
    const [theirs, actions] = initialTransition(contributionMachine, created);
    same(createContribution(created), theirs);
    // Nothing runs on entry: a create keeps no effect to carry out.
    expect(actions).toEqual([]);
  });

  it('every step of random paths, two contributions interleaved', () => {
    const step = fc.record({
      which: fc.integer({ min: 0, max: 1 }),
      type: fc.constantFrom(...TYPES),
      role: fc.constantFrom(...ROLES),
    });
    fc.assert(
      fc.property(fc.boolean(), fc.array(step, { maxLength: 30 }), (premoderated, steps) => {
        const mine = [createContribution(input({ premoderated })), createContribution(input({ id: 'c_2' }))];
        const theirs = [
          initialTransition(contributionMachine, input({ premoderated }))[0],
          initialTransition(contributionMachine, input({ id: 'c_2' }))[0],
        ];
        for (const { which, type, role } of steps) {
          const event = ev(type, role);
          const result = applyEvent(mine[which]!, event);
          if (!result.ok) continue;
          mine[which] = result.snapshot;
          theirs[which] = transition(contributionMachine, theirs[which]!, event)[0];
          same(mine[which]!, theirs[which]!);
        }
        same(mine[0]!, theirs[0]!);
        same(mine[1]!, theirs[1]!);
      }),
      { numRuns: 200 },
    );
  });

  it('a hidden contribution restored goes back to where it was (deep history)', () => {
    const steps: ContributionEvent[] = [
      ev('contribution.submit', 'author'),
      ev('contribution.review', 'professional'),
      ev('contribution.hide', 'facilitator'),
      ev('contribution.restore', 'facilitator'),
    ];
    let mine = createContribution(input());
    let theirs = initialTransition(contributionMachine, input())[0];
    for (const event of steps) {
      const result = applyEvent(mine, event);
      expect(result.ok, event.type).toBe(true);
      if (result.ok) mine = result.snapshot;
      theirs = transition(contributionMachine, theirs, event)[0];
      same(mine, theirs);
    }
    expect(mine.value).toEqual({ live: 'underReview' });
  });
});
