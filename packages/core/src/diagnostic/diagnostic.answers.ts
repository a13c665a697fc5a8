import { type CompiledQuestion, type CompiledQuestionnaire, compileQuestionnaire } from './diagnostic.compile.js';
import type { Answers, AnswerValue, DiagnosticIssue, Questionnaire, ValidationResult } from './diagnostic.types.js';

export const ANSWER_ERROR_CODES = [
  'unknown_question',
  'wrong_type',
  'unknown_option',
  'empty_answer',
  'duplicate_choice',
  'exclusive_combined',
  'too_many_choices',
  'too_long',
] as const;

// This module runs for every answer of every evaluation, so it is written by hand rather
// than with zod, and the valid path allocates nothing: issues are only built on failure.

function expected(q: CompiledQuestion): string {
  return [...q.choices!.keys()]
    .slice(0, 6)
    .map((v) => JSON.stringify(v))
    .join(', ');
}

function issue(path: Array<string | number>, code: string, message: string): DiagnosticIssue {
  return { path, code, message };
}

function checkMultiple(q: CompiledQuestion, value: unknown): DiagnosticIssue | null {
  const id = q.def.id;
  if (!Array.isArray(value))
    return issue([id], 'wrong_type', `"${id}" takes a list of answers, e.g. [${expected(q)}].`);
  if (value.length === 0) return issue([id], 'empty_answer', `"${id}" has no choice: leave the question out instead.`);
  for (let i = 0; i < value.length; i++) {
    const v = value[i];
    const choice = typeof v === 'string' ? q.choices!.get(v) : undefined;
    if (!choice) {
      return issue([id, i], 'unknown_option', `"${id}" has no answer ${JSON.stringify(v)}. Valid: ${expected(q)}.`);
    }
    if (value.indexOf(v) !== i) return issue([id, i], 'duplicate_choice', `"${v}" is chosen twice.`);
    if (choice.exclusive && value.length > 1) {
      return issue([id, i], 'exclusive_combined', `"${v}" cannot be combined with other answers.`);
    }
  }
  if (value.length > q.maxChoices) return issue([id], 'too_many_choices', `"${id}" takes at most ${q.maxChoices}.`);
  return null;
}

/** Why `value` is not a valid answer to `q`, or `null` when it is. */
export function checkAnswer(q: CompiledQuestion, value: unknown): DiagnosticIssue | null {
  const kind = q.def.kind;
  if (kind === 'single' || kind === 'yesNoUnsure') {
    if (typeof value === 'string' && q.choices!.has(value)) return null;
  } else if (kind === 'scale') {
    if (typeof value === 'number' && q.choices!.has(value)) return null;
  } else if (kind === 'multiple') {
    return checkMultiple(q, value);
  } else {
    const id = q.def.id;
    if (typeof value !== 'string')
      return issue([id], 'wrong_type', `"${id}" takes text, e.g. "Plus de réunions le soir".`);
    if (value.trim() === '') return issue([id], 'empty_answer', `"${id}" is empty: leave the question out instead.`);
    if (value.length > q.maxLength) return issue([id], 'too_long', `"${id}" is longer than ${q.maxLength} characters.`);
    return null;
  }
  return issue(
    [q.def.id],
    'unknown_option',
    `"${q.def.id}" has no answer ${JSON.stringify(value)}. Valid: ${expected(q)}.`,
  );
}

/** The answers laid out by question index, with the issues found on the way. */
export interface ReadAnswers {
  values: Array<AnswerValue | undefined>;
  issues: DiagnosticIssue[];
}

/**
 * Reads and checks answers in one pass over their keys. A key set to `undefined` or `null`
 * counts as no answer (rows with every column, e.g. from a CSV, are welcome); a key that
 * names no question is an issue. Issues come in questionnaire order.
 */
export function readAnswers(c: CompiledQuestionnaire, answers: Answers): ReadAnswers {
  const values: Array<AnswerValue | undefined> = new Array(c.questions.length);
  let issues: DiagnosticIssue[] | null = null;
  // `for…in` allocates nothing per key and stays fast on objects of any shape.
  for (const id in answers) {
    const q = c.byId.get(id);
    const value = answers[id] as AnswerValue | null | undefined;
    if (q === undefined) {
      issues ??= [];
      issues.push(issue([id], 'unknown_question', `This questionnaire has no question "${id}".`));
    } else if (value !== undefined && value !== null) {
      const problem = checkAnswer(q, value);
      if (problem === null) values[q.index] = value;
      else {
        issues ??= [];
        issues.push(problem);
      }
    }
  }
  if (issues !== null && issues.length > 1) issues.sort((a, b) => position(c, a) - position(c, b));
  return { values, issues: issues ?? [] };
}

function position(c: CompiledQuestionnaire, i: DiagnosticIssue): number {
  return c.byId.get(String(i.path[0]))?.index ?? c.questions.length;
}

/** Checks answers against a questionnaire. Answers to hidden questions are valid: they are simply not counted. */
export function validateAnswers(questionnaire: Questionnaire, answers: Answers): ValidationResult {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    return { ok: false, errors: [issue([], 'wrong_type', 'Answers are an object by question id.')] };
  }
  const { issues } = readAnswers(compileQuestionnaire(questionnaire), answers);
  return issues.length ? { ok: false, errors: issues } : { ok: true, errors: [] };
}
