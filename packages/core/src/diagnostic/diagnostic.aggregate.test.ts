import { describe, expect, it } from 'vitest';
import { aggregateDiagnostics, createDiagnosticAggregator } from './diagnostic.aggregate.js';
import { mini } from './diagnostic.fixtures.js';
import type { AggregateResult, DiagnosticResponse } from './diagnostic.types.js';

const q = mini();
const dim = (r: AggregateResult, id: string) => r.dimensions.find((d) => d.id === id)!;

// place: group yes = 100 (parity hidden or abstaining), group no = 0.
// feedback: answers 1 → 0, 2 → 50, 3 → 100.
const RESPONSES: DiagnosticResponse[] = [
  { role: 'concerned', answers: { group: 'no', answers: 1 } },
  { role: 'concerned', answers: { group: 'yes', parity: 'dontKnow', answers: 2 } },
  { role: 'professional', answers: { group: 'yes', parity: 'high', answers: 3 } },
  { role: 'professional', answers: { group: 'yes', parity: 'high', answers: 3 } },
  { role: 'elected', answers: { group: 'yes', parity: 'high', answers: 2 } },
];

describe('aggregateDiagnostics', () => {
  const r = aggregateDiagnostics(q, RESPONSES);

  it('counts respondents per role', () => {
    expect(r.respondents).toBe(5);
    expect(r.counts).toEqual({ concerned: 2, professional: 2, elected: 1, partner: 0, facilitator: 0 });
    expect(r.rejected).toEqual([]);
  });

  it('averages scores per role and overall', () => {
    const place = dim(r, 'place');
    expect(place.overall).toEqual({ score: 80, level: 'solid', respondents: 5 });
    expect(place.byRole).toEqual({
      concerned: { score: 50, level: 'building', respondents: 2 },
      professional: { score: 100, level: 'solid', respondents: 2 },
      elected: { score: 100, level: 'solid', respondents: 1 },
    });
    expect(dim(r, 'feedback').byRole.concerned).toEqual({ score: 25, level: 'fragile', respondents: 2 });
  });

  it('gives the largest gap between roles per dimension', () => {
    expect(dim(r, 'place').divergence).toEqual({ gap: 50, highest: 'professional', lowest: 'concerned' });
    expect(dim(r, 'feedback').divergence).toEqual({ gap: 75, highest: 'professional', lowest: 'concerned' });
  });

  it('ranks where people concerned and professionals disagree most', () => {
    expect(r.concernedVsProfessional).toEqual([
      { dimension: 'feedback', concerned: 25, professional: 100, gap: -75 },
      { dimension: 'place', concerned: 50, professional: 100, gap: -50 },
    ]);
  });

  it('counts phases and recommendations, most frequent first', () => {
    expect(r.phases).toEqual({ counts: { mobilise: 1, coConstruct: 4 }, mostCommon: 'coConstruct' });
    expect(r.recommendations).toEqual([
      { id: 'silent', phase: 'decide', count: 1, byRole: { concerned: 1 } },
      { id: 'placeFragile', phase: 'mobilise', count: 1, byRole: { concerned: 1 } },
    ]);
  });

  it('rejects bad responses with their position, and never counts them', () => {
    const bad = aggregateDiagnostics(q, [
      RESPONSES[0]!,
      { role: 'mayor', answers: {} } as unknown as DiagnosticResponse,
      { role: 'elected', answers: { group: 'perhaps' } },
      RESPONSES[2]!,
    ]);
    expect(bad.respondents).toBe(2);
    expect(bad.rejected.map((x) => [x.index, x.issues[0]!.code])).toEqual([
      [1, 'unknown_role'],
      [2, 'unknown_option'],
    ]);
    expect(bad.counts.elected).toBe(0);
  });

  it('has nothing to divide with no response', () => {
    const empty = aggregateDiagnostics(q, []);
    expect(empty.respondents).toBe(0);
    expect(dim(empty, 'place')).toEqual({
      id: 'place',
      overall: { score: null, level: null, respondents: 0 },
      byRole: {},
      divergence: null,
    });
    expect(empty.phases.mostCommon).toBeNull();
  });

  it('takes any iterable, one response at a time', () => {
    function* stream() {
      yield* RESPONSES;
    }
    expect(aggregateDiagnostics(q, stream())).toEqual(r);
    const aggregator = createDiagnosticAggregator(q);
    expect(aggregator.add(RESPONSES[0]!)).toBeNull();
    expect(aggregator.add({ role: 'concerned', answers: { nope: 'x' } })).toHaveLength(1);
    expect(aggregator.result().respondents).toBe(1);
  });
});
