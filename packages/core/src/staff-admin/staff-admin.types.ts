import type { AdminSpace, StaffInvitation, StaffMemberView } from '../store/administration.port.js';
import type { BackendError } from '../store/backend.error.js';

/** @default nothing: the widget reads the council its back end serves. */
export type StaffAdminInput = Record<string, never>;

/** What the widget shows: the staff, and the groups an invitation may name. */
export interface StaffAdminLoadResult {
  staff: StaffMemberView[];
  spaces: AdminSpace[];
}

/** What the widget changes: an invitation (new or changed), or a removal. */
export type StaffAdminSaveRequest = { kind: 'invite'; invitation: StaffInvitation } | { kind: 'revoke'; id: string };

export interface StaffAdminContext {
  staff: StaffMemberView[];
  spaces: AdminSpace[];
  /** Why the last load failed. */
  failure: BackendError | null;
  /** Why the last change was refused (field issues). */
  refusal: BackendError | null;
  /** What the last change did, for the status line. */
  saved: { kind: StaffAdminSaveRequest['kind']; email: string } | null;
}

export type StaffAdminEvent =
  /** Load the staff and the groups, or load them again. */
  | { type: 'staffAdmin.load' }
  /** Load again after a failure. */
  | { type: 'staffAdmin.retry' }
  /** Invite someone by e-mail (or change their role and groups). */
  | { type: 'staffAdmin.invite'; invitation: StaffInvitation }
  /** Withdraw an invitation, or remove someone: their sessions end. */
  | { type: 'staffAdmin.revoke'; id: string };
