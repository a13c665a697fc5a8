import { assign, fromPromise } from 'xstate';
import { setup } from '../shared/machine-setup.js';
import type { AdministrationBackend, CouncilSettingsView } from '../store/administration.port.js';
import { NO_BACKEND, toBackendError } from '../store/backend.error.js';
import type {
  CouncilSettingsContext,
  CouncilSettingsEvent,
  CouncilSettingsInput,
  CouncilSettingsSaveRequest,
} from './council-settings.types.js';

/** Reads the council's settings. The widget provides it as the `load` actor, with its back end. */
export async function loadCouncilSettings(backend: AdministrationBackend | null): Promise<CouncilSettingsView> {
  if (!backend) throw NO_BACKEND;
  return backend.getSettings();
}

/** Saves them from the version read. The widget provides it as the `save` actor. */
export async function saveCouncilSettings(
  backend: AdministrationBackend | null,
  request: CouncilSettingsSaveRequest,
): Promise<CouncilSettingsView> {
  if (!backend) throw NO_BACKEND;
  return backend.updateSettings(request.settings, request.version);
}

type Done = { output: CouncilSettingsView };
type Failed = { error: unknown };

/** The council's settings: read, then saved from the version read; a refusal keeps the form. */
export const councilSettingsMachine = setup({
  types: {
    context: {} as CouncilSettingsContext,
    events: {} as CouncilSettingsEvent,
    input: {} as CouncilSettingsInput,
  },
  actors: {
    load: fromPromise<CouncilSettingsView, void>(async () => {
      throw NO_BACKEND;
    }),
    save: fromPromise<CouncilSettingsView, CouncilSettingsSaveRequest>(async () => {
      throw NO_BACKEND;
    }),
  },
  actions: {
    keepSettings: assign({ settings: ({ event }) => (event as unknown as Done).output }),
    markSaved: assign({ saved: true }),
    clearFailure: assign({ failure: null }),
    keepFailure: assign({ failure: ({ event }) => toBackendError((event as unknown as Failed).error) }),
    clearRefusal: assign({ refusal: null, saved: false }),
    keepRefusal: assign({ refusal: ({ event }) => toBackendError((event as unknown as Failed).error) }),
  },
  guards: {
    loaded: ({ context }) => context.settings !== null,
  },
}).createMachine({
  id: 'councilSettings',
  context: () => ({ settings: null, failure: null, refusal: null, saved: false }),
  initial: 'idle',
  states: {
    idle: { on: { 'councilSettings.load': 'loading' } },
    loading: {
      entry: ['clearFailure', 'clearRefusal'],
      invoke: {
        id: 'load',
        src: 'load',
        onDone: { target: 'ready', actions: 'keepSettings' },
        onError: { target: 'error', actions: 'keepFailure' },
      },
    },
    error: { on: { 'councilSettings.retry': 'loading' } },
    ready: {
      on: {
        'councilSettings.load': 'loading',
        'councilSettings.save': { guard: 'loaded', target: 'saving' },
      },
    },
    saving: {
      entry: 'clearRefusal',
      invoke: {
        id: 'save',
        src: 'save',
        input: ({ context, event }) => ({
          settings: (event as Extract<CouncilSettingsEvent, { type: 'councilSettings.save' }>).settings,
          version: context.settings?.version ?? 0,
        }),
        onDone: { target: 'ready', actions: ['keepSettings', 'markSaved'] },
        onError: { target: 'ready', actions: 'keepRefusal' },
      },
    },
  },
});

export type CouncilSettingsMachine = typeof councilSettingsMachine;
