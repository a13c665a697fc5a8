// The form's strings and the API's draft, both ways; and errors named by the form's fields.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHASE_IDS } from '../cycle/cycle.phases.js';
import type { PracticeDraft } from '../practice/practice.types.js';
import { checkPracticeValues } from './practice-editor.check.js';
import {
  EMPTY_PRACTICE_VALUES,
  practiceDraftOf,
  practiceErrorsOf,
  practiceValuesOf,
} from './practice-editor.values.js';

/** One line a person could type: no line break, no space around it, never empty. */
const line = fc
  .string({ minLength: 1, maxLength: 40 })
  .map((s) => s.replace(/\s+/g, ' ').trim())
  .filter((s) => s.length > 0 && !/https?:\/\//.test(s));
const lines = (min: number) => fc.array(line, { minLength: min, maxLength: 4 });

const draft: fc.Arbitrary<PracticeDraft> = fc.record({
  title: line,
  territory: line,
  themes: lines(1),
  public: lines(1),
  objectives: lines(1),
  actions: lines(1),
  problemStatement: fc.oneof(fc.constant(''), line),
  perspectives: fc.oneof(fc.constant(''), line),
  keysOfSuccess: lines(0),
  vigilance: lines(0),
  resourceIds: lines(0),
  transformations: fc.record({ residents: lines(0), professionals: lines(0), elected: lines(0), partners: lines(0) }),
  sources: fc.array(
    fc.record({ title: line, url: fc.constantFrom('https://exemple.fr/a', 'http://exemple.fr/b?c=1') }),
    { maxLength: 3 },
  ),
  phases: fc.uniqueArray(fc.constantFrom(...PHASE_IDS), { minLength: 1 }),
  testimonies: fc.array(
    fc.record({
      viewpoint: fc.constantFrom('residents', 'professionals', 'elected', 'partners'),
      role: line,
      text: line,
    }),
    { minLength: 1, maxLength: 3 },
  ),
}) as fc.Arbitrary<PracticeDraft>;

describe('practice values', () => {
  it('gives back the same draft after a trip through the form', () => {
    fc.assert(
      fc.property(draft, (d) => {
        expect(practiceDraftOf(practiceValuesOf(d))).toEqual(d);
      }),
    );
  });

  it('leaves out blank lines and fields that need words, and keeps what a sheet may leave empty', () => {
    const d = practiceDraftOf({ ...EMPTY_PRACTICE_VALUES, title: ' Un titre ', themes: '\n mobilité \n\n' });
    expect(d).toEqual({
      title: 'Un titre',
      themes: ['mobilité'],
      problemStatement: '',
      perspectives: '',
      keysOfSuccess: [],
      vigilance: [],
      resourceIds: [],
      transformations: { residents: [], professionals: [], elected: [], partners: [] },
      sources: [],
    });
  });

  it('reads a web address at the end of a source line', () => {
    const d = practiceDraftOf({
      ...EMPTY_PRACTICE_VALUES,
      title: 't',
      sources: 'Bilan 2024 https://exemple.fr/bilan\nCarnet',
    });
    expect(d.sources).toEqual([{ title: 'Bilan 2024', url: 'https://exemple.fr/bilan' }, { title: 'Carnet' }]);
  });

  it('names the form’s field of each problem: missing, too long, not a date, a testimony’s role', () => {
    const values = {
      ...EMPTY_PRACTICE_VALUES,
      title: 'x'.repeat(201),
      startDate: 'septembre',
      testimonies: [{ viewpoint: 'residents' as const, role: '', text: 'On a été écoutés.' }],
    };
    expect(checkPracticeValues(values, 'draft')).toEqual({
      title: { code: 'tooLong' },
      startDate: { code: 'invalid' },
      'testimonies.0.role': { code: 'required' },
    });
    const complete = checkPracticeValues(values, 'complete');
    for (const field of ['territory', 'themes', 'public', 'context', 'phases', 'contactRole', 'evaluation'])
      expect(complete, field).toHaveProperty(field, { code: 'required' });
  });

  it('maps the server’s issue paths to fields, keeping its message', () => {
    expect(
      practiceErrorsOf(
        [
          { path: ['content', 'transformations', 'elected', 0], message: 'Trop long' },
          { path: ['content', 'sources', 1, 'url'], message: 'Adresse invalide' },
          { path: ['unknown'], message: 'ignored' },
        ],
        true,
      ),
    ).toEqual({
      elected: { code: 'invalid', message: 'Trop long' },
      sources: { code: 'invalid', message: 'Adresse invalide' },
    });
  });
});
