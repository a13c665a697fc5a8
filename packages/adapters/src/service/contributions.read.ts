import {
  type ContributionFilter,
  type ContributionView,
  IdSchema,
  InstantSchema,
  type Page,
  type StoredContributionEvent,
} from '@participe/core';
import type { ValidQuery } from '../contract/api.js';
import { decodeCursor } from '../shared/cursor.js';
import { type Access, accessFor, mayRead, project, storeStatuses, timelineFor } from './access.js';
import type { ContributionForCaller } from './api.js';
import { isAuthor } from './author.js';
import { fail, invalid, isId, requireSpace, type ServiceContext } from './context.js';
import { normalizeFollowUpCode } from './crypto.js';
import { message, messagesIn } from './messages.js';

export interface ReadOutcome<T> {
  body: T;
  /** The contribution's version, for `ETag` and a later `If-Match`. */
  version: number;
}

/** Loads a contribution and decides how much of it the caller sees; 404 when they may not see it at all. */
async function load(
  ctx: ServiceContext,
  id: unknown,
  secret: string | undefined,
): Promise<{ view: ContributionView; access: Access }> {
  const view = isId(id) ? await ctx.store.getContribution(id) : null;
  if (!view) throw fail(ctx, 404, 'contributionNotFound');
  const author = secret !== undefined && (await isAuthor(ctx, view.id, secret));
  if (secret !== undefined && !author) throw fail(ctx, 401, 'invalidSecret');
  // Tokens may name a space by slug: look the space up only when there is a token.
  const space = ctx.caller ? await ctx.store.getSpace(view.spaceId) : null;
  const access = accessFor(ctx.caller, space ?? { id: view.spaceId }, author);
  if (!mayRead(access, view)) throw fail(ctx, 404, 'contributionNotFound');
  return { view, access };
}

export async function getContributionQuery(
  ctx: ServiceContext,
  id: unknown,
  secret?: string,
): Promise<ReadOutcome<ContributionForCaller>> {
  const { view, access } = await load(ctx, id, secret);
  return { body: project(view, access), version: view.version };
}

export async function getTimelineQuery(
  ctx: ServiceContext,
  id: unknown,
  secret?: string,
): Promise<ReadOutcome<StoredContributionEvent[]>> {
  const { view, access } = await load(ctx, id, secret);
  return { body: timelineFor(await ctx.store.getEvents(view.id), access), version: view.version };
}

/** A cursor must be one this API made: anything else is a 400, never a store error. */
function checkCursor(ctx: ServiceContext, cursor: string): void {
  const key = decodeCursor(cursor);
  if (!key || !InstantSchema.safeParse(key.createdAt).success || !IdSchema.safeParse(key.id).success) {
    throw fail(ctx, 400, 'badCursor', {}, [{ path: 'cursor', message: message(ctx.locale, 'badCursor') }]);
  }
}

export async function listContributionsQuery(
  ctx: ServiceContext,
  q: ValidQuery<'listContributions'> = {},
): Promise<Page<ContributionForCaller>> {
  const space = q.space !== undefined ? await requireSpace(ctx, q.space) : null;
  const access = space ? accessFor(ctx.caller, space) : 'public';
  const { allowed, mapped, byWords } = storeStatuses(access, q.status);
  const refused = (q.status ?? []).filter((s) => !allowed.includes(s));
  if (refused.length > 0) {
    throw invalid(
      ctx,
      [
        {
          path: 'status',
          message: messagesIn(ctx.locale).issues.statusesForYou({ statuses: allowed.join(', ') }),
        },
      ],
      true,
    );
  }
  if (q.overdue && !space) {
    throw invalid(
      ctx,
      [
        {
          path: 'overdue',
          message: messagesIn(ctx.locale).issues.overdueNeedsSpace(),
        },
      ],
      true,
    );
  }
  if (q.cursor !== undefined) checkCursor(ctx, q.cursor);
  // A search or a filter on the words finds only contributions whose words the caller reads.
  const onWords = Boolean(q.q?.trim() || q.kind || q.theme || q.territory);
  const statuses = onWords ? byWords : mapped;
  const filter: ContributionFilter = {
    ...(space ? { spaceId: space.id } : {}),
    ...(statuses ? { status: statuses } : {}),
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.theme ? { theme: q.theme } : {}),
    ...(q.territory ? { territory: q.territory } : {}),
    ...(q.overdue && space
      ? { overdue: { now: ctx.now().toISOString(), answerWithinDays: space.answerWithinDays } }
      : {}),
    ...(q.q?.trim() ? { q: q.q.trim() } : {}),
    ...(q.cursor ? { cursor: q.cursor } : {}),
    limit: q.limit ?? 20,
  };
  const page = await ctx.store.listContributions(filter);
  return { items: page.items.map((v) => project(v, access)), nextCursor: page.nextCursor };
}

/** Follow-up code → contribution id. The id alone opens nothing the public cannot see. */
export async function resolveFollowUpCodeQuery(
  ctx: ServiceContext,
  code: unknown,
): Promise<{ contributionId: string }> {
  const normalized = typeof code === 'string' && code.length <= 20 ? normalizeFollowUpCode(code) : null;
  const id = normalized ? await ctx.store.findByFollowUpCode(normalized) : null;
  if (!id) throw fail(ctx, 404, 'contributionNotFound');
  return { contributionId: id };
}
