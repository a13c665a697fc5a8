import { describe, expect, it } from 'vitest';
import { type ContributionSnapshot, toPublicView, toView } from '../contribution/contribution.connect.js';
import { decide, ev, input, T0 } from '../contribution/contribution.fixtures.js';
import { isOverdue } from '../contribution/contribution.overdue.js';
import { applyEvent, createContribution } from '../contribution/contribution.replay.js';
import type { ContributionEvent } from '../contribution/contribution.types.js';
import type { PublicSpace } from '../store/backend.port.js';
import { listItem, overdueDays, timingOf } from './contribution-list.connect.js';

const SPACE = { id: 's_1', answerWithinDays: 30, themes: [{ id: 'mobilite', label: 'Transports' }] } as PublicSpace;
const DAY = 86_400_000;
const dayAfter = (n: number) => new Date(Date.parse(T0) + n * DAY + 3_600_000).toISOString();

function view(...events: ContributionEvent[]) {
  let s: ContributionSnapshot = createContribution(input());
  for (const e of events) {
    const r = applyEvent(s, e);
    if (!r.ok) throw new Error(`${e.type} ${r.reason}`);
    s = r.snapshot;
  }
  return toPublicView(toView(s));
}

describe('list items', () => {
  it('shows the overdue days exactly when isOverdue holds, and days waited until then', () => {
    const waiting = view(ev('contribution.submit', 'author'));
    for (const n of [0, 29, 30, 31, 45]) {
      const at = dayAfter(n);
      expect(overdueDays(waiting, SPACE, at) !== null).toBe(isOverdue(waiting, SPACE, at));
      expect(timingOf(waiting, at)).toEqual({ kind: 'waiting', days: n });
    }
    expect(overdueDays(waiting, SPACE, dayAfter(31))).toBe(1);
    expect(overdueDays(waiting, SPACE, dayAfter(45))).toBe(15);
  });

  it('counts the days an answer took, and never calls an answered contribution overdue', () => {
    const answered = view(
      ev('contribution.submit', 'author'),
      ev('contribution.review', 'professional'),
      decide('accepted'),
      ev('contribution.publish', 'professional'),
    );
    const item = listItem(answered, SPACE, dayAfter(400));
    expect(item.timing).toEqual({ kind: 'answered', days: 0 });
    expect(item.overdueDays).toBeNull();
    expect(item.theme).toEqual({ id: 'mobilite', label: 'Transports' });
  });

  it('keeps a hidden contribution’s words out of its item', () => {
    const hidden = view(ev('contribution.submit', 'author'), ev('contribution.hide', 'facilitator'));
    expect(listItem(hidden, SPACE, dayAfter(1))).toMatchObject({
      title: null,
      kind: null,
      theme: null,
      hidden: true,
      status: 'hidden',
      timing: null,
    });
  });
});
