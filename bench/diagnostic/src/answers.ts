import {
  type Answers,
  type DiagnosticResponse,
  MEMBER_ROLES,
  type Question,
  type Questionnaire,
} from '@participe/core';

/** A small seeded generator (mulberry32): the same answer sets on every run and machine. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = ['Plus de réunions le soir', 'Un café à chaque fois', 'Des réponses plus rapides'];

function answer(q: Question, rnd: () => number): Answers[string] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  switch (q.kind) {
    case 'single':
      return pick(q.options).value;
    case 'yesNoUnsure':
      return pick(['yes', 'no', 'unsure']);
    case 'scale':
      return pick(q.steps).value;
    case 'text':
      return pick(TEXTS);
    case 'multiple': {
      const exclusive = q.options.filter((o) => o.exclusive);
      if (exclusive.length && rnd() < 0.1) return [pick(exclusive).value];
      const free = q.options.filter((o) => !o.exclusive);
      const chosen = free.filter(() => rnd() < 0.4).map((o) => o.value);
      return chosen.length ? chosen.slice(0, q.maxChoices ?? chosen.length) : [pick(free).value];
    }
  }
}

/**
 * Random valid answer sets: each question answered four times out of five, hidden ones too.
 * `shape: 'sparse'` leaves unanswered questions out, as JSON would; `'row'` has every
 * question, `null` when unanswered, as a CSV row: one object shape for all rows, which
 * V8 stores compactly (objects grown key by key past a dozen keys become hash tables).
 */
export function* answerSets(q: Questionnaire, count: number, seed = 42, shape: 'sparse' | 'row' = 'sparse') {
  const rnd = random(seed);
  const questions = q.sections.flatMap((s) => s.questions);
  const template = JSON.stringify(Object.fromEntries(questions.map((x) => [x.id, null])));
  for (let i = 0; i < count; i++) {
    const a: Record<string, unknown> = shape === 'row' ? JSON.parse(template) : {};
    for (const question of questions) if (rnd() < 0.8) a[question.id] = answer(question, rnd);
    yield a as Answers;
  }
}

export const randomAnswerSets = (q: Questionnaire, count: number, seed = 42): Answers[] => [
  ...answerSets(q, count, seed),
];

/** Responses tagged with a random role, generated one at a time. */
export function* responses(q: Questionnaire, count: number, shape: 'sparse' | 'row', seed = 7) {
  const rnd = random(seed + 1);
  for (const answers of answerSets(q, count, seed, shape)) {
    const response: DiagnosticResponse = { role: MEMBER_ROLES[Math.floor(rnd() * MEMBER_ROLES.length)]!, answers };
    yield response;
  }
}
