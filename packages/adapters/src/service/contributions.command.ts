import {
  type Actor,
  type AppendArgs,
  applyEvent,
  CONTRIBUTION_EVENT_ROLES,
  type ContributionEvent,
  type ContributionStatus,
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
import { commitmentDoneNotices } from './commitment-notices.js';
import { fail, instant, invalid, isId, memberOf, type ServiceContext } from './context.js';
import { newId } from './crypto.js';
import { messagesIn, roleLabel, statusLabel } from './messages.js';

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
  cmd: ContributionCommand,
  opts: CommandOptions = {},
): Promise<{ body: ContributionForCaller; version: number }> {
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
          message: messagesIn(ctx.locale).issues.unknownTheme({ themes: themes.join(', ') }),
        },
      ]);
    }
  }

  const prepared = await prepareEvent(ctx, view.id, actor, cmd, opts.expectedVersion);
  if (!prepared.ok && prepared.reason === 'conflict') {
    throw fail(ctx, 409, 'versionConflict', { current: prepared.current }, [], { ETag: `"${prepared.current}"` });
  }
  if (!prepared.ok)
    throw fail(ctx, 409, 'transitionRefused', { type: cmd.type, status: statusLabel(ctx.locale, prepared.status) });
  const next = prepared.args.view;
  const written = await ctx.store.appendEvent(prepared.args);
  if (!written.ok && written.reason === 'conflict') {
    throw fail(ctx, 409, 'versionConflict', { current: written.currentVersion }, [], {
      ETag: `"${written.currentVersion}"`,
    });
  }
  if (!written.ok) throw fail(ctx, 404, 'contributionNotFound');
  const access = actor.role === 'author' ? 'author' : accessFor(ctx.caller, space);
  return { body: project(next, access), version: next.version };
}

export type PreparedEvent =
  | { ok: true; args: AppendArgs }
  | { ok: false; reason: 'conflict'; current: number }
  | { ok: false; reason: 'refused'; status: ContributionStatus };

/**
 * What appending `cmd` by `actor` would write: the stored event, the new projection, the
 * author's notification and the reports it closes. Replays the history (the truth: the
 * machine needs its history states); a conflict when it is no longer at `expectedVersion`,
 * a refusal when the machine does not accept the event in this state. Writes nothing.
 */
export async function prepareEvent(
  ctx: ServiceContext,
  contributionId: string,
  actor: Actor,
  cmd: ContributionCommand,
  expectedVersion?: number,
): Promise<PreparedEvent> {
  const snapshot = replay(await ctx.store.getEvents(contributionId));
  const current = snapshot.context.version;
  if (expectedVersion !== undefined && expectedVersion !== current) return { ok: false, reason: 'conflict', current };
  const at = instant(ctx, snapshot.context.updatedAt);
  const applied = applyEvent(snapshot, { type: cmd.type, actor, at, ...cmd.data } as ContributionEvent);
  if (!applied.ok) return { ok: false, reason: 'refused', status: statusOf(snapshot) };
  const view = toView(applied.snapshot);
  const event: StoredContributionEvent = {
    contributionId,
    seq: current + 1,
    type: cmd.type,
    actor,
    at,
    data: cmd.data as Record<string, unknown>,
  };
  return {
    ok: true,
    args: {
      contributionId,
      expectedVersion: current,
      event,
      view,
      notifications: await noticesFor(ctx, view, event),
      // Hiding answers the citizens' reports: they close in the same write.
      ...(cmd.type === 'contribution.hide'
        ? { closeReports: { outcome: 'hidden' as const, at, reason: cmd.data.reason } }
        : {}),
    },
  };
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
    ...(kind === 'progressReported' ? await commitmentDoneNotices(ctx, view, event) : []),
  ];
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
