// What the form holds (strings, one item per line) and what the API takes (a practice draft),
// both ways, and the form's errors named by field. No schema here: the checks themselves
// (`practice-editor.check.ts`) load when a sheet is first saved, so the list comes first.
import type { PracticeDraft, PracticeView } from '../practice/practice.types.js';
import {
  PRACTICE_LIST_FIELDS,
  PRACTICE_TEXT_FIELDS,
  type PracticeEditorValues,
  type PracticeErrorCode,
  type PracticeErrors,
  type PracticeFieldName,
  TRANSFORMATION_FIELDS,
} from './practice-editor.types.js';

export const EMPTY_PRACTICE_VALUES: PracticeEditorValues = {
  ...(Object.fromEntries([...PRACTICE_TEXT_FIELDS, ...PRACTICE_LIST_FIELDS].map((f) => [f, ''])) as Record<
    (typeof PRACTICE_TEXT_FIELDS)[number] | (typeof PRACTICE_LIST_FIELDS)[number],
    string
  >),
  phases: [],
  testimonies: [],
};

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A source line: a title, then optionally its web address. */
const URL_AT_END = /\s*(https?:\/\/\S+)$/;
function sourceOf(line: string): { title: string; url?: string } {
  const m = URL_AT_END.exec(line);
  if (!m?.[1]) return { title: line };
  const title = line.slice(0, m.index).trim();
  return { title: title || m[1], url: m[1] };
}

/** The form's values for a sheet as the API shows it. */
export function practiceValuesOf(sheet: PracticeDraft | PracticeView): PracticeEditorValues {
  const v: PracticeEditorValues = structuredClone(EMPTY_PRACTICE_VALUES);
  for (const f of PRACTICE_TEXT_FIELDS) v[f] = sheet[f] ?? '';
  for (const f of ['themes', 'public', 'objectives', 'actions', 'keysOfSuccess', 'vigilance', 'resourceIds'] as const)
    v[f] = (sheet[f] ?? []).join('\n');
  for (const f of TRANSFORMATION_FIELDS) v[f] = (sheet.transformations?.[f] ?? []).join('\n');
  v.sources = (sheet.sources ?? []).map((s) => (s.url ? `${s.title} ${s.url}` : s.title)).join('\n');
  v.phases = [...(sheet.phases ?? [])];
  v.testimonies = (sheet.testimonies ?? []).map((t) => ({ ...t }));
  return v;
}

/** List fields a complete sheet needs at least one item in: left out of a draft while empty. */
const NON_EMPTY_LISTS = ['themes', 'public', 'objectives', 'actions'] as const;
/** Text fields a sheet may leave empty. */
const MAY_BE_EMPTY = ['problemStatement', 'perspectives'] as const;

/**
 * The draft the API receives: lines split, blank lines left out. A field that needs words
 * (or items) is left out while empty, so a draft saves and a submit names it as missing;
 * the fields a sheet may leave empty are always sent.
 */
export function practiceDraftOf(values: PracticeEditorValues): PracticeDraft {
  const draft: Record<string, unknown> = { title: values.title.trim() };
  for (const f of PRACTICE_TEXT_FIELDS) {
    const text = values[f].trim();
    if (f !== 'title' && (text || (MAY_BE_EMPTY as readonly string[]).includes(f))) draft[f] = text;
  }
  for (const f of NON_EMPTY_LISTS) if (lines(values[f]).length) draft[f] = lines(values[f]);
  for (const f of ['keysOfSuccess', 'vigilance', 'resourceIds'] as const) draft[f] = lines(values[f]);
  draft['transformations'] = Object.fromEntries(TRANSFORMATION_FIELDS.map((f) => [f, lines(values[f])]));
  draft['sources'] = lines(values.sources).map(sourceOf);
  if (values.phases.length) draft['phases'] = [...values.phases];
  const testimonies = values.testimonies.filter((t) => t.role.trim() || t.text.trim());
  if (testimonies.length)
    draft['testimonies'] = testimonies.map((t) => ({
      viewpoint: t.viewpoint,
      role: t.role.trim(),
      text: t.text.trim(),
    }));
  return draft as PracticeDraft;
}

/** The form's field for an issue's path: `transformations.elected.0` → `elected`, `sources.1.url` → `sources`. */
export function practiceFieldOf(path: readonly (string | number)[]): PracticeFieldName | null {
  const [head, second, third] = path[0] === 'content' ? path.slice(1) : path;
  if (head === 'transformations')
    return (TRANSFORMATION_FIELDS as readonly unknown[]).includes(second) ? (second as PracticeFieldName) : 'residents';
  if (head === 'testimonies' && second !== undefined && (third === 'role' || third === 'text' || third === 'viewpoint'))
    return `testimonies.${Number(second)}.${third}`;
  const known: readonly unknown[] = [...PRACTICE_TEXT_FIELDS, ...PRACTICE_LIST_FIELDS, 'phases'];
  return known.includes(head) ? (head as PracticeFieldName) : null;
}

export interface PracticeIssue {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  origin?: string;
  minimum?: unknown;
}

function codeOf(issue: PracticeIssue): PracticeErrorCode {
  if (issue.code === 'invalid_type' || (issue.code === 'too_small' && Number(issue.minimum) <= 1)) return 'required';
  if (issue.code === 'too_big') return issue.origin === 'array' ? 'tooMany' : 'tooLong';
  return 'invalid';
}

/** The form's errors for the issues of a check, the first one of each field. */
export function practiceErrorsOf(issues: readonly PracticeIssue[], fromServer = false): PracticeErrors {
  const errors: PracticeErrors = {};
  for (const issue of issues) {
    const field = practiceFieldOf(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)));
    if (!field || errors[field]) continue;
    errors[field] = fromServer ? { code: 'invalid', message: issue.message } : { code: codeOf(issue) };
  }
  return errors;
}
