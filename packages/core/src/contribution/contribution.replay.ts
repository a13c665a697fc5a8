import { initialTransition, transition } from 'xstate';
import type { ContributionSnapshot } from './contribution.connect.js';
import { CONTRIBUTION_EVENT_DATA } from './contribution.events.schema.js';
import { contributionMachine } from './contribution.machine.js';
import { roleMay } from './contribution.roles.js';
import type { ContributionEvent, ContributionMachineInput, StoredContributionEvent } from './contribution.types.js';

/** The first snapshot of a contribution, from its `contribution.created` data. */
export function createContribution(input: ContributionMachineInput): ContributionSnapshot {
  return initialTransition(contributionMachine, input)[0];
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
  const status = JSON.stringify(snapshot.value);
  if (!roleMay(event.actor.role, event.type)) return { ok: false, reason: 'forbidden', status };
  if (snapshot.status !== 'active' || !snapshot.can(event)) return { ok: false, reason: 'refused', status };
  return { ok: true, snapshot: transition(contributionMachine, snapshot, event)[0] };
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
