import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEMBER_ROLES } from '../shared/roles.js';
import { defaultQuestionnaire } from './default-questionnaire.js';
import { aggregateDiagnostics } from './diagnostic.aggregate.js';
import { evaluateDiagnostic } from './diagnostic.evaluate.js';
import { allQuestions, answerArbitrary, answersArbitrary, mini } from './diagnostic.fixtures.js';
import type { Questionnaire } from './diagnostic.types.js';

// The same properties hold for the default questionnaire and for the small fixture,
// whose few questions make hidden and abstaining answers frequent.
const QUESTIONNAIRES: Array<[string, Questionnaire]> = [
  ['default', defaultQuestionnaire],
  ['mini', mini()],
];
const RUNS = { numRuns: 300 };

describe.each(QUESTIONNAIRES)('properties of the %s questionnaire', (_name, questionnaire) => {
  const answers = answersArbitrary(questionnaire);
  const levels = new Set(questionnaire.levels.map((l) => l.id));

  it('random answer sets never throw and give scores within 0–100', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = evaluateDiagnostic(questionnaire, a);
        for (const d of r.dimensions) {
          if (d.score === null) {
            expect(d.level).toBeNull();
            expect(d.answered).toBe(0);
          } else {
            expect(d.score).toBeGreaterThanOrEqual(0);
            expect(d.score).toBeLessThanOrEqual(100);
            expect(levels.has(d.level!)).toBe(true);
          }
        }
        for (const id of r.missingRequired) expect(r.visible).toContain(id);
      }),
      RUNS,
    );
  });

  it('an aggregate of one response equals its evaluation', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...MEMBER_ROLES), (a, role) => {
        const one = evaluateDiagnostic(questionnaire, a);
        const agg = aggregateDiagnostics(questionnaire, [{ role, answers: a }]);
        expect(agg.respondents).toBe(1);
        expect(agg.counts[role]).toBe(1);
        agg.dimensions.forEach((d, i) => {
          const e = one.dimensions[i]!;
          const expected = { score: e.score, level: e.level, respondents: e.score === null ? 0 : 1 };
          expect(d.overall).toEqual(expected);
          expect(d.byRole[role]).toEqual(expected);
          expect(d.divergence).toBeNull();
        });
        expect(agg.phases.mostCommon).toBe(one.phase?.current ?? null);
        expect(agg.recommendations.map((r) => r.id).sort()).toEqual(one.recommendations.map((r) => r.id).sort());
      }),
      RUNS,
    );
  });

  it('adding an answer to a hidden question changes nothing', () => {
    const questions = allQuestions(questionnaire);
    const withHidden = answers.chain((a) => {
      const r = evaluateDiagnostic(questionnaire, a);
      const hidden = questions.filter((q) => !r.visible.includes(q.id));
      if (hidden.length === 0) return fc.constant(null);
      return fc
        .constantFrom(...hidden)
        .chain((q) => answerArbitrary(q).map((value) => ({ before: a, after: { ...a, [q.id]: value } })));
    });
    fc.assert(
      fc.property(withHidden, (pair) => {
        fc.pre(pair !== null);
        expect(evaluateDiagnostic(questionnaire, pair!.after)).toEqual(evaluateDiagnostic(questionnaire, pair!.before));
      }),
      RUNS,
    );
  });

  it('the aggregate never depends on the order of the responses', () => {
    const responses = fc.array(fc.record({ role: fc.constantFrom(...MEMBER_ROLES), answers }), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(responses, (rs) => {
        const forward = aggregateDiagnostics(questionnaire, rs);
        const backward = aggregateDiagnostics(questionnaire, [...rs].reverse());
        expect(backward).toEqual(forward);
      }),
      { numRuns: 100 },
    );
  });
});
