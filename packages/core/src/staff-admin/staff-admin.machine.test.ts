// Model-based: every reachable state and every transition of the machine is a test case.
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import type { AdministrationBackend, StaffMemberView } from '../store/administration.port.js';
import { modelGraph } from '../testing/model-graph.js';
import { connectStaffAdmin } from './staff-admin.connect.js';
import { loadStaffAdmin, saveStaffAdmin, staffAdminMachine } from './staff-admin.machine.js';
import type { StaffAdminEvent, StaffAdminLoadResult, StaffAdminSaveRequest } from './staff-admin.types.js';

type Snap = SnapshotFrom<typeof staffAdminMachine>;

const CAMILLE: StaffMemberView = {
  id: 'acc_1',
  email: 'camille@departement.example',
  displayName: null,
  role: 'professional',
  spaceIds: ['groupe-rsa-nord'],
  admin: false,
  status: 'invited',
  createdAt: '2026-03-01T09:00:00.000Z',
  activatedAt: null,
};
const LOADED: StaffAdminLoadResult = { staff: [CAMILLE], spaces: [] };
const loaded = { type: 'xstate.done.actor.load', output: LOADED } as const;
const loadFailed = { type: 'xstate.error.actor.load', error: { kind: 'offline', message: 'down' } } as const;
const saved = { type: 'xstate.done.actor.save', output: { ...CAMILLE, status: 'removed' } } as const;
const refused = {
  type: 'xstate.error.actor.save',
  error: { kind: 'rejected', status: 422, message: 'x', issues: [{ path: ['email'], message: 'Adresse.' }] },
} as const;
type ModelEvent = StaffAdminEvent | typeof loaded | typeof loadFailed | typeof saved | typeof refused;

const PERSON_EVENTS: StaffAdminEvent[] = [
  { type: 'staffAdmin.load' },
  { type: 'staffAdmin.retry' },
  { type: 'staffAdmin.invite', invitation: { email: 'alex@departement.example', role: 'facilitator', spaceIds: [] } },
  { type: 'staffAdmin.revoke', id: 'acc_1' },
];
const modelEvents = (s: Snap) =>
  (s.matches('loading')
    ? [...PERSON_EVENTS, loaded, loadFailed]
    : s.matches('saving')
      ? [...PERSON_EVENTS, saved, refused]
      : PERSON_EVENTS) as StaffAdminEvent[];
const serializeState = (s: Snap) =>
  JSON.stringify({
    value: s.value,
    staff: s.context.staff.map((a) => a.status),
    failure: s.context.failure?.kind ?? null,
    refusal: s.context.refusal?.kind ?? null,
    saved: s.context.saved?.kind ?? null,
  });

function makeSut() {
  const pending: Record<string, { resolve: (r: unknown) => void; reject: (e: unknown) => void }> = {};
  const requests: StaffAdminSaveRequest[] = [];
  const wait = <T>(name: string) =>
    new Promise<T>((resolve, reject) => {
      pending[name] = { resolve: resolve as (r: unknown) => void, reject };
    });
  const machine = staffAdminMachine.provide({
    actors: {
      load: fromPromise<StaffAdminLoadResult, void>(() => wait('load')),
      save: fromPromise<StaffMemberView, StaffAdminSaveRequest>(({ input }) => {
        requests.push(input);
        return wait('save');
      }),
    },
  });
  const actor = createActor(machine, { input: {} }).start();
  return {
    actor,
    requests,
    async send(e: ModelEvent) {
      if (e.type.startsWith('xstate.done.actor.'))
        pending[e.type.slice(18)]!.resolve((e as { output: unknown }).output);
      else if (e.type.startsWith('xstate.error.actor.'))
        pending[e.type.slice(19)]!.reject((e as { error: unknown }).error);
      else return actor.send(e as StaffAdminEvent);
      for (let i = 0; i < 4; i++) await Promise.resolve();
    },
  };
}

describe('staffAdminMachine model', () => {
  const { paths, edges, pathTo } = modelGraph<ModelEvent, Snap>(staffAdminMachine, {
    input: {},
    events: modelEvents,
    serializeState,
    serializeEvent: (e: StaffAdminEvent) => JSON.stringify(e),
  });

  it('reaches every state', () => {
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    expect([...reached].sort()).toEqual(['"error"', '"idle"', '"loading"', '"ready"', '"saving"']);
  });

  it('takes every transition', { timeout: 60_000 }, async () => {
    for (const edge of edges) {
      const sut = makeSut();
      for (const step of pathTo.get(edge.from)!.steps)
        if ((step.event.type as string) !== 'xstate.init') await sut.send(step.event as ModelEvent);
      await sut.send(edge.event);
      const s = sut.actor.getSnapshot();
      expect(serializeState(s)).toBe(serializeState(edge.to));
      expect(Boolean(connectStaffAdmin(s, () => {}).failure)).toBe(s.matches('error'));
    }
  });
});

describe('loadStaffAdmin and saveStaffAdmin', () => {
  it('read staff and groups together, and send each change to its operation', async () => {
    const calls: unknown[] = [];
    const backend = {
      listStaff: async () => [CAMILLE],
      listSpaces: async () => [],
      inviteStaff: async (i: unknown) => {
        calls.push(['invite', i]);
        return CAMILLE;
      },
      revokeStaff: async (id: string) => {
        calls.push(['revoke', id]);
        return CAMILLE;
      },
    } as unknown as AdministrationBackend;
    expect(await loadStaffAdmin(backend)).toEqual(LOADED);
    const invitation = { email: 'a@b.example', role: 'partner' as const, spaceIds: [] };
    await saveStaffAdmin(backend, { kind: 'invite', invitation });
    await saveStaffAdmin(backend, { kind: 'revoke', id: 'acc_1' });
    expect(calls).toEqual([
      ['invite', invitation],
      ['revoke', 'acc_1'],
    ]);
    await expect(loadStaffAdmin(null)).rejects.toMatchObject({ kind: 'error' });
  });
});
