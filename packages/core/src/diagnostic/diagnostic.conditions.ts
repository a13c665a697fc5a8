import type { AnswerValue, Condition, RecommendationReason } from './diagnostic.types.js';

/** What a condition can see while a response is evaluated. */
export interface ConditionScope {
  /** Answers by question index; `undefined` when the question is hidden or unanswered. */
  values: Array<AnswerValue | undefined>;
  /** Scores and levels by dimension index; `null` / `undefined` while unknown. */
  scores: Array<number | null>;
  levels: Array<string | undefined>;
}

/** A condition turned into closures once, so evaluating it is a few comparisons. */
export interface CompiledCondition {
  test(scope: ConditionScope): boolean;
  /** Appends the parts of the condition that made it hold. Call only when `test` is true. */
  explain(scope: ConditionScope, out: RecommendationReason[]): void;
}

/** Resolves ids to indexes. The condition has been validated: every id exists. */
export interface ConditionIndex {
  question(id: string): number;
  dimension(id: string): number;
}

/** A leaf of a condition with the path that leads to it, for validation messages. */
export type ConditionLeaf = Exclude<Condition, { all: Condition[] } | { any: Condition[] } | { not: Condition }>;

/** Calls `visit` on every leaf of `condition`, depth first, with its path. */
export function walkCondition(
  condition: Condition,
  path: Array<string | number>,
  visit: (leaf: ConditionLeaf, path: Array<string | number>) => void,
): void {
  if ('all' in condition || 'any' in condition) {
    const key = 'all' in condition ? 'all' : 'any';
    const parts = 'all' in condition ? condition.all : condition.any;
    for (const [i, c] of parts.entries()) walkCondition(c, [...path, key, i], visit);
  } else if ('not' in condition) walkCondition(condition.not, [...path, 'not'], visit);
  else visit(condition, path);
}

/** The question a leaf reads, if any. */
export function leafQuestion(leaf: ConditionLeaf): string | undefined {
  if ('answered' in leaf) return leaf.answered;
  if ('equals' in leaf) return leaf.equals.question;
  if ('in' in leaf) return leaf.in.question;
  if ('gte' in leaf) return leaf.gte.question;
  if ('lte' in leaf) return leaf.lte.question;
  return undefined;
}

const includes = (answer: AnswerValue | undefined, value: string | number) =>
  Array.isArray(answer) ? answer.includes(value as string) : answer === value;

export function compileCondition(condition: Condition, index: ConditionIndex): CompiledCondition {
  if ('all' in condition) {
    const parts = condition.all.map((c) => compileCondition(c, index));
    return {
      test: (s) => {
        for (const p of parts) if (!p.test(s)) return false;
        return true;
      },
      explain: (s, out) => {
        for (const p of parts) p.explain(s, out);
      },
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => compileCondition(c, index));
    return {
      test: (s) => {
        for (const p of parts) if (p.test(s)) return true;
        return false;
      },
      explain: (s, out) => {
        for (const p of parts) if (p.test(s)) p.explain(s, out);
      },
    };
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not, index);
    // What held is an absence: the reason is the negated condition itself.
    return { test: (s) => !inner.test(s), explain: (_s, out) => out.push({ kind: 'not', condition }) };
  }
  if ('level' in condition) {
    const d = index.dimension(condition.level.dimension);
    const levels = new Set(condition.level.in);
    return {
      test: (s) => s.levels[d] !== undefined && levels.has(s.levels[d]!),
      explain: (s, out) =>
        out.push({
          kind: 'level',
          dimension: condition.level.dimension,
          level: s.levels[d]!,
          score: s.scores[d]!,
          condition,
        }),
    };
  }
  const id = leafQuestion(condition)!;
  const q = index.question(id);
  const test = answerTest(condition, q);
  return {
    test,
    explain: (s, out) => out.push({ kind: 'answer', question: id, answer: s.values[q] ?? null, condition }),
  };
}

function answerTest(leaf: ConditionLeaf, q: number): (s: ConditionScope) => boolean {
  if ('answered' in leaf) return (s) => s.values[q] !== undefined;
  if ('equals' in leaf) {
    const value = leaf.equals.value;
    return (s) => includes(s.values[q], value);
  }
  if ('in' in leaf) {
    const values = leaf.in.values;
    return (s) => {
      const answer = s.values[q];
      if (answer === undefined) return false;
      for (const v of values) if (includes(answer, v)) return true;
      return false;
    };
  }
  if ('gte' in leaf) {
    const min = leaf.gte.value;
    return (s) => typeof s.values[q] === 'number' && (s.values[q] as number) >= min;
  }
  const max = (leaf as { lte: { value: number } }).lte.value;
  return (s) => typeof s.values[q] === 'number' && (s.values[q] as number) <= max;
}
