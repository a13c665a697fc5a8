import { describe, expect, it } from 'vitest';
import { commitmentDoneBy, commitmentState } from './commitment.js';
import type { Commitment, ProgressUpdate } from './contribution.types.js';

const BUS: Commitment = {
  id: 'k_bus',
  what: 'Ajouter un bus à 8 h 10',
  owner: 'Service mobilité',
  due: '2026-09-01',
  milestones: [
    { id: 'm_vote', label: 'Vote du nouvel horaire', due: '2026-04-15' },
    { id: 'm_start', label: 'Premier bus', due: '2026-09-01' },
  ],
};
const at = (day: string) => `${day}T10:00:00.000Z`;
const update = (percent: number, day: string, met?: string[]): ProgressUpdate & { at: string } => ({
  commitmentId: 'k_bus',
  text: 'Où nous en sommes.',
  percent,
  at: at(day),
  ...(met ? { milestonesMet: met } : {}),
});

describe('commitmentState', () => {
  it('is on time, at 0 %, before anything is reported and before any day passes', () => {
    expect(commitmentState(BUS, [], '2026-03-01')).toMatchObject({ percent: 0, done: false, late: false });
  });

  it('is late once a milestone’s day is over unmet, not on the day itself', () => {
    expect(commitmentState(BUS, [], at('2026-04-15')).late).toBe(false);
    const s = commitmentState(BUS, [update(30, '2026-03-20')], at('2026-04-16'));
    expect(s).toMatchObject({ percent: 30, late: true });
    expect(s.milestones.map((m) => [m.id, m.late])).toEqual([
      ['m_vote', true],
      ['m_start', false],
    ]);
  });

  it('a milestone met by an update is no longer late; the last percent counts', () => {
    const s = commitmentState(BUS, [update(60, '2026-04-20', ['m_vote']), update(50, '2026-05-01')], '2026-05-02');
    expect(s).toMatchObject({ percent: 50, late: false });
    expect(s.milestones[0]).toMatchObject({ metAt: at('2026-04-20'), late: false });
  });

  it('done at 100 %: every step is met, nothing is late, even past its day', () => {
    const s = commitmentState(BUS, [update(100, '2026-10-01')], '2027-01-01');
    expect(s).toMatchObject({ percent: 100, done: true, doneAt: at('2026-10-01'), late: false });
    expect(s.milestones.every((m) => m.metAt === at('2026-10-01') && !m.late)).toBe(true);
  });

  it('ignores the updates of other commitments; no milestones is fine', () => {
    const plain = { ...BUS, milestones: undefined };
    const other = { ...update(100, '2026-03-01'), commitmentId: 'k_other' };
    expect(commitmentState(plain, [other], '2026-03-02')).toMatchObject({ percent: 0, done: false, milestones: [] });
  });
});

describe('commitmentDoneBy', () => {
  it('names the commitment an update brings to 100 %, once', () => {
    expect(commitmentDoneBy([BUS], [], update(100, '2026-09-01'))).toBe(BUS);
    expect(commitmentDoneBy([BUS], [update(100, '2026-09-01')], update(100, '2026-09-02'))).toBeNull();
    expect(
      commitmentDoneBy([BUS], [update(100, '2026-09-01'), update(80, '2026-09-02')], update(100, '2026-09-03')),
    ).toBe(BUS);
    expect(commitmentDoneBy([BUS], [], update(90, '2026-09-01'))).toBeNull();
  });
});
