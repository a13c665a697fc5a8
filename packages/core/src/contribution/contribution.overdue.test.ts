import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysWaiting, isOverdue } from './contribution.overdue.js';

const space = { answerWithinDays: 60 };
const published = { status: 'published' as const, publishedAt: '2026-01-01T10:00:00.000Z', answer: null };

describe('isOverdue and daysWaiting', () => {
  it('is overdue the day after the delay, not on the last day', () => {
    expect(isOverdue(published, space, '2026-03-02T10:00:00.000Z')).toBe(false); // 60 days
    expect(isOverdue(published, space, '2026-03-03T10:00:00.000Z')).toBe(true); // 61 days
    expect(daysWaiting(published, new Date('2026-03-03T10:00:00.000Z'))).toBe(61);
  });

  it('counts the days to the published answer once there is one', () => {
    const answered = {
      status: 'accepted' as const,
      publishedAt: '2026-01-01T10:00:00.000Z',
      answer: { publishedAt: '2026-01-21T09:00:00.000Z' },
    };
    expect(daysWaiting(answered, '2027-01-01T00:00:00.000Z')).toBe(19);
    expect(isOverdue(answered, space, '2027-01-01T00:00:00.000Z')).toBe(false);
  });

  it('keeps an internal decision overdue: only a published answer counts', () => {
    expect(isOverdue({ ...published, status: 'decided' }, space, '2026-06-01T00:00:00.000Z')).toBe(true);
  });

  it('is never overdue for drafts, hidden, withdrawn or never-published contributions', () => {
    for (const status of ['draft', 'submitted', 'hidden', 'withdrawn'] as const) {
      expect(isOverdue({ ...published, status }, space, '2030-01-01T00:00:00.000Z')).toBe(false);
    }
    expect(daysWaiting({ ...published, publishedAt: null }, '2030-01-01T00:00:00.000Z')).toBeNull();
  });

  it('is monotonic: once overdue, later is overdue too', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 365 }),
        (a, b, limit) => {
          const t = (d: number) => new Date(Date.parse(published.publishedAt) + d * 86_400_000).toISOString();
          const [early, late] = a <= b ? [a, b] : [b, a];
          if (isOverdue(published, { answerWithinDays: limit }, t(early))) {
            expect(isOverdue(published, { answerWithinDays: limit }, t(late))).toBe(true);
          }
          expect(isOverdue(published, { answerWithinDays: limit }, t(late))).toBe(late > limit);
        },
      ),
    );
  });
});
