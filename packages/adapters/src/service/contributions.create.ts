import {
  type Actor,
  applyEvent,
  type ContributionMachineInput,
  type CreateArgs,
  type CreatedContribution,
  type CreateResult,
  createContribution,
  type IdempotencyRecord,
  type Space,
  type StoredContributionEvent,
  toView,
} from '@participe/core';
import type { ValidBody } from '../contract/api.js';
import { checksSpaceInWrite, FollowUpCodeTaken, type SpaceChanged } from '../shared/create.js';
import { PROJECTIONS } from './access.js';
import { fail, instant, invalid, memberOf, type ServiceContext } from './context.js';
import {
  canonicalJson,
  legacySecretFromIdempotencyKey,
  newFollowUpCode,
  newId,
  newSecret,
  sameDigest,
  secretFromIdempotencyKey,
  sha256Hex,
} from './crypto.js';
import { ParticipeApiError } from './errors.js';
import { message, messagesIn } from './messages.js';

export interface CreateOutcome {
  body: CreatedContribution;
  /** `true` when this is the stored answer to an earlier request with the same key. */
  replayed: boolean;
}

/**
 * What the idempotency record keeps: which contribution the request created and its code.
 * Never the author's words, which an erase must be able to forget, nor the secret, which
 * is derived again from the key. A replay answers with the contribution as it is now.
 */
type StoredBody = { contributionId: string; followUp: { code: string } };

/**
 * Sends a contribution: stores it with its private part, a follow-up code and a secret,
 * and submits it (published, or waiting for moderation in a premoderated space), unless
 * the request asks for a `draft`. One store call writes the contribution with its events
 * (created, then submitted), the private part and the idempotency record, or nothing.
 * With an idempotency key, the same key and body give back the first answer (same id,
 * code and secret) and the same key with another body is a 409.
 *
 * `request` is the body as the contract validated it; `sent` is the body as it came, which
 * the key is bound to.
 */
export async function createContributionCommand(
  ctx: ServiceContext,
  request: ValidBody<'createContribution'>,
  sent: unknown,
  idempotencyKey?: string,
): Promise<CreateOutcome> {
  const { website, draft, ...input } = request;
  // A bot fills every field; a person never sees this one. Answer as if all went well.
  if (website) return decoy(ctx, input);

  // The key is stored hashed, and the caller is part of the request: another caller with
  // the same key and body does not get this caller's answer.
  const storeKey = idempotencyKey ? `contribution.create:${await sha256Hex(idempotencyKey)}` : undefined;
  const requestHash = await sha256Hex(canonicalJson({ body: sent, caller: ctx.caller }));

  // The key is not looked up before the write: the write claims it and says when it was
  // taken, which spares every create a round trip. A request refused here still gets the
  // answer its key was first given, as when the key was looked up first.
  const id = newId('c');
  const secret = idempotencyKey ? await secretFromIdempotencyKey(idempotencyKey, id) : newSecret();
  const secretHash = await sha256Hex(secret);
  const key = storeKey ? { storeKey, requestHash, idempotencyKey: idempotencyKey! } : null;
  // A store that checks the space in the write gives the space this process last read, with
  // no round trip. A refusal is decided on the space as it is now, and the space read again
  // when the write finds it changed; the last round writes without the check, as a store
  // that cannot check does.
  const spaces = checksSpaceInWrite(ctx.store) ? ctx.store : null;
  let fresh = spaces === null;
  for (let round = 1; ; round += 1) {
    const found = spaces
      ? await spaces.spaceForCreate(input.spaceId, fresh)
      : { space: await ctx.store.getSpace(input.spaceId), remembered: false };
    let checked: Awaited<ReturnType<typeof checkRequest>>;
    try {
      checked = await checkRequest(ctx, input, found.space);
    } catch (error) {
      if (found.remembered && error instanceof ParticipeApiError) {
        fresh = true;
        continue;
      }
      const existing = key && error instanceof ParticipeApiError ? await ctx.store.getIdempotency(key.storeKey) : null;
      if (existing) return replayOf(ctx, existing, requestHash, key!.idempotencyKey);
      throw error;
    }
    const check = spaces && round < SPACE_ROUNDS ? { name: input.spaceId, space: checked.space } : null;
    const outcome = await write(
      ctx,
      { id, secret, secretHash, key, draft: draft === true, input, ...checked },
      (args) => (check ? spaces!.createContributionIn(check, args) : ctx.store.createContribution(args)),
    );
    if (outcome !== 'spaceChanged') return outcome;
    fresh = true;
  }
}

/** Rounds of a create whose space changed between its check and its write; the last one writes unchecked. */
const SPACE_ROUNDS = 3;

type Checked = Awaited<ReturnType<typeof checkRequest>>;
interface Writing extends Checked {
  id: string;
  secret: string;
  secretHash: string;
  key: { storeKey: string; requestHash: string; idempotencyKey: string } | null;
  draft: boolean;
  input: Omit<ValidBody<'createContribution'>, 'website' | 'draft'>;
}

/**
 * Builds the contribution's first snapshot in `space` and writes it with `store`, drawing
 * another follow-up code while the one drawn is taken. `spaceChanged` when the store found
 * the space changed since the check: nothing was written.
 */
async function write(
  ctx: ServiceContext,
  { id, secret, secretHash, key, draft, input, space, member }: Writing,
  store: (args: CreateArgs) => Promise<CreateResult | SpaceChanged>,
): Promise<CreateOutcome | 'spaceChanged'> {
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
      ...(input.lang !== undefined ? { lang: input.lang } : {}),
    },
    channel: input.channel,
    author: input.author,
    ...(input.assisted ? { assisted: input.assisted } : {}),
    ...(input.meetingId !== undefined ? { meetingId: input.meetingId } : {}),
  };
  const event = (seq: number, type: StoredContributionEvent['type'], payload: Record<string, unknown>) =>
    ({ contributionId: id, seq, type, actor, at, data: payload }) satisfies StoredContributionEvent;
  const events = [event(1, 'contribution.created', data as Record<string, unknown>)];
  let snapshot = createContribution({ ...data, actor, at });
  if (!draft) {
    const submitted = applyEvent(snapshot, { type: 'contribution.submit', actor, at });
    if (submitted.ok) {
      snapshot = submitted.snapshot;
      events.push(event(2, 'contribution.submit', {}));
    }
  }
  const view = toView(snapshot);
  // Codes are short and drawn at random: the write refuses one already used (1 in 148
  // million per stored code) and writes nothing, and the create goes again with another.
  for (let attempt = 1; ; attempt += 1) {
    const followUpCode = newFollowUpCode();
    const stored: StoredBody = { contributionId: id, followUp: { code: followUpCode } };
    let result: CreateResult | SpaceChanged;
    try {
      result = await store({
        view,
        events,
        private: { contact: input.contact ?? null, secretHash, followUpCode },
        ...(key
          ? {
              idempotency: {
                key: key.storeKey,
                requestHash: key.requestHash,
                status: 201,
                body: stored,
                createdAt: at,
              },
            }
          : {}),
      });
    } catch (error) {
      if (error instanceof FollowUpCodeTaken && attempt < FOLLOW_UP_CODE_ATTEMPTS) continue;
      throw error;
    }
    if (!result.ok && result.reason === 'spaceChanged') return 'spaceChanged';
    // The key was taken: by an earlier request, or one that raced this one. Answer with its answer.
    if (!result.ok) return replayOf(ctx, result.existing, key!.requestHash, key!.idempotencyKey);
    return {
      body: { contribution: PROJECTIONS.public(view), followUp: { code: followUpCode, secret } },
      replayed: false,
    };
  }
}

/** Five codes in a row already used means something else is wrong: the error goes out. */
const FOLLOW_UP_CODE_ATTEMPTS = 5;

/**
 * What the request may do in `space` (the one it names): the space exists, takes
 * contributions and has the theme; only a facilitator types for someone else; a meeting is
 * one of the group's (the group then is the author, set on `input`).
 */
async function checkRequest(
  ctx: ServiceContext,
  input: Omit<ValidBody<'createContribution'>, 'website' | 'draft'>,
  space: Space | null,
) {
  if (!space) {
    throw invalid(ctx, [{ path: 'spaceId', message: message(ctx.locale, 'spaceNotFound') }]);
  }
  if (space.archivedOn) {
    throw invalid(ctx, [{ path: 'spaceId', message: messagesIn(ctx.locale).issues.spaceArchived() }]);
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
  return { space, member };
}

async function replayOf(
  ctx: ServiceContext,
  existing: IdempotencyRecord,
  requestHash: string,
  key: string,
): Promise<CreateOutcome> {
  if (existing.requestHash !== requestHash) throw fail(ctx, 409, 'idempotencyKeyReused');
  const { contributionId, followUp } = existing.body as StoredBody;
  const view = await ctx.store.getContribution(contributionId);
  if (!view) throw new Error(`Idempotency record for ${contributionId}, which does not exist`);
  let secret = await secretFromIdempotencyKey(key, contributionId);
  // Stored before secret codes were words: the same key gave the older kind of secret.
  const hash = (await ctx.store.getPrivate(contributionId))?.secretHash;
  if (hash && !sameDigest(await sha256Hex(secret), hash))
    secret = await legacySecretFromIdempotencyKey(key, contributionId);
  // As it is now: after an erase, without the words the first answer held.
  return {
    body: { contribution: PROJECTIONS.public(view), followUp: { code: followUp.code, secret } },
    replayed: true,
  };
}

/** What a bot sees: a believable 201, echoing what it sent, with a code and secret that lead nowhere. */
function decoy(ctx: ServiceContext, input: Omit<ValidBody<'createContribution'>, 'website' | 'draft'>): CreateOutcome {
  const at = instant(ctx);
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
    body: { contribution: PROJECTIONS.public(view), followUp: { code: newFollowUpCode(), secret: newSecret() } },
    replayed: false,
  };
}

const themeMessage = (ctx: ServiceContext, ids: string[]) =>
  messagesIn(ctx.locale).issues.unknownTheme({ themes: ids.join(', ') });
