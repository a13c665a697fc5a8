import { assign, fromPromise } from 'xstate';
import { setup } from '../shared/machine-setup.js';
import type { AdministrationBackend, StaffMemberView } from '../store/administration.port.js';
import { NO_BACKEND, toBackendError } from '../store/backend.error.js';
import type {
  StaffAdminContext,
  StaffAdminEvent,
  StaffAdminInput,
  StaffAdminLoadResult,
  StaffAdminSaveRequest,
} from './staff-admin.types.js';

/** Reads the staff and the groups. The widget provides it as the `load` actor, with its back end. */
export async function loadStaffAdmin(backend: AdministrationBackend | null): Promise<StaffAdminLoadResult> {
  if (!backend) throw NO_BACKEND;
  const [staff, spaces] = await Promise.all([backend.listStaff(), backend.listSpaces()]);
  return { staff, spaces };
}

/** Sends one change. The widget provides it as the `save` actor. */
export async function saveStaffAdmin(
  backend: AdministrationBackend | null,
  request: StaffAdminSaveRequest,
): Promise<StaffMemberView> {
  if (!backend) throw NO_BACKEND;
  return request.kind === 'invite' ? backend.inviteStaff(request.invitation) : backend.revokeStaff(request.id);
}

type Loaded = { output: StaffAdminLoadResult };
type Saved = { output: StaffMemberView };
type Failed = { error: unknown };

/** The council's staff: who may sign in, with which role and groups; invite and remove. */
export const staffAdminMachine = setup({
  types: {
    context: {} as StaffAdminContext,
    events: {} as StaffAdminEvent,
    input: {} as StaffAdminInput,
  },
  actors: {
    load: fromPromise<StaffAdminLoadResult, void>(async () => {
      throw NO_BACKEND;
    }),
    save: fromPromise<StaffMemberView, StaffAdminSaveRequest>(async () => {
      throw NO_BACKEND;
    }),
  },
  actions: {
    keepLoaded: assign(({ event }) => ({ ...(event as unknown as Loaded).output })),
    keepSaved: assign(({ context, event }) => {
      const account = (event as unknown as Saved).output;
      const known = context.staff.some((a) => a.id === account.id);
      return {
        staff: known ? context.staff.map((a) => (a.id === account.id ? account : a)) : [...context.staff, account],
        saved: { kind: account.status === 'removed' ? 'revoke' : 'invite', email: account.email } as const,
      };
    }),
    clearFailure: assign({ failure: null }),
    keepFailure: assign({ failure: ({ event }) => toBackendError((event as unknown as Failed).error) }),
    clearRefusal: assign({ refusal: null, saved: null }),
    keepRefusal: assign({ refusal: ({ event }) => toBackendError((event as unknown as Failed).error) }),
  },
}).createMachine({
  id: 'staffAdmin',
  context: () => ({ staff: [], spaces: [], failure: null, refusal: null, saved: null }),
  initial: 'idle',
  states: {
    idle: { on: { 'staffAdmin.load': 'loading' } },
    loading: {
      entry: ['clearFailure', 'clearRefusal'],
      invoke: {
        id: 'load',
        src: 'load',
        onDone: { target: 'ready', actions: 'keepLoaded' },
        onError: { target: 'error', actions: 'keepFailure' },
      },
    },
    error: { on: { 'staffAdmin.retry': 'loading' } },
    ready: {
      on: {
        'staffAdmin.load': 'loading',
        'staffAdmin.invite': 'saving',
        'staffAdmin.revoke': 'saving',
      },
    },
    saving: {
      entry: 'clearRefusal',
      invoke: {
        id: 'save',
        src: 'save',
        input: ({ event }) => {
          const e = event as StaffAdminEvent;
          return e.type === 'staffAdmin.invite'
            ? { kind: 'invite' as const, invitation: e.invitation }
            : { kind: 'revoke' as const, id: (e as Extract<StaffAdminEvent, { type: 'staffAdmin.revoke' }>).id };
        },
        onDone: { target: 'ready', actions: 'keepSaved' },
        onError: { target: 'ready', actions: 'keepRefusal' },
      },
    },
  },
});

export type StaffAdminMachine = typeof staffAdminMachine;
