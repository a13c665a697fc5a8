// The practice schemas' checks on what the form holds: the same rules as the server's, loaded
// on demand (the machine's `check` actor imports this module when a sheet is first saved).
import { PracticeContentSchema, PracticeDraftSchema } from '../practice/practice.schema.js';
import type { PracticeEditorValues, PracticeErrors } from './practice-editor.types.js';
import { type PracticeIssue, practiceDraftOf, practiceErrorsOf } from './practice-editor.values.js';

/**
 * What is wrong with the values: for saving, a title and lengths (`draft`); for submitting,
 * every field a published sheet needs (`complete`).
 */
export function checkPracticeValues(values: PracticeEditorValues, level: 'draft' | 'complete'): PracticeErrors {
  const schema = level === 'complete' ? PracticeContentSchema : PracticeDraftSchema;
  const result = schema.safeParse(practiceDraftOf(values));
  return result.success ? {} : practiceErrorsOf(result.error.issues as unknown as PracticeIssue[]);
}
