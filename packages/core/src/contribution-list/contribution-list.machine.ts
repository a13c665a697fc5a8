import { assign, fromPromise } from 'xstate';
import { setup } from '../shared/machine-setup.js';
import { NO_BACKEND, toBackendError } from '../store/backend.error.js';
import type { ParticipeBackend } from '../store/backend.port.js';
import type {
  ContributionListContext,
  ContributionListEvent,
  ContributionListInput,
  ListFailure,
  ListFilters,
  ListLoadRequest,
  ListLoadResult,
} from './contribution-list.types.js';

/** The back-end query for the page the context points at; empty filters are left out. */
export function listQuery(context: ContributionListContext): ListLoadRequest {
  const { status, kind, theme, overdue, q } = context.filters;
  const cursor = context.cursors[context.page];
  return {
    spaceId: context.spaceId,
    space: context.space,
    query: {
      spaceId: context.space?.id ?? context.spaceId,
      ...(status ? { status } : {}),
      ...(kind ? { kind } : {}),
      ...(theme ? { theme } : {}),
      ...(overdue ? { overdue: true } : {}),
      ...(q?.trim() ? { q: q.trim() } : {}),
      ...(cursor ? { cursor } : {}),
      limit: context.pageSize,
    },
  };
}

/** Loads one page (and the space, the first time). `now` is the clock days waited count to. */
export async function loadListPage(
  backend: ParticipeBackend | null,
  request: ListLoadRequest,
  now: () => Date = () => new Date(),
): Promise<ListLoadResult> {
  if (!backend) throw NO_BACKEND;
  const space = request.space ?? (await backend.getSpace(request.spaceId));
  if (!space) throw { kind: 'notFound', message: `No space "${request.spaceId}"` } satisfies ListFailure;
  const page = await backend.listContributions({ ...request.query, spaceId: space.id });
  return { space, page, at: now().toISOString() };
}

/** The `load` actor over a back end. */
export const listLoader = (backend: ParticipeBackend | null, now?: () => Date) =>
  fromPromise<ListLoadResult, ListLoadRequest>(({ input }) => loadListPage(backend, input, now));

const clampPageSize = (n: number | undefined) => Math.min(100, Math.max(1, Math.floor(n ?? 20) || 20));

/**
 * The public list of a space's contributions: loading, a page of results or none, an
 * error to retry, and paging with cursors (earlier cursors are kept for "previous").
 * Leaving a loading state stops its request, so a late answer never overwrites a newer one.
 */
export const contributionListMachine = setup({
  types: {
    context: {} as ContributionListContext,
    events: {} as ContributionListEvent,
    input: {} as ContributionListInput,
  },
  actors: {
    // Provided by the widget: `machine.provide({ actors: { load: listLoader(backend) } })`.
    load: fromPromise<ListLoadResult, ListLoadRequest>(async () => {
      throw { kind: 'error', message: 'No load actor provided' } satisfies ListFailure;
    }),
  },
  guards: {
    noItems: ({ event }) => (event as unknown as { output: ListLoadResult }).output.page.items.length === 0,
    hasNext: ({ context }) => context.nextCursor !== null,
    hasPrevious: ({ context }) => context.page > 0,
  },
  actions: {
    setFilters: assign(({ event }) => ({
      filters: { ...(event as Extract<ContributionListEvent, { type: 'list.filter' }>).filters },
      page: 0,
      cursors: [null],
    })),
    turnNext: assign(({ context }) => ({
      page: context.page + 1,
      cursors: [...context.cursors.slice(0, context.page + 1), context.nextCursor],
    })),
    turnPrevious: assign({ page: ({ context }) => context.page - 1 }),
    keepPage: assign(({ event }) => {
      const { space, page, at } = (event as unknown as { output: ListLoadResult }).output;
      return { space, items: page.items, nextCursor: page.nextCursor, loadedAt: at, failure: null };
    }),
    keepFailure: assign({ failure: ({ event }) => toBackendError((event as unknown as { error: unknown }).error) }),
    clearPage: assign({ items: [], nextCursor: null, failure: null }),
  },
}).createMachine({
  id: 'list',
  context: ({ input }) => ({
    spaceId: input.spaceId,
    pageSize: clampPageSize(input.pageSize),
    filters: { ...input.filters } satisfies ListFilters,
    space: null,
    page: 0,
    cursors: [null],
    items: [],
    nextCursor: null,
    loadedAt: null,
    failure: null,
  }),
  initial: 'idle',
  on: {
    'list.filter': { target: '.loading', reenter: true, actions: 'setFilters' },
  },
  states: {
    idle: {
      on: { 'list.load': 'loading' },
    },
    loading: {
      entry: 'clearPage',
      invoke: {
        id: 'load',
        src: 'load',
        input: ({ context }) => listQuery(context),
        onDone: [
          { guard: 'noItems', target: 'empty', actions: 'keepPage' },
          { target: 'ready', actions: 'keepPage' },
        ],
        onError: { target: 'error', actions: 'keepFailure' },
      },
    },
    ready: {
      on: {
        'list.next': { guard: 'hasNext', target: 'paging', actions: 'turnNext' },
        'list.previous': { guard: 'hasPrevious', target: 'paging', actions: 'turnPrevious' },
      },
    },
    // Like loading, but the current page stays on screen until the next one arrives.
    paging: {
      invoke: {
        id: 'load',
        src: 'load',
        input: ({ context }) => listQuery(context),
        onDone: [
          { guard: 'noItems', target: 'empty', actions: 'keepPage' },
          { target: 'ready', actions: 'keepPage' },
        ],
        onError: { target: 'error', actions: 'keepFailure' },
      },
    },
    empty: {
      // A later page can come back empty when contributions left meanwhile: offer the way back.
      on: { 'list.previous': { guard: 'hasPrevious', target: 'paging', actions: 'turnPrevious' } },
    },
    error: {
      on: { 'list.retry': 'loading' },
    },
  },
});

export type ContributionListMachine = typeof contributionListMachine;
