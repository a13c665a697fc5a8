// The groups the cycle's browser tests and stories show: a real in-process back end over the
// memory store, the group's cycle written step by step as its facilitator took it.
import { createLocalBackoffice } from '@participe/adapters/local';
import type { CycleEvent } from '@participe/core';
import { seeded } from '../testing/seed.js';

export const at = '2026-02-01T10:00:00.000Z';
const system = { role: 'system' as const, id: null };
export const facilitator = { role: 'facilitator' as const, id: 'fac_1' };
const advance: CycleEvent = { type: 'cycle.advance', actor: facilitator, at };

/** A first round gone all the way round, then the second one up to `decide`, its problem (`statement`) stated. */
export const roundTwoInDecide = (
  statement = 'Nous n’avons pas de garde d’enfants pendant les réunions.',
): CycleEvent[] => [
  { type: 'cycle.facts', facts: { memberCount: 14, charterAdoptedOn: '2026-01-15' }, actor: system, at },
  advance,
  { type: 'cycle.problem.state', statement: 'Le bus passe trop tard.', actor: facilitator, at },
  advance,
  { type: 'cycle.facts', facts: { contributionCount: 2, unansweredCount: 0, commitmentCount: 1 }, actor: system, at },
  advance,
  advance,
  { type: 'cycle.facts', facts: { commitmentsWithProgress: 1 }, actor: system, at },
  advance,
  { type: 'cycle.evaluation.record', viewpoints: ['residents', 'elected'], summary: 'Bilan.', actor: facilitator, at },
  advance,
  advance, // share → mobilise, round 2
  advance,
  { type: 'cycle.problem.state', statement, actor: facilitator, at },
  advance,
  { type: 'cycle.facts', facts: { contributionCount: 3, unansweredCount: 3 }, actor: system, at },
  advance,
];

/** The default group (`groupe-rsa-nord`) with its cycle's `events`, and its public back end. */
export async function groupWith(events: CycleEvent[]) {
  const { store, backend } = await seeded([]);
  for (const [i, e] of events.entries()) {
    if (!(await store.appendCycleEvent('s_nord', i, e))) throw new Error(`cycle event ${i} refused`);
  }
  return { store, backend };
}

/** The group in `decide`, its facilitator `m_fac` a member, and the steering back end of `memberId` (an outsider for another id). */
export async function steeredGroup(memberId = 'm_fac', events = roundTwoInDecide()) {
  const { store, backend } = await groupWith(events);
  await store.putMember({
    id: 'm_fac',
    spaceId: 's_nord',
    displayName: 'Dominique',
    role: 'facilitator',
    joinedOn: '2026-01-10',
    leftOn: null,
    consents: [],
  });
  const staffBackend = createLocalBackoffice(store, {
    caller: { role: 'facilitator', memberId, spaceIds: memberId === 'm_fac' ? ['s_nord'] : ['autre'] },
    now: () => new Date('2026-03-15T12:00:00.000Z'),
  });
  return { store, backend, staffBackend };
}
