import { describe, expect, it } from 'vitest';
import { contentPacks } from '../content/packs.js';
import { builtinPracticeContent } from './practice.builtin.js';
import { PracticeContentSchema, PracticeDraftSchema, PracticeViewSchema } from './practice.schema.js';
import {
  expandQuery,
  matchesTerms,
  PRACTICE_THESAURUS,
  practiceFacetCounts,
  relatedPractices,
  stem,
} from './practice.search.js';
import type { PracticeView } from './practice.types.js';

describe('practice sheets', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`every built-in ${locale} sheet maps to a complete sheet, with a role as contact`, () => {
      for (const sheet of contentPacks[locale].practices) {
        const content = builtinPracticeContent(sheet, locale);
        const parsed = PracticeContentSchema.safeParse(content);
        expect(parsed.success, `${sheet.id}: ${parsed.error?.message}`).toBe(true);
        expect(content.startDate).toBe(String(sheet.year));
        expect(content.contactRole).not.toMatch(/@|\d{2} ?\d{2} ?\d{2}/);
      }
    });
  }

  it('a draft needs a title only; a complete sheet names each missing field', () => {
    expect(PracticeDraftSchema.safeParse({ title: 'Un minibus' }).success).toBe(true);
    const r = PracticeContentSchema.safeParse({ title: 'Un minibus' });
    const paths = r.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['themes', 'public', 'startDate', 'contactRole', 'phases']));
    expect(PracticeContentSchema.shape.startDate.safeParse('2023-13').success).toBe(false);
    expect(PracticeContentSchema.shape.startDate.safeParse('2023-09').success).toBe(true);
  });
});

describe('French search', () => {
  it('folds accents and case, and widens a word with its synonyms', () => {
    expect(expandQuery('Mobilité le soir')).toEqual([
      ['mobilite', 'transport', 'deplacement', 'covoiturage'],
      ['soir'],
    ]);
    expect(expandQuery('transports')[0]).toContain('mobilite');
    expect(stem('transports')).toBe(stem('transport'));
    expect(stem('mobilités')).toBe(stem('mobilite'));
    for (const group of PRACTICE_THESAURUS) for (const w of group) expect(w).toMatch(/^[a-z]+$/);
  });

  it('matches every group of words, by stem', () => {
    const terms = expandQuery('mobilité soir');
    expect(matchesTerms('Des bons de TRANSPORTS pour le soir', terms)).toBeGreaterThan(0);
    expect(matchesTerms('La mobilite des membres, le soir', terms)).toBeGreaterThan(0);
    expect(matchesTerms('Des transports le matin', terms)).toBe(0);
  });

  const view = (id: string, over: Partial<PracticeView>): PracticeView =>
    PracticeViewSchema.parse({
      id,
      locale: 'fr',
      status: 'published',
      version: 1,
      spaceId: null,
      shared: false,
      origin: { organisation: 'default', name: 'Conseil' },
      review: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      publishedAt: '2026-01-01T00:00:00.000Z',
      title: id,
      ...over,
    });

  it('counts facets over the sheets given, most frequent first', () => {
    const f = practiceFacetCounts([
      { title: 'a', themes: ['mobilité'], public: ['familles'], phases: ['act'] },
      { title: 'b', themes: ['mobilité', 'logement'], public: ['familles'], phases: ['act', 'act'] },
    ]);
    expect(f.theme).toEqual([
      { value: 'mobilité', count: 2 },
      { value: 'logement', count: 1 },
    ]);
    expect(f.phase).toEqual([{ value: 'act', count: 2 }]);
    expect(f.public).toEqual([{ value: 'familles', count: 2 }]);
  });

  it('"vous aimerez aussi": shared themes and phases first, words in common next, never itself', () => {
    const sheet = view('minibus', { themes: ['mobilité'], phases: ['act'], context: 'Un minibus le soir' });
    const close = view('bus', { themes: ['mobilité'], phases: ['act'], context: 'Un bus le soir' });
    const words = view('navette', { themes: ['logement'], phases: ['share'], context: 'Un minibus le soir' });
    const far = view('jardin', { themes: ['cadre de vie'], phases: ['share'], context: 'Des bacs de culture' });
    expect(relatedPractices(sheet, [sheet, far, words, close]).map((p) => p.id)).toEqual(['bus', 'navette']);
  });
});
