// Model-based: every reachable state and every transition of the content editor, from
// xstate/graph's path generators (see ../testing/model-graph.ts), with the invariants that
// hold in each; then the steps it takes against a double of the port, and the kinds' table.
import { afterAll, describe, expect, it } from 'vitest';
import type { SnapshotFrom } from 'xstate';
import { modelGraph } from '../testing/model-graph.js';
import { pendingActors, replayEdges } from '../testing/pending-actors.js';
import { connectContentEditor, deviceContentDraftOf } from './content-editor.connect.js';
import {
  CONTENT_KIND_FIELDS,
  changeDraft,
  contentBodyOf,
  contentDraftOf,
  contentFalcMissingOf,
  type EditableEntry,
} from './content-editor.kinds.js';
import { contentEditorMachine, loadContent } from './content-editor.machine.js';
import type {
  ContentEditorEvent,
  ContentEditorPort,
  ContentLoadResult,
  SavedContentDraft,
} from './content-editor.types.js';

type Snap = SnapshotFrom<typeof contentEditorMachine>;
const AT = '2026-03-02T09:00:00.000Z';

const RESOURCE: EditableEntry = {
  id: 'porte-a-porte',
  type: 'method',
  title: { standard: 'Le porte-à-porte', falc: 'Aller chez les gens' },
  summary: { standard: 'Aller voir les habitants chez eux.', falc: 'On frappe aux portes.' },
  whenToUse: { standard: 'Pour rencontrer ceux qui ne viennent pas.' },
  steps: [{ standard: 'Choisir une rue', falc: 'On choisit une rue.' }],
  phases: ['mobilise'],
  duration: '2 heures',
  tags: ['aller-vers'],
  version: 1,
  falcMissing: ['whenToUse'],
};
const OTHER: EditableEntry = { ...RESOURCE, id: 'photo-langage', title: { standard: 'Photo-langage' } };
const PHASE: EditableEntry = {
  id: 'diagnose',
  label: { standard: 'Diagnostic partagé', falc: 'Comprendre ensemble' },
  summary: { standard: 'Comprendre ensemble ce qui se passe.' },
  question: { standard: 'Que se passe-t-il vraiment ?', falc: 'Que se passe-t-il ?' },
  stakes: [],
  objectives: [],
  vigilance: [],
  methods: [],
  tools: [],
  resourceIds: ['photo-langage'],
  version: 3,
};

const loaded = (output: ContentLoadResult) => ({ type: 'xstate.done.actor.load', output }) as const;
const failed = (id: string, status: number, issues: Array<{ path: string; message: string }> = []) =>
  ({ type: `xstate.error.actor.${id}`, error: { status, code: String(status), issues } }) as const;
const done = (id: string, output: unknown) => ({ type: `xstate.done.actor.${id}`, output }) as const;

const SAVED_HERE: SavedContentDraft = {
  kind: 'resource',
  id: 'porte-a-porte',
  baseVersion: 1,
  draft: changeDraft(contentDraftOf('resource', RESOURCE), { path: 'title', side: 'standard', value: 'Gardé' }),
  at: AT,
};
const SAVED_PHASE: SavedContentDraft = {
  kind: 'phase',
  id: 'diagnose',
  baseVersion: 3,
  draft: changeDraft(contentDraftOf('phase', PHASE), { add: 'stakes' }),
  at: AT,
};

const EVENTS: ContentEditorEvent[] = [
  { type: 'content.load' },
  { type: 'content.retry' },
  { type: 'content.kind', kind: 'phase' },
  { type: 'content.kind', kind: 'resource' },
  { type: 'content.search', q: 'porte', phase: 'mobilise' },
  { type: 'content.open', id: 'porte-a-porte' },
  { type: 'content.open', id: 'nowhere' },
  { type: 'content.text', path: 'title', side: 'falc', value: '' },
  { type: 'content.add', list: 'steps' },
  { type: 'content.remove', list: 'steps', index: 0 },
  { type: 'content.line', field: 'duration', value: '3 heures' },
  { type: 'content.save' },
  { type: 'content.history' },
  { type: 'content.hideHistory' },
  { type: 'content.discard' },
  { type: 'content.close' },
  { type: 'conflict.mine' },
  { type: 'conflict.theirs' },
];

type ModelEvent = ContentEditorEvent | { type: string; output?: unknown; error?: unknown };
type Sut = ReturnType<typeof makeSut>;

/** What the server answers to a save, from what the snapshot sends. */
const savedOf = (s: Snap): EditableEntry => ({
  ...contentBodyOf(s.context.kind, s.context.current!, s.context.draft!),
  id: s.context.current!.id,
  version: (s.context.expectedVersion ?? 0) + 1,
});

function events(s: Snap): ModelEvent[] {
  const entry = s.context.kind === 'phase' ? PHASE : RESOURCE;
  if (s.matches('loading'))
    return [
      ...EVENTS,
      loaded({ items: s.context.kind === 'phase' ? [PHASE] : [RESOURCE, OTHER], total: 2, saved: null }),
      ...(s.context.checkedSaved
        ? []
        : [
            loaded({ items: [RESOURCE, OTHER], total: 2, saved: SAVED_HERE }),
            loaded({ items: [RESOURCE, OTHER], total: 2, saved: SAVED_PHASE }),
          ]),
      failed('load', 401),
    ];
  if (s.matches('opening'))
    return [...EVENTS, done('get', s.context.opening === 'diagnose' ? PHASE : entry), failed('get', 404)];
  if (s.matches('saving'))
    return [
      ...EVENTS,
      done('save', savedOf(s)),
      failed('save', 409),
      failed('save', 400, [{ path: 'title', message: 'Trop court.' }]),
      failed('save', 403),
    ];
  if (s.matches({ conflict: 'reading' }))
    return [...EVENTS, done('get', { ...s.context.current!, version: 9 }), failed('get', 0)];
  if (s.matches({ editing: 'history' }))
    return [
      ...EVENTS,
      done('history', [{ version: 1, at: AT, actor: { id: null, role: 'seed' }, changes: [] }]),
      failed('history', 500),
    ];
  return EVENTS;
}

const serializeState = (s: Snap) =>
  JSON.stringify({
    value: s.value,
    kind: s.context.kind,
    current: s.context.current?.id ?? null,
    dirty: s.context.dirty,
    // The version read, or another (theirs, or the one a kept edit was made on).
    expected: s.context.expectedVersion === null ? null : s.context.expectedVersion === s.context.current?.version,
    issues: s.context.issues.length,
    actionFailure: s.context.actionFailure?.status ?? null,
    failure: s.context.failure?.status ?? null,
    saved: s.context.saved !== null,
    theirs: s.context.theirs !== null,
    history: Array.isArray(s.context.history) ? 'shown' : s.context.history,
    restored: s.context.restored,
    pending: s.context.pending?.kind ?? null,
    checkedSaved: s.context.checkedSaved,
  });

/** A live actor whose requests wait until the path says how they end. */
const makeSut = () => pendingActors(contentEditorMachine, ['load', 'get', 'save', 'history'], { locale: 'fr' });

/** What must hold in every state, whatever the path. */
function checkInvariants(s: Snap, sut: Sut) {
  const c = s.context;
  const v = connectContentEditor(s, () => {});
  expect(c.failure !== null).toBe(s.matches('failed'));
  // A form is on screen only with an entry and its draft, of the kind shown.
  if (v.writing || v.state === 'conflict') {
    expect(c.current).not.toBeNull();
    expect(Object.keys(c.draft!.texts)).toEqual([...CONTENT_KIND_FIELDS[c.kind].texts]);
  } else expect(c.draft).toBeNull();
  // A save is made against the version read (or theirs after "keep mine"), with the fixed fields as read.
  const last = sut.requests.at(-1);
  if (s.matches('saving') && last?.src === 'save') {
    const sent = last.input as { expectedVersion: number; body: Record<string, unknown>; id: string };
    expect(sent.expectedVersion).toBe(c.expectedVersion);
    expect(sent.id).toBe(c.current!.id);
    for (const f of CONTENT_KIND_FIELDS[c.kind].fixed) expect(sent.body[f]).toEqual(c.current![f]);
  }
  // Only a kept edit of the device can be discarded.
  if (c.restored) expect(c.dirty).toBe(true);
  // The device keeps exactly the changes the server does not have.
  const device = deviceContentDraftOf(s, AT);
  if (c.dirty && (v.writing || v.state === 'conflict')) expect(device?.draft).toEqual(c.draft);
  if (!c.dirty && device !== undefined) expect(device).toBeNull();
}

const counted: string[] = [];
afterAll(() => console.log(`contentEditorMachine model-based: ${counted.join('; ')}`));

describe('contentEditorMachine model', () => {
  const options = {
    input: { locale: 'fr' as const },
    events: events as (s: Snap) => ContentEditorEvent[],
    serializeState,
    serializeEvent: (e: ContentEditorEvent) => JSON.stringify(e),
  };
  const { paths, adjacency, edges, pathTo } = modelGraph<ModelEvent, Snap>(contentEditorMachine, options);

  it('reaches every state', () => {
    const reached = [...new Set(paths.map((p) => JSON.stringify(p.state.value)))].sort();
    expect(reached).toEqual(
      [
        'failed',
        'idle',
        'list',
        'loading',
        'opening',
        'saving',
        { conflict: 'read' },
        { conflict: 'reading' },
        { editing: 'history' },
        { editing: 'ready' },
      ]
        .map((x) => JSON.stringify(x))
        .sort(),
    );
  });

  it('takes every transition, and holds its invariants after each', { timeout: 300_000 }, async () => {
    await replayEdges(
      { edges, pathTo },
      makeSut,
      serializeState,
      (sut) => sut.actor.getSnapshot() as Snap,
      checkInvariants,
      (actual, expected) => expect(actual).toBe(expected),
    );
    counted.push(
      `${paths.length} shortest paths, ${edges.length} transitions, ${Object.keys(adjacency).length} states`,
    );
  });
});

describe('content editor steps', () => {
  const open = async (sut: Sut) => {
    await sut.send({ type: 'content.load' });
    await sut.send(loaded({ items: [RESOURCE, OTHER], total: 2, saved: null }));
    await sut.send({ type: 'content.open', id: 'porte-a-porte' });
    await sut.send(done('get', RESOURCE));
  };

  it('flags a text saved without its FALC version, and sends it anyway', async () => {
    const sut = makeSut();
    await open(sut);
    await sut.send({ type: 'content.text', path: 'summary', side: 'falc', value: '' });
    const v = connectContentEditor(sut.actor.getSnapshot(), () => {});
    expect(v.falcMissing).toEqual(['summary', 'whenToUse']);
    await sut.send({ type: 'content.save' });
    const sent = sut.requests.at(-1)!.input as { body: Record<string, unknown>; expectedVersion: number };
    expect(sent.expectedVersion).toBe(1);
    expect(sent.body['summary']).toEqual({
      standard: RESOURCE['summary'] && 'Aller voir les habitants chez eux.',
      falc: '',
    });
    expect(sent.body['tags']).toEqual(['aller-vers']);
    expect(sent.body['version']).toBeUndefined();
  });

  it('after a conflict, “keep mine” saves over their version; “theirs” shows theirs and drops mine', async () => {
    const sut = makeSut();
    await open(sut);
    await sut.send({ type: 'content.line', field: 'duration', value: '3 heures' });
    await sut.send({ type: 'content.save' });
    await sut.send(failed('save', 409));
    expect(sut.actor.getSnapshot().context.focus).toEqual({ to: 'conflict' });
    await sut.send(done('get', { ...RESOURCE, version: 2, duration: '1 jour' }));
    await sut.send({ type: 'conflict.mine' });
    const sent = sut.requests.at(-1)!.input as { body: Record<string, unknown>; expectedVersion: number };
    expect(sent).toMatchObject({ expectedVersion: 2, body: { duration: '3 heures' } });
    await sut.send(done('save', { ...RESOURCE, version: 3, duration: '3 heures' }));
    let s = sut.actor.getSnapshot();
    expect(s.context.saved?.version).toBe(3);
    expect(s.context.focus).toEqual({ to: 'save' });
    expect(deviceContentDraftOf(s, AT)).toBeNull();

    await sut.send({ type: 'content.line', field: 'duration', value: '4 heures' });
    await sut.send({ type: 'content.save' });
    await sut.send(failed('save', 412));
    await sut.send(done('get', { ...RESOURCE, version: 4, duration: '1 jour' }));
    await sut.send({ type: 'conflict.theirs' });
    s = sut.actor.getSnapshot();
    expect(s.context.draft?.lines['duration']).toBe('1 jour');
    expect(s.context.expectedVersion).toBe(4);
    expect(s.context.dirty).toBe(false);
  });

  it('takes up the edit kept on the device after a reload, on the version it was made on, and may discard it', async () => {
    const sut = makeSut();
    await sut.send({ type: 'content.load' });
    expect(sut.requests.at(-1)!.input).toMatchObject({ withSaved: true, kind: 'resource' });
    // Kept on a phase: the phases are listed, then the phase opens with the kept edit.
    await sut.send(loaded({ items: [RESOURCE], total: 1, saved: SAVED_PHASE }));
    expect(sut.requests.at(-1)!.input).toMatchObject({ withSaved: false, kind: 'phase' });
    await sut.send(loaded({ items: [PHASE], total: 1, saved: null }));
    expect(sut.actor.getSnapshot().value).toBe('opening');
    // Someone saved the phase since: the form shows the kept edit, and saving it is a conflict.
    await sut.send(done('get', { ...PHASE, version: 4 }));
    let s = sut.actor.getSnapshot();
    expect(s.context.restored).toBe(true);
    expect(s.context.draft).toEqual(SAVED_PHASE.draft);
    expect(s.context.expectedVersion).toBe(3);
    expect(deviceContentDraftOf(s, AT)).toMatchObject({ kind: 'phase', id: 'diagnose', baseVersion: 3 });
    await sut.send({ type: 'content.discard' });
    s = sut.actor.getSnapshot();
    expect(s.context.restored).toBe(false);
    expect(s.context.draft).toEqual(contentDraftOf('phase', { ...PHASE, version: 4 }));
    expect(deviceContentDraftOf(s, AT)).toBeNull();
  });

  it('reads the list with the phase only for kinds that have one, and the device only when asked', async () => {
    const lists: unknown[] = [];
    const port = {
      list: async (_k: string, q: unknown) => {
        lists.push(q);
        return { items: [], total: 0 };
      },
    } as unknown as ContentEditorPort;
    await loadContent(port, { kind: 'glossary', locale: 'fr', q: ' rsa ', phase: 'act', withSaved: false });
    await loadContent(port, { kind: 'guide', locale: 'en', q: '', phase: 'act', withSaved: false });
    expect(lists).toEqual([
      { locale: 'fr', limit: 100, q: 'rsa' },
      { locale: 'en', limit: 100, phase: 'act' },
    ]);
    const read = await loadContent(
      port,
      { kind: 'resource', locale: 'fr', q: '', phase: '', withSaved: true },
      async () => SAVED_HERE,
    );
    expect(read.saved).toEqual(SAVED_HERE);
    await expect(
      loadContent(null, { kind: 'resource', locale: 'fr', q: '', phase: '', withSaved: false }),
    ).rejects.toMatchObject({ status: 0 });
  });
});

describe('the kinds’ table', () => {
  it('turns each kind’s entry into a form and back without touching its fixed fields', () => {
    const glossary: EditableEntry = {
      id: 'rsa',
      term: 'RSA',
      expansion: 'Revenu de solidarité active',
      definition: { standard: 'Une aide.', falc: 'Une aide en argent.' },
      version: 2,
    };
    let d = contentDraftOf('glossary', glossary);
    expect(d).toEqual({
      texts: { definition: { standard: 'Une aide.', falc: 'Une aide en argent.' } },
      lists: {},
      lines: { term: 'RSA', expansion: 'Revenu de solidarité active' },
    });
    d = changeDraft(d, { line: 'expansion', value: ' ' });
    d = changeDraft(d, { path: 'definition', side: 'falc', value: '' });
    // An emptied expansion is left out; the FALC version is sent empty for the API to flag.
    expect(contentBodyOf('glossary', glossary, d)).toEqual({
      id: 'rsa',
      term: 'RSA',
      definition: { standard: 'Une aide.', falc: '' },
    });
    expect(contentFalcMissingOf('glossary', d)).toEqual(['definition']);
    const phase = changeDraft(changeDraft(contentDraftOf('phase', PHASE), { add: 'tools' }), {
      path: 'tools.0',
      side: 'standard',
      value: 'Une carte',
    });
    const body = contentBodyOf('phase', PHASE, phase);
    expect(body['tools']).toEqual([{ standard: 'Une carte', falc: '' }]);
    expect(body['resourceIds']).toEqual(['photo-langage']);
    expect(contentFalcMissingOf('phase', phase)).toEqual(['summary', 'tools.0']);
    // A change to a path the kind does not have changes nothing.
    expect(changeDraft(phase, { path: 'steps.0', side: 'standard', value: 'x' })).toEqual(phase);
  });
});
