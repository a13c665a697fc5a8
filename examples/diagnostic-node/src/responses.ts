import {
  type AnswerValue,
  type DiagnosticResponse,
  MEMBER_ROLES,
  type MemberRole,
  type Question,
  type Questionnaire,
  validateAnswers,
} from '@participe/core';
import { parseCsv } from './csv.js';

/** A row left out, with the line of the CSV file and why. */
export interface RowProblem {
  line: number;
  message: string;
}

export interface ReadResult {
  responses: Array<DiagnosticResponse & { line: number }>;
  /** Rows that were skipped: each is reported, none is counted. */
  problems: RowProblem[];
  /** A problem with the file as a whole (header, quoting): nothing can be read. */
  fatal: string | null;
}

/** In a `multiple` cell, choices are separated by `|`, e.g. `doorToDoor|peers`. */
export const CHOICE_SEPARATOR = '|';

/** A cell as the answer its question expects; `undefined` for an empty cell. */
function cellValue(question: Question, cell: string): AnswerValue | undefined | Error {
  const text = cell.trim();
  if (text === '') return undefined;
  switch (question.kind) {
    case 'scale': {
      const n = Number(text);
      return Number.isInteger(n) ? n : new Error(`"${question.id}" expects a whole number, found "${text}"`);
    }
    case 'multiple':
      return text.split(CHOICE_SEPARATOR).map((v) => v.trim());
    case 'text':
      return cell;
    default:
      return text;
  }
}

/**
 * Reads responses from CSV — comma- or semicolon-separated, with or without the byte order
 * mark French Excel writes — with a `role` column (one of the member roles) and one column per
 * question id. Empty cells are unanswered questions. A row with the wrong number of cells,
 * an unknown role or an answer that does not fit is reported with its line and skipped.
 */
export function readResponses(csv: string, questionnaire: Questionnaire): ReadResult {
  const { records, error } = parseCsv(csv);
  if (error) return { responses: [], problems: [], fatal: error };
  const [header, ...rows] = records;
  if (!header) return { responses: [], problems: [], fatal: 'the file is empty' };

  const questions = new Map(questionnaire.sections.flatMap((s) => s.questions).map((q) => [q.id, q]));
  const columns = header.cells.map((c) => c.trim());
  const roleColumn = columns.indexOf('role');
  const unknown = columns.filter((c) => c !== 'role' && !questions.has(c));
  if (roleColumn === -1) return { responses: [], problems: [], fatal: 'line 1: the header has no "role" column' };
  if (unknown.length) {
    return { responses: [], problems: [], fatal: `line 1: unknown column(s) ${unknown.join(', ')}` };
  }

  const responses: ReadResult['responses'] = [];
  const problems: RowProblem[] = [];
  for (const { line, cells } of rows) {
    if (cells.length !== columns.length) {
      problems.push({ line, message: `${cells.length} cells where the header has ${columns.length}` });
      continue;
    }
    const role = cells[roleColumn]!.trim() as MemberRole;
    if (!MEMBER_ROLES.includes(role)) {
      problems.push({ line, message: `unknown role "${role}" (expected one of ${MEMBER_ROLES.join(', ')})` });
      continue;
    }
    const answers: Record<string, AnswerValue> = {};
    const errors: string[] = [];
    columns.forEach((column, i) => {
      if (i === roleColumn) return;
      const value = cellValue(questions.get(column)!, cells[i]!);
      if (value instanceof Error) errors.push(value.message);
      else if (value !== undefined) answers[column] = value;
    });
    if (!errors.length) {
      const check = validateAnswers(questionnaire, answers);
      for (const e of check.errors) errors.push(e.message);
    }
    if (errors.length) problems.push({ line, message: errors.join('; ') });
    else responses.push({ line, role, answers });
  }
  return { responses, problems, fatal: null };
}
