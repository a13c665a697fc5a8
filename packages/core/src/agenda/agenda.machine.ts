import { assign, fromPromise } from 'xstate';
import { setup } from '../shared/machine-setup.js';
import { type BackendError, NO_BACKEND, toBackendError } from '../store/backend.error.js';
import type { ParticipeBackend } from '../store/backend.port.js';
import type { AgendaContext, AgendaEvent, AgendaInput, AgendaLoadRequest, AgendaLoadResult } from './agenda.types.js';

/** Reads what the widget shows. The widget provides it as the `load` actor, with its back end. */
export async function loadAgenda(
  backend: ParticipeBackend | null,
  request: AgendaLoadRequest,
): Promise<AgendaLoadResult> {
  if (!backend) throw NO_BACKEND;
  const [space, meetings] = await Promise.all([backend.getSpace(request.spaceId), backend.getAgenda(request.spaceId)]);
  if (!space || !meetings) throw { kind: 'notFound', message: `No space "${request.spaceId}"` } satisfies BackendError;
  return { spaceName: space.name, spaceSlug: space.slug, meetings, loadedAt: new Date().toISOString() };
}

type Done = { output: AgendaLoadResult };

/** Agenda: loads a space's next public meetings, then holds them; a failure can be retried. */
export const agendaMachine = setup({
  types: {
    context: {} as AgendaContext,
    events: {} as AgendaEvent,
    input: {} as AgendaInput,
  },
  actors: {
    // Provided by the widget: `machine.provide({ actors: { load: fromPromise(… loadAgenda …) } })`.
    load: fromPromise<AgendaLoadResult, AgendaLoadRequest>(async () => {
      throw { kind: 'error', message: 'No load actor provided' } satisfies BackendError;
    }),
  },
  actions: {
    keepResult: assign({ result: ({ event }) => (event as unknown as Done).output }),
    clearFailure: assign({ failure: null }),
    keepFailure: assign({ failure: ({ event }) => toBackendError((event as unknown as { error: unknown }).error) }),
  },
}).createMachine({
  id: 'agenda',
  context: ({ input }) => ({ spaceId: input.spaceId.trim(), result: null, failure: null }),
  initial: 'idle',
  states: {
    idle: {
      on: { 'agenda.load': 'loading' },
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
      on: { 'agenda.retry': 'loading' },
    },
    ready: {
      on: { 'agenda.load': 'loading' },
    },
  },
});

export type AgendaMachine = typeof agendaMachine;
