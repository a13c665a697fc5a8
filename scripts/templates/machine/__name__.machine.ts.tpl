import { assign, fromPromise } from 'xstate';
import { setup } from '../shared/machine-setup.js';
import { type BackendError, NO_BACKEND, toBackendError } from '../store/backend.error.js';
import type { ParticipeBackend } from '../store/backend.port.js';
import type {
  {{Name}}Context,
  {{Name}}Event,
  {{Name}}Input,
  {{Name}}LoadRequest,
  {{Name}}LoadResult,
} from './{{name}}.types.js';

/** Reads what the widget shows. The widget provides it as the `load` actor, with its back end. */
export async function load{{Name}}(
  backend: ParticipeBackend | null,
  request: {{Name}}LoadRequest,
): Promise<{{Name}}LoadResult> {
  if (!backend) throw NO_BACKEND;
  const space = await backend.getSpace(request.spaceId);
  if (!space) throw { kind: 'notFound', message: `No space "${request.spaceId}"` } satisfies BackendError;
  return { spaceName: space.name };
}

type Done = { output: {{Name}}LoadResult };

/** {{words}}: loads what a space shows, then holds it; a failure can be retried. */
export const {{camel}}Machine = setup({
  types: {
    context: {} as {{Name}}Context,
    events: {} as {{Name}}Event,
    input: {} as {{Name}}Input,
  },
  actors: {
    // Provided by the widget: `machine.provide({ actors: { load: fromPromise(… load{{Name}} …) } })`.
    load: fromPromise<{{Name}}LoadResult, {{Name}}LoadRequest>(async () => {
      throw { kind: 'error', message: 'No load actor provided' } satisfies BackendError;
    }),
  },
  actions: {
    keepResult: assign({ result: ({ event }) => (event as unknown as Done).output }),
    clearFailure: assign({ failure: null }),
    keepFailure: assign({ failure: ({ event }) => toBackendError((event as unknown as { error: unknown }).error) }),
  },
}).createMachine({
  id: '{{camel}}',
  context: ({ input }) => ({ spaceId: input.spaceId.trim(), result: null, failure: null }),
  initial: 'idle',
  states: {
    idle: {
      on: { '{{camel}}.load': 'loading' },
    },
    loading: {
      entry: 'clearFailure',
      invoke: {
        id: 'load',
        src: 'load',
        input: ({ context }) => ({ spaceId: context.spaceId }),
        onDone: { target: 'ready', actions: 'keepResult' },
        onError: { target: 'error', actions: 'keepFailure' },
      },
    },
    error: {
      on: { '{{camel}}.retry': 'loading' },
    },
    ready: {
      on: { '{{camel}}.load': 'loading' },
    },
  },
});

export type {{Name}}Machine = typeof {{camel}}Machine;
