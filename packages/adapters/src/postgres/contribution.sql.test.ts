import { AWAITING_ANSWER_STATUSES } from '@participe/core';
import { describe, expect, it } from 'vitest';
import { AWAITING_ANSWER, canMatch, inList } from './contribution.sql.js';
import { MIGRATIONS } from './migrations.js';

describe('contribution SQL', () => {
  it('spells core’s awaiting-an-answer set, in its order', () => {
    expect(AWAITING_ANSWER).toBe(`status IN (${AWAITING_ANSWER_STATUSES.map((s) => `'${s}'`).join(', ')})`);
  });

  it('filters overdue contributions by the very predicate of their partial index', () => {
    const index = MIGRATIONS.flatMap((m) => m.statements).filter((s) => s.includes('contributions_awaiting_newest'));
    expect(index.at(-1)?.endsWith(`WHERE ${AWAITING_ANSWER}`)).toBe(true);
  });

  it('knows that only awaiting statuses can be overdue', () => {
    const overdue = { now: '2026-03-01T00:00:00.000Z', answerWithinDays: 10 };
    expect(canMatch({ status: ['accepted', 'done'], overdue })).toBe(false);
    expect(canMatch({ status: ['accepted', 'decided'], overdue })).toBe(true);
  });

  it('splices only plain words into SQL', () => {
    expect(inList('status', ['published', 'done'])).toBe(`status IN ('published', 'done')`);
    expect(() => inList('status', ["x') OR TRUE --"])).toThrow(/plain words/);
    expect(() => inList('status', [])).toThrow(/plain words/);
  });
});
