import { type Composition, composition, type Space } from '@participe/core';
import type { MemberView } from './api.js';
import { fail, memberOf, requireSpace, type ServiceContext, today } from './context.js';

/** The spaces open today: an archived one keeps its address and history, but leaves the list. */
export const listSpacesQuery = async (ctx: ServiceContext): Promise<Space[]> =>
  (await ctx.store.listSpaces()).filter((s) => !s.archivedOn);

export const getSpaceQuery = (ctx: ServiceContext, ref: unknown): Promise<Space> => requireSpace(ctx, ref);

/**
 * Names of members are for members: the public sees the composition (numbers, parity),
 * never who sits in the group. Consents are for facilitators, who collect them.
 */
export async function listMembersQuery(ctx: ServiceContext, ref: unknown): Promise<MemberView[]> {
  const space = await requireSpace(ctx, ref);
  const member = memberOf(ctx.caller, space);
  if (!member) throw fail(ctx, ctx.caller ? 403 : 401, ctx.caller ? 'notYourSpace' : 'membersOnly');
  const members = await ctx.store.listMembers(space.id);
  if (member.role === 'facilitator') return members;
  return members.map(({ consents: _consents, ...rest }) => rest);
}

export async function compositionQuery(ctx: ServiceContext, ref: unknown): Promise<Composition> {
  const space = await requireSpace(ctx, ref);
  return composition(space, await ctx.store.listMembers(space.id), today(ctx));
}
