import {
  applyEvent,
  type ContributionInput,
  ContributionInputSchema,
  type ContributionQuery,
  composition,
  createContribution,
  type ParticipeBackend,
  type ParticipeStore,
  publicTimeline,
  type StoredContributionEvent,
  toPublicView,
  toView,
} from '@participe/core';

/** Statuses the public may see: no drafts, nothing awaiting pre-moderation. */
const PUBLIC_STATUSES = [
  'published',
  'underReview',
  'decided',
  'accepted',
  'partlyAccepted',
  'declined',
  'answered',
  'duplicate',
  'inProgress',
  'done',
  'hidden',
  'withdrawn',
] as const;

// Crockford-like alphabet: no 0/O, 1/I/L, so a code read aloud or handwritten survives.
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

const randomString = (n: number, alphabet: string) => {
  const bytes = crypto.getRandomValues(new Uint8Array(n));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
};

export const newFollowUpCode = () => `${randomString(3, CODE_ALPHABET)}-${randomString(4, CODE_ALPHABET)}`;
export const newSecret = () => randomString(24, 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789');
export const newId = (prefix: string) => `${prefix}_${randomString(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;

export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A stable hash of a request body, for idempotency: the same key with another body is refused. */
export const hashBody = (body: unknown) => sha256(JSON.stringify(body));

export class LocalBackendError extends Error {
  constructor(
    readonly kind: 'rejected' | 'notFound' | 'conflict',
    message: string,
    readonly issues: Array<{ path: string[]; message: string }> = [],
  ) {
    super(message);
    this.name = 'LocalBackendError';
  }
}

/**
 * A back end that runs in-process over a store: for tests, Storybook and demos without a
 * server. It follows the same rules as the HTTP API (validation, idempotency, honeypot).
 */
export function createLocalBackend(store: ParticipeStore, opts: { now?: () => Date } = {}): ParticipeBackend {
  const now = () => (opts.now ? opts.now() : new Date()).toISOString();
  return {
    async getSpace(idOrSlug) {
      const space = await store.getSpace(idOrSlug);
      if (!space) return null;
      const members = await store.listMembers(space.id);
      return {
        id: space.id,
        slug: space.slug,
        name: space.name,
        territory: space.territory,
        themes: space.themes,
        answerWithinDays: space.answerWithinDays,
        composition: composition(space, members, now().slice(0, 10)),
      };
    },

    async createContribution(body, idempotencyKey) {
      const requestHash = await hashBody(body);
      const previous = await store.getIdempotency(idempotencyKey);
      if (previous) {
        if (previous.requestHash !== requestHash) {
          throw new LocalBackendError('conflict', 'Cette clé a déjà servi pour une autre contribution.');
        }
        return previous.body as Awaited<ReturnType<ParticipeBackend['createContribution']>>;
      }
      const { website, ...rest } = body as ContributionInput & { website?: string };
      const parsed = ContributionInputSchema.safeParse(rest);
      if (!parsed.success) {
        throw new LocalBackendError(
          'rejected',
          'Certaines réponses sont à corriger.',
          parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
        );
      }
      const input = parsed.data;
      const space = await store.getSpace(input.spaceId);
      if (!space)
        throw new LocalBackendError('notFound', 'Ce groupe n’existe pas.', [{ path: ['spaceId'], message: 'inconnu' }]);
      const at = now();
      const id = newId('c');
      const { spaceId, channel, author, contact, assisted, meetingId, ...content } = input;
      const created = {
        id,
        spaceId: space.id,
        premoderated: space.premoderation,
        content,
        channel,
        author,
        ...(assisted ? { assisted } : {}),
        ...(meetingId ? { meetingId } : {}),
      };
      const actor =
        channel === 'assisted'
          ? { role: 'facilitator' as const, id: assisted?.facilitatorId ?? null }
          : { role: 'author' as const, id: null };
      let snapshot = createContribution({ ...created, actor, at });
      const submitted = applyEvent(snapshot, { type: 'contribution.submit', actor, at });
      if (!submitted.ok) throw new LocalBackendError('rejected', 'Contribution refusée.');
      const followUp = { code: newFollowUpCode(), secret: newSecret() };
      const response = { contribution: toPublicView(toView(submitted.snapshot)), followUp };
      // A filled honeypot gets the same answer as a person would, and nothing is stored.
      if (website) return response;
      const events: StoredContributionEvent[] = [
        {
          contributionId: id,
          seq: 1,
          type: 'contribution.created',
          actor,
          at,
          data: created as Record<string, unknown>,
        },
        { contributionId: id, seq: 2, type: 'contribution.submit', actor, at, data: {} },
      ];
      snapshot = submitted.snapshot;
      const stored = await store.createContribution({
        view: toView(createContribution({ ...created, actor, at })),
        created: events[0]!,
        private: { contact: contact ?? null, secretHash: await sha256(followUp.secret), followUpCode: followUp.code },
        idempotency: { key: idempotencyKey, requestHash, status: 201, body: response, createdAt: at },
      });
      if (!stored.ok) return stored.existing.body as typeof response;
      await store.appendEvent({ contributionId: id, expectedVersion: 1, event: events[1]!, view: toView(snapshot) });
      return response;
    },

    async listContributions(query: ContributionQuery) {
      const space = await store.getSpace(query.spaceId);
      if (!space) return { items: [], nextCursor: null };
      const page = await store.listContributions({
        spaceId: space.id,
        // The public reads an internal decision as "under review" (see publicStatusOf).
        status: query.status
          ? query.status === 'underReview'
            ? ['underReview', 'decided']
            : [query.status]
          : PUBLIC_STATUSES,
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.theme ? { theme: query.theme } : {}),
        ...(query.territory ? { territory: query.territory } : {}),
        ...(query.overdue ? { overdue: { now: now(), answerWithinDays: space.answerWithinDays } } : {}),
        ...(query.q ? { q: query.q } : {}),
        ...(query.cursor ? { cursor: query.cursor } : {}),
        limit: query.limit ?? 20,
      });
      return {
        items: page.items.filter((v) => (PUBLIC_STATUSES as readonly string[]).includes(v.status)).map(toPublicView),
        nextCursor: page.nextCursor,
      };
    },

    async getContribution(id) {
      const view = await store.getContribution(id);
      if (!view || !(PUBLIC_STATUSES as readonly string[]).includes(view.status)) return null;
      return { contribution: toPublicView(view), timeline: publicTimeline(await store.getEvents(id)) };
    },

    async resolveFollowUpCode(code) {
      return store.findByFollowUpCode(code.trim().toUpperCase());
    },
  };
}
