import { describe, expect, it } from 'vitest';
import { DiagnosticError } from './diagnostic.error.js';
import { evaluateDiagnostic } from './diagnostic.evaluate.js';
import { mini } from './diagnostic.fixtures.js';
import type { Answers, DiagnosticResult } from './diagnostic.types.js';

const q = mini();
const evaluate = (answers: Answers) => evaluateDiagnostic(q, answers);
const dim = (r: DiagnosticResult, id: string) => r.dimensions.find((d) => d.id === id)!;
const thrown = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as DiagnosticError;
  }
  throw new Error('expected a DiagnosticError');
};

describe('evaluateDiagnostic', () => {
  it('with no answer: hidden questions left out, required ones listed, nothing scored', () => {
    const r = evaluate({});
    expect(r.visible).toEqual(['group', 'answers', 'means', 'comment']);
    expect(r.missingRequired).toEqual(['group']);
    expect(r.complete).toBe(false);
    expect(r.dimensions).toEqual([
      { id: 'place', score: null, level: null, answered: 0 },
      { id: 'feedback', score: null, level: null, answered: 0 },
    ]);
    expect(r.phase).toEqual({ current: 'mobilise', completed: [] });
    expect(r.recommendations).toEqual([]);
  });

  it('scores each dimension between the lowest and highest possible totals', () => {
    const r = evaluate({ group: 'yes', parity: 'low', answers: 2 });
    // place: yes (10 of 0–10) + low (0 of 0–10) = 50; feedback: step 2 of 3 = half the weight.
    expect(dim(r, 'place')).toEqual({ id: 'place', score: 50, level: 'building', answered: 2 });
    expect(dim(r, 'feedback')).toEqual({ id: 'feedback', score: 50, level: 'building', answered: 1 });
  });

  it('gives the level from the thresholds: below the first is fragile, at the last is solid', () => {
    expect(dim(evaluate({ group: 'no', answers: 3 }), 'place').level).toBe('fragile');
    expect(dim(evaluate({ group: 'yes', parity: 'high', answers: 3 }), 'place')).toMatchObject({
      score: 100,
      level: 'solid',
    });
  });

  it('sums multiple choices within what maxChoices allows', () => {
    // Best possible pair is b + a = 5; the exclusive "none" is the lowest, 0.
    expect(dim(evaluate({ group: 'no', means: ['a', 'b'] }), 'feedback').score).toBe(100);
    expect(dim(evaluate({ group: 'no', means: ['c'] }), 'feedback').score).toBe(20);
    expect(dim(evaluate({ group: 'no', means: ['none'] }), 'feedback').score).toBe(0);
  });

  it('leaves an abstention out of the score', () => {
    const r = evaluate({ group: 'yes', parity: 'dontKnow', answers: 2 });
    expect(dim(r, 'place')).toEqual({ id: 'place', score: 100, level: 'solid', answered: 1 });
  });

  it('never counts the answer of a hidden question', () => {
    const hidden = evaluate({ group: 'no', parity: 'high', answers: 2 });
    expect(hidden.visible).not.toContain('parity');
    expect(dim(hidden, 'place')).toEqual({ id: 'place', score: 0, level: 'fragile', answered: 1 });
    expect(hidden).toEqual(evaluate({ group: 'no', answers: 2 }));
  });

  it('requires a question only when its requiredIf holds', () => {
    expect(evaluate({ group: 'yes' }).missingRequired).toEqual(['answers']);
    expect(evaluate({ group: 'no' }).missingRequired).toEqual([]);
  });

  it('estimates the phase as the first step not done', () => {
    expect(evaluate({ group: 'yes', answers: 1 }).phase).toEqual({ current: 'diagnose', completed: ['mobilise'] });
    expect(evaluate({ group: 'yes', answers: 3 }).phase).toEqual({
      current: 'coConstruct',
      completed: ['mobilise', 'diagnose'],
    });
  });

  it('fires recommendations by priority and says why', () => {
    const r = evaluate({ group: 'no', answers: 1 });
    expect(r.recommendations.map((x) => x.id)).toEqual(['silent', 'placeFragile']);
    expect(r.recommendations[0]!.reasons).toEqual([
      { kind: 'answer', question: 'answers', answer: 1, condition: { lte: { question: 'answers', value: 1 } } },
      { kind: 'not', condition: { not: { answered: 'comment' } } },
    ]);
    expect(r.recommendations[1]!.reasons).toEqual([
      {
        kind: 'level',
        dimension: 'place',
        level: 'fragile',
        score: 0,
        condition: { level: { dimension: 'place', in: ['fragile'] } },
      },
    ]);
    expect(r.recommendations[1]!.rule.resourceIds).toEqual(['porte-a-porte']);
  });

  it('reads a multiple answer in conditions: equals means "among the choices"', () => {
    const def = mini();
    def.recommendations[0]!.when = { equals: { question: 'means', value: 'b' } };
    def.recommendations[1]!.when = { in: { question: 'means', values: ['c', 'none'] } };
    const fired = (answers: Answers) => evaluateDiagnostic(def, answers).recommendations.map((r) => r.id);
    expect(fired({ group: 'no', means: ['a', 'b'] })).toEqual(['placeFragile']);
    expect(fired({ group: 'no', means: ['a', 'c'] })).toEqual(['silent']);
    expect(fired({ group: 'no' })).toEqual([]);
  });

  it('refuses bad answers with every issue, instead of a wrong score', () => {
    const error = thrown(() =>
      evaluate({
        group: 'maybe',
        parity: 3,
        answers: '2',
        means: ['a', 'none'],
        comment: 'x'.repeat(51),
        nowhere: 'yes',
      } as unknown as Answers),
    );
    expect(error).toBeInstanceOf(DiagnosticError);
    expect(error.code).toBe('invalid_answers');
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      [['group'], 'unknown_option'],
      [['parity'], 'unknown_option'],
      [['answers'], 'unknown_option'],
      [['means', 1], 'exclusive_combined'],
      [['comment'], 'too_long'],
      [['nowhere'], 'unknown_question'],
    ]);
    expect(error.message).toContain('group');
  });

  it('refuses empty, duplicated or too many choices', () => {
    const codes = (answers: Answers) => thrown(() => evaluate(answers)).issues.map((i) => i.code);
    expect(codes({ means: [] })).toEqual(['empty_answer']);
    expect(codes({ means: ['a', 'a'] })).toEqual(['duplicate_choice']);
    expect(codes({ means: ['a', 'b', 'c'] })).toEqual(['too_many_choices']);
    expect(codes({ means: 'a' })).toEqual(['wrong_type']);
    expect(codes({ comment: '   ' })).toEqual(['empty_answer']);
  });

  it('refuses an invalid questionnaire', () => {
    const def = mini();
    def.dimensions[0]!.thresholds = [80, 20];
    const error = thrown(() => evaluateDiagnostic(def, {}));
    expect(error.code).toBe('invalid_questionnaire');
    expect(error.issues[0]!.code).toBe('thresholds_not_ascending');
  });

  it('never mistakes inherited object keys for answers', () => {
    const def = mini();
    def.recommendations.pop();
    def.sections[1]!.questions[2]!.id = 'constructor';
    def.sections[1]!.questions[2]!.required = true;
    expect(evaluateDiagnostic(def, { group: 'no' }).missingRequired).toEqual(['constructor']);
  });

  it('does not touch its input and gives the same result every time', () => {
    const answers = Object.freeze({
      group: 'yes',
      parity: 'high',
      answers: 2,
      means: Object.freeze(['a']) as string[],
    });
    expect(evaluate(answers)).toEqual(evaluate({ ...answers }));
  });
});
