// Model-based: every reachable state and every transition of the machine is a test case,
// from xstate/graph's path generators (see ../testing/model-graph.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import { SpaceSchema } from '../space/space.schema.js';
import type { AdministrationBackend, AdminSpace, SpaceFields } from '../store/administration.port.js';
import { modelGraph } from '../testing/model-graph.js';
import { connectSpacesAdmin } from './spaces-admin.connect.js';
import { loadSpacesAdmin, saveSpacesAdmin, spacesAdminMachine } from './spaces-admin.machine.js';
import type { SpacesAdminEvent, SpacesAdminSaveRequest } from './spaces-admin.types.js';

type Snap = SnapshotFrom<typeof spacesAdminMachine>;

const NORD: AdminSpace = {
  ...SpaceSchema.parse({
    id: 's_nord',
    slug: 'groupe-rsa-nord',
    name: 'Groupe Nord',
    policyArea: 'Insertion',
    territory: 'Nord',
    charter: { text: '', adoptedOn: null },
    composition: {},
    createdOn: '2026-01-10',
  }),
  version: 1,
};
const FIELDS: SpaceFields = { slug: 'groupe-rsa-sud', name: 'Groupe Sud', policyArea: 'Insertion', territory: 'Sud' };
const SUD: AdminSpace = { ...NORD, ...FIELDS, id: 's_sud' };

const loaded = { type: 'xstate.done.actor.load', output: [NORD] } as const;
const loadFailed = { type: 'xstate.error.actor.load', error: { kind: 'offline', message: 'down' } } as const;
const saved = { type: 'xstate.done.actor.save', output: SUD } as const;
const refused = {
  type: 'xstate.error.actor.save',
  error: { kind: 'rejected', status: 422, message: 'no', issues: [{ path: ['slug'], message: 'Pris.' }] },
} as const;
type ModelEvent = SpacesAdminEvent | typeof loaded | typeof loadFailed | typeof saved | typeof refused;

/** What a person may send in any state; the machine must ignore what does not apply. */
const PERSON_EVENTS: SpacesAdminEvent[] = [
  { type: 'spacesAdmin.load' },
  { type: 'spacesAdmin.retry' },
  { type: 'spacesAdmin.select', id: 's_nord' },
  { type: 'spacesAdmin.create' },
  { type: 'spacesAdmin.cancel' },
  { type: 'spacesAdmin.save', fields: FIELDS },
  { type: 'spacesAdmin.archive', archived: true },
];
const modelEvents = (s: Snap) =>
  (s.matches('loading')
    ? [...PERSON_EVENTS, loaded, loadFailed]
    : s.matches('saving')
      ? [...PERSON_EVENTS, saved, refused]
      : PERSON_EVENTS) as SpacesAdminEvent[];

const serializeState = (s: Snap) =>
  JSON.stringify({
    value: s.value,
    spaces: s.context.spaces.map((x) => x.id),
    editing: s.context.editing,
    failure: s.context.failure?.kind ?? null,
    refusal: s.context.refusal?.kind ?? null,
    saved: s.context.saved?.kind ?? null,
  });

/** A live actor whose `load` and `save` wait until the path says how they end. */
function makeSut() {
  const pending: Record<string, { resolve: (r: unknown) => void; reject: (e: unknown) => void }> = {};
  const requests: SpacesAdminSaveRequest[] = [];
  const machine = spacesAdminMachine.provide({
    actors: {
      load: fromPromise<AdminSpace[], void>(
        () =>
          new Promise((resolve, reject) => {
            pending['load'] = { resolve: resolve as (r: unknown) => void, reject };
          }),
      ),
      save: fromPromise<AdminSpace, SpacesAdminSaveRequest>(
        ({ input }) =>
          new Promise((resolve, reject) => {
            requests.push(input);
            pending['save'] = { resolve: resolve as (r: unknown) => void, reject };
          }),
      ),
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
      else return actor.send(e as SpacesAdminEvent);
      for (let i = 0; i < 4; i++) await Promise.resolve();
    },
  };
}

/** What must hold in every state, whatever the path. */
function checkInvariants(s: Snap, requests: SpacesAdminSaveRequest[]) {
  const v = connectSpacesAdmin(s, () => {});
  expect(Boolean(v.failure)).toBe(v.state === 'error');
  if (s.matches('saving')) {
    const last = requests.at(-1)!;
    // A change of an existing space always carries the version read.
    if (last.kind !== 'create') expect(last).toMatchObject({ id: 's_nord', version: 1 });
    else expect(last.fields).toEqual(FIELDS);
  }
  if (v.form !== null && v.form !== 'new') expect(v.form.id).toBe('s_nord');
}

let counted = '';
afterAll(() => console.log(`spacesAdminMachine model-based: ${counted}`));

describe('spacesAdminMachine model', () => {
  const options = {
    input: {},
    events: modelEvents,
    serializeState,
    serializeEvent: (e: SpacesAdminEvent) => JSON.stringify(e),
  };
  const { paths, adjacency, edges, pathTo } = modelGraph<ModelEvent, Snap>(spacesAdminMachine, options);

  it('reaches every state', () => {
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    expect([...reached].sort()).toEqual(['"error"', '"idle"', '"loading"', '"ready"', '"saving"']);
  });

  it(`takes every transition along its shortest path`, { timeout: 60_000 }, async () => {
    for (const edge of edges) {
      const prefix = pathTo.get(edge.from)!;
      const sut = makeSut();
      for (const step of prefix.steps) {
        if ((step.event.type as string) !== 'xstate.init') await sut.send(step.event as ModelEvent);
        checkInvariants(sut.actor.getSnapshot(), sut.requests);
      }
      await sut.send(edge.event);
      expect(serializeState(sut.actor.getSnapshot())).toBe(serializeState(edge.to));
      checkInvariants(sut.actor.getSnapshot(), sut.requests);
    }
    counted = `${paths.length} shortest paths, ${edges.length} transitions, ${Object.keys(adjacency).length} states`;
  });
});

describe('connectSpacesAdmin', () => {
  it('turns intents into events, and names a refused field', () => {
    const sent: SpacesAdminEvent[] = [];
    const api = connectSpacesAdmin(createActor(spacesAdminMachine, { input: {} }).getSnapshot(), (e) => sent.push(e));
    api.load();
    api.select('s_nord');
    api.create();
    api.cancel();
    api.save(FIELDS);
    api.archive(true);
    expect(sent.map((e) => e.type)).toEqual([
      'spacesAdmin.load',
      'spacesAdmin.select',
      'spacesAdmin.create',
      'spacesAdmin.cancel',
      'spacesAdmin.save',
      'spacesAdmin.archive',
    ]);
    expect(api).toMatchObject({ state: 'idle', busy: true, form: null, failure: null });
  });
});

describe('saveSpacesAdmin', () => {
  it('sends each kind of change to its operation, with the version read', async () => {
    const calls: unknown[] = [];
    const backend = {
      listSpaces: async () => [NORD],
      createSpace: async (f: SpaceFields) => {
        calls.push(['create', f]);
        return SUD;
      },
      updateSpace: async (...a: unknown[]) => {
        calls.push(['update', ...a]);
        return NORD;
      },
      archiveSpace: async (...a: unknown[]) => {
        calls.push(['archive', ...a]);
        return NORD;
      },
    } as unknown as AdministrationBackend;
    expect(await loadSpacesAdmin(backend)).toEqual([NORD]);
    await saveSpacesAdmin(backend, { kind: 'create', fields: FIELDS });
    await saveSpacesAdmin(backend, { kind: 'update', id: 's_nord', patch: { name: 'N' }, version: 2 });
    await saveSpacesAdmin(backend, { kind: 'archive', id: 's_nord', archived: true, version: 3 });
    expect(calls).toEqual([
      ['create', FIELDS],
      ['update', 's_nord', { name: 'N' }, 2],
      ['archive', 's_nord', true, 3],
    ]);
    await expect(loadSpacesAdmin(null)).rejects.toMatchObject({ kind: 'error' });
  });
});
