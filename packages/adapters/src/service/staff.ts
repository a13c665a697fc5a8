import type { MemberRole, Space } from '@participe/core';
import type { Identity } from './api.js';
import { fail, memberOf, requireSpace, type ServiceContext } from './context.js';
import { messagesIn } from './messages.js';

/**
 * The space and the caller, when the caller is a member of it with one of `roles`:
 * 401 for an anonymous caller, 403 for another space or another role.
 */
export async function requireStaff(
  ctx: ServiceContext,
  ref: unknown,
  roles: readonly MemberRole[],
): Promise<{ space: Space; member: Identity }> {
  const space = await requireSpace(ctx, ref);
  if (!ctx.caller) throw fail(ctx, 401, 'membersOnly');
  const member = memberOf(ctx.caller, space);
  if (!member) throw fail(ctx, 403, 'notYourSpace');
  if (!roles.includes(member.role)) throw roleOnly(ctx, roles);
  return { space, member };
}

/** The 403 "only the group's … may do this", naming the roles that may. */
export const roleOnly = (ctx: ServiceContext, roles: readonly MemberRole[]) =>
  fail(ctx, 403, 'roleOnly', {
    roles: roles.map((r) => messagesIn(ctx.locale).rolesPlural[r] ?? r).join(', '),
  });

/** Whole days between two instants or days, rounded down. */
export const wholeDaysBetween = (from: string, to: string): number =>
  Math.floor((Date.parse(to) - Date.parse(from)) / 86_400_000);
