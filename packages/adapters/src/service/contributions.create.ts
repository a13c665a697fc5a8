import {
  type Actor,
  applyEvent,
  ContributionInputSchema,
  type ContributionMachineInput,
  type CreatedContribution,
  createContribution,
  type IdempotencyRecord,
  replay,
  type StoredContributionEvent,
  toPublicView,
  toView,
} from '@participe/core';
import type { CreateContributionRequest } from './api.js';
import { fail, instant, invalid, memberOf, parseInput, type ServiceContext } from './context.js';
import { canonicalJson, newFollowUpCode, newId, newSecret, secretFromIdempotencyKey, sha256Hex } from './crypto.js';
import { message, messagesIn } from './messages.js';

/** Letters, digits and `-_.:`, 16 to 128: a UUID fits, and a short guessable key does not. */
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{16,128}$/;

export interface CreateOutcome {
  status: 201;
  body: CreatedContribution;
  /** `true` when this is the stored answer to an earlier request with the same key. */
  replayed: boolean;
}

/** What the idempotency record keeps: the answer without the secret, which is derived again. */
type StoredBody = { contribution: CreatedContribution['contribution']; followUp: { code: string } };

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Sends a contribution: stores it with its private part, a follow-up code and a secret,
 * then submits it (published, or waiting for moderation in a premoderated space), unless
 * the request asks for a `draft`. With an idempotency key, the same key and body give back
 * the first answer (same id, code and secret) and the same key with another body is a 409.
 *
 * The store writes one event per call, so creating and submitting are two writes. The
 * idempotency record written with the first already holds the final answer; if the server
 * dies between the two, the client's retry with the same key finishes the submission
 * before answering. A sender who never retries leaves a draft only they and staff see.
 */
export async function createContributionCommand(
  ctx: ServiceContext,
  request: CreateContributionRequest,
  idempotencyKey?: string,
): Promise<CreateOutcome> {
  if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
    throw fail(ctx, 400, 'badIdempotencyKey');
  }
  // A bot fills every field; a person never sees this one. Answer as if all went well.
  const honeypot = isRecord(request) ? request['website'] : undefined;
  if (honeypot !== undefined && honeypot !== '' && honeypot !== null) return decoy(ctx, request);

  const input = parseInput(ctx, ContributionInputSchema, request);
  const draft = isRecord(request) ? request['draft'] : undefined;
  if (draft !== undefined && typeof draft !== 'boolean') {
    throw invalid(ctx, [{ path: 'draft', message: messagesIn(ctx.locale).issues.draftIsBoolean() }]);
  }
  const submit = draft !== true;
  // The key is stored hashed, and the caller is part of the request: another caller with
  // the same key and body does not get this caller's answer.
  const storeKey = idempotencyKey ? `contribution.create:${await sha256Hex(idempotencyKey)}` : undefined;
  const requestHash = await sha256Hex(canonicalJson({ body: request, caller: ctx.caller }));
  if (storeKey && idempotencyKey) {
    const existing = await ctx.store.getIdempotency(storeKey);
    if (existing) return replayOf(ctx, existing, requestHash, idempotencyKey, submit);
  }

  const space = await ctx.store.getSpace(input.spaceId);
  if (!space) {
    throw invalid(ctx, [{ path: 'spaceId', message: message(ctx.locale, 'spaceNotFound') }]);
  }
  if (!space.themes.some((t) => t.id === input.theme)) {
    throw invalid(ctx, [
      {
        path: 'theme',
        message: themeMessage(
          ctx,
          space.themes.map((t) => t.id),
        ),
      },
    ]);
  }
  // Someone types for another person only as a facilitator of the group (the machine lets
  // facilitators, not professionals, write and submit an author's words), signing the
  // entry with their own member id.
  const member = memberOf(ctx.caller, space);
  if (input.channel !== 'online') {
    if (member?.role !== 'facilitator') throw fail(ctx, 403, 'assistedNeedsMember');
    if (input.assisted && member.memberId !== null && input.assisted.facilitatorId !== member.memberId) {
      throw invalid(ctx, [
        {
          path: 'assisted.facilitatorId',
          message: messagesIn(ctx.locale).issues.ownMemberId({ memberId: member.memberId }),
        },
      ]);
    }
  }

  // From a meeting: the meeting must be one of this group's, and the group is the author.
  if (input.channel === 'meeting') {
    const meeting = input.meetingId !== undefined ? await ctx.store.getMeeting(input.meetingId) : null;
    if (!meeting || meeting.spaceId !== space.id) {
      throw invalid(ctx, [{ path: 'meetingId', message: message(ctx.locale, 'meetingNotFound') }]);
    }
    input.author = { pseudonym: space.name.slice(0, 60) };
  }

  const id = newId('c');
  const followUpCode = await freeFollowUpCode(ctx);
  const secret = idempotencyKey ? await secretFromIdempotencyKey(idempotencyKey, id) : newSecret();
  const at = instant(ctx);
  const actor: Actor =
    input.channel !== 'online' && member ? { role: member.role, id: member.memberId } : { role: 'author', id: null };
  const data: Omit<ContributionMachineInput, 'actor' | 'at'> = {
    id,
    spaceId: space.id,
    premoderated: space.premoderation,
    content: {
      kind: input.kind,
      title: input.title,
      body: input.body,
      theme: input.theme,
      ...(input.territory !== undefined ? { territory: input.territory } : {}),
    },
    channel: input.channel,
    author: input.author,
    ...(input.assisted ? { assisted: input.assisted } : {}),
    ...(input.meetingId !== undefined ? { meetingId: input.meetingId } : {}),
  };
  const first = createContribution({ ...data, actor, at });
  const created: StoredContributionEvent = {
    contributionId: id,
    seq: 1,
    type: 'contribution.created',
    actor,
    at,
    data: data as Record<string, unknown>,
  };
  const submitted = submit ? applyEvent(first, { type: 'contribution.submit', actor, at }) : null;
  const final = submitted?.ok ? submitted.snapshot : first;
  const stored: StoredBody = { contribution: toPublicView(toView(final)), followUp: { code: followUpCode } };
  const idempotency: IdempotencyRecord | undefined = storeKey
    ? { key: storeKey, requestHash, status: 201, body: stored, createdAt: at }
    : undefined;
  const result = await ctx.store.createContribution({
    view: toView(first),
    created,
    private: { contact: input.contact ?? null, secretHash: await sha256Hex(secret), followUpCode },
    ...(idempotency ? { idempotency } : {}),
  });
  // Two requests with the same key raced: the store kept the first, answer with it.
  if (!result.ok) return replayOf(ctx, result.existing, requestHash, idempotencyKey!, submit);
  if (submit) await submitIfDraft(ctx, id);
  return {
    status: 201,
    body: { contribution: stored.contribution, followUp: { code: followUpCode, secret } },
    replayed: false,
  };
}

/**
 * Submits a contribution still at its first event, as the one who created it. A conflict
 * means another request (the same key, retried at once) submitted it first: nothing to do.
 */
async function submitIfDraft(ctx: ServiceContext, id: string): Promise<void> {
  const events = await ctx.store.getEvents(id);
  const created = events[0];
  if (events.length !== 1 || !created) return;
  const snapshot = replay(events);
  const at = instant(ctx, created.at);
  const next = applyEvent(snapshot, { type: 'contribution.submit', actor: created.actor, at });
  if (!next.ok) return;
  await ctx.store.appendEvent({
    contributionId: id,
    expectedVersion: 1,
    event: { contributionId: id, seq: 2, type: 'contribution.submit', actor: created.actor, at, data: {} },
    view: toView(next.snapshot),
  });
}

async function replayOf(
  ctx: ServiceContext,
  existing: IdempotencyRecord,
  requestHash: string,
  key: string,
  submit: boolean,
): Promise<CreateOutcome> {
  if (existing.requestHash !== requestHash) throw fail(ctx, 409, 'idempotencyKeyReused');
  const body = existing.body as StoredBody;
  // The first attempt may have stopped between its two writes: finish it before answering.
  if (submit) await submitIfDraft(ctx, body.contribution.id);
  const secret = await secretFromIdempotencyKey(key, body.contribution.id);
  return {
    status: 201,
    body: { contribution: body.contribution, followUp: { code: body.followUp.code, secret } },
    replayed: true,
  };
}

/** Codes are short, so check before use; a clash is rare (1 in 148 million per stored code). */
async function freeFollowUpCode(ctx: ServiceContext): Promise<string> {
  for (;;) {
    const code = newFollowUpCode();
    if ((await ctx.store.findByFollowUpCode(code)) === null) return code;
  }
}

/** What a bot sees: a believable 201, echoing what it sent, with a code and secret that lead nowhere. */
function decoy(ctx: ServiceContext, request: unknown): CreateOutcome {
  const at = instant(ctx);
  const sent = ContributionInputSchema.safeParse(request);
  const input = sent.success
    ? sent.data
    : {
        spaceId: 's_0',
        kind: 'proposal' as const,
        title: '-',
        body: '-',
        theme: 'vie-du-quartier',
        author: { pseudonym: '-' },
      };
  const actor: Actor = { role: 'author', id: null };
  const first = createContribution({
    id: newId('c'),
    spaceId: input.spaceId,
    premoderated: false,
    content: { kind: input.kind, title: input.title, body: input.body, theme: input.theme },
    channel: 'online',
    author: input.author,
    actor,
    at,
  });
  const submitted = applyEvent(first, { type: 'contribution.submit', actor, at });
  const view = toView(submitted.ok ? submitted.snapshot : first);
  return {
    status: 201,
    body: { contribution: toPublicView(view), followUp: { code: newFollowUpCode(), secret: newSecret() } },
    replayed: false,
  };
}

const themeMessage = (ctx: ServiceContext, ids: string[]) =>
  messagesIn(ctx.locale).issues.unknownTheme({ themes: ids.join(', ') });
