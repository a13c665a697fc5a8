// Model-based: every reachable state and every transition of the machine is a test case,
// from xstate/graph's path generators (`createTestModel` refuses a machine that invokes an
// actor, as `load` and `resources` are here; see ../testing/model-graph.ts).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createActor, fromPromise, type SnapshotFrom, waitFor } from 'xstate';
import type { ParticipeBackend } from '../store/backend.port.js';
import type { ContentListQuery, GuideEntryRead, ResourceEntry } from '../store/content.port.js';
import { modelGraph } from '../testing/model-graph.js';
import { connectResourceCentre, councilWording } from './resource-centre.connect.js';
import {
  loadResourceCentre,
  loadResourceCentreResources,
  RESOURCE_SEARCH_MAX,
  resourceCentreMachine,
} from './resource-centre.machine.js';
import type {
  ResourceCentreEvent,
  ResourceCentreLoadRequest,
  ResourceCentreLoadResult,
  ResourceCentreResourcesRequest,
} from './resource-centre.types.js';

type Snap = SnapshotFrom<typeof resourceCentreMachine>;

const text = (standard: string, falc?: string) => ({ standard, ...(falc ? { falc } : {}) });
const resource = (id: string, phases: ResourceEntry['phases'] = ['mobilise']): ResourceEntry => ({
  id,
  type: 'method',
  title: text(`Titre ${id}`, `Titre facile ${id}`),
  summary: text('Résumé.'),
  whenToUse: text('Quand le groupe commence.'),
  steps: [text('Première étape.'), text('Deuxième étape.')],
  phases,
  duration: '2 heures',
  tags: [],
  version: 1,
});
const GUIDE: GuideEntryRead[] = [
  {
    id: 'par-ou-commencer',
    question: text('Par où commencer ?'),
    answer: text('Par aller vers les personnes.'),
    phase: 'diagnose',
    resourceIds: ['photo-langage', 'porte-a-porte'],
    version: 1,
  },
];
const FIRST: ResourceCentreLoadResult = { guide: GUIDE, resources: [resource('porte-a-porte')] };
const LATER = [resource('photo-langage', ['diagnose'])];

const loaded = { type: 'xstate.done.actor.load', output: FIRST } as const;
const loadFailed = { type: 'xstate.error.actor.load', error: { kind: 'offline', message: 'down' } } as const;
const fetched = { type: 'xstate.done.actor.resources', output: LATER } as const;
const fetchFailed = { type: 'xstate.error.actor.resources', error: { kind: 'error', message: '500' } } as const;
type Outcome = typeof loaded | typeof loadFailed | typeof fetched | typeof fetchFailed;
type ModelEvent = ResourceCentreEvent | Outcome;

/** What a person may send in any state; the machine must ignore what does not apply. */
const PERSON_EVENTS: ResourceCentreEvent[] = [
  { type: 'resourceCentre.load' },
  { type: 'resourceCentre.retry' },
  { type: 'resourceCentre.phase', phase: 'diagnose' },
  { type: 'resourceCentre.question', entryId: 'par-ou-commencer' },
  { type: 'resourceCentre.question', entryId: 'inconnue' },
  { type: 'resourceCentre.search', q: ' photo ' },
  { type: 'resourceCentre.search', q: '   ' },
];
const modelEvents = (s: Snap) =>
  [
    ...PERSON_EVENTS,
    ...(s.matches('loading') ? [loaded, loadFailed] : []),
    ...(s.matches({ ready: 'fetching' }) ? [fetched, fetchFailed] : []),
  ] as ResourceCentreEvent[];

const serializeState = (s: Snap) =>
  JSON.stringify({
    value: s.value,
    phase: s.context.phase,
    selection: s.context.selection,
    shownFor: s.context.shownFor,
    failure: s.context.failure?.kind ?? null,
    resourcesFailure: s.context.resourcesFailure?.kind ?? null,
  });

/** Actor logic that records its inputs and waits until the path settles it. */
function pending<T, I>(inputs: I[]) {
  let settle: { resolve: (v: T) => void; reject: (e: unknown) => void } | null = null;
  const logic = fromPromise<T, I>(({ input }) => {
    inputs.push(input);
    return new Promise<T>((resolve, reject) => {
      settle = { resolve, reject };
    });
  });
  return { logic, settle: () => settle! };
}

/** A live actor whose `load` and `resources` wait until the path says how they end. */
function makeSut() {
  const loads: ResourceCentreLoadRequest[] = [];
  const fetches: ResourceCentreResourcesRequest[] = [];
  const load = pending<ResourceCentreLoadResult, ResourceCentreLoadRequest>(loads);
  const resources = pending<ResourceEntry[], ResourceCentreResourcesRequest>(fetches);
  const machine = resourceCentreMachine.provide({ actors: { load: load.logic, resources: resources.logic } });
  const actor = createActor(machine, { input: { locale: 'fr' } }).start();
  const outcomes: Record<Outcome['type'], (e: Outcome) => void> = {
    'xstate.done.actor.load': (e) => load.settle().resolve((e as typeof loaded).output),
    'xstate.error.actor.load': (e) => load.settle().reject((e as typeof loadFailed).error),
    'xstate.done.actor.resources': (e) => resources.settle().resolve((e as typeof fetched).output),
    'xstate.error.actor.resources': (e) => resources.settle().reject((e as typeof fetchFailed).error),
  };
  return {
    actor,
    loads,
    fetches,
    async send(e: ModelEvent) {
      const outcome = outcomes[e.type as Outcome['type']];
      if (!outcome) return actor.send(e as ResourceCentreEvent);
      outcome(e as Outcome);
      for (let i = 0; i < 4; i++) await Promise.resolve();
    },
  };
}

/** What must hold in every state, whatever the path. */
function checkInvariants(s: Snap, sut: ReturnType<typeof makeSut>) {
  const v = connectResourceCentre(s, () => {});
  expect(Boolean(v.failure)).toBe(v.state === 'error');
  expect(v.resourcesFailure !== null).toBe(s.matches({ ready: 'failed' }));
  expect(v.fetching).toBe(s.matches({ ready: 'fetching' }));
  // One way of choosing at a time: a phase, a question, or search words.
  const chosen = [v.phases.some((p) => p.selected), v.guide.some((g) => g.selected), v.query !== ''];
  expect(chosen.filter(Boolean).length).toBe(1);
  expect(v.phases.filter((p) => p.selected).length).toBeLessThanOrEqual(1);
  expect(v.query).toBe(v.query.trim());
  if (v.state === 'ready' && !v.fetching && !v.resourcesFailure) expect(v.current).toBe(true);
  if (v.question) expect(v.shownFor).toEqual({ by: 'question', entryId: v.question.id });
  if (s.matches('loading')) expect(sut.loads.at(-1)).toEqual({ locale: 'fr', phase: s.context.phase });
  if (s.matches({ ready: 'fetching' })) {
    const last = sut.fetches.at(-1)!;
    expect(last.selection).toEqual(s.context.selection);
    expect(last.resourceIds).toEqual(s.context.selection.by === 'question' ? ['photo-langage', 'porte-a-porte'] : []);
  }
}

let counted = '';
afterAll(() => console.log(`resourceCentreMachine model-based: ${counted}`));

describe('resourceCentreMachine model', () => {
  const options = {
    input: { locale: 'fr' as const },
    events: modelEvents,
    serializeState,
    serializeEvent: (e: ResourceCentreEvent) => JSON.stringify(e),
  };
  const { paths, adjacency, edges, pathTo } = modelGraph<ModelEvent, Snap>(resourceCentreMachine, options);

  it('reaches every state', () => {
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    expect([...reached].sort()).toEqual([
      '"error"',
      '"idle"',
      '"loading"',
      '{"ready":"failed"}',
      '{"ready":"fetching"}',
      '{"ready":"shown"}',
    ]);
  });

  /** Replays steps on a fresh actor, checking the state and what must hold after each. */
  async function replay(steps: ReadonlyArray<{ event: { type: string }; state: unknown }>) {
    const sut = makeSut();
    for (const { event, state } of steps) {
      if (event.type !== 'xstate.init') await sut.send(event as ModelEvent);
      expect(serializeState(sut.actor.getSnapshot())).toBe(serializeState(state as Snap));
      checkInvariants(sut.actor.getSnapshot(), sut);
    }
  }

  const named = paths.map(
    (p, i) => [i + 1, p.steps.map((s) => s.event.type.replace(/^.*\./, '')).join(' → '), p] as const,
  );
  it.each(named)('shortest path %i: %s', (_i, _d, path) => replay(path.steps));

  it(`takes every transition (${edges.length} edges from ${Object.keys(adjacency).length} states)`, async () => {
    for (const edge of edges) await replay([...pathTo.get(edge.from)!.steps, { event: edge.event, state: edge.to }]);
    counted = `${paths.length} shortest paths, ${edges.length} transitions, ${Object.keys(adjacency).length} states`;
  }, 120_000);
});

/** An actor on the first screen, with `resources` answering at once. */
function readyActor() {
  const actor = createActor(
    resourceCentreMachine.provide({
      actors: {
        load: fromPromise(async () => FIRST),
        resources: fromPromise(async () => LATER),
      },
    }),
    { input: {} },
  ).start();
  actor.send({ type: 'resourceCentre.load' });
  return actor;
}

describe('connectResourceCentre', () => {
  it('turns intents into events: the element never builds one', () => {
    const sent: ResourceCentreEvent[] = [];
    const api = connectResourceCentre(createActor(resourceCentreMachine, { input: {} }).getSnapshot(), (e) =>
      sent.push(e),
    );
    api.load();
    api.retry();
    api.choosePhase('act');
    api.chooseQuestion('par-ou-commencer');
    api.search('photo');
    expect(sent).toEqual([
      { type: 'resourceCentre.load' },
      { type: 'resourceCentre.retry' },
      { type: 'resourceCentre.phase', phase: 'act' },
      { type: 'resourceCentre.question', entryId: 'par-ou-commencer' },
      { type: 'resourceCentre.search', q: 'photo' },
    ]);
    expect(api).toMatchObject({ state: 'idle', busy: true, fetching: false, resources: [], failure: null });
    expect(api.phases.map((p) => p.id)).toEqual([
      'mobilise',
      'diagnose',
      'coConstruct',
      'decide',
      'act',
      'evaluate',
      'share',
    ]);
  });

  it('cuts search words to what the API takes, and blank words go back to the phase last chosen', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (q) => {
        const actor = readyActor();
        await Promise.resolve();
        await Promise.resolve();
        actor.send({ type: 'resourceCentre.phase', phase: 'evaluate' });
        actor.send({ type: 'resourceCentre.search', q });
        const { selection } = actor.getSnapshot().context;
        const words = q.trim().slice(0, RESOURCE_SEARCH_MAX);
        expect(selection).toEqual(words ? { by: 'search', q: words } : { by: 'phase', phase: 'evaluate' });
        actor.stop();
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('shows a question with its answer once its resources have arrived', async () => {
    const actor = readyActor();
    await new Promise((r) => setTimeout(r, 0));
    actor.send({ type: 'resourceCentre.question', entryId: 'par-ou-commencer' });
    expect(connectResourceCentre(actor.getSnapshot(), () => {}).question).toBeNull();
    await new Promise((r) => setTimeout(r, 0));
    const v = connectResourceCentre(actor.getSnapshot(), () => {});
    expect(v.question?.id).toBe('par-ou-commencer');
    expect(v.resources.map((r) => r.id)).toEqual(['photo-langage']);
    expect(v.guide.map((g) => g.selected)).toEqual([true]);
  });

  it('shows the first phase for an attribute that names no phase', () => {
    const actor = createActor(resourceCentreMachine, { input: { phase: 'nulle-part' } });
    expect(actor.getSnapshot().context.phase).toBe('mobilise');
    expect(createActor(resourceCentreMachine, { input: { phase: 'act' } }).getSnapshot().context.phase).toBe('act');
  });

  it('words a council text in FALC when it has one, else in its standard wording', () => {
    expect(councilWording(text('Standard', 'Facile'), true)).toBe('Facile');
    expect(councilWording(text('Standard', 'Facile'), false)).toBe('Standard');
    expect(councilWording(text('Standard'), true)).toBe('Standard');
    expect(councilWording({ standard: 'Standard', falc: '  ' }, true)).toBe('Standard');
  });
});

describe('the loaders', () => {
  /** A back end over lists, paged by 2 whatever the limit asked, recording its calls. */
  function pagedBackend(resources: ResourceEntry[]) {
    const calls: string[] = [];
    const page = <T>(items: T[], q: ContentListQuery) => {
      const start = Number(q.cursor ?? 0);
      return {
        items: items.slice(start, start + 2),
        nextCursor: start + 2 < items.length ? String(start + 2) : null,
        total: items.length,
      };
    };
    const backend = {
      listGuide: async (q: ContentListQuery) => {
        calls.push(`guide ${JSON.stringify(q)}`);
        return page(GUIDE, q);
      },
      listResources: async (q: ContentListQuery) => {
        calls.push(`resources ${JSON.stringify(q)}`);
        const words = q.q?.toLowerCase();
        return page(
          resources.filter((r) => (!q.phase || r.phases.includes(q.phase)) && (!words || r.id.includes(words))),
          q,
        );
      },
      getResource: async (id: string) => {
        calls.push(`resource ${id}`);
        return resources.find((r) => r.id === id) ?? null;
      },
    } as unknown as ParticipeBackend;
    return { backend, calls };
  }
  const ALL = [
    resource('porte-a-porte', ['mobilise']),
    resource('accueil', ['mobilise']),
    resource('charte', ['mobilise']),
    resource('photo-langage', ['diagnose']),
  ];

  it('reads the first screen through the back end, every page of it', async () => {
    const { backend, calls } = pagedBackend(ALL);
    const first = await loadResourceCentre(backend, { locale: 'en', phase: 'mobilise' });
    expect(first.guide).toEqual(GUIDE);
    expect(first.resources.map((r) => r.id)).toEqual(['porte-a-porte', 'accueil', 'charte']);
    expect(calls).toContain('resources {"locale":"en","phase":"mobilise","limit":100,"cursor":"2"}');
  });

  it('reads a phase’s, a search’s and a question’s resources; a question’s in its order, a removed one left out', async () => {
    const { backend, calls } = pagedBackend(ALL);
    const ids = async (request: Omit<ResourceCentreResourcesRequest, 'locale'>) =>
      (await loadResourceCentreResources(backend, { locale: 'fr', ...request })).map((r) => r.id);
    expect(await ids({ selection: { by: 'phase', phase: 'diagnose' }, resourceIds: [] })).toEqual(['photo-langage']);
    expect(await ids({ selection: { by: 'search', q: 'charte' }, resourceIds: [] })).toEqual(['charte']);
    expect(calls).toContain('resources {"locale":"fr","q":"charte","limit":100}');
    const question = { by: 'question', entryId: 'par-ou-commencer' } as const;
    expect(await ids({ selection: question, resourceIds: ['photo-langage', 'supprimee', 'accueil'] })).toEqual([
      'photo-langage',
      'accueil',
    ]);
  });

  it('reads the council’s phase names alone (fields=label), and keeps its own words when they cannot be read', async () => {
    const { backend } = pagedBackend(ALL);
    const asked: unknown[] = [];
    const label = { standard: 'Aller vers les habitants', falc: 'Aller voir les gens' };
    const named = {
      ...backend,
      listPhaseLabels: async (q: unknown) => {
        asked.push(q);
        return { items: [{ id: 'mobilise', version: 2, label }], nextCursor: null, total: 1 };
      },
    } as ParticipeBackend;
    const first = await loadResourceCentre(named, { locale: 'fr', phase: 'mobilise' });
    expect(asked).toEqual([{ locale: 'fr', limit: 100 }]);
    expect(first.phaseLabels).toEqual([{ id: 'mobilise', version: 2, label }]);

    const actor = createActor(
      resourceCentreMachine.provide({
        actors: { load: fromPromise(async () => first) },
      }),
      { input: { locale: 'fr' } },
    ).start();
    actor.send({ type: 'resourceCentre.load' });
    await waitFor(actor, (s) => s.matches('ready'));
    const phases = connectResourceCentre(actor.getSnapshot(), () => {}).phases;
    expect(phases.find((p) => p.id === 'mobilise')?.label).toEqual(label);
    expect(phases.find((p) => p.id === 'diagnose')?.label).toBeNull();

    const broken = { ...backend, listPhaseLabels: async () => Promise.reject({ kind: 'offline' }) } as ParticipeBackend;
    expect((await loadResourceCentre(broken, { locale: 'fr', phase: 'mobilise' })).phaseLabels).toEqual([]);
    expect((await loadResourceCentre(backend, { locale: 'fr', phase: 'mobilise' })).phaseLabels).toEqual([]);
  });

  it('says there is no back end', async () => {
    await expect(loadResourceCentre(null, { locale: 'fr', phase: 'mobilise' })).rejects.toMatchObject({
      kind: 'error',
    });
    await expect(
      loadResourceCentreResources(null, { locale: 'fr', selection: { by: 'phase', phase: 'act' }, resourceIds: [] }),
    ).rejects.toMatchObject({ kind: 'error' });
  });
});
