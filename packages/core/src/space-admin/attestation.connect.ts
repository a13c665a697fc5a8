import type { SnapshotFrom } from 'xstate';
import type { Attestation } from '../meeting/meeting.types.js';
import type { AttestationMachine } from './attestation.machine.js';
import type { AttestationContext } from './attestation.types.js';
import { type MemberRow, memberRows } from './space-composition.connect.js';

export type AttestationSnapshot = SnapshotFrom<AttestationMachine>;
export type AttestationState = 'idle' | 'loading' | 'error' | 'ready' | 'issuing' | 'viewing';

export interface AttestationView {
  state: AttestationState;
  busy: boolean;
  manage: boolean;
  spaceName: string | null;
  /** Everyone who has been a member, present ones first: someone who left may ask for theirs. */
  members: MemberRow[];
  /** The member picked, or `null`. */
  member: MemberRow | null;
  /** Meetings the picked member attended, oldest first (what the attestation will list). */
  attended: Array<{ id: string; on: string; place: string }>;
  values: AttestationContext['values'];
  errors: AttestationContext['errors'];
  /** Newest first. */
  issued: Attestation[];
  shown: Attestation | null;
  justIssued: boolean;
  failure: AttestationContext['failure'];
}

export function connectAttestation(snapshot: AttestationSnapshot, today: string): AttestationView {
  const c = snapshot.context;
  const state = snapshot.value as AttestationState;
  const members = memberRows(c.members, today);
  const memberId = c.values.memberId;
  return {
    state,
    busy: state === 'loading' || state === 'issuing',
    manage: c.manage,
    spaceName: c.space?.name ?? null,
    members,
    member: members.find((m) => m.id === memberId) ?? null,
    attended: memberId
      ? c.meetings
          .filter((m) => m.attendance.includes(memberId))
          .sort((a, b) => a.on.localeCompare(b.on))
          .map((m) => ({ id: m.id, on: m.on, place: m.place }))
      : [],
    values: c.values,
    errors: c.errors,
    issued: c.attestations,
    shown: c.shown,
    justIssued: c.justIssued,
    failure: c.failure,
  };
}
