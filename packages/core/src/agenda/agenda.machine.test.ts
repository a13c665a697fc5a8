// Model-based: every reachable state and every transition of the machine is a test case,
// from xstate/graph's path generators (`createTestModel` refuses a machine that invokes an
// actor, as `load` is here; see ../testing/model-graph.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import type { ParticipeBackend, PublicSpace } from '../store/backend.port.js';
import { modelGraph } from '../testing/model-graph.js';
import { connectAgenda } from './agenda.connect.js';
import { agendaMachine, loadAgenda } from './agenda.machine.js';
import type { AgendaEvent, AgendaLoadRequest, AgendaLoadResult } from './agenda.types.js';

type Snap = SnapshotFrom<typeof agendaMachine>;

const RESULT: AgendaLoadResult = {
  spaceName: 'Groupe ressource',
  spaceSlug: 'groupe-ressource',
  meetings: [],
  loadedAt: '2026-03-01T08:00:00.000Z',
};
const done = { type: 'xstate.done.actor.load', output: RESULT } as const;
const failed = { type: 'xstate.error.actor.load', error: { kind: 'offline', message: 'down' } } as const;
type ModelEvent = AgendaEvent | typeof done | typeof failed;

/** What a person may send in any state; the machine must ignore what does not apply. */
const PERSON_EVENTS: AgendaEvent[] = [{ type: 'agenda.load' }, { type: 'agenda.retry' }];
const modelEvents = (s: Snap) =>
  (s.matches('loading') ? [...PERSON_EVENTS, done, failed] : PERSON_EVENTS) as AgendaEvent[];

const serializeState = (s: Snap) =>
  JSON.stringify({ value: s.value, result: s.context.result !== null, failure: s.context.failure?.kind ?? null });

/** A live actor whose `load` waits until the path says how it ends. */
function makeSut() {
  let pending: { resolve: (r: AgendaLoadResult) => void; reject: (e: unknown) => void } | null = null;
  const requests: AgendaLoadRequest[] = [];
  const machine = agendaMachine.provide({
    actors: {
      load: fromPromise<AgendaLoadResult, AgendaLoadRequest>(
        ({ input }) =>
          new Promise((resolve, reject) => {
            requests.push(input);
            pending = { resolve, reject };
          }),
      ),
    },
  });
  const actor = createActor(machine, { input: { spaceId: ' groupe ' } }).start();
  return {
    actor,
    requests,
    async send(e: ModelEvent) {
      if (e.type === 'xstate.done.actor.load') pending!.resolve(e.output);
      else if (e.type === 'xstate.error.actor.load') pending!.reject(e.error);
      else return actor.send(e);
      for (let i = 0; i < 4; i++) await Promise.resolve();
    },
  };
}

/** What must hold in every state, whatever the path. */
function checkInvariants(s: Snap, requests: AgendaLoadRequest[]) {
  const v = connectAgenda(s, () => {});
  expect(Boolean(v.failure)).toBe(v.state === 'error');
  expect(v.spaceName).toBe(s.matches('ready') ? RESULT.spaceName : (s.context.result?.spaceName ?? null));
  if (s.matches('loading')) expect(requests.at(-1)).toEqual({ spaceId: 'groupe' });
}

let counted = '';
afterAll(() => console.log(`agendaMachine model-based: ${counted}`));

describe('agendaMachine model', () => {
  const options = {
    input: { spaceId: 'groupe' },
    events: modelEvents,
    serializeState,
    serializeEvent: (e: AgendaEvent) => JSON.stringify(e),
  };
  const { paths, adjacency, edges, pathTo } = modelGraph<ModelEvent, Snap>(agendaMachine, options);

  it('reaches every state', () => {
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    expect([...reached].sort()).toEqual(['"error"', '"idle"', '"loading"', '"ready"']);
  });

  it.each(paths.map((p, i) => [i + 1, p.steps.map((s) => s.event.type.replace(/^.*\./, '')).join(' → '), p] as const))(
    'shortest path %i: %s',
    async (_i, _d, path) => {
      const sut = makeSut();
      for (const step of path.steps) {
        if ((step.event.type as string) !== 'xstate.init') await sut.send(step.event as ModelEvent);
        expect(serializeState(sut.actor.getSnapshot())).toBe(serializeState(step.state));
        checkInvariants(sut.actor.getSnapshot(), sut.requests);
      }
    },
  );

  it(`takes every transition (${edges.length} edges from ${Object.keys(adjacency).length} states)`, async () => {
    for (const edge of edges) {
      const prefix = pathTo.get(edge.from)!;
      const sut = makeSut();
      for (const step of prefix.steps)
        if ((step.event.type as string) !== 'xstate.init') await sut.send(step.event as ModelEvent);
      await sut.send(edge.event);
      expect(serializeState(sut.actor.getSnapshot())).toBe(serializeState(edge.to));
      checkInvariants(sut.actor.getSnapshot(), sut.requests);
    }
    counted = `${paths.length} shortest paths, ${edges.length} transitions, ${Object.keys(adjacency).length} states`;
  });
});

describe('connectAgenda', () => {
  it('turns intents into events: the element never builds one', () => {
    const sent: AgendaEvent[] = [];
    const api = connectAgenda(createActor(agendaMachine, { input: { spaceId: 'groupe' } }).getSnapshot(), (e) =>
      sent.push(e),
    );
    api.load();
    api.retry();
    expect(sent).toEqual([{ type: 'agenda.load' }, { type: 'agenda.retry' }]);
    expect(api).toMatchObject({ state: 'idle', busy: true, spaceName: null, failure: null });
  });
});

describe('loadAgenda', () => {
  it('reads the space and its agenda through a back end, and says when it is unknown or there is none', async () => {
    const backend = {
      getSpace: async (s: string) =>
        s === 'groupe' ? ({ id: 's_1', slug: 'groupe-ressource', name: 'Groupe ressource' } as PublicSpace) : null,
      getAgenda: async (s: string) => (s === 'groupe' ? [] : null),
    } as unknown as ParticipeBackend;
    expect(await loadAgenda(backend, { spaceId: 'groupe' })).toEqual({ ...RESULT, loadedAt: expect.any(String) });
    await expect(loadAgenda(backend, { spaceId: 'nope' })).rejects.toMatchObject({ kind: 'notFound' });
    await expect(loadAgenda(null, { spaceId: 'groupe' })).rejects.toMatchObject({ kind: 'error' });
  });
});
