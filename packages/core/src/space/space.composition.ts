import { MEMBER_ROLES, type MemberRole } from '../shared/roles.js';
import type { Composition, Member, Space } from './space.types.js';

const addMonths = (day: string, months: number): string => {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

/** Next renewal on or after `today`, stepping from the space's creation by `renewalMonths`. */
export function nextRenewal(space: Pick<Space, 'createdOn' | 'renewalMonths'>, today: string): string {
  let next = addMonths(space.createdOn, space.renewalMonths);
  for (let n = 2; next < today; n++) next = addMonths(space.createdOn, space.renewalMonths * n);
  return next;
}

/** Who is in the group on `today`, the parity share of people concerned, and what to warn about. */
export function composition(
  space: Pick<Space, 'composition' | 'createdOn' | 'renewalMonths'>,
  members: readonly (Pick<Member, 'role' | 'joinedOn' | 'leftOn'> & { leavesAtRenewal?: boolean })[],
  today: string,
): Composition {
  const present = members.filter((m) => m.joinedOn <= today && (m.leftOn === null || m.leftOn > today));
  const byRole = Object.fromEntries(MEMBER_ROLES.map((r) => [r, 0])) as Record<MemberRole, number>;
  for (const m of present) byRole[m.role] += 1;
  const size = present.length;
  const concernedShare = size === 0 ? 0 : byRole.concerned / size;
  const parityOk = size > 0 && concernedShare >= space.composition.concernedShareMin;
  const renewalOn = nextRenewal(space, today);
  const warnings: Composition['warnings'] = [];
  if (!parityOk) warnings.push('parity');
  if (size < space.composition.targetSize) warnings.push('belowTarget');
  if (size > space.composition.targetSize * 1.25) warnings.push('aboveTarget');
  if (renewalOn === today) warnings.push('renewalDue');
  return {
    size,
    targetSize: space.composition.targetSize,
    concerned: byRole.concerned,
    concernedShare,
    parityOk,
    byRole,
    renewalOn,
    leavingAtRenewal: present.filter((m) => m.leavesAtRenewal === true).length,
    warnings,
  };
}
