import {
  type ContributionView,
  commitmentDoneBy,
  type NotificationRecord,
  type ProgressUpdate,
  type StoredContributionEvent,
} from '@participe/core';
import type { ServiceContext } from './context.js';
import { newId } from './crypto.js';

/**
 * When a progress update brings a commitment to 100 %, a `commitmentDone` notice to the
 * author of the contribution and to the authors of every contribution answered as its
 * duplicate (they asked for the same thing). Written in the same store call as the event.
 */
export async function commitmentDoneNotices(
  ctx: ServiceContext,
  view: ContributionView,
  event: StoredContributionEvent,
): Promise<NotificationRecord[]> {
  const update = event.data['update'] as ProgressUpdate | undefined;
  // `view` already holds the update: the ones before it are all but the last.
  const commitment = update ? commitmentDoneBy(view.commitments, view.progress.slice(0, -1), update) : null;
  if (!commitment) return [];
  const linked = [view, ...(await duplicatesOf(ctx, view))];
  const notices: NotificationRecord[] = [];
  for (const c of linked) {
    const priv = await ctx.store.getPrivate(c.id);
    notices.push({
      id: newId('n'),
      contributionId: c.id,
      kind: 'commitmentDone',
      to: priv?.contact?.consent ? priv.contact : null,
      payload: {
        status: c.status,
        title: c.content.title,
        commitment: { id: commitment.id, what: commitment.what, owner: commitment.owner },
        ...(c.id === view.id ? {} : { duplicateOf: view.id }),
      },
      createdAt: event.at,
      sentAt: null,
    });
  }
  return notices;
}

/** The contributions of the same space answered as duplicates of `view`. */
async function duplicatesOf(ctx: ServiceContext, view: ContributionView): Promise<ContributionView[]> {
  const found: ContributionView[] = [];
  let cursor: string | undefined;
  do {
    const page = await ctx.store.listContributions({
      spaceId: view.spaceId,
      status: ['duplicate'],
      limit: 100,
      ...(cursor ? { cursor } : {}),
    });
    found.push(...page.items.filter((c) => c.answer?.duplicateOf === view.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return found;
}
