import {
  type ActorRole,
  applyCycleEvent,
  backTargets,
  CYCLE_EVENT_ROLES,
  type CycleEvent,
  type CycleFacts,
  type CycleSnapshot,
  composition,
  type PhaseId,
  phaseOf,
  replayCycle,
  type Space,
  STATUS_TRAITS,
} from '@participe/core';
import type { CycleCommand, CycleView } from './api.js';
import { phaseLabel } from './content.js';
import { fail, instant, invalid, memberOf, requireSpace, type ServiceContext, today } from './context.js';
import { messagesIn, roleLabel } from './messages.js';

const SYSTEM = { role: 'system' as const, id: null };
/** A round with more contributions than this is not a participation group; stop counting there. */
const MAX_COUNTED = 5000;

/**
 * The cycle's facts come from the stores, not from clients: members present today, the
 * charter, and this round's contributions (newest first, so the walk stops at the round's start).
 */
async function currentFacts(ctx: ServiceContext, space: Space, snapshot: CycleSnapshot): Promise<CycleFacts> {
  const members = await ctx.store.listMembers(space.id);
  const roundStart = [...snapshot.context.history].reverse().find((h) => h.direction === 'newRound')?.at ?? '';
  const facts: CycleFacts = {
    memberCount: composition(space, members, today(ctx)).size,
    charterAdoptedOn: space.charter.adoptedOn,
    contributionCount: 0,
    unansweredCount: 0,
    commitmentCount: 0,
    commitmentsWithProgress: 0,
  };
  let cursor: string | null = null;
  let seen = 0;
  do {
    const page = await ctx.store.listContributions({ spaceId: space.id, limit: 100, ...(cursor ? { cursor } : {}) });
    for (const v of page.items) {
      if (v.createdAt < roundStart) return facts;
      seen += 1;
      if (v.submittedAt !== null) facts.contributionCount += 1;
      if (STATUS_TRAITS[v.status].awaiting) facts.unansweredCount += 1;
      facts.commitmentCount += v.commitments.length;
      facts.commitmentsWithProgress += v.commitments.filter((c) =>
        v.progress.some((p) => p.commitmentId === c.id),
      ).length;
    }
    cursor = page.nextCursor;
  } while (cursor && seen < MAX_COUNTED);
  return facts;
}

const sameFacts = (a: CycleFacts, b: CycleFacts) =>
  (Object.keys(a) as (keyof CycleFacts)[]).every((k) => a[k] === b[k]);

function viewOf(snapshot: CycleSnapshot, seq: number, member: boolean, at: string): CycleView {
  const c = snapshot.context;
  return {
    spaceId: c.spaceId,
    phase: phaseOf(snapshot),
    round: c.round,
    seq,
    facts: c.facts,
    problemStatement: c.problemStatement,
    evaluation: c.evaluation,
    decideOverride: c.decideOverride,
    // Who moved the cycle is for members; the public sees which role did.
    history: member ? c.history : c.history.map((h) => ({ ...h, actor: { role: h.actor.role, id: null } })),
    canAdvance: snapshot.can({ type: 'cycle.advance', actor: { role: 'facilitator', id: null }, at }),
  };
}

/** Back only to a phase already passed in this round: said with the field, not as a refused step. */
function checkBackTarget(ctx: ServiceContext, phase: PhaseId, to: PhaseId | undefined) {
  const targets = backTargets(phase);
  const words = messagesIn(ctx.locale).issues;
  if (!targets.length) throw invalid(ctx, [{ path: 'to', message: words.noPhaseBack() }]);
  if (to !== undefined && !targets.includes(to)) {
    throw invalid(ctx, [{ path: 'to', message: words.backTarget({ phases: targets.join(', ') }) }]);
  }
}

async function load(ctx: ServiceContext, ref: unknown) {
  const space = await requireSpace(ctx, ref);
  const stored = await ctx.store.getCycleEvents(space.id);
  const snapshot = replayCycle(
    { spaceId: space.id },
    stored.map((s) => s.event),
  );
  return { space, seq: stored.length, snapshot };
}

/** The phase, round and history, with facts as of now (computed, not written: a GET writes nothing). */
export async function getCycleQuery(ctx: ServiceContext, ref: unknown): Promise<CycleView> {
  const { space, seq, snapshot } = await load(ctx, ref);
  const at = instant(ctx);
  const facts = await currentFacts(ctx, space, snapshot);
  const fresh = applyCycleEvent(snapshot, { type: 'cycle.facts', facts, actor: SYSTEM, at }) ?? snapshot;
  return viewOf(fresh, seq, memberOf(ctx.caller, space) !== null, at);
}

export async function sendCycleCommandCall(
  ctx: ServiceContext,
  ref: unknown,
  cmd: CycleCommand,
  opts: { expectedSeq?: number | undefined } = {},
): Promise<CycleView> {
  if (cmd.type === 'cycle.facts') throw fail(ctx, 403, 'cycleFactsComputed');
  const { space, seq, snapshot } = await load(ctx, ref);
  const member = memberOf(ctx.caller, space);
  if (!member) throw fail(ctx, ctx.caller ? 403 : 401, ctx.caller ? 'notYourSpace' : 'authRequired');
  const roles: readonly ActorRole[] = CYCLE_EVENT_ROLES[cmd.type];
  if (!roles.includes(member.role)) {
    const allowed = roles.map((r) => roleLabel(ctx.locale, r)).join(', ');
    const who = roleLabel(ctx.locale, member.role);
    throw fail(ctx, 403, 'roleForbidden', {
      role: who.charAt(0).toUpperCase() + who.slice(1),
      type: cmd.type,
      allowed,
    });
  }
  if (opts.expectedSeq !== undefined && opts.expectedSeq !== seq) {
    throw fail(ctx, 409, 'cycleConflict', { current: seq }, [], { ETag: `"${seq}"` });
  }

  // Bring the facts up to date first, as the system, so the machine's guards see today's group.
  let current = snapshot;
  let written = seq;
  const at = instant(ctx, snapshot.context.history.at(-1)?.at);
  const facts = await currentFacts(ctx, space, snapshot);
  if (!sameFacts(facts, snapshot.context.facts)) {
    const update: CycleEvent = { type: 'cycle.facts', facts, actor: SYSTEM, at };
    const next = applyCycleEvent(current, update);
    if (next) {
      if (!(await ctx.store.appendCycleEvent(space.id, written, update))) {
        throw fail(ctx, 409, 'cycleConflict', { current: written + 1 });
      }
      current = next;
      written += 1;
    }
  }

  if (cmd.type === 'cycle.back') checkBackTarget(ctx, phaseOf(current), cmd.to);
  const event = { ...cmd, actor: { role: member.role, id: member.memberId }, at } as CycleEvent;
  const next = applyCycleEvent(current, event);
  if (!next) throw fail(ctx, 409, 'cycleRefused', { type: cmd.type, phase: phaseLabel(ctx.locale, phaseOf(current)) });
  if (!(await ctx.store.appendCycleEvent(space.id, written, event))) {
    throw fail(ctx, 409, 'cycleConflict', { current: written + 1 });
  }
  return viewOf(next, written + 1, true, at);
}
