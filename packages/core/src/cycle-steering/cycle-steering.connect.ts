import type { SnapshotFrom } from 'xstate';
import { advanceNeeds } from '../cycle/cycle.needs.js';
import { backTargets, PHASE_IDS, type PhaseId } from '../cycle/cycle.phases.js';
import { type CycleSteeringMachine, formsOffered } from './cycle-steering.machine.js';
import type { SteeringIssue } from './cycle-steering.types.js';

export type CycleSteeringSnapshot = SnapshotFrom<CycleSteeringMachine>;
export type CycleSteeringState = 'idle' | 'loading' | 'error' | 'choosing' | 'editing' | 'sending' | 'reloading';

/** What the steering panel shows for a snapshot. */
export function connectCycleSteering(snapshot: CycleSteeringSnapshot) {
  const c = snapshot.context;
  const value = snapshot.value;
  const state = (typeof value === 'string' ? value : (value.ready as string)) as CycleSteeringState;
  const cycle = c.cycle;
  const number = (id: PhaseId) => PHASE_IDS.indexOf(id) + 1;
  const next = cycle ? PHASE_IDS[number(cycle.phase) % PHASE_IDS.length]! : null;
  return {
    state,
    busy: state === 'idle' || state === 'loading' || state === 'sending' || state === 'reloading',
    cycle,
    /** The phase a move forward leads to; after `share`, a new round at `mobilise`. */
    next: cycle && next ? { id: next, number: number(next), newRound: cycle.phase === 'share' } : null,
    /** What keeps the group in its phase today; empty when it may move on. */
    needs: cycle ? advanceNeeds(cycle.phase, cycle) : [],
    canAdvance: cycle?.canAdvance === true,
    forms: formsOffered(cycle),
    form: c.form,
    draft: c.draft,
    /** The earlier phases of the round, for the form that goes back. */
    backTo: cycle ? backTargets(cycle.phase).map((id) => ({ id, number: number(id) })) : [],
    issues: c.issues,
    issueFor: (path: string): SteeringIssue | null => c.issues.find((i) => i.path === path) ?? null,
    failure: c.failure,
    done: c.done,
  };
}

export type CycleSteeringView = ReturnType<typeof connectCycleSteering>;
