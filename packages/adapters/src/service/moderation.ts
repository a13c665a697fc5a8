// Reports from citizens and the facilitators' moderation queue.
import { type ContributionView, type ModerationItem, type Report, STATUS_TRAITS } from '@participe/core';
import type { ValidBody, ValidQuery } from '../contract/api.js';
import { isPublic, PROJECTIONS } from './access.js';
import { fail, instant, isId, type ServiceContext } from './context.js';
import { newId } from './crypto.js';
import { requireStaff, wholeDaysBetween } from './staff.js';

/** Public and showing its words: what a citizen can read, and so report. */
const reportable = (status: ContributionView['status']) => STATUS_TRAITS[status].reportable;

/**
 * Anyone reports a contribution they can read. Nothing about the reporter is stored: the
 * reason and note only, with the language the note is written in. The author is not told who reported.
 */
export async function reportContributionCommand(
  ctx: ServiceContext,
  id: unknown,
  data: ValidBody<'reportContribution'>,
): Promise<{ received: true }> {
  const view = isId(id) ? await ctx.store.getContribution(id) : null;
  if (!view || !isPublic(view.status)) throw fail(ctx, 404, 'contributionNotFound');
  if (!reportable(view.status)) throw fail(ctx, 409, 'reportRefused');
  await ctx.store.addReport({
    id: newId('r'),
    contributionId: view.id,
    spaceId: view.spaceId,
    reason: data.reason,
    note: data.note,
    ...(data.lang ? { lang: data.lang } : {}),
    createdAt: instant(ctx),
    closed: null,
  });
  return { received: true };
}

/** Reads every page of a filter: a queue is short, but never cut silently. */
async function all(ctx: ServiceContext, spaceId: string, status: ContributionView['status']) {
  const out: ContributionView[] = [];
  let cursor: string | undefined;
  do {
    const page = await ctx.store.listContributions({
      spaceId,
      status: [status],
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && out.length < 5000);
  return out;
}

/** The facilitators' queue: waiting for approval, reported, hidden; oldest first. */
export async function moderationQueueQuery(
  ctx: ServiceContext,
  ref: unknown,
  q: ValidQuery<'listModerationQueue'> = {},
): Promise<ModerationItem[]> {
  const { space } = await requireStaff(ctx, ref, ['facilitator']);
  const reports = await ctx.store.listReports({ spaceId: space.id, open: true });
  const byContribution = new Map<string, Report[]>();
  for (const r of reports) byContribution.set(r.contributionId, [...(byContribution.get(r.contributionId) ?? []), r]);

  // Facilitators only: each contribution as a moderator sees it, never an unpublished answer.
  const seen = PROJECTIONS.moderator;
  const items: ModerationItem[] = [];
  if (!q.queue || q.queue === 'awaitingApproval') {
    for (const c of await all(ctx, space.id, 'submitted')) {
      items.push({
        contribution: seen(c),
        queue: 'awaitingApproval',
        reports: [],
        since: c.submittedAt ?? c.updatedAt,
      });
    }
  }
  if (!q.queue || q.queue === 'reported') {
    for (const [id, list] of byContribution) {
      const c = await ctx.store.getContribution(id);
      if (!c || c.status === 'hidden' || c.status === 'withdrawn') continue;
      items.push({ contribution: seen(c), queue: 'reported', reports: list, since: list[0]!.createdAt });
    }
  }
  if (!q.queue || q.queue === 'hidden') {
    for (const c of await all(ctx, space.id, 'hidden')) {
      items.push({
        contribution: seen(c),
        queue: 'hidden',
        reports: byContribution.get(c.id) ?? [],
        since: c.updatedAt,
      });
    }
  }
  const now = ctx.now().toISOString();
  return (
    items
      .filter((i) => !q.reason || i.reports.some((r) => r.reason === q.reason))
      .filter((i) => q.olderThanDays === undefined || wholeDaysBetween(i.since, now) >= q.olderThanDays)
      // Stable: items that entered at the same instant keep the order they were found in.
      .sort((a, b) => (a.since === b.since ? 0 : a.since < b.since ? -1 : 1))
  );
}

/** A facilitator keeps a reported contribution online and says why; its open reports close. */
export async function keepReportedCommand(
  ctx: ServiceContext,
  id: unknown,
  { reason }: ValidBody<'keepReported'>,
): Promise<{ closed: number }> {
  const view = isId(id) ? await ctx.store.getContribution(id) : null;
  if (!view) throw fail(ctx, 404, 'contributionNotFound');
  await requireStaff(ctx, view.spaceId, ['facilitator']);
  const closed = await ctx.store.closeReports(view.id, { outcome: 'kept', at: instant(ctx), reason });
  return { closed };
}
