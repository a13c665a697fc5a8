import type { PhaseId } from './cycle.phases.js';
import type { CycleContext } from './cycle.types.js';

/** What a phase still needs before the group may move on; each is a guard of the cycle machine, in words a widget can say. */
export const ADVANCE_NEEDS = [
  'members',
  'charter',
  'problem',
  'contribution',
  'answers',
  'commitments',
  'progress',
  'evaluation',
] as const;
export type AdvanceNeed = (typeof ADVANCE_NEEDS)[number];

/** What keeps the group in `phase` today; empty when it may move on (the machine's `cycle.advance` guards, read for people). */
export function advanceNeeds(
  phase: PhaseId,
  c: Pick<CycleContext, 'facts' | 'problemStatement' | 'evaluation' | 'decideOverride'>,
): AdvanceNeed[] {
  const f = c.facts;
  const needs: Array<[boolean, AdvanceNeed]> =
    phase === 'mobilise'
      ? [
          [f.memberCount === 0, 'members'],
          [f.charterAdoptedOn === null, 'charter'],
        ]
      : phase === 'diagnose'
        ? [[c.problemStatement === null, 'problem']]
        : phase === 'coConstruct'
          ? [[f.contributionCount === 0, 'contribution']]
          : phase === 'decide'
            ? [[f.unansweredCount > 0 && c.decideOverride === null, 'answers']]
            : phase === 'act'
              ? [
                  [f.commitmentCount === 0, 'commitments'],
                  [f.commitmentsWithProgress < f.commitmentCount, 'progress'],
                ]
              : phase === 'evaluate'
                ? [[(c.evaluation?.viewpoints.length ?? 0) < 2, 'evaluation']]
                : [];
  return needs.filter(([missing]) => missing).map(([, need]) => need);
}
