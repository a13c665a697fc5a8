import { afterAll, describe, expect, it } from 'vitest';
import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import { en } from '../content/en/index.js';
import { fr } from '../content/fr/index.js';
import { modelGraph } from '../testing/model-graph.js';
import { connectPracticeLibrary } from './practice-library.connect.js';
import { cleanFilters, filterPractices, fold, practiceFacets } from './practice-library.filter.js';
import { practiceLibraryMachine } from './practice-library.machine.js';
import type { PracticeLibraryContent, PracticeLibraryEvent, PracticeLibraryInput } from './practice-library.types.js';

type Snap = SnapshotFrom<typeof practiceLibraryMachine>;

const CONTENT: PracticeLibraryContent = { practices: fr.practices, phases: fr.phases, resources: fr.resources };
const [A, B] = fr.practices as [(typeof fr.practices)[0], (typeof fr.practices)[0]];

const done = { type: 'xstate.done.actor.load', output: CONTENT } as const;
const failed = { type: 'xstate.error.actor.load', error: { kind: 'offline', message: 'down' } } as const;
type ModelEvent = PracticeLibraryEvent | typeof done | typeof failed;

const PERSON_EVENTS: ModelEvent[] = [
  { type: 'library.load' },
  { type: 'library.retry' },
  { type: 'library.filter', filters: { q: ' RSA ', theme: '', public: '', territory: 'rural' } },
  { type: 'library.filter', filters: { theme: A.themes[0]! } },
  { type: 'library.filter', filters: { q: 'aucune fiche ne parle de ceci' } },
  { type: 'library.filter', filters: {} },
  { type: 'library.open', practiceId: A.id },
  { type: 'library.open', practiceId: B.id },
  { type: 'library.open', practiceId: 'no-such-sheet' },
  { type: 'library.close' },
];
const modelEvents = (s: Snap) =>
  (s.matches('loading') ? [...PERSON_EVENTS, done, failed] : PERSON_EVENTS) as PracticeLibraryEvent[];

const serializeState = (s: Snap) =>
  JSON.stringify({ value: s.value, filters: s.context.filters, open: s.context.openId, content: !!s.context.content });

function makeSut(input: PracticeLibraryInput) {
  let pending: { resolve: (c: PracticeLibraryContent) => void; reject: (e: unknown) => void } | null = null;
  const machine = practiceLibraryMachine.provide({
    actors: {
      load: fromPromise<PracticeLibraryContent, { locale: 'fr' | 'en' }>(
        () => new Promise((resolve, reject) => (pending = { resolve, reject })),
      ),
    },
  });
  const actor = createActor(machine, { input }).start();
  return {
    actor,
    async send(e: ModelEvent) {
      if (e.type === 'xstate.done.actor.load') pending!.resolve(e.output);
      else if (e.type === 'xstate.error.actor.load') pending!.reject(e.error);
      else return actor.send(e);
      for (let i = 0; i < 4; i++) await Promise.resolve();
    },
  };
}

/** What must hold in every state, whatever the path. */
function checkInvariants(s: Snap) {
  const v = connectPracticeLibrary(s);
  expect(Boolean(v.failure)).toBe(v.state === 'error');
  expect(v.sheet?.practice.id ?? null).toBe(v.state === 'sheet' ? s.context.openId : null);
  if (v.state === 'list') expect(s.context.openId).toBeNull();
  for (const value of Object.values(s.context.filters)) expect(value).toBe(value.trim() || 'never empty');
  if (v.state === 'list') {
    expect(v.results).toEqual(filterPractices(CONTENT.practices, s.context.filters));
    for (const p of v.results) {
      if (s.context.filters.theme) expect(p.themes).toContain(s.context.filters.theme);
      if (s.context.filters.territory) expect(p.territoryType).toBe(s.context.filters.territory);
    }
    expect(v.total).toBe(CONTENT.practices.length);
  } else expect(v.results).toEqual([]);
  if (v.sheet) expect(v.sheet.resources.map((r) => r.id)).toEqual(v.sheet.practice.resourceIds);
}

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
    expect([...reached].sort()).toEqual(['"error"', '"idle"', '"loading"', '{"ready":"list"}', '{"ready":"sheet"}']);
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

  it(`takes every transition (${edges.length} edges from ${Object.keys(adjacency).length} states)`, async () => {
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
  it('opens the sheet a link asks for, and falls back to the list for an unknown one', async () => {
    const linked = makeSut({ practiceId: B.id, filters: { territory: ' ' } });
    linked.actor.send({ type: 'library.load' });
    await linked.send(done);
    expect(connectPracticeLibrary(linked.actor.getSnapshot()).sheet?.practice.id).toBe(B.id);
    expect(linked.actor.getSnapshot().context.filters).toEqual({});
    const unknown = makeSut({ practiceId: 'nope' });
    unknown.actor.send({ type: 'library.load' });
    await unknown.send(done);
    expect(connectPracticeLibrary(unknown.actor.getSnapshot()).state).toBe('list');
    expect(unknown.actor.getSnapshot().context.openId).toBeNull();
  });

  it('searches every word, without minding accents, case or apostrophes', () => {
    const hits = filterPractices(fr.practices, { q: 'DEPLIANT  Courriers' });
    expect(hits.map((p) => p.id)).toContain('courriers-rsa-reecrits');
    for (const p of hits) {
      expect(fold(JSON.stringify(p))).toContain('depliant');
      expect(fold(JSON.stringify(p))).toContain('courriers');
    }
    expect(filterPractices(fr.practices, { q: 'allocataires du rsa' }).length).toBeGreaterThan(0);
    expect(fold('L’Égalité')).toBe("l'egalite");
    expect(filterPractices(fr.practices, { q: 'zzzz' })).toEqual([]);
    expect(filterPractices(fr.practices, {})).toHaveLength(fr.practices.length);
  });

  it('offers each theme, public and territory once, in the language’s order, and every one finds a sheet', () => {
    for (const [pack, locale] of [
      [fr, 'fr'],
      [en, 'en'],
    ] as const) {
      const f = practiceFacets(pack.practices, locale);
      expect(f.themes).toEqual([...new Set(f.themes)].sort((a, b) => a.localeCompare(b, locale)));
      for (const theme of f.themes) expect(filterPractices(pack.practices, { theme }).length).toBeGreaterThan(0);
      for (const p of f.publics) expect(filterPractices(pack.practices, { public: p }).length).toBeGreaterThan(0);
      for (const t of f.territories)
        expect(filterPractices(pack.practices, { territory: t }).length).toBeGreaterThan(0);
    }
    expect(cleanFilters({ q: '  ', theme: 'santé', public: '', territory: undefined })).toEqual({ theme: 'santé' });
  });
});
