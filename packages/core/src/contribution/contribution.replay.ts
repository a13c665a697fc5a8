import { type AnyActorScope, createActor } from 'xstate';
import type { ContributionSnapshot } from './contribution.connect.js';
import { CONTRIBUTION_EVENT_DATA } from './contribution.events.schema.js';
import { contributionMachine } from './contribution.machine.js';
import { roleMay } from './contribution.roles.js';
import type { ContributionEvent, ContributionMachineInput, StoredContributionEvent } from './contribution.types.js';

let shared: AnyActorScope | undefined;

/**
 * The actor scope of every pure step below. xstate's `initialTransition` and `transition`
 * build a new actor at each call, which computes a first snapshot of its own, without
 * input (our context needs one: it throws, and xstate catches it) — most of the cost of a
 * create or of an event. The machine only assigns and guards (nothing spawned, no action to
 * run later), so one scope without effects serves every call. The first call's actor stands
 * as its `self`, never started. `contribution.replay.test.ts` checks each step against
 * xstate's own `initialTransition` and `transition`.
 */
function inertScope(first: { input: ContributionMachineInput } | { snapshot: ContributionSnapshot }): AnyActorScope {
  if (shared) return shared;
  // From a snapshot the actor restores it (no input needed); xstate's types ask for one always.
  const self = createActor(contributionMachine, first as { input: ContributionMachineInput });
  shared = {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    logger: () => {},
    defer: () => {},
    emit: () => {},
    stopChild: () => {},
    actionExecutor: () => {},
  };
  return shared;
}

/** The first snapshot of a contribution, from its `contribution.created` data. */
export function createContribution(input: ContributionMachineInput): ContributionSnapshot {
  return contributionMachine.getInitialSnapshot(inertScope({ input }), input);
}

export type ApplyResult =
  | { ok: true; snapshot: ContributionSnapshot }
  /** `forbidden`: this role may never send this event. `refused`: not possible in this state. */
  | { ok: false; reason: 'forbidden' | 'refused'; status: string };

/**
 * Applies one event without an actor. The server uses it to refuse an impossible change
 * (409) or a role that may not send it (403) before anything is written.
 */
export function applyEvent(snapshot: ContributionSnapshot, event: ContributionEvent): ApplyResult {
  if (!roleMay(event.actor.role, event.type))
    return { ok: false, reason: 'forbidden', status: JSON.stringify(snapshot.value) };
  if (snapshot.status !== 'active' || !snapshot.can(event))
    return { ok: false, reason: 'refused', status: JSON.stringify(snapshot.value) };
  return { ok: true, snapshot: contributionMachine.transition(snapshot, event, inertScope({ snapshot })) };
}

/** Turns a stored event back into the event the machine took. Data is re-validated. */
export function toMachineEvent(stored: StoredContributionEvent): ContributionEvent {
  if (stored.type === 'contribution.created') throw new Error('contribution.created is the input, not an event');
  const data = CONTRIBUTION_EVENT_DATA[stored.type].parse(stored.data);
  return { ...data, type: stored.type, actor: stored.actor, at: stored.at } as ContributionEvent;
}

export class ReplayError extends Error {
  constructor(
    message: string,
    readonly seq: number,
  ) {
    super(message);
    this.name = 'ReplayError';
  }
}

/**
 * Rebuilds a contribution's snapshot from its stored events with the same machine, so the
 * server's projection, the public timeline and the audit log always agree. Throws a
 * `ReplayError` naming the event when the list is not a history the machine accepts.
 */
export function replay(events: readonly StoredContributionEvent[]): ContributionSnapshot {
  const [first, ...rest] = events;
  if (first?.type !== 'contribution.created' || first.seq !== 1) {
    throw new ReplayError('A history starts with contribution.created at seq 1', first?.seq ?? 0);
  }
  const data = CONTRIBUTION_EVENT_DATA['contribution.created'].parse(first.data);
  let snapshot = createContribution({ ...data, actor: first.actor, at: first.at });
  for (const stored of rest) {
    if (stored.seq !== snapshot.context.version + 1) {
      throw new ReplayError(`Expected seq ${snapshot.context.version + 1}, got ${stored.seq}`, stored.seq);
    }
    const result = applyEvent(snapshot, toMachineEvent(stored));
    if (!result.ok) throw new ReplayError(`${stored.type} was ${result.reason} in ${result.status}`, stored.seq);
    snapshot = result.snapshot;
  }
  return snapshot;
}
