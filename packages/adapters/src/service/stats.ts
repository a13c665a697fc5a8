import type { ContributionStats } from '@participe/core';
import { accessFor } from './access.js';
import { requireSpace, type ServiceContext } from './context.js';

/**
 * Counts by status and theme, median days to a published answer, overdue count. Outside
 * the staff, a decided but unpublished answer still counts as under review, as in the views.
 */
export async function statsQuery(ctx: ServiceContext, spaceRef: unknown): Promise<ContributionStats> {
  const space = await requireSpace(ctx, spaceRef);
  const stats = await ctx.store.stats(space.id, {
    now: ctx.now().toISOString(),
    answerWithinDays: space.answerWithinDays,
  });
  if (accessFor(ctx.caller, space) === 'staff' || !stats.byStatus.decided) return stats;
  const { decided, ...byStatus } = stats.byStatus;
  return { ...stats, byStatus: { ...byStatus, underReview: (byStatus.underReview ?? 0) + decided } };
}
