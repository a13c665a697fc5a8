import { CONTRIBUTION_STATUSES, type ContributionStats, publicStatusOf } from '@participe/core';
import { accessFor, statsScope } from './access.js';
import { requireSpace, type ServiceContext } from './context.js';

/**
 * Counts by status and theme, median days to a published answer, overdue count: of what
 * the caller may list in the space (drafts aside), themes only where they read the words.
 * Outside the staff, a decided but unpublished answer still counts as under review, as in
 * the views.
 */
export async function statsQuery(ctx: ServiceContext, spaceRef: unknown): Promise<ContributionStats> {
  const space = await requireSpace(ctx, spaceRef);
  const access = accessFor(ctx.caller, space);
  const stats = await ctx.store.stats(
    space.id,
    { now: ctx.now().toISOString(), answerWithinDays: space.answerWithinDays },
    statsScope(access),
  );
  if (access === 'staff') return stats;
  const byStatus = { ...stats.byStatus };
  for (const status of CONTRIBUTION_STATUSES) {
    const shown = publicStatusOf(status);
    const n = byStatus[status];
    if (shown === status || !n) continue;
    delete byStatus[status];
    byStatus[shown] = (byStatus[shown] ?? 0) + n;
  }
  return { ...stats, byStatus };
}
