// Publishing prepared answers together, as councils announce results at once.
import {
  type AppendArgs,
  applyEvent,
  type ContributionView,
  IdSchema,
  replay,
  type StoredContributionEvent,
  statusOf,
  toView,
} from '@participe/core';
import * as z from 'zod/mini';
import { fail, instant, parseInput, type ServiceContext } from './context.js';
import { noticesFor } from './contributions.command.js';
import type { ApiIssue } from './errors.js';
import { statusLabel } from './messages.js';
import { requireStaff } from './staff.js';

export const PublishAnswersSchema = z.object({
  items: z.array(z.object({ id: IdSchema, expectedVersion: z.int().check(z.gte(1)) })).check(
    z.minLength(1, 'Choisissez au moins une réponse à publier'),
    z.maxLength(200, '200 réponses au plus à la fois'),
    z.refine(
      (items) => new Set(items.map((i) => i.id)).size === items.length,
      'La même contribution est deux fois dans la liste',
    ),
  ),
});

/**
 * Publishes the decided answers of several contributions of one space: every one is
 * checked first (same space, still at the version the professional saw, an answer
 * decided), then all are written in one transaction with their notifications. If any
 * cannot be published, none is, and the 409 names each one (`items.N`).
 */
export async function publishAnswersCommand(
  ctx: ServiceContext,
  ref: unknown,
  body: unknown,
): Promise<{ published: ContributionView[] }> {
  const { items } = parseInput(ctx, PublishAnswersSchema, body);
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
        message:
          ctx.locale === 'fr' ? 'Contribution introuvable dans ce groupe.' : 'No such contribution in this group.',
      });
      continue;
    }
    const snapshot = replay(await ctx.store.getEvents(view.id));
    const current = snapshot.context.version;
    if (current !== item.expectedVersion) {
      issues.push({
        path,
        message:
          ctx.locale === 'fr'
            ? `« ${view.content.title} » a été modifiée entre-temps (version ${current}).`
            : `"${view.content.title}" was changed in the meantime (version ${current}).`,
      });
      continue;
    }
    const at = instant(ctx, snapshot.context.updatedAt);
    const applied = applyEvent(snapshot, { type: 'contribution.publish', actor, at });
    if (!applied.ok) {
      issues.push({
        path,
        message:
          ctx.locale === 'fr'
            ? `« ${view.content.title} » ne peut pas être publiée : elle est « ${statusLabel('fr', statusOf(snapshot))} ».`
            : `"${view.content.title}" cannot be published: it is "${statusLabel('en', statusOf(snapshot))}".`,
      });
      continue;
    }
    const next = toView(applied.snapshot);
    const event: StoredContributionEvent = {
      contributionId: view.id,
      seq: current + 1,
      type: 'contribution.publish',
      actor,
      at,
      data: {},
    };
    batch.push({
      contributionId: view.id,
      expectedVersion: current,
      event,
      view: next,
      notifications: await noticesFor(ctx, next, event),
    });
  }
  if (issues.length > 0) throw fail(ctx, 409, 'bulkRefused', {}, issues);
  const written = await ctx.store.appendEvents(batch);
  if (!written.ok) {
    const failed = batch[written.index]!;
    throw fail(ctx, 409, 'bulkRefused', {}, [
      {
        path: `items.${items.findIndex((i) => i.id === failed.contributionId)}`,
        message:
          ctx.locale === 'fr'
            ? `« ${failed.view.content.title} » a été modifiée entre-temps.`
            : `"${failed.view.content.title}" was changed in the meantime.`,
      },
    ]);
  }
  return { published: batch.map((b) => b.view) };
}
