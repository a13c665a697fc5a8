import { assign, fromPromise } from 'xstate';
import type { ContentPack } from '../content/content.types.js';
import { setup } from '../shared/machine-setup.js';
import { toBackendError } from '../store/backend.error.js';
import { cleanFilters } from './practice-library.filter.js';
import type {
  LibraryFailure,
  PracticeLibraryContent,
  PracticeLibraryContext,
  PracticeLibraryEvent,
  PracticeLibraryInput,
} from './practice-library.types.js';

type Ev<T extends PracticeLibraryEvent['type']> = Extract<PracticeLibraryEvent, { type: T }>;
type Done = { output: PracticeLibraryContent };

/**
 * The inspiring-practice library: the sheets with search and filters, and one sheet read
 * at a time. Filters live here, so closing a sheet brings back the same results.
 */
export const practiceLibraryMachine = setup({
  types: {
    context: {} as PracticeLibraryContext,
    events: {} as PracticeLibraryEvent,
    input: {} as PracticeLibraryInput,
  },
  actors: {
    // Provided by the widget: the content pack of the page's language, or a council's own sheets.
    load: fromPromise<PracticeLibraryContent, { locale: ContentPack['locale'] }>(async () => {
      throw { kind: 'error', message: 'No load actor provided' } satisfies LibraryFailure;
    }),
  },
  guards: {
    /** A sheet asked for at start (a link) that exists. */
    startsOnSheet: ({ context, event }) => {
      const id = context.openId;
      return id !== null && (event as unknown as Done).output.practices.some((p) => p.id === id);
    },
    knownSheet: ({ context, event }) =>
      context.content?.practices.some((p) => p.id === (event as Ev<'library.open'>).practiceId) ?? false,
  },
  actions: {
    keepContent: assign({ content: ({ event }) => (event as unknown as Done).output, failure: null }),
    forgetSheet: assign({ openId: null }),
    keepFailure: assign({ failure: ({ event }) => toBackendError((event as unknown as { error: unknown }).error) }),
    clearFailure: assign({ failure: null }),
    setFilters: assign({ filters: ({ event }) => cleanFilters((event as Ev<'library.filter'>).filters) }),
    open: assign({ openId: ({ event }) => (event as Ev<'library.open'>).practiceId }),
  },
}).createMachine({
  id: 'practiceLibrary',
  context: ({ input }) => ({
    locale: input.locale ?? 'fr',
    content: null,
    filters: cleanFilters(input.filters ?? {}),
    openId: input.practiceId?.trim() || null,
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
        id: 'load',
        src: 'load',
        input: ({ context }) => ({ locale: context.locale }),
        onDone: [
          { guard: 'startsOnSheet', target: 'ready.sheet', actions: 'keepContent' },
          { target: 'ready.list', actions: ['keepContent', 'forgetSheet'] },
        ],
        onError: { target: 'error', actions: 'keepFailure' },
      },
    },
    error: {
      on: { 'library.retry': 'loading' },
    },
    ready: {
      initial: 'list',
      states: {
        list: {
          on: {
            'library.filter': { actions: 'setFilters' },
            'library.open': { guard: 'knownSheet', target: 'sheet', actions: 'open' },
          },
        },
        sheet: {
          on: {
            'library.close': { target: 'list', actions: 'forgetSheet' },
            'library.open': { guard: 'knownSheet', actions: 'open' },
          },
        },
      },
    },
  },
});

export type PracticeLibraryMachine = typeof practiceLibraryMachine;
