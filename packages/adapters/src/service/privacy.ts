import { IdSchema, publicTimeline } from '@participe/core';
import { project } from './access.js';
import type { AuthorProof, ErasedReceipt, PrivacyExport } from './api.js';
import { isAuthor } from './author.js';
import { fail, instant, type ServiceContext } from './context.js';
import { normalizeFollowUpCode } from './crypto.js';

/** The contribution the proof opens. A wrong code and a wrong secret get the same answer. */
async function open(ctx: ServiceContext, p: AuthorProof): Promise<string> {
  const code = normalizeFollowUpCode(p.followUpCode);
  const id = code ? await ctx.store.findByFollowUpCode(code) : null;
  if (!id || !IdSchema.safeParse(id).success || !(await isAuthor(ctx, id, p.secret))) {
    throw fail(ctx, 401, 'invalidSecret');
  }
  return id;
}

/** Everything Participe keeps about this contribution's author, in one document. */
export async function exportMyDataQuery(ctx: ServiceContext, proof: AuthorProof): Promise<PrivacyExport> {
  const id = await open(ctx, proof);
  const [view, events, priv, notifications] = await Promise.all([
    ctx.store.getContribution(id),
    ctx.store.getEvents(id),
    ctx.store.getPrivate(id),
    ctx.store.listNotifications(id),
  ]);
  if (!view || !priv) throw fail(ctx, 401, 'invalidSecret');
  return {
    followUpCode: priv.followUpCode,
    contribution: project(view, 'author'),
    timeline: publicTimeline(events),
    contact: priv.contact,
    notifications,
  };
}

/**
 * Erases what the author wrote and how to reach them (see the store port's
 * `eraseAuthorData`): the institution's answer stays, so the public record of what was
 * answered is not rewritten. The secret dies with it: the same proof opens nothing after.
 */
export async function eraseMyDataCommand(ctx: ServiceContext, proof: AuthorProof): Promise<ErasedReceipt> {
  const id = await open(ctx, proof);
  const at = instant(ctx);
  if (!(await ctx.store.eraseAuthorData(id, at))) throw fail(ctx, 401, 'invalidSecret');
  return { erased: true, contributionId: id, at };
}
