import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import {
  type ContributionSnapshot,
  publicTimeline,
  toPublicView,
  toView,
} from '../contribution/contribution.connect.js';
import { decide, ev, input } from '../contribution/contribution.fixtures.js';
import { applyEvent, createContribution } from '../contribution/contribution.replay.js';
import type { ContributionEvent, StoredContributionEvent } from '../contribution/contribution.types.js';
import type { PublicSpace } from '../store/backend.port.js';
import { connectContributionDetail } from './contribution-detail.connect.js';
import { contributionDetailMachine } from './contribution-detail.machine.js';

const SPACE = { id: 's_1', answerWithinDays: 60, themes: [] } as unknown as PublicSpace;

/** A contribution through the real machine, with the events a store would keep. */
function built(...events: ContributionEvent[]) {
  let s: ContributionSnapshot = createContribution(input());
  const stored: StoredContributionEvent[] = [
    { contributionId: 'c_1', seq: 1, type: 'contribution.created', actor: input().actor, at: input().at, data: {} },
  ];
  for (const e of events) {
    const r = applyEvent(s, e);
    if (!r.ok) throw new Error(`${e.type} ${r.reason}`);
    s = r.snapshot;
    const { type, actor, at, ...data } = e;
    stored.push({ contributionId: 'c_1', seq: s.context.version, type, actor, at, data });
  }
  return { contribution: toPublicView(toView(s)), timeline: publicTimeline(stored) };
}

function readyView(detail: ReturnType<typeof built>) {
  const [start] = initialTransition(contributionDetailMachine, { contributionId: 'c_1' });
  const [ready] = transition(contributionDetailMachine, start, {
    type: 'xstate.done.actor.load',
    output: { found: true, detail, space: SPACE, at: '2026-12-01T00:00:00.000Z' },
  } as never);
  return connectContributionDetail(ready);
}

describe('connectContributionDetail', () => {
  it('words the public history: verdict on publication, commitment and percent on progress', () => {
    const view = readyView(
      built(
        ev('contribution.submit', 'author'),
        ev('contribution.review', 'professional'),
        decide('partlyAccepted'),
        ev('contribution.publish', 'professional'),
        ev('contribution.commit', 'professional'),
        ev('contribution.start', 'professional'),
        ev('contribution.progress', 'professional'),
      ),
    );
    expect(view.state).toBe('ready');
    expect(view.timeline.map((e) => e.type)).not.toContain('contribution.decide');
    expect(view.timeline.find((e) => e.type === 'contribution.publish')?.verdict).toBe('partlyAccepted');
    expect(view.timeline.at(-1)).toMatchObject({ percent: 50, commitment: 'Ajouter un départ à 8 h 10' });
    expect(view.contribution?.answer).toMatchObject({ verdict: 'partlyAccepted', service: 'Direction de l’insertion' });
    expect(view.contribution?.commitments).toEqual([
      expect.objectContaining({ id: 'k_1', percent: 50, updates: [expect.objectContaining({ percent: 50 })] }),
    ]);
    expect(view.contribution?.overdueDays).toBeNull();
  });

  it('shows an unanswered contribution as overdue, and a hidden one without its words', () => {
    const waiting = readyView(built(ev('contribution.submit', 'author')));
    expect(waiting.contribution?.answer).toBeNull();
    expect(waiting.contribution?.overdueDays).toBeGreaterThan(0);
    const hidden = readyView(built(ev('contribution.submit', 'author'), ev('contribution.hide', 'facilitator')));
    expect(hidden.contribution).toMatchObject({ hidden: true, title: null, body: null, overdueDays: null });
  });
});
