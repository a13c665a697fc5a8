import { assign, fromPromise } from 'xstate';
import { setup } from '../shared/machine-setup.js';
import type { AdministrationBackend, AdminSpace } from '../store/administration.port.js';
import { NO_BACKEND, toBackendError } from '../store/backend.error.js';
import type {
  SpacesAdminContext,
  SpacesAdminEvent,
  SpacesAdminInput,
  SpacesAdminSaveRequest,
} from './spaces-admin.types.js';

/** Reads the council's spaces. The widget provides it as the `load` actor, with its back end. */
export async function loadSpacesAdmin(backend: AdministrationBackend | null): Promise<AdminSpace[]> {
  if (!backend) throw NO_BACKEND;
  return backend.listSpaces();
}

/** Sends one change. The widget provides it as the `save` actor. */
export async function saveSpacesAdmin(
  backend: AdministrationBackend | null,
  request: SpacesAdminSaveRequest,
): Promise<AdminSpace> {
  if (!backend) throw NO_BACKEND;
  if (request.kind === 'create') return backend.createSpace(request.fields);
  if (request.kind === 'update') return backend.updateSpace(request.id, request.patch, request.version);
  return backend.archiveSpace(request.id, request.archived, request.version);
}

type Loaded = { output: AdminSpace[] };
type Saved = { output: AdminSpace };
type Failed = { error: unknown };

/** The request a save or archive event makes from the open form. */
function requestOf(context: SpacesAdminContext, event: SpacesAdminEvent): SpacesAdminSaveRequest {
  const open = context.spaces.find((s) => s.id === context.editing);
  if (event.type === 'spacesAdmin.archive' && open) {
    return { kind: 'archive', id: open.id, archived: event.archived, version: open.version };
  }
  const fields = (event as Extract<SpacesAdminEvent, { type: 'spacesAdmin.save' }>).fields;
  return open ? { kind: 'update', id: open.id, patch: fields, version: open.version } : { kind: 'create', fields };
}

/** The council's spaces: a list, a form for one (new or existing), saved from the version read. */
export const spacesAdminMachine = setup({
  types: {
    context: {} as SpacesAdminContext,
    events: {} as SpacesAdminEvent,
    input: {} as SpacesAdminInput,
  },
  actors: {
    load: fromPromise<AdminSpace[], void>(async () => {
      throw NO_BACKEND;
    }),
    save: fromPromise<AdminSpace, SpacesAdminSaveRequest>(async () => {
      throw NO_BACKEND;
    }),
  },
  actions: {
    keepSpaces: assign({ spaces: ({ event }) => (event as unknown as Loaded).output }),
    keepSaved: assign(({ context, event }) => {
      const space = (event as unknown as Saved).output;
      const before = context.spaces.find((s) => s.id === space.id);
      const kind = !before
        ? 'create'
        : (before.archivedOn ?? null) !== (space.archivedOn ?? null)
          ? 'archive'
          : 'update';
      return {
        spaces: before ? context.spaces.map((s) => (s.id === space.id ? space : s)) : [...context.spaces, space],
        editing: null,
        saved: { kind, name: space.name, archived: Boolean(space.archivedOn) } as const,
      };
    }),
    open: assign({
      editing: ({ event }) => (event.type === 'spacesAdmin.select' ? event.id : 'new'),
      refusal: null,
      saved: null,
    }),
    close: assign({ editing: null, refusal: null }),
    clearFailure: assign({ failure: null }),
    keepFailure: assign({ failure: ({ event }) => toBackendError((event as unknown as Failed).error) }),
    clearRefusal: assign({ refusal: null, saved: null }),
    keepRefusal: assign({ refusal: ({ event }) => toBackendError((event as unknown as Failed).error) }),
  },
  guards: {
    formOpen: ({ context }) => context.editing !== null,
    existingOpen: ({ context }) => context.spaces.some((s) => s.id === context.editing),
  },
}).createMachine({
  id: 'spacesAdmin',
  context: ({ input }) => ({
    spaces: [],
    editing: input.spaceId?.trim() || null,
    failure: null,
    refusal: null,
    saved: null,
  }),
  initial: 'idle',
  states: {
    idle: {
      on: { 'spacesAdmin.load': 'loading' },
    },
    loading: {
      entry: 'clearFailure',
      invoke: {
        id: 'load',
        src: 'load',
        onDone: { target: 'ready', actions: 'keepSpaces' },
        onError: { target: 'error', actions: 'keepFailure' },
      },
    },
    error: {
      on: { 'spacesAdmin.retry': 'loading' },
    },
    ready: {
      on: {
        'spacesAdmin.load': { target: 'loading', actions: 'clearRefusal' },
        'spacesAdmin.select': { actions: 'open' },
        'spacesAdmin.create': { actions: 'open' },
        'spacesAdmin.cancel': { actions: 'close' },
        'spacesAdmin.save': { guard: 'formOpen', target: 'saving' },
        'spacesAdmin.archive': { guard: 'existingOpen', target: 'saving' },
      },
    },
    saving: {
      entry: 'clearRefusal',
      invoke: {
        id: 'save',
        src: 'save',
        input: ({ context, event }) => requestOf(context, event as SpacesAdminEvent),
        onDone: { target: 'ready', actions: 'keepSaved' },
        onError: { target: 'ready', actions: 'keepRefusal' },
      },
    },
  },
});

export type SpacesAdminMachine = typeof spacesAdminMachine;
