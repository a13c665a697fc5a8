import type { SnapshotFrom } from 'xstate';
import type { StaffInvitation } from '../store/administration.port.js';
import type { StaffAdminMachine } from './staff-admin.machine.js';
import type { StaffAdminEvent } from './staff-admin.types.js';

export type StaffAdminSnapshot = SnapshotFrom<StaffAdminMachine>;

export const STAFF_ADMIN_STATES = ['idle', 'loading', 'error', 'ready', 'saving'] as const;
export type StaffAdminState = (typeof STAFF_ADMIN_STATES)[number];

/** The invitation form's fields. */
export const INVITATION_FIELDS = ['email', 'role', 'spaceIds', 'admin'] as const;
export type InvitationField = (typeof INVITATION_FIELDS)[number];

/** What the widget shows, and what a person may do: `api.invite(invitation)`, `api.revoke(id)`. */
export function connectStaffAdmin(snapshot: StaffAdminSnapshot, send: (event: StaffAdminEvent) => void) {
  const c = snapshot.context;
  const state = snapshot.value as StaffAdminState;
  const issues = c.refusal?.issues ?? [];
  return {
    state,
    busy: state === 'idle' || state === 'loading',
    saving: state === 'saving',
    /** Active first, then invited, then removed; each by e-mail. */
    staff: [...c.staff].sort(
      (a, b) =>
        ['active', 'invited', 'removed'].indexOf(a.status) - ['active', 'invited', 'removed'].indexOf(b.status) ||
        a.email.localeCompare(b.email),
    ),
    /** The groups an invitation may name: the open ones. */
    spaces: c.spaces.filter((s) => !s.archivedOn),
    spaceName: (ref: string) => c.spaces.find((s) => s.id === ref || s.slug === ref)?.name ?? ref,
    failure: c.failure,
    refusal: c.refusal,
    saved: c.saved,
    fieldError: (field: InvitationField): string | null => issues.find((i) => i.path[0] === field)?.message ?? null,
    load: () => send({ type: 'staffAdmin.load' }),
    retry: () => send({ type: 'staffAdmin.retry' }),
    invite: (invitation: StaffInvitation) => send({ type: 'staffAdmin.invite', invitation }),
    revoke: (id: string) => send({ type: 'staffAdmin.revoke', id }),
  };
}

export type StaffAdminView = ReturnType<typeof connectStaffAdmin>;
