import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { author, contribution, pro, space } from '../testing/fixtures.js';
import { storeBuilt } from '../testing/store-contract.js';
import { commitmentDoneNotices } from './commitment-notices.js';
import type { ServiceContext } from './context.js';

const say = 'Nous avons étudié la demande avec le service concerné.';
const decided = (verdict: 'accepted' | 'duplicate', duplicateOf?: string) => [
  { type: 'contribution.submit' as const, actor: author },
  { type: 'contribution.review' as const, actor: pro },
  {
    type: 'contribution.decide' as const,
    actor: pro,
    answer: { verdict, text: say, service: 'Mobilité', ...(duplicateOf ? { duplicateOf } : {}) },
  },
  { type: 'contribution.publish' as const, actor: pro },
];
const progress = (percent: number) => ({
  type: 'contribution.progress' as const,
  actor: pro,
  update: { commitmentId: 'k1', text: 'Le bus passe.', percent },
});
const kept = [
  ...decided('accepted'),
  {
    type: 'contribution.commit' as const,
    actor: pro,
    commitment: { id: 'k1', what: 'Un bus à 8 h 10', owner: 'Mobilité', due: '2026-09-01' },
  },
  { type: 'contribution.start' as const, actor: pro },
];

async function world(steps: unknown[]) {
  const store = new MemoryStore();
  await store.putSpace(space());
  const main = contribution({ id: 'c_main', title: 'Un bus plus tôt', apply: [...kept, ...steps] as never });
  const dup = contribution({ id: 'c_dup', title: 'Le bus du matin', apply: decided('duplicate', 'c_main') as never });
  const other = contribution({ id: 'c_other', apply: decided('accepted') as never });
  for (const c of [main, dup, other]) await storeBuilt(store, c);
  const ctx = { store } as unknown as ServiceContext;
  const last = main.steps.at(-1)!;
  return { notices: await commitmentDoneNotices(ctx, last.view, last.event) };
}

describe('commitmentDone notices', () => {
  it('go to the contribution and to its duplicates when an update reaches 100 %', async () => {
    const { notices } = await world([progress(100)]);
    expect(notices.map((n) => [n.contributionId, n.kind, n.payload['title']])).toEqual([
      ['c_main', 'commitmentDone', 'Un bus plus tôt'],
      ['c_dup', 'commitmentDone', 'Le bus du matin'],
    ]);
    expect(notices[1]!.payload).toMatchObject({
      commitment: { id: 'k1', what: 'Un bus à 8 h 10', owner: 'Mobilité' },
      duplicateOf: 'c_main',
    });
  });

  it('say nothing below 100 %, nor when it was at 100 % already', async () => {
    expect((await world([progress(60)])).notices).toEqual([]);
    expect((await world([progress(100), progress(100)])).notices).toEqual([]);
  });
});
