import { assign, fromPromise } from 'xstate';
import { setup } from '../shared/machine-setup.js';
import { NO_BACKEND, toBackendError } from '../store/backend.error.js';
import type { ParticipeBackend } from '../store/backend.port.js';
import { cleanFilters, LIBRARY_MAX, LIBRARY_PAGE } from './practice-library.filter.js';
import type {
  LibraryFailure,
  LibrarySearchRequest,
  LibrarySearchResult,
  OpenedPractice,
  OpenPracticeRequest,
  PracticeLibraryContext,
  PracticeLibraryEvent,
  PracticeLibraryInput,
} from './practice-library.types.js';

/** A search of the library through a back end: the first sheets found as summaries (the list's first screen). */
export async function searchLibrary(
  backend: ParticipeBackend | null,
  request: LibrarySearchRequest,
): Promise<LibrarySearchResult> {
  if (!backend?.searchPractices) throw NO_BACKEND;
  return backend.searchPractices({
    ...request.filters,
    locale: request.locale,
    limit: request.limit,
    fields: 'summary',
  });
}

/** A sheet read through a back end, with its related sheets and its resources; `null` when there is none. */
export async function openLibrarySheet(
  backend: ParticipeBackend | null,
  request: OpenPracticeRequest,
): Promise<OpenedPractice | null> {
  if (!backend?.getPractice || !backend.listRelatedPractices) throw NO_BACKEND;
  const query = { locale: request.locale };
  const [practice, related] = await Promise.all([
    backend.getPractice(request.practiceId, query),
    backend.listRelatedPractices(request.practiceId, query).catch(() => []),
  ]);
  if (!practice) return null;
  // A resource the council removed since the sheet was written is left out, not an error.
  const resources = await Promise.all(
    (practice.resourceIds ?? []).map((id) => backend.getResource(id, query).catch(() => null)),
  );
  return { practice, related, resources: resources.filter((r) => r !== null) };
}

type Ev<T extends PracticeLibraryEvent['type']> = Extract<PracticeLibraryEvent, { type: T }>;
type Output<T> = { output: T };
const unprovided = async (): Promise<never> => {
  throw { kind: 'error', message: 'No back end provided' } satisfies LibraryFailure;
};

/**
 * The inspiring-practice library: the council's published sheets (and those other councils
 * share), searched by its back end, and one sheet read at a time with its resources and
 * related sheets. Filters and results live here, so closing a sheet brings back the same list.
 */
export const practiceLibraryMachine = setup({
  types: {
    context: {} as PracticeLibraryContext,
    events: {} as PracticeLibraryEvent,
    input: {} as PracticeLibraryInput,
  },
  actors: {
    // Provided by the widget: its back end's search, and its reading of one sheet (`null`: no such sheet).
    search: fromPromise<LibrarySearchResult, LibrarySearchRequest>(unprovided),
    open: fromPromise<OpenedPractice | null, OpenPracticeRequest>(unprovided),
  },
  guards: {
    /** A sheet is waiting to be opened (a link at start, or one asked for before a retry). */
    wantsSheet: ({ context }) => context.openId !== null,
    /** A retry after a sheet failed to open, with the list already there. */
    retriesSheet: ({ context }) => context.openId !== null && context.result !== null,
    found: ({ event }) => (event as unknown as Output<OpenedPractice | null>).output !== null,
    hasMore: ({ context }) =>
      context.result !== null && context.result.total > context.result.items.length && context.limit < LIBRARY_MAX,
    someId: ({ event }) => (event as Ev<'library.open'>).practiceId.trim() !== '',
  },
  actions: {
    keepResult: assign(({ context, event }) => {
      const result = (event as unknown as Output<LibrarySearchResult>).output;
      const phaseLabels = { ...context.phaseLabels };
      for (const f of result.facets.phase) if (f.label) phaseLabels[f.value as keyof typeof phaseLabels] = f.label;
      return { result, phaseLabels, failure: null };
    }),
    keepOpened: assign({ opened: ({ event }) => (event as unknown as Output<OpenedPractice>).output, failure: null }),
    forgetSheet: assign({ openId: null, opened: null }),
    keepFailure: assign({ failure: ({ event }) => toBackendError((event as unknown as { error: unknown }).error) }),
    clearFailure: assign({ failure: null }),
    setFilters: assign({
      filters: ({ event }) => cleanFilters((event as Ev<'library.filter'>).filters),
      limit: LIBRARY_PAGE,
    }),
    morePlease: assign({ limit: ({ context }) => Math.min(LIBRARY_MAX, context.limit + LIBRARY_PAGE) }),
    open: assign({ openId: ({ event }) => (event as Ev<'library.open'>).practiceId.trim(), opened: null }),
  },
}).createMachine({
  id: 'practiceLibrary',
  context: ({ input }) => ({
    locale: input.locale ?? 'fr',
    filters: cleanFilters(input.filters ?? {}),
    limit: LIBRARY_PAGE,
    result: null,
    phaseLabels: {},
    openId: input.practiceId?.trim() || null,
    opened: null,
    failure: null,
  }),
  initial: 'idle',
  states: {
    idle: {
      on: { 'library.load': 'loading' },
    },
    loading: {
      entry: 'clearFailure',
      invoke: {
        id: 'search',
        src: 'search',
        input: ({ context }) => ({ locale: context.locale, filters: context.filters, limit: context.limit }),
        onDone: [
          { guard: 'wantsSheet', target: 'opening', actions: 'keepResult' },
          { target: 'list', actions: 'keepResult' },
        ],
        onError: { target: 'error', actions: 'keepFailure' },
      },
      on: {
        // New words while a search runs: the newer one wins.
        'library.filter': { target: 'loading', reenter: true, actions: 'setFilters' },
      },
    },
    list: {
      on: {
        'library.filter': { target: 'loading', actions: 'setFilters' },
        'library.more': { guard: 'hasMore', target: 'loading', actions: 'morePlease' },
        'library.open': { guard: 'someId', target: 'opening', actions: 'open' },
      },
    },
    opening: {
      entry: 'clearFailure',
      invoke: {
        id: 'open',
        src: 'open',
        input: ({ context }) => ({ locale: context.locale, practiceId: context.openId ?? '' }),
        onDone: [
          { guard: 'found', target: 'sheet', actions: 'keepOpened' },
          // Gone since the list was shown, or a link to no sheet: the list.
          { target: 'list', actions: 'forgetSheet' },
        ],
        onError: { target: 'error', actions: 'keepFailure' },
      },
      on: {
        'library.close': { target: 'list', actions: 'forgetSheet' },
      },
    },
    sheet: {
      on: {
        'library.close': { target: 'list', actions: 'forgetSheet' },
        'library.open': { guard: 'someId', target: 'opening', actions: 'open' },
      },
    },
    error: {
      on: {
        'library.retry': [{ guard: 'retriesSheet', target: 'opening' }, { target: 'loading' }],
        // A sheet that failed to open: back to the list already there.
        'library.close': { guard: 'retriesSheet', target: 'list', actions: ['forgetSheet', 'clearFailure'] },
      },
    },
  },
});

export type PracticeLibraryMachine = typeof practiceLibraryMachine;
