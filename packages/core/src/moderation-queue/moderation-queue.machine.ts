import { and, assign, fromPromise } from 'xstate';
import type { ModerationItem } from '../moderation/moderation.types.js';
import { setup } from '../shared/machine-setup.js';
import { NO_BACKEND, toBackendError } from '../store/backend.error.js';
import type { BackofficeBackend, ContributionCommandInput, ModerationQuery } from '../store/backoffice.port.js';
import {
  MODERATION_QUEUES,
  type ModerationAction,
  type ModerationActRequest,
  type ModerationActResult,
  type ModerationQueueContext,
  type ModerationQueueEvent,
  type ModerationQueueInput,
  type QueueCounts,
  type QueueFilters,
  type QueueLoadRequest,
  type QueueLoadResult,
  type ReasonError,
} from './moderation-queue.types.js';

/** What each queue lets a facilitator do, in the order the buttons show. */
export function actionsFor(queue: ModerationItem['queue']): readonly ModerationAction[] {
  // A contribution awaiting approval can be refused: hidden, with a reason its author reads.
  if (queue === 'awaitingApproval') return ['approve', 'hide'];
  if (queue === 'reported') return ['keep', 'hide'];
  return ['restore'];
}

/** Every action but approving asks for a reason. */
export const needsReason = (action: ModerationAction) => action !== 'approve';

/** At most this many characters in a moderation reason (the event schemas' limit). */
export const REASON_MAX = 1000;

export function reasonError(reason: string): ReasonError | null {
  const length = reason.trim().length;
  return length === 0 ? 'required' : length > REASON_MAX ? 'tooLong' : null;
}

/** The filters as the back end takes them; "any" left out. */
export function moderationQuery(filters: QueueFilters): ModerationQuery {
  return {
    ...(filters.queue ? { queue: filters.queue } : {}),
    ...(filters.reason ? { reason: filters.reason } : {}),
    ...(filters.olderThanDays ? { olderThanDays: filters.olderThanDays } : {}),
  };
}

export function countByQueue(items: readonly ModerationItem[]): QueueCounts {
  const counts = Object.fromEntries(MODERATION_QUEUES.map((q) => [q, 0])) as QueueCounts;
  for (const item of items) counts[item.queue] += 1;
  return counts;
}

/**
 * Loads the items the filters select, and the counts per queue over everything waiting
 * (one more request when a filter is set, so the counts do not shrink with the filters).
 */
export async function loadModerationQueue(
  backend: BackofficeBackend | null,
  request: QueueLoadRequest,
  now: () => Date = () => new Date(),
): Promise<QueueLoadResult> {
  if (!backend) throw NO_BACKEND;
  const filtered = Object.keys(request.query).length > 0;
  const [items, all] = await Promise.all([
    backend.listModerationQueue(request.space, request.query),
    filtered ? backend.listModerationQueue(request.space) : null,
  ]);
  return { items, counts: countByQueue(all ?? items), at: now().toISOString() };
}

/** Sends an action: a contribution event at the version the facilitator saw, or `keepReported`. */
export async function performModeration(
  backend: BackofficeBackend | null,
  { item, action, reason, lang }: ModerationActRequest,
): Promise<ModerationActResult> {
  if (!backend) throw NO_BACKEND;
  const { id, version } = item.contribution;
  if (action === 'keep') {
    await backend.keepReported(id, reason);
    return { contributionId: id, action, contribution: null };
  }
  const command: ContributionCommandInput =
    action === 'approve'
      ? { type: 'contribution.approve', data: {} }
      : action === 'hide'
        ? { type: 'contribution.hide', data: { reason, ...(lang ? { lang } : {}) } }
        : { type: 'contribution.restore', data: { reason } };
  return { contributionId: id, action, contribution: await backend.sendEvent(id, command, version) };
}

/** The `load` and `act` actors over a back end. */
export const queueActors = (backend: BackofficeBackend | null, now?: () => Date) => ({
  load: fromPromise<QueueLoadResult, QueueLoadRequest>(({ input }) => loadModerationQueue(backend, input, now)),
  act: fromPromise<ModerationActResult, ModerationActRequest>(({ input }) => performModeration(backend, input)),
});

type Ev<T extends ModerationQueueEvent['type']> = Extract<ModerationQueueEvent, { type: T }>;
type Done<T> = { output: T };
type Failed = { error: unknown };
const NO_COUNTS: QueueCounts = { awaitingApproval: 0, reported: 0, hidden: 0 };
const NOTICES = { done: null, conflict: null, actionFailure: null } as const;

const pendingItem = (context: ModerationQueueContext) =>
  context.items.find((i) => i.contribution.id === context.pending?.contributionId);

/**
 * A facilitator's moderation queue: what waits for approval, what citizens reported, what
 * is hidden. An action asks for a reason (hiding, a confirmation too), is sent at the
 * version the facilitator saw, and takes the item off the list. When someone else acted
 * first, the queue loads again and says so.
 */
export const moderationQueueMachine = setup({
  types: {
    context: {} as ModerationQueueContext,
    events: {} as ModerationQueueEvent,
    input: {} as ModerationQueueInput,
  },
  actors: {
    // Provided by the widget: `machine.provide({ actors: queueActors(backend) })`.
    load: fromPromise<QueueLoadResult, QueueLoadRequest>(async () => {
      throw NO_BACKEND;
    }),
    act: fromPromise<ModerationActResult, ModerationActRequest>(async () => {
      throw NO_BACKEND;
    }),
  },
  guards: {
    noItems: ({ event }) => (event as unknown as Done<QueueLoadResult>).output.items.length === 0,
    offered: ({ context, event }) => {
      const e = event as Ev<'queue.choose'>;
      const item = context.items.find((i) => i.contribution.id === e.contributionId);
      return item !== undefined && actionsFor(item.queue).includes(e.action);
    },
    needsReason: ({ event }) => needsReason((event as Ev<'queue.choose'>).action),
    reasonOk: ({ event }) => reasonError((event as Ev<'queue.submit'>).reason) === null,
    hiding: ({ context }) => context.pending?.action === 'hide',
    lastOne: ({ context, event }) =>
      context.items.every(
        (i) => i.contribution.id === (event as unknown as Done<ModerationActResult>).output.contributionId,
      ),
    someoneElse: ({ event }) => {
      const kind = toBackendError((event as unknown as Failed).error).kind;
      return kind === 'conflict' || kind === 'notFound';
    },
    askedReason: ({ context }) => context.pending !== null && needsReason(context.pending.action),
  },
  actions: {
    setFilters: assign(({ event }) => ({ filters: { ...(event as Ev<'queue.filter'>).filters }, ...NOTICES })),
    clearQueue: assign({ items: [], failure: null, pending: null, reason: '', reasonError: null }),
    keepQueue: assign(({ event }) => {
      const { items, counts, at } = (event as unknown as Done<QueueLoadResult>).output;
      return { items, counts, loadedAt: at, failure: null };
    }),
    keepFailure: assign({ failure: ({ event }) => toBackendError((event as unknown as Failed).error) }),
    choose: assign(({ event }) => {
      const { contributionId, action } = event as Ev<'queue.choose'>;
      return { pending: { contributionId, action }, reason: '', reasonError: null, ...NOTICES };
    }),
    keepReason: assign(({ event }) => {
      const reason = (event as Ev<'queue.submit'>).reason;
      return { reason, reasonError: reasonError(reason), actionFailure: null };
    }),
    drop: assign({ pending: null, reason: '', reasonError: null, actionFailure: null }),
    remove: assign(({ context, event }) => {
      const { contributionId, action } = (event as unknown as Done<ModerationActResult>).output;
      const at = context.items.findIndex((i) => i.contribution.id === contributionId);
      const item = context.items[at]!;
      const next = context.items[at + 1] ?? context.items[at - 1];
      const counts = { ...context.counts, [item.queue]: Math.max(0, context.counts[item.queue] - 1) };
      // A hidden contribution moves to the "hidden" queue, where it can be restored.
      if (action === 'hide') counts.hidden += 1;
      return {
        items: context.items.filter((i) => i !== item),
        counts,
        pending: null,
        reason: '',
        done: { contributionId, action, nextId: next?.contribution.id ?? null },
      };
    }),
    keepConflict: assign(({ context }) => {
      const item = pendingItem(context);
      return {
        conflict: { contributionId: context.pending!.contributionId, title: item?.contribution.content.title ?? '' },
      };
    }),
    keepActionFailure: assign({
      actionFailure: ({ event }) => toBackendError((event as unknown as Failed).error),
    }),
  },
}).createMachine({
  id: 'queue',
  context: ({ input }) => ({
    space: input.space,
    lang: input.lang,
    filters: { ...input.filters },
    items: [],
    counts: NO_COUNTS,
    loadedAt: null,
    failure: null,
    pending: null,
    reason: '',
    reasonError: null,
    ...NOTICES,
  }),
  initial: 'idle',
  on: {
    'queue.filter': { target: '.loading', reenter: true, actions: 'setFilters' },
  },
  states: {
    idle: {
      on: { 'queue.load': 'loading' },
    },
    loading: {
      entry: 'clearQueue',
      invoke: {
        id: 'load',
        src: 'load',
        input: ({ context }) => ({ space: context.space, query: moderationQuery(context.filters) }),
        onDone: [
          { guard: 'noItems', target: 'empty', actions: 'keepQueue' },
          { target: 'ready', actions: 'keepQueue' },
        ],
        onError: { target: 'error', actions: 'keepFailure' },
      },
    },
    ready: {
      initial: 'browsing',
      on: {
        'queue.choose': [
          { guard: and(['offered', 'needsReason']), target: '.composing', actions: 'choose' },
          { guard: 'offered', target: 'acting', actions: 'choose' },
        ],
      },
      states: {
        browsing: {},
        composing: {
          on: {
            'queue.submit': [
              { guard: and(['reasonOk', 'hiding']), target: 'confirming', actions: 'keepReason' },
              { guard: 'reasonOk', target: '#queue.acting', actions: 'keepReason' },
              { actions: 'keepReason' },
            ],
            'queue.cancel': { target: 'browsing', actions: 'drop' },
          },
        },
        confirming: {
          on: {
            'queue.confirm': '#queue.acting',
            'queue.cancel': 'composing',
          },
        },
      },
    },
    acting: {
      // New filters wait until the answer is in: the action is never lost half-way.
      on: { 'queue.filter': {} },
      invoke: {
        id: 'act',
        src: 'act',
        input: ({ context }) => ({
          item: pendingItem(context)!,
          action: context.pending!.action,
          reason: context.reason.trim(),
          lang: context.lang,
        }),
        onDone: [
          { guard: 'lastOne', target: 'empty', actions: 'remove' },
          { target: 'ready', actions: 'remove' },
        ],
        onError: [
          { guard: 'someoneElse', target: 'loading', actions: 'keepConflict' },
          { guard: 'askedReason', target: 'ready.composing', actions: 'keepActionFailure' },
          { target: 'ready', actions: 'keepActionFailure' },
        ],
      },
    },
    empty: {},
    error: {
      on: { 'queue.retry': 'loading' },
    },
  },
});

export type ModerationQueueMachine = typeof moderationQueueMachine;
