import { describe, expect, it } from 'vitest';
import type { ContributionSnapshot } from './contribution.connect.js';
import { statusOf, toView } from './contribution.connect.js';
import { decide, ev, input } from './contribution.fixtures.js';
import { applyEvent, createContribution } from './contribution.replay.js';
import type { ContributionEvent } from './contribution.types.js';

const run = (events: ContributionEvent[], premoderated = false) => {
  let snap: ContributionSnapshot = createContribution(input({ premoderated }));
  for (const e of events) {
    const r = applyEvent(snap, e);
    if (!r.ok) throw new Error(`${e.type} by ${e.actor.role}: ${r.reason}`);
    snap = r.snapshot;
  }
  return snap;
};

describe('contributionMachine', () => {
  it('publishes on submit when the space does not pre-moderate', () => {
    const snap = run([ev('contribution.submit', 'author')]);
    expect(statusOf(snap)).toBe('published');
    expect(snap.context.publishedAt).toBe(snap.context.submittedAt);
  });

  it('waits for a facilitator when the space pre-moderates', () => {
    const snap = run([ev('contribution.submit', 'author')], true);
    expect(statusOf(snap)).toBe('submitted');
    expect(snap.context.publishedAt).toBeNull();
    expect(statusOf(run([ev('contribution.submit', 'author'), ev('contribution.approve', 'facilitator')], true))).toBe(
      'published',
    );
  });

  it('goes from review to a published answer, commitments, progress and done', () => {
    const snap = run([
      ev('contribution.submit', 'author'),
      ev('contribution.review', 'professional'),
      decide('accepted'),
      ev('contribution.publish', 'professional'),
      ev('contribution.commit', 'professional'),
      ev('contribution.start', 'professional'),
      ev('contribution.progress', 'professional'),
      ev('contribution.complete', 'professional'),
    ]);
    expect(statusOf(snap)).toBe('done');
    expect(snap.context.answer?.publishedAt).not.toBeNull();
    expect(snap.context.commitments).toHaveLength(1);
    expect(snap.context.progress).toHaveLength(1);
    expect(snap.context.version).toBe(9);
  });

  it.each([['accepted'], ['partlyAccepted'], ['declined'], ['answered'], ['duplicate']] as const)(
    'publishes a %s answer into the state of the same name',
    (verdict) => {
      const snap = run([
        ev('contribution.submit', 'author'),
        ev('contribution.review', 'professional'),
        decide(verdict),
        ev('contribution.publish', 'professional'),
      ]);
      expect(statusOf(snap)).toBe(verdict);
    },
  );

  it('refuses a declined answer without reasons', () => {
    const snap = run([ev('contribution.submit', 'author'), ev('contribution.review', 'professional')]);
    expect(applyEvent(snap, decide('declined', 'Non.'))).toMatchObject({ ok: false, reason: 'refused' });
  });

  it('refuses in progress without a commitment, and done without progress', () => {
    const accepted = run([
      ev('contribution.submit', 'author'),
      ev('contribution.review', 'professional'),
      decide('accepted'),
      ev('contribution.publish', 'professional'),
    ]);
    expect(applyEvent(accepted, ev('contribution.start', 'professional')).ok).toBe(false);
    const started = run([
      ev('contribution.submit', 'author'),
      ev('contribution.review', 'professional'),
      decide('accepted'),
      ev('contribution.publish', 'professional'),
      ev('contribution.commit', 'professional'),
      ev('contribution.start', 'professional'),
    ]);
    expect(applyEvent(started, ev('contribution.complete', 'professional')).ok).toBe(false);
  });

  it('lets the author withdraw before the answer is published, not after', () => {
    expect(statusOf(run([ev('contribution.submit', 'author'), ev('contribution.withdraw', 'author')]))).toBe(
      'withdrawn',
    );
    const answered = run([
      ev('contribution.submit', 'author'),
      ev('contribution.review', 'professional'),
      decide('answered'),
      ev('contribution.publish', 'professional'),
    ]);
    expect(applyEvent(answered, ev('contribution.withdraw', 'author')).ok).toBe(false);
  });

  it('restores a hidden contribution to the exact state it was hidden from', () => {
    const decided = [
      ev('contribution.submit', 'author'),
      ev('contribution.review', 'professional'),
      decide('accepted'),
    ];
    const hidden = run([...decided, ev('contribution.hide', 'facilitator')]);
    expect(statusOf(hidden)).toBe('hidden');
    expect(hidden.context.hidden?.reason).toMatch(/nom/);
    const restored = run([
      ...decided,
      ev('contribution.hide', 'facilitator'),
      ev('contribution.restore', 'facilitator'),
    ]);
    expect(statusOf(restored)).toBe('decided');
    expect(restored.context.hidden).toBeNull();
  });

  it('keeps the author’s words out of a professional’s reach', () => {
    const published = run([ev('contribution.submit', 'author')]);
    expect(applyEvent(published, ev('contribution.edit', 'professional'))).toMatchObject({ reason: 'forbidden' });
    const edited = applyEvent(published, ev('contribution.edit', 'author', { title: 'Un bus à 7 h 50' }));
    expect(edited.ok && toView(edited.snapshot).content.title).toBe('Un bus à 7 h 50');
  });

  it('lets a facilitator edit only an assisted or meeting entry', () => {
    const online = createContribution(input());
    expect(applyEvent(online, ev('contribution.edit', 'facilitator')).ok).toBe(false);
    const assisted = createContribution(
      input({ channel: 'assisted', assisted: { onBehalfOf: 'M. D.', facilitatorId: 'f_1', consentMethod: 'oral' } }),
    );
    expect(applyEvent(assisted, ev('contribution.edit', 'facilitator')).ok).toBe(true);
  });
});
