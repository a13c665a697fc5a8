import { describe, expect, it } from 'vitest';
import { type ConditionScope, compileCondition, walkCondition } from './diagnostic.conditions.js';
import type { Condition } from './diagnostic.types.js';

// Questions by index: 0 single, 1 multiple, 2 scale, 3 unanswered (or hidden).
const QUESTIONS = ['single', 'multiple', 'scale', 'missing'];
const index = { question: (id: string) => QUESTIONS.indexOf(id), dimension: (id: string) => (id === 'place' ? 0 : 1) };
const scope: ConditionScope = {
  values: ['yes', ['a', 'b'], 3, undefined],
  scores: [25, null],
  levels: ['fragile', undefined],
};
const holds = (c: Condition) => compileCondition(c, index).test(scope);

describe('conditions', () => {
  it.each<[Condition, boolean]>([
    [{ answered: 'single' }, true],
    [{ answered: 'missing' }, false],
    [{ equals: { question: 'single', value: 'yes' } }, true],
    [{ equals: { question: 'single', value: 'no' } }, false],
    [{ equals: { question: 'multiple', value: 'b' } }, true],
    [{ equals: { question: 'multiple', value: 'c' } }, false],
    [{ in: { question: 'single', values: ['no', 'yes'] } }, true],
    [{ in: { question: 'multiple', values: ['c', 'a'] } }, true],
    [{ in: { question: 'missing', values: ['yes'] } }, false],
    [{ gte: { question: 'scale', value: 3 } }, true],
    [{ gte: { question: 'scale', value: 4 } }, false],
    [{ lte: { question: 'scale', value: 3 } }, true],
    [{ lte: { question: 'missing', value: 9 } }, false],
    [{ level: { dimension: 'place', in: ['fragile', 'building'] } }, true],
    [{ level: { dimension: 'other', in: ['fragile'] } }, false],
    [{ not: { answered: 'missing' } }, true],
    [{ all: [{ answered: 'single' }, { gte: { question: 'scale', value: 2 } }] }, true],
    [{ all: [{ answered: 'single' }, { answered: 'missing' }] }, false],
    [{ any: [{ answered: 'missing' }, { equals: { question: 'multiple', value: 'a' } }] }, true],
    [{ any: [{ answered: 'missing' }, { not: { answered: 'single' } }] }, false],
  ])('%j holds: %s', (condition, expected) => {
    expect(holds(condition)).toBe(expected);
  });

  it('explains only the parts that held', () => {
    const reasons: unknown[] = [];
    const c: Condition = {
      any: [
        { answered: 'missing' },
        { all: [{ level: { dimension: 'place', in: ['fragile'] } }, { not: { answered: 'missing' } }] },
      ],
    };
    const compiled = compileCondition(c, index);
    compiled.explain(scope, reasons as never);
    expect(reasons).toEqual([
      {
        kind: 'level',
        dimension: 'place',
        level: 'fragile',
        score: 25,
        condition: { level: { dimension: 'place', in: ['fragile'] } },
      },
      { kind: 'not', condition: { not: { answered: 'missing' } } },
    ]);
  });

  it('walks every leaf with its path', () => {
    const leaves: unknown[] = [];
    walkCondition({ all: [{ answered: 'a' }, { not: { any: [{ answered: 'b' }] } }] }, ['when'], (leaf, path) =>
      leaves.push([leaf, path]),
    );
    expect(leaves).toEqual([
      [{ answered: 'a' }, ['when', 'all', 0]],
      [{ answered: 'b' }, ['when', 'all', 1, 'not', 'any', 0]],
    ]);
  });
});
