import {
  type Actor,
  applyEvent,
  CONTRIBUTION_EVENT_ROLES,
  ContributionCommandSchema,
  type ContributionEvent,
  type ContributionView,
  type NotificationRecord,
  replay,
  roleMay,
  type StoredContributionEvent,
  statusOf,
  toView,
} from '@participe/core';
import { accessFor, project } from './access.js';
import type { ContributionCommand, ContributionForCaller } from './api.js';
import { isAuthor } from './author.js';
import { fail, instant, invalid, isId, memberOf, parseInput, type ServiceContext } from './context.js';
import { newId } from './crypto.js';
import { roleLabel, statusLabel } from './messages.js';

/** Events that tell the author something; the notice is written in the same store call. */
const NOTIFY: Partial<Record<StoredContributionEvent['type'], NotificationRecord['kind']>> = {
  'contribution.publish': 'answerPublished',
  'contribution.progress': 'progressReported',
  'contribution.hide': 'contributionHidden',
  'contribution.restore': 'contributionRestored',
};

export interface CommandOptions {
  secret?: string;
  /** From `If-Match`: refuse the event if the contribution is no longer at this version. */
  expectedVersion?: number;
}

/**
 * Applies one machine event to a contribution: who sends it (the secret makes the
 * author; a token makes a member of the space), whether that role may (403), whether the
 * machine accepts it in this state (409), and whether nobody changed it meanwhile (409).
 */
export async function sendEventCommand(
  ctx: ServiceContext,
  id: unknown,
  command: ContributionCommand,
  opts: CommandOptions = {},
): Promise<{ body: ContributionForCaller; version: number }> {
  const cmd = parseInput(ctx, ContributionCommandSchema, command) as ContributionCommand;
  const view = isId(id) ? await ctx.store.getContribution(id) : null;
  if (!view) throw fail(ctx, 404, 'contributionNotFound');
  const space = await ctx.store.getSpace(view.spaceId);
  if (!space) throw fail(ctx, 404, 'contributionNotFound');

  const actor = await actorFor(ctx, view, space, opts.secret);
  if (!roleMay(actor.role, cmd.type)) {
    const allowed = CONTRIBUTION_EVENT_ROLES[cmd.type].map((r) => roleLabel(ctx.locale, r)).join(', ');
    throw fail(ctx, 403, 'roleForbidden', {
      role: capitalize(roleLabel(ctx.locale, actor.role)),
      type: cmd.type,
      allowed,
    });
  }
  if (cmd.type === 'contribution.edit' && cmd.data.theme !== undefined) {
    const themes = space.themes.map((t) => t.id);
    if (!themes.includes(cmd.data.theme)) {
      throw invalid(ctx, [
        {
          path: 'data.theme',
          message:
            ctx.locale === 'fr'
              ? `Ce thème n’existe pas dans ce groupe. Thèmes possibles : ${themes.join(', ')}.`
              : `This theme does not exist in this group. Possible themes: ${themes.join(', ')}.`,
        },
      ]);
    }
  }

  // The history, not the projection, is the truth: the machine needs its history states.
  const snapshot = replay(await ctx.store.getEvents(view.id));
  const current = snapshot.context.version;
  if (opts.expectedVersion !== undefined && opts.expectedVersion !== current) {
    throw fail(ctx, 409, 'versionConflict', { current }, [], { ETag: `"${current}"` });
  }
  const at = instant(ctx, snapshot.context.updatedAt);
  const event = { type: cmd.type, actor, at, ...cmd.data } as ContributionEvent;
  const applied = applyEvent(snapshot, event);
  if (!applied.ok) {
    throw fail(ctx, 409, 'transitionRefused', {
      type: cmd.type,
      status: statusLabel(ctx.locale, statusOf(snapshot)),
    });
  }
  const next = toView(applied.snapshot);
  const stored: StoredContributionEvent = {
    contributionId: view.id,
    seq: current + 1,
    type: cmd.type,
    actor,
    at,
    data: cmd.data as Record<string, unknown>,
  };
  const notifications = await noticesFor(ctx, next, stored);
  // Hiding answers the citizens' reports: they close in the same write.
  const closeReports =
    cmd.type === 'contribution.hide' ? { outcome: 'hidden' as const, at, reason: cmd.data.reason } : undefined;
  const written = await ctx.store.appendEvent({
    contributionId: view.id,
    expectedVersion: current,
    event: stored,
    view: next,
    notifications,
    ...(closeReports ? { closeReports } : {}),
  });
  if (!written.ok && written.reason === 'conflict') {
    throw fail(ctx, 409, 'versionConflict', { current: written.currentVersion }, [], {
      ETag: `"${written.currentVersion}"`,
    });
  }
  if (!written.ok) throw fail(ctx, 404, 'contributionNotFound');
  const access = actor.role === 'author' ? 'author' : accessFor(ctx.caller, space);
  return { body: project(next, access), version: next.version };
}

async function actorFor(
  ctx: ServiceContext,
  view: ContributionView,
  space: { id: string; slug: string },
  secret: string | undefined,
): Promise<Actor> {
  if (secret !== undefined) {
    if (await isAuthor(ctx, view.id, secret)) return { role: 'author', id: null };
    throw fail(ctx, 401, 'invalidSecret');
  }
  const member = memberOf(ctx.caller, space);
  if (member) return { role: member.role, id: member.memberId };
  if (ctx.caller) throw fail(ctx, 403, 'notYourSpace');
  throw fail(ctx, 401, 'authRequired');
}

export async function noticesFor(
  ctx: ServiceContext,
  view: ContributionView,
  event: StoredContributionEvent,
): Promise<NotificationRecord[]> {
  const kind = NOTIFY[event.type];
  if (!kind) return [];
  const priv = await ctx.store.getPrivate(view.id);
  const payload: Record<string, unknown> = { status: view.status, title: view.content.title };
  if (kind === 'answerPublished' && view.answer) {
    payload['verdict'] = view.answer.verdict;
    payload['service'] = view.answer.service;
  }
  if (kind === 'contributionHidden' || kind === 'contributionRestored') payload['reason'] = event.data['reason'];
  if (kind === 'progressReported') payload['update'] = event.data['update'];
  return [
    {
      id: newId('n'),
      contributionId: view.id,
      kind,
      // Only someone who agreed to be contacted gets a message; others read it with their code.
      to: priv?.contact?.consent ? priv.contact : null,
      payload,
      createdAt: event.at,
      sentAt: null,
    },
  ];
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
