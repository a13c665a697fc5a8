// The council's notifications set aside after their last attempt (dead letters), for its
// administrators: listed a page at a time, and each put back in the queue once the cause is
// fixed, a change recorded in the audit log like the others. Only the council's own: the
// outbox is server-wide, the organisation of the request scopes every read and write. What
// an administrator reads is what `participe outbox dead` prints: never an address, a number
// or a text.
import type { DeadNotification } from '../notifications/outbox.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { organisationOf, record, requireAdmin } from './admin.js';
import { fail, isId, type ServiceContext } from './context.js';

const PAGE = 50;

export async function listDeadLettersQuery(
  ctx: ServiceContext,
  query: { cursor?: string | undefined; limit?: number | undefined },
): Promise<{ items: DeadNotification[]; next: string | null }> {
  requireAdmin(ctx);
  const limit = query.limit ?? PAGE;
  let after: { deadAt: string; id: string } | undefined;
  if (query.cursor !== undefined) {
    const key = decodeCursor(query.cursor);
    if (!key || Number.isNaN(Date.parse(key.createdAt))) throw fail(ctx, 400, 'badCursor');
    after = { deadAt: key.createdAt, id: key.id };
  }
  // Without an outbox that sets anything aside (the memory store's), there is nothing to list.
  const rows =
    (await ctx.deadLetters?.listDead(limit + 1, { organisation: organisationOf(ctx), ...(after ? { after } : {}) })) ??
    [];
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, next: rows.length > limit && last ? encodeCursor({ createdAt: last.deadAt, id: last.id }) : null };
}

export async function reviveDeadLetterCommand(
  ctx: ServiceContext,
  id: string,
): Promise<DeadNotification & { revivedAt: string }> {
  const caller = requireAdmin(ctx);
  const organisation = organisationOf(ctx);
  const [dead] = isId(id) ? ((await ctx.deadLetters?.listDead(1, { organisation, id })) ?? []) : [];
  const at = ctx.now();
  // Another administrator may have revived it in between: only the one who did records it.
  if (!dead || !(await ctx.deadLetters!.revive(id, at, { organisation }))) {
    throw fail(ctx, 404, 'notificationNotFound');
  }
  const revivedAt = at.toISOString();
  await record(
    ctx,
    {
      action: 'notification.revive',
      target: { type: 'notification', id, version: null },
      before: dead,
      after: { revivedAt },
    },
    caller,
  );
  return { ...dead, revivedAt };
}
