import { assign, fromPromise } from 'xstate';
import { setup } from '../shared/machine-setup.js';
import { type BackendError, NO_BACKEND, toBackendError } from '../store/backend.error.js';
import type { ParticipeBackend } from '../store/backend.port.js';
import type { BoardContext, BoardEvent, BoardInput, BoardLoadRequest, BoardLoadResult } from './board.types.js';

/** Reads what the widget shows. The widget provides it as the `load` actor, with its back end. */
export async function loadBoard(backend: ParticipeBackend | null, request: BoardLoadRequest): Promise<BoardLoadResult> {
  if (!backend) throw NO_BACKEND;
  const year = request.year === undefined ? {} : { year: request.year };
  if (!request.spaceId) {
    const board = await backend.getBoard(null, year);
    if (!board) throw { kind: 'notFound', message: 'No council board' } satisfies BackendError;
    return { spaceName: null, board };
  }
  const [space, board] = await Promise.all([
    backend.getSpace(request.spaceId),
    backend.getBoard(request.spaceId, year),
  ]);
  if (!space || !board) throw { kind: 'notFound', message: `No space "${request.spaceId}"` } satisfies BackendError;
  return { spaceName: space.name, board };
}

type Done = { output: BoardLoadResult };

/** The public board: loads the figures of a space or of the whole council, then holds them; a failure can be retried. */
export const boardMachine = setup({
  types: {
    context: {} as BoardContext,
    events: {} as BoardEvent,
    input: {} as BoardInput,
  },
  actors: {
    // Provided by the widget: `machine.provide({ actors: { load: fromPromise(… loadBoard …) } })`.
    load: fromPromise<BoardLoadResult, BoardLoadRequest>(async () => {
      throw { kind: 'error', message: 'No load actor provided' } satisfies BackendError;
    }),
  },
  actions: {
    keepResult: assign({ result: ({ event }) => (event as unknown as Done).output }),
    clearFailure: assign({ failure: null }),
    keepFailure: assign({ failure: ({ event }) => toBackendError((event as unknown as { error: unknown }).error) }),
  },
}).createMachine({
  id: 'board',
  context: ({ input }) => ({ spaceId: input.spaceId.trim(), year: input.year, result: null, failure: null }),
  initial: 'idle',
  states: {
    idle: {
      on: { 'board.load': 'loading' },
    },
    loading: {
      entry: 'clearFailure',
      invoke: {
        id: 'load',
        src: 'load',
        input: ({ context }) => ({ spaceId: context.spaceId, year: context.year }),
        onDone: { target: 'ready', actions: 'keepResult' },
        onError: { target: 'error', actions: 'keepFailure' },
      },
    },
    error: {
      on: { 'board.retry': 'loading' },
    },
    ready: {
      on: { 'board.load': 'loading' },
    },
  },
});

export type BoardMachine = typeof boardMachine;
