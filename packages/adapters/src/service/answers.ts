// Publishing prepared answers together, as councils announce results at once.
import type { AppendArgs, ContributionView } from '@participe/core';
import type { ValidBody } from '../contract/api.js';
import { PROJECTIONS } from './access.js';
import { fail, type ServiceContext } from './context.js';
import { prepareEvent } from './contributions.command.js';
import type { ApiIssue } from './errors.js';
import { messagesIn, statusLabel } from './messages.js';
import { requireStaff } from './staff.js';

/**
 * Publishes the decided answers of several contributions of one space: every one is
 * checked first (same space, still at the version the professional saw, an answer
 * decided), then all are written in one transaction with their notifications. If any
 * cannot be published, none is, and the 409 names each one (`items.N`).
 */
export async function publishAnswersCommand(
  ctx: ServiceContext,
  ref: unknown,
  { items }: ValidBody<'publishAnswers'>,
): Promise<{ published: ContributionView[] }> {
  const { space, member } = await requireStaff(ctx, ref, ['professional']);
  const actor = { role: 'professional' as const, id: member.memberId };
  const issues: ApiIssue[] = [];
  const batch: AppendArgs[] = [];
  for (const [index, item] of items.entries()) {
    const path = `items.${index}`;
    const view = await ctx.store.getContribution(item.id);
    if (!view || view.spaceId !== space.id) {
      issues.push({
        path,
        message: messagesIn(ctx.locale).issues.contributionNotInGroup(),
      });
      continue;
    }
    const prepared = await prepareEvent(
      ctx,
      view.id,
      actor,
      { type: 'contribution.publish', data: {} },
      item.expectedVersion,
    );
    if (prepared.ok) batch.push(prepared.args);
    else if (prepared.reason === 'conflict') {
      issues.push({
        path,
        message: messagesIn(ctx.locale).issues.changedSince({ title: view.content.title, version: prepared.current }),
      });
    } else {
      issues.push({
        path,
        message: messagesIn(ctx.locale).issues.cannotPublish({
          title: view.content.title,
          status: statusLabel(ctx.locale, prepared.status),
        }),
      });
    }
  }
  if (issues.length > 0) throw fail(ctx, 409, 'bulkRefused', {}, issues);
  const written = await ctx.store.appendEvents(batch);
  if (!written.ok) {
    const failed = batch[written.index]!;
    throw fail(ctx, 409, 'bulkRefused', {}, [
      {
        path: `items.${items.findIndex((i) => i.id === failed.contributionId)}`,
        message: messagesIn(ctx.locale).issues.changedMeanwhile({ title: failed.view.content.title }),
      },
    ]);
  }
  // Professionals of the space only: the staff's view.
  return { published: batch.map((b) => PROJECTIONS.staff(b.view)) };
}
