import { initialTransition, type SnapshotFrom, transition } from 'xstate';
import { type CycleMachine, cycleMachine } from './cycle.machine.js';
import type { PhaseId } from './cycle.phases.js';
import type { CycleEvent, CycleInput } from './cycle.types.js';

export type CycleSnapshot = SnapshotFrom<CycleMachine>;

export const startCycle = (input: CycleInput): CycleSnapshot => initialTransition(cycleMachine, input)[0];

export const phaseOf = (snapshot: CycleSnapshot): PhaseId => snapshot.value as PhaseId;

/** Applies a cycle event; `null` when the machine refuses it (wrong role, guard not met). */
export function applyCycleEvent(snapshot: CycleSnapshot, event: CycleEvent): CycleSnapshot | null {
  if (!snapshot.can(event)) return null;
  return transition(cycleMachine, snapshot, event)[0];
}

/** Rebuilds a cycle from its stored events; refused events are a corrupt history and throw. */
export function replayCycle(input: CycleInput, events: readonly CycleEvent[]): CycleSnapshot {
  let snapshot = startCycle(input);
  events.forEach((event, i) => {
    const next = applyCycleEvent(snapshot, event);
    if (!next) throw new Error(`Cycle event #${i + 1} (${event.type}) refused in ${phaseOf(snapshot)}`);
    snapshot = next;
  });
  return snapshot;
}
