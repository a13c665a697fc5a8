import type { Answers, Condition, Question, Questionnaire } from '@participe/core';
import { ConditionRunner, Model, type Question as SurveyQuestion } from 'survey-core';

// The baseline: the same questionnaire as a SurveyJS model, whose expression engine
// decides visibility and requirement; scores are then computed from the visible answers
// with the same formula as Participe (the lowest to highest possible total → 0–100).

const literal = (v: string | number) => (typeof v === 'number' ? String(v) : `'${v}'`);

/**
 * A Participe condition as a SurveyJS expression. In Participe a hidden question counts as
 * unanswered, while SurveyJS keeps hidden values until the survey completes: so every
 * reference also requires the question it reads to be visible.
 */
function expression(c: Condition, byId: Map<string, Question>): string {
  if ('all' in c) return `(${c.all.map((x) => expression(x, byId)).join(' and ')})`;
  if ('any' in c) return `(${c.any.map((x) => expression(x, byId)).join(' or ')})`;
  if ('not' in c) return `!(${expression(c.not, byId)})`;
  if ('level' in c) throw new Error('levels are not part of visibility');
  const id =
    'answered' in c
      ? c.answered
      : 'equals' in c
        ? c.equals.question
        : 'in' in c
          ? c.in.question
          : 'gte' in c
            ? c.gte.question
            : c.lte.question;
  const q = byId.get(id)!;
  const ref = `{${id}}`;
  const is = (v: string | number) =>
    q.kind === 'multiple' ? `${ref} contains ${literal(v)}` : `${ref} = ${literal(v)}`;
  const leaf =
    'answered' in c
      ? `${ref} notempty`
      : 'equals' in c
        ? is(c.equals.value)
        : 'in' in c
          ? `(${c.in.values.map(is).join(' or ')})`
          : 'gte' in c
            ? `${ref} >= ${c.gte.value}`
            : `${ref} <= ${c.lte.value}`;
  return q.visibleIf ? `(${expression(q.visibleIf, byId)} and ${leaf})` : leaf;
}

function element(q: Question, byId: Map<string, Question>) {
  const common = {
    name: q.id,
    title: q.label.standard,
    isRequired: q.required === true,
    ...(q.visibleIf && { visibleIf: expression(q.visibleIf, byId) }),
    ...(q.requiredIf && { requiredIf: expression(q.requiredIf, byId) }),
  };
  switch (q.kind) {
    case 'single':
      return {
        ...common,
        type: 'radiogroup',
        choices: q.options.map((o) => ({ value: o.value, text: o.label.standard })),
      };
    case 'multiple':
      return {
        ...common,
        type: 'checkbox',
        choices: q.options.map((o) => ({ value: o.value, text: o.label.standard })),
      };
    case 'yesNoUnsure':
      return { ...common, type: 'radiogroup', choices: ['yes', 'no', 'unsure'] };
    case 'scale':
      return {
        ...common,
        type: 'rating',
        rateValues: q.steps.map((s) => ({ value: s.value, text: s.label.standard })),
      };
    case 'text':
      return { ...common, type: 'comment' };
  }
}

type Table = { dims: number[]; min: number[]; max: number[]; weights: Map<unknown, number[] | null> };

/** Per question: weight of each answer on each dimension it scores, and the bounds. */
function scoringTable(q: Question, dimensions: string[]): Table | null {
  let choices: Array<{ value: unknown; weights: Record<string, number> | null; exclusive: boolean }>;
  if (q.kind === 'text') return null;
  if (q.kind === 'scale') {
    const last = q.steps.length - 1;
    choices = q.steps.map((s, i) => ({
      value: s.value,
      weights: Object.fromEntries(Object.entries(q.weights ?? {}).map(([d, w]) => [d, (w * i) / last])),
      exclusive: false,
    }));
  } else if (q.kind === 'yesNoUnsure') {
    choices = (['yes', 'no', 'unsure'] as const).map((v) => ({
      value: v,
      weights: q.weights?.[v] ?? null,
      exclusive: false,
    }));
  } else {
    choices = q.options.map((o) => ({
      value: o.value,
      weights: o.abstain ? null : (o.weights ?? {}),
      exclusive: !!o.exclusive,
    }));
  }
  const names = [...new Set(choices.flatMap((c) => Object.keys(c.weights ?? {})))];
  if (!names.length) return null;
  const weighed = choices.filter((c) => c.weights);
  const w = (c: (typeof choices)[number], d: string) => c.weights![d] ?? 0;
  const bounds = names.map((d) => {
    if (q.kind !== 'multiple') {
      const all = weighed.map((c) => w(c, d));
      return [Math.min(...all), Math.max(...all)] as const;
    }
    const free = weighed.filter((c) => !c.exclusive).map((c) => w(c, d));
    const excl = weighed.filter((c) => c.exclusive).map((c) => w(c, d));
    const pos = free.filter((x) => x > 0).reduce((a, b) => a + b, 0);
    const neg = free.filter((x) => x < 0).reduce((a, b) => a + b, 0);
    return [
      Math.min(neg < 0 ? neg : Math.min(...free), ...excl),
      Math.max(pos > 0 ? pos : Math.max(...free), ...excl),
    ] as const;
  });
  return {
    dims: names.map((d) => dimensions.indexOf(d)),
    min: bounds.map((b) => b[0]),
    max: bounds.map((b) => b[1]),
    weights: new Map(choices.map((c) => [c.value, c.weights ? names.map((d) => w(c, d)) : null])),
  };
}

export interface SurveyEvaluation {
  visible: string[];
  missingRequired: string[];
  scores: Array<number | null>;
}

/** What is known of one question for one answer set, in questionnaire order. */
interface Seen {
  name: string;
  visible: boolean;
  empty: boolean;
  required: boolean;
  value: unknown;
}

/** Visible questions, missing required answers and scores — the same formula as Participe's. */
function score(seen: Iterable<Seen>, dimensions: string[], tables: Map<string, Table | null>): SurveyEvaluation {
  const got = new Array<number>(dimensions.length).fill(0);
  const min = new Array<number>(dimensions.length).fill(0);
  const max = new Array<number>(dimensions.length).fill(0);
  const counted = new Array<number>(dimensions.length).fill(0);
  const visible: string[] = [];
  const missingRequired: string[] = [];
  for (const q of seen) {
    if (!q.visible) continue;
    visible.push(q.name);
    if (q.empty) {
      if (q.required) missingRequired.push(q.name);
      continue;
    }
    const t = tables.get(q.name);
    if (!t) continue;
    const picks: unknown[] = Array.isArray(q.value) ? q.value : [q.value];
    if (picks.some((v) => t.weights.get(v) === null)) continue;
    t.dims.forEach((d, k) => {
      for (const v of picks) got[d]! += t.weights.get(v)![k]!;
      min[d]! += t.min[k]!;
      max[d]! += t.max[k]!;
      counted[d]!++;
    });
  }
  const scores = dimensions.map((_, i) =>
    counted[i] ? Math.round((1000 * (got[i]! - min[i]!)) / (max[i]! - min[i]!)) / 10 : null,
  );
  return { visible, missingRequired, scores };
}

function parts(questionnaire: Questionnaire) {
  const questions = questionnaire.sections.flatMap((s) => s.questions);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const dimensions = questionnaire.dimensions.map((d) => d.id);
  const tables = new Map(questions.map((q) => [q.id, scoringTable(q, dimensions)]));
  return { questions, byId, dimensions, tables };
}

/** Builds the SurveyJS model once; `evaluate` loads an answer set into it and reads the result. */
export function surveyJsBaseline(questionnaire: Questionnaire) {
  const { byId, dimensions, tables } = parts(questionnaire);
  const json = {
    pages: questionnaire.sections.map((s) => ({ name: s.id, elements: s.questions.map((q) => element(q, byId)) })),
  };
  const model = new Model(json);
  const all: SurveyQuestion[] = model.getAllQuestions();
  const evaluate = (answers: Answers): SurveyEvaluation => {
    model.data = answers;
    return score(
      (function* () {
        for (const q of all)
          yield { name: q.name, visible: q.isVisible, empty: q.isEmpty(), required: q.isRequired, value: q.value };
      })(),
      dimensions,
      tables,
    );
  };
  return { evaluate, model };
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The same with SurveyJS's expression engine alone, without its survey model (no pages, no
 * question objects, no UI state): one `ConditionRunner` per `visibleIf` and `requiredIf`,
 * run on the answers. The expressions already carry the visibility of what they read.
 */
export function surveyJsRunnerBaseline(questionnaire: Questionnaire) {
  const { questions, byId, dimensions, tables } = parts(questionnaire);
  const compiled = questions.map((q) => ({
    q,
    visibleIf: q.visibleIf ? new ConditionRunner(expression(q.visibleIf, byId)) : null,
    requiredIf: q.requiredIf ? new ConditionRunner(expression(q.requiredIf, byId)) : null,
  }));
  const evaluate = (answers: Answers): SurveyEvaluation =>
    score(
      compiled.map(({ q, visibleIf, requiredIf }) => {
        const value = (answers as Record<string, unknown>)[q.id];
        return {
          name: q.id,
          visible: visibleIf ? visibleIf.runValues(answers) : true,
          empty: isEmpty(value),
          required: q.required === true || (requiredIf ? requiredIf.runValues(answers) : false),
          value,
        };
      }),
      dimensions,
      tables,
    );
  return { evaluate };
}
