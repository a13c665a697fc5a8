import { afterAll, describe, expect, it } from 'vitest';
import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import type { Resource } from '../content/content.types.js';
import { fr } from '../content/fr/index.js';
import { PHASE_IDS } from '../cycle/cycle.phases.js';
import type { ParticipeBackend, PublicCycle, PublicSpace } from '../store/backend.port.js';
import { modelGraph, walk } from '../testing/model-graph.js';
import { connectCycleGuide } from './cycle-guide.connect.js';
import { cycleGuideMachine, loadCycleGuide, movedFocus } from './cycle-guide.machine.js';
import type {
  CycleGuideEvent,
  CycleGuideLoadRequest,
  CycleGuideLoadResult,
  CycleResourcesRequest,
} from './cycle-guide.types.js';

type Snap = SnapshotFrom<typeof cycleGuideMachine>;

// As the API serves the first screen: phases and questions; resources come with the first sheet or answer.
const CONTENT = { phases: fr.phases, resources: null, guide: fr.guide };
const CYCLE = {
  spaceId: 's_1',
  spaceName: 'Groupe ressource',
  phase: 'decide',
  round: 2,
  problemStatement: null,
} as const;
const ENTRY = fr.guide[0]!.id;

const done = (withCycle: boolean) =>
  ({
    type: 'xstate.done.actor.load',
    output: {
      content: CONTENT,
      cycle: withCycle ? CYCLE : null,
      cycleFailure: withCycle ? null : { kind: 'notFound', message: 'No space' },
    },
  }) as const;
const failed = { type: 'xstate.error.actor.load', error: { kind: 'offline', message: 'down' } } as const;
const resourcesDone = { type: 'xstate.done.actor.loadResources', output: fr.resources } as const;
const resourcesFailed = {
  type: 'xstate.error.actor.loadResources',
  error: { kind: 'offline', message: 'down' },
} as const;
type ModelEvent =
  | CycleGuideEvent
  | ReturnType<typeof done>
  | typeof failed
  | typeof resourcesDone
  | typeof resourcesFailed;

// Wrong payloads are offered too: the machine must ignore them.
const PERSON_EVENTS: ModelEvent[] = [
  { type: 'guide.load' },
  { type: 'guide.retry' },
  { type: 'guide.focus', to: 'next' },
  { type: 'guide.focus', to: 'previous' },
  { type: 'guide.focus', to: 'first' },
  { type: 'guide.focus', to: 'last' },
  { type: 'guide.focus', to: 'nowhere' as never },
  { type: 'guide.select' },
  { type: 'guide.select', phase: 'evaluate' },
  { type: 'guide.select', phase: 'bogus' as never },
  { type: 'guide.close' },
  { type: 'guide.toggle', entryId: ENTRY },
  { type: 'guide.toggle', entryId: 'unknown-entry' },
  { type: 'guide.resources.retry' },
];
const modelEvents = (s: Snap) =>
  (s.matches('loading')
    ? [...PERSON_EVENTS, done(true), done(false), failed]
    : s.matches({ ready: { resources: 'loading' } })
      ? [...PERSON_EVENTS, resourcesDone, resourcesFailed]
      : PERSON_EVENTS) as CycleGuideEvent[];

const serializeState = (s: Snap) =>
  JSON.stringify({
    value: s.value,
    focused: s.context.focused,
    selected: s.context.selected,
    open: s.context.openEntry,
    cycle: s.context.cycle !== null,
    resources: s.context.content?.resources != null,
  });

/** A live actor whose `load` waits until the path says how it ends. */
function makeSut() {
  let pending: { resolve: (r: CycleGuideLoadResult) => void; reject: (e: unknown) => void } | null = null;
  let pendingResources: { resolve: (r: Resource[]) => void; reject: (e: unknown) => void } | null = null;
  const requests: CycleGuideLoadRequest[] = [];
  const machine = cycleGuideMachine.provide({
    actors: {
      loadResources: fromPromise<Resource[], CycleResourcesRequest>(
        () =>
          new Promise((resolve, reject) => {
            pendingResources = { resolve, reject };
          }),
      ),
      load: fromPromise<CycleGuideLoadResult, CycleGuideLoadRequest>(
        ({ input }) =>
          new Promise((resolve, reject) => {
            requests.push(input);
            pending = { resolve, reject };
          }),
      ),
    },
  });
  const actor = createActor(machine, { input: { spaceId: ' groupe ', locale: 'fr' } }).start();
  return {
    actor,
    requests,
    async send(e: ModelEvent) {
      if (e.type === 'xstate.done.actor.load') pending!.resolve(e.output as CycleGuideLoadResult);
      else if (e.type === 'xstate.error.actor.load') pending!.reject(e.error);
      else if (e.type === 'xstate.done.actor.loadResources') pendingResources!.resolve(e.output as Resource[]);
      else if (e.type === 'xstate.error.actor.loadResources') pendingResources!.reject(e.error);
      else return actor.send(e);
      for (let i = 0; i < 4; i++) await Promise.resolve();
    },
  };
}

/** What must hold in every state, whatever the path. */
function checkInvariants(s: Snap, requests: CycleGuideLoadRequest[]) {
  const v = connectCycleGuide(s);
  expect(PHASE_IDS).toContain(s.context.focused);
  expect(Boolean(v.failure)).toBe(v.state === 'error');
  expect(s.context.selected !== null).toBe(v.state === 'sheet');
  expect(v.sheet?.id ?? null).toBe(s.context.selected);
  // A sheet lists its resources once they are there; until then it says they are on their way.
  if (v.sheet) {
    expect(v.sheet.resources.map((r) => r.id)).toEqual(v.resources === 'ready' ? v.sheet.phase.resourceIds : []);
  }
  if (s.matches('ready') && (s.context.selected || s.context.openEntry)) {
    expect(v.resources).not.toBe('idle');
  }
  expect(v.resourcesFailure !== null).toBe(v.resources === 'failed');
  if (s.matches('ready')) {
    expect(v.phases.map((p) => p.id)).toEqual([...PHASE_IDS]);
    expect(v.phases.filter((p) => p.focused)).toHaveLength(1);
    expect(v.phases.filter((p) => p.current).map((p) => p.id)).toEqual(v.cycle ? [v.cycle.phase] : []);
    expect(v.guide.filter((g) => g.open).map((g) => g.entry.id)).toEqual(s.context.openEntry ? [ENTRY] : []);
  } else {
    expect(v.phases).toEqual([]);
  }
  if (s.matches('loading')) expect(requests.at(-1)).toEqual({ spaceId: 'groupe', locale: 'fr' });
}

let counted = '';
afterAll(() => console.log(`cycleGuideMachine model-based: ${counted}`));

describe('cycleGuideMachine model', () => {
  const options = {
    input: { spaceId: 'groupe', locale: 'fr' as const },
    events: modelEvents,
    serializeState,
    serializeEvent: (e: CycleGuideEvent) => JSON.stringify(e),
  };
  const { paths, adjacency, edges, pathTo } = modelGraph<ModelEvent, Snap>(cycleGuideMachine, options);

  it('reaches every state, every phase focused and selected', () => {
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    expect([...reached].sort()).toEqual(
      [
        '"error"',
        '"idle"',
        '"loading"',
        ...['overview', 'sheet'].flatMap((view) =>
          ['idle', 'loading', 'failed'].map((resources) => JSON.stringify({ ready: { view, resources } })),
        ),
      ].sort(),
    );
    expect(paths.some((p) => p.state.context.content?.resources)).toBe(true);
    for (const phase of PHASE_IDS) {
      expect(paths.some((p) => p.state.context.focused === phase)).toBe(true);
      expect(paths.some((p) => p.state.context.selected === phase)).toBe(true);
    }
  });

  const checked = (sut: ReturnType<typeof makeSut>) => (expected: Snap) => {
    expect(serializeState(sut.actor.getSnapshot())).toBe(serializeState(expected));
    checkInvariants(sut.actor.getSnapshot(), sut.requests);
  };

  it.each(paths.map((p, i) => [i + 1, p.steps.map((s) => s.event.type.replace(/^.*\./, '')).join(' → '), p] as const))(
    'shortest path %i: %s',
    async (_i, _d, path) => {
      const sut = makeSut();
      await walk(sut, path.steps, checked(sut));
    },
  );

  // Each of some thousands of transitions is replayed from its state's shortest path: seconds on a loaded machine.
  it(`takes every transition (${edges.length} edges from ${Object.keys(adjacency).length} states)`, {
    timeout: 300_000,
  }, async () => {
    for (const edge of edges) {
      const sut = makeSut();
      await walk(sut, pathTo.get(edge.from)!.steps);
      await sut.send(edge.event);
      checked(sut)(edge.to);
    }
    counted = `${paths.length} shortest paths, ${edges.length} transitions, ${Object.keys(adjacency).length} states`;
  });
});

describe('cycle guide', () => {
  it('wraps around the wheel like the cycle does', () => {
    expect(movedFocus('share', 'next')).toBe('mobilise');
    expect(movedFocus('mobilise', 'previous')).toBe('share');
    expect(movedFocus('act', 'first')).toBe('mobilise');
    expect(movedFocus('act', 'last')).toBe('share');
    expect(movedFocus('act', 'decide')).toBe('decide');
  });

  it('follows a step taken from the steering panel, for its own space only', async () => {
    const sut = makeSut();
    sut.actor.send({ type: 'guide.load' });
    await sut.send(done(true));
    const moved: PublicCycle = { spaceId: 's_1', phase: 'act', round: 2, problemStatement: null, history: [] };
    sut.actor.send({ type: 'guide.cycle', cycle: { ...moved, spaceId: 's_other' } });
    expect(sut.actor.getSnapshot().context.cycle?.phase).toBe('decide');
    sut.actor.send({ type: 'guide.cycle', cycle: moved });
    expect(sut.actor.getSnapshot().context.cycle).toEqual({ ...moved, spaceName: 'Groupe ressource' });
  });

  it('starts with the tab stop on the space’s current phase', async () => {
    const sut = makeSut();
    sut.actor.send({ type: 'guide.load' });
    await sut.send(done(true));
    expect(sut.actor.getSnapshot().context.focused).toBe('decide');
  });

  it('loads the space’s phase through a back end, and still shows the cycle when the space is unknown', async () => {
    const calls: string[] = [];
    const cycle: PublicCycle = { spaceId: 's_1', phase: 'act', round: 3, problemStatement: null };
    const backend = {
      getSpace: async (s: string) => {
        calls.push(`space:${s}`);
        return s === 'groupe' ? ({ id: 's_1', name: 'Groupe ressource' } as PublicSpace) : null;
      },
      getCycle: async (s: string) => {
        calls.push(`cycle:${s}`);
        return cycle;
      },
    } as unknown as ParticipeBackend;
    const content = async () => CONTENT;
    const found = await loadCycleGuide(backend, { spaceId: 'groupe', locale: 'fr' }, content);
    expect(found.cycle).toEqual({ ...cycle, spaceName: 'Groupe ressource' });
    expect(calls).toEqual(['space:groupe', 'cycle:s_1']);
    const missing = await loadCycleGuide(backend, { spaceId: 'nope', locale: 'fr' }, content);
    expect(missing).toMatchObject({ cycle: null, cycleFailure: { kind: 'notFound' }, content: CONTENT });
    const alone = await loadCycleGuide(null, { spaceId: null, locale: 'fr' }, content);
    expect(alone).toEqual({ content: CONTENT, cycle: null, cycleFailure: null });
    const noBackend = await loadCycleGuide(null, { spaceId: 'groupe', locale: 'fr' }, content);
    expect(noBackend.cycleFailure?.kind).toBe('error');
    await expect(
      loadCycleGuide(null, { spaceId: null, locale: 'fr' }, async () => {
        throw new Error('chunk failed');
      }),
    ).rejects.toThrow('chunk failed');
  });
});
