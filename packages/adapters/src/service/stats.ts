import { type Board, CONTRIBUTION_STATUSES, type ContributionStats, publicStatusOf } from '@participe/core';
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

/**
 * The public board of one space, or of the whole council (`spaceRef` null: every space it
 * keeps, archived ones included, each with its own answer delay). Public figures only: what
 * anyone may read, the same for every caller.
 */
export async function boardQuery(
  ctx: ServiceContext,
  spaceRef: unknown | null,
  query: { year?: number | undefined } = {},
): Promise<Board> {
  const spaces = spaceRef === null ? await ctx.store.listSpaces() : [await requireSpace(ctx, spaceRef)];
  const year = query.year ?? null;
  const figures = await ctx.store.board({
    spaces: spaces.map((s) => ({ id: s.id, answerWithinDays: s.answerWithinDays })),
    now: ctx.now().toISOString(),
    year,
  });
  const labels = new Map<string, string>();
  for (const t of spaces.flatMap((s) => s.themes)) if (!labels.has(t.id)) labels.set(t.id, t.label);
  const byTheme = figures.byTheme.map((t) => ({ ...t, label: labels.get(t.theme) ?? t.theme }));
  return { spaceId: spaceRef === null ? null : spaces[0]!.id, year, ...figures, byTheme };
}
