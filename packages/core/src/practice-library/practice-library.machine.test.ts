import { afterAll, describe, expect, it } from 'vitest';
import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import { fr } from '../content/fr/index.js';
import { builtinPracticeContent } from '../practice/practice.builtin.js';
import { practiceFacetCounts } from '../practice/practice.search.js';
import type { PracticeView } from '../practice/practice.types.js';
import { modelGraph } from '../testing/model-graph.js';
import { connectPracticeLibrary } from './practice-library.connect.js';
import { cleanFilters, LIBRARY_MAX, LIBRARY_PAGE } from './practice-library.filter.js';
import { practiceLibraryMachine } from './practice-library.machine.js';
import type {
  LibrarySearchRequest,
  LibrarySearchResult,
  OpenedPractice,
  OpenPracticeRequest,
  PracticeLibraryEvent,
  PracticeLibraryInput,
} from './practice-library.types.js';

type Snap = SnapshotFrom<typeof practiceLibraryMachine>;

const AT = '2026-03-02T09:00:00.000Z';
const SHEETS: PracticeView[] = fr.practices.map((p) => ({
  ...builtinPracticeContent(p, 'fr'),
  id: p.id,
  locale: 'fr',
  status: 'published',
  version: 1,
  year: p.year,
  spaceId: null,
  shared: false,
  origin: { organisation: 'default', name: 'Département test' },
  review: null,
  createdAt: AT,
  updatedAt: AT,
  publishedAt: AT,
}));
const [A, B] = SHEETS as [PracticeView, PracticeView];
const LABEL = { standard: 'Diagnostic partagé', falc: 'On regarde ensemble.' };
const facets = practiceFacetCounts(SHEETS);
/** A search that found more sheets than it shows (another council's, say): "more" is offered. */
const RESULT: LibrarySearchResult = {
  items: SHEETS,
  total: SHEETS.length + 30,
  facets: { ...facets, phase: facets.phase.map((f) => (f.value === 'diagnose' ? { ...f, label: LABEL } : f)) },
  terms: [],
};
const OPENED: OpenedPractice = { practice: A, related: [B], resources: [] };

const searched = { type: 'xstate.done.actor.search', output: RESULT } as const;
const searchFailed = { type: 'xstate.error.actor.search', error: { kind: 'offline', message: 'down' } } as const;
const opened = { type: 'xstate.done.actor.open', output: OPENED } as const;
const noSuchSheet = { type: 'xstate.done.actor.open', output: null } as const;
const openFailed = { type: 'xstate.error.actor.open', error: { kind: 'error', message: '500' } } as const;
type ActorEvent = typeof searched | typeof searchFailed | typeof opened | typeof noSuchSheet | typeof openFailed;
type ModelEvent = PracticeLibraryEvent | ActorEvent;

const PERSON_EVENTS: ModelEvent[] = [
  { type: 'library.load' },
  { type: 'library.retry' },
  { type: 'library.filter', filters: { q: ' mobilité ', theme: '', public: '', phase: 'diagnose' } },
  { type: 'library.filter', filters: {} },
  { type: 'library.more' },
  { type: 'library.open', practiceId: A.id },
  { type: 'library.open', practiceId: ' ' },
  { type: 'library.close' },
];
const modelEvents = (s: Snap) =>
  (s.matches('loading')
    ? [...PERSON_EVENTS, searched, searchFailed]
    : s.matches('opening')
      ? [...PERSON_EVENTS, opened, noSuchSheet, openFailed]
      : PERSON_EVENTS) as PracticeLibraryEvent[];
const serializeState = (s: Snap) =>
  JSON.stringify({
    value: s.value,
    filters: s.context.filters,
    limit: s.context.limit,
    open: s.context.openId,
    result: !!s.context.result,
    opened: !!s.context.opened,
  });

function makeSut(input: PracticeLibraryInput) {
  const pending: Record<'search' | 'open', { resolve: (v: unknown) => void; reject: (e: unknown) => void } | null> = {
    search: null,
    open: null,
  };
  const asked: Array<LibrarySearchRequest | OpenPracticeRequest> = [];
  const waitFor = <O, I extends LibrarySearchRequest | OpenPracticeRequest>(key: 'search' | 'open') =>
    fromPromise<O, I>(({ input }) => {
      asked.push(input);
      return new Promise<O>((resolve, reject) => {
        pending[key] = { resolve: resolve as (v: unknown) => void, reject };
      });
    });
  const machine = practiceLibraryMachine.provide({
    actors: {
      search: waitFor<LibrarySearchResult, LibrarySearchRequest>('search'),
      open: waitFor<OpenedPractice | null, OpenPracticeRequest>('open'),
    },
  });
  const actor = createActor(machine, { input }).start();
  return {
    actor,
    asked,
    async send(e: ModelEvent) {
      const key = e.type.endsWith('.search') ? 'search' : 'open';
      if (e.type.startsWith('xstate.done.')) pending[key]!.resolve((e as ActorEvent & { output: unknown }).output);
      else if (e.type.startsWith('xstate.error.')) pending[key]!.reject((e as ActorEvent & { error: unknown }).error);
      else return actor.send(e as PracticeLibraryEvent);
      for (let i = 0; i < 4; i++) await Promise.resolve();
    },
  };
}

/** What must hold in every state, whatever the path. */
function checkInvariants(s: Snap) {
  const v = connectPracticeLibrary(s);
  expect(Boolean(v.failure)).toBe(v.state === 'error');
  expect(v.sheet !== null).toBe(v.state === 'sheet');
  if (v.sheet) expect(v.sheet.practice.id).toBe(s.context.openId);
  if (v.state === 'list') expect(s.context.openId).toBeNull();
  for (const value of Object.values(s.context.filters)) expect(value).toBe(value.trim() || 'never empty');
  expect(s.context.limit).toBeGreaterThanOrEqual(LIBRARY_PAGE);
  expect(s.context.limit).toBeLessThanOrEqual(LIBRARY_MAX);
  if (v.state === 'list') expect(v.results).toEqual(RESULT.items);
  if (v.state === 'sheet' || v.state === 'opening' || v.state === 'idle' || v.state === 'error')
    expect(v.results).toEqual([]);
  if (v.more) expect(v.state === 'list' || v.state === 'loading').toBe(true);
  // A phase the search named keeps the council's label, on the filter and on the sheet.
  if (s.context.result) expect(v.facets.phases.find((p) => p.id === 'diagnose')?.label).toEqual(LABEL);
  if (v.sheet) {
    const ids = v.sheet.phases.map((p) => p.id);
    expect(ids).toEqual([...ids].sort((a, b) => PHASE_ORDER.indexOf(a) - PHASE_ORDER.indexOf(b)));
  }
}
const PHASE_ORDER = ['mobilise', 'diagnose', 'coConstruct', 'decide', 'act', 'evaluate', 'share'];

let counted = '';
afterAll(() => console.log(`practiceLibraryMachine model-based: ${counted}`));

describe('practiceLibraryMachine model', () => {
  const options = {
    input: {},
    events: modelEvents,
    serializeState,
    serializeEvent: (e: PracticeLibraryEvent) => JSON.stringify(e),
  };
  const { paths, adjacency, edges, pathTo } = modelGraph<ModelEvent, Snap>(practiceLibraryMachine, options);

  it('reaches every state', () => {
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    expect([...reached].sort()).toEqual(['"error"', '"idle"', '"list"', '"loading"', '"opening"', '"sheet"']);
  });

  it.each(paths.map((p, i) => [i + 1, p.steps.map((s) => s.event.type.replace(/^.*\./, '')).join(' → '), p] as const))(
    'shortest path %i: %s',
    async (_i, _d, path) => {
      const sut = makeSut({});
      for (const step of path.steps) {
        if ((step.event.type as string) !== 'xstate.init') await sut.send(step.event as ModelEvent);
        expect(serializeState(sut.actor.getSnapshot())).toBe(serializeState(step.state));
        checkInvariants(sut.actor.getSnapshot());
      }
    },
  );

  it(`takes every transition (${edges.length} edges from ${Object.keys(adjacency).length} states)`, {
    timeout: 60_000,
  }, async () => {
    for (const edge of edges) {
      const sut = makeSut({});
      for (const step of pathTo.get(edge.from)!.steps)
        if ((step.event.type as string) !== 'xstate.init') await sut.send(step.event as ModelEvent);
      await sut.send(edge.event);
      expect(serializeState(sut.actor.getSnapshot())).toBe(serializeState(edge.to));
      checkInvariants(sut.actor.getSnapshot());
    }
    counted = `${paths.length} shortest paths, ${edges.length} transitions, ${Object.keys(adjacency).length} states`;
  });
});

describe('practice library', () => {
  it('asks its back end for what the person chose, a page more each time, within the API’s ceiling', async () => {
    const sut = makeSut({ locale: 'en', filters: { q: '  ', phase: 'nowhere' as never, theme: 'santé' } });
    sut.actor.send({ type: 'library.load' });
    expect(sut.asked.at(-1)).toEqual({ locale: 'en', filters: { theme: 'santé' }, limit: LIBRARY_PAGE });
    await sut.send(searched);
    for (let limit = 2 * LIBRARY_PAGE; limit <= LIBRARY_MAX; limit += LIBRARY_PAGE) {
      sut.actor.send({ type: 'library.more' });
      expect((sut.asked.at(-1) as LibrarySearchRequest).limit).toBe(limit);
      await sut.send(searched);
    }
    const before = sut.asked.length;
    sut.actor.send({ type: 'library.more' });
    expect(sut.asked.length).toBe(before);
    expect(connectPracticeLibrary(sut.actor.getSnapshot()).more).toBe(false);
    // New filters start from the first page again.
    sut.actor.send({ type: 'library.filter', filters: { phase: 'act' } });
    expect(sut.asked.at(-1)).toEqual({ locale: 'en', filters: { phase: 'act' }, limit: LIBRARY_PAGE });
  });

  it('opens the sheet a link asks for once the list is there, and shows the list for an unknown one', async () => {
    const linked = makeSut({ practiceId: B.id });
    linked.actor.send({ type: 'library.load' });
    await linked.send(searched);
    expect(linked.asked.at(-1)).toEqual({ locale: 'fr', practiceId: B.id });
    await linked.send({ ...opened, output: { practice: B, related: [], resources: [] } });
    expect(connectPracticeLibrary(linked.actor.getSnapshot()).sheet?.practice.id).toBe(B.id);
    const unknown = makeSut({ practiceId: 'nope' });
    unknown.actor.send({ type: 'library.load' });
    await unknown.send(searched);
    await unknown.send(noSuchSheet);
    expect(connectPracticeLibrary(unknown.actor.getSnapshot()).state).toBe('list');
    expect(unknown.actor.getSnapshot().context.openId).toBeNull();
  });

  it('retries what failed: the sheet if the list is there, else the search', async () => {
    const sut = makeSut({});
    sut.actor.send({ type: 'library.load' });
    await sut.send(searched);
    sut.actor.send({ type: 'library.open', practiceId: A.id });
    await sut.send(openFailed);
    expect(sut.actor.getSnapshot().value).toBe('error');
    sut.actor.send({ type: 'library.retry' });
    expect(sut.actor.getSnapshot().value).toBe('opening');
    await sut.send(opened);
    expect(connectPracticeLibrary(sut.actor.getSnapshot()).sheet?.related.map((p) => p.id)).toEqual([B.id]);
  });

  it('keeps only real filters', () => {
    expect(cleanFilters({ q: '  ', theme: 'santé', public: '', phase: 'evaluate' })).toEqual({
      theme: 'santé',
      phase: 'evaluate',
    });
    expect(cleanFilters({ phase: 'later' as never })).toEqual({});
  });
});
