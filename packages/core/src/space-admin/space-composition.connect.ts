import type { SnapshotFrom } from 'xstate';
import { MEMBER_ROLES, type MemberRole } from '../shared/roles.js';
import type { Member } from '../space/space.types.js';
import type { SpaceCompositionMachine } from './space-composition.machine.js';
import type { SpaceCompositionContext } from './space-composition.types.js';

export type SpaceCompositionSnapshot = SnapshotFrom<SpaceCompositionMachine>;
export type SpaceCompositionState = 'idle' | 'loading' | 'error' | 'ready' | 'adding' | 'editing' | 'updating';

/** Where a member stands on the day: in the group, not yet arrived, or gone. */
export type MemberPresence = 'present' | 'arriving' | 'left';

export interface MemberRow {
  id: string;
  displayName: string;
  role: MemberRole;
  joinedOn: string;
  leftOn: string | null;
  leavesAtRenewal: boolean;
  presence: MemberPresence;
}

export interface SpaceCompositionView {
  state: SpaceCompositionState;
  /** A request is under way: controls that would start another are disabled. */
  busy: boolean;
  manage: boolean;
  spaceName: string | null;
  /** Present members first, by role (in `MEMBER_ROLES` order) then name; then those arriving, then those gone. */
  rows: MemberRow[];
  byRole: Array<{ role: MemberRole; count: number }>;
  size: number;
  targetSize: number;
  /** Below or above the target (above means more than 25 % over it, as `composition` warns). */
  sizeStatus: 'below' | 'ok' | 'above';
  parity: {
    /** Share of people concerned among present members, 0 to 1. */
    share: number;
    /** The same in whole percent, rounded down so 49.9 % never reads as 50 %. */
    percent: number;
    /** The space's rule, 0 to 1 (0.5 by default). */
    min: number;
    minPercent: number;
    ok: boolean;
    concerned: number;
  } | null;
  renewalOn: string | null;
  renewalDue: boolean;
  /** Names of present members who leave at the next renewal. */
  leaving: string[];
  draft: SpaceCompositionContext['draft'];
  errors: SpaceCompositionContext['errors'];
  edit: (NonNullable<SpaceCompositionContext['edit']> & { member: MemberRow }) | null;
  notice: SpaceCompositionContext['notice'];
  failure: SpaceCompositionContext['failure'];
}

export const presenceOn = (m: Pick<Member, 'joinedOn' | 'leftOn'>, day: string): MemberPresence =>
  m.joinedOn > day ? 'arriving' : m.leftOn !== null && m.leftOn <= day ? 'left' : 'present';

const PRESENCE_ORDER: Record<MemberPresence, number> = { present: 0, arriving: 1, left: 2 };

export function memberRows(members: readonly Member[], today: string): MemberRow[] {
  return members
    .map((m) => ({
      id: m.id,
      displayName: m.displayName,
      role: m.role,
      joinedOn: m.joinedOn,
      leftOn: m.leftOn,
      leavesAtRenewal: m.leavesAtRenewal === true,
      presence: presenceOn(m, today),
    }))
    .sort(
      (a, b) =>
        PRESENCE_ORDER[a.presence] - PRESENCE_ORDER[b.presence] ||
        MEMBER_ROLES.indexOf(a.role) - MEMBER_ROLES.indexOf(b.role) ||
        a.displayName.localeCompare(b.displayName, 'fr'),
    );
}

/** Snapshot → what the widget shows. */
export function connectSpaceComposition(snapshot: SpaceCompositionSnapshot): SpaceCompositionView {
  const c = snapshot.context;
  const state = snapshot.value as SpaceCompositionState;
  const rows = memberRows(c.members, c.today);
  const comp = c.composition;
  const min = c.space?.composition.concernedShareMin ?? 0.5;
  const editRow = c.edit ? rows.find((r) => r.id === c.edit!.memberId) : undefined;
  return {
    state,
    busy: state === 'loading' || state === 'adding' || state === 'updating',
    manage: c.manage,
    spaceName: c.space?.name ?? null,
    rows,
    byRole: MEMBER_ROLES.map((role) => ({ role, count: comp?.byRole[role] ?? 0 })),
    size: comp?.size ?? 0,
    targetSize: comp?.targetSize ?? c.space?.composition.targetSize ?? 0,
    sizeStatus: !comp
      ? 'ok'
      : comp.warnings.includes('belowTarget')
        ? 'below'
        : comp.warnings.includes('aboveTarget')
          ? 'above'
          : 'ok',
    parity: comp
      ? {
          share: comp.concernedShare,
          percent: Math.floor(comp.concernedShare * 100 + 1e-9),
          min,
          minPercent: Math.round(min * 100),
          ok: comp.parityOk,
          concerned: comp.concerned,
        }
      : null,
    renewalOn: comp?.renewalOn ?? null,
    renewalDue: comp?.warnings.includes('renewalDue') ?? false,
    leaving: rows.filter((r) => r.presence === 'present' && r.leavesAtRenewal).map((r) => r.displayName),
    draft: c.draft,
    errors: c.errors,
    edit: c.edit && editRow ? { ...c.edit, member: editRow } : null,
    notice: c.notice,
    failure: c.failure,
  };
}
