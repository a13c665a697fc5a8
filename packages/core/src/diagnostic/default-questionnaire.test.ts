import { describe, expect, it } from 'vitest';
import { resources } from '../content/fr/resources.js';
import {
  buildDefaultQuestionnaire,
  DEFAULT_QUESTIONNAIRE_ID,
  defaultQuestionnaire,
  defaultQuestionnaireEn,
  defaultQuestionnaireTextsEn,
  defaultQuestionnaireTextsFr,
  getDefaultQuestionnaire,
} from './default-questionnaire.js';
import { evaluateDiagnostic } from './diagnostic.evaluate.js';
import { validateQuestionnaire } from './diagnostic.validate.js';

/** The resource-centre entries recommendations may point to: the ones that exist. */
const RESOURCE_IDS = resources.map((r) => r.id);

/** Every path to a string in a nested object, e.g. `questions.parity.options.half.falc`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(strings);
}

describe('the default questionnaire', () => {
  it.each([
    ['fr', defaultQuestionnaire],
    ['en', defaultQuestionnaireEn],
  ])('is valid in %s and points only to resources of the resource centre', (_locale, q) => {
    expect(validateQuestionnaire(q, { resourceIds: RESOURCE_IDS })).toEqual({ ok: true, errors: [] });
  });

  it('asks at least 30 questions over at least 8 dimensions', () => {
    const questions = defaultQuestionnaire.sections.flatMap((s) => s.questions);
    expect(questions.length).toBeGreaterThanOrEqual(30);
    expect(defaultQuestionnaire.dimensions.length).toBeGreaterThanOrEqual(8);
    expect(defaultQuestionnaire.title.standard).toBe('Où en est notre démarche participative\u00a0?');
  });

  it('weighs every dimension with at least two questions', () => {
    for (const d of defaultQuestionnaire.dimensions) {
      const weighing = defaultQuestionnaire.sections
        .flatMap((s) => s.questions)
        .filter((q) => JSON.stringify(q).includes(`"${d.id}":`));
      expect(weighing.length, d.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('has every key of fr in en, and nothing more', () => {
    expect(keyPaths(defaultQuestionnaireTextsEn)).toEqual(keyPaths(defaultQuestionnaireTextsFr));
  });

  it('never leaves a text empty, and has a FALC variant for every text', () => {
    for (const texts of [defaultQuestionnaireTextsFr, defaultQuestionnaireTextsEn]) {
      for (const s of strings(texts)) expect(s.trim().length).toBeGreaterThan(0);
      const paths = keyPaths(texts);
      expect(paths.filter((p) => p.endsWith('.standard')).length).toBe(paths.filter((p) => p.endsWith('.falc')).length);
    }
  });

  it('keeps FALC sentences short', () => {
    const falc = keyPaths(defaultQuestionnaireTextsFr)
      .filter((p) => p.endsWith('.falc'))
      .map((p) =>
        p.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], defaultQuestionnaireTextsFr),
      );
    for (const text of falc as string[]) {
      for (const sentence of text.split(/[.?!]\s/)) expect(sentence.split(/\s+/).length, text).toBeLessThanOrEqual(20);
    }
  });

  it('shares id and version across languages, so answers carry over', () => {
    expect(defaultQuestionnaireEn.id).toBe(DEFAULT_QUESTIONNAIRE_ID);
    expect(defaultQuestionnaireEn.version).toBe(defaultQuestionnaire.version);
    const answers = { parity: 'half', charterAdopted: 'yes', nothingChanges: 4, outreachMeans: ['mailOnly'] };
    const fr = evaluateDiagnostic(defaultQuestionnaire, answers);
    const en = evaluateDiagnostic(defaultQuestionnaireEn, answers);
    expect(en.dimensions).toEqual(fr.dimensions);
    expect(en.recommendations.map((r) => r.id)).toEqual(fr.recommendations.map((r) => r.id));
    expect(getDefaultQuestionnaire('en')).toBe(defaultQuestionnaireEn);
  });

  it('reads "nothing changes" as bad news for the feedback loop', () => {
    const score = (nothingChanges: number) =>
      evaluateDiagnostic(defaultQuestionnaire, { nothingChanges }).dimensions.find((d) => d.id === 'feedbackLoop')!
        .score;
    expect(score(1)).toBe(100);
    expect(score(4)).toBe(0);
  });

  it('estimates the phase from the cycle’s exit criteria', () => {
    const phase = (answers: Record<string, string>) => evaluateDiagnostic(defaultQuestionnaire, answers).phase;
    expect(phase({ parity: 'half' })).toEqual({ current: 'mobilise', completed: [] });
    expect(phase({ parity: 'half', charterAdopted: 'yes', problemStated: 'yes' })).toEqual({
      current: 'coConstruct',
      completed: ['mobilise', 'diagnose'],
    });
  });

  it('fails loudly when a text pack misses a key', () => {
    const { parity: _missing, ...questions } = defaultQuestionnaireTextsFr.questions;
    const broken = { ...defaultQuestionnaireTextsFr, questions } as unknown as typeof defaultQuestionnaireTextsFr;
    expect(() => buildDefaultQuestionnaire(broken, 'fr')).toThrow('no text for question "parity"');
  });
});
