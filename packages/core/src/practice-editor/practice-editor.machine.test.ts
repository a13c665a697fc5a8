// Model-based: every reachable state and every transition of the practice editor, for a
// group and for a council editor, from xstate/graph's path generators (see
// ../testing/model-graph.ts); then the back-end steps it takes, on a double of the port.
import { afterAll, describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom, waitFor } from 'xstate';
import type { PracticeContent, PracticeView } from '../practice/practice.types.js';
import type { BackofficeBackend } from '../store/backoffice.port.js';
import { modelGraph } from '../testing/model-graph.js';
import { pendingActors } from '../testing/pending-actors.js';
import { checkPracticeValues } from './practice-editor.check.js';
import { connectPracticeEditor, deviceDraftOf } from './practice-editor.connect.js';
import { loadPracticeEditor, practiceEditorMachine, savePractice } from './practice-editor.machine.js';
import type {
  PracticeActRequest,
  PracticeEditorEvent,
  PracticeEditorInput,
  PracticeLoadResult,
  PracticeSaveRequest,
} from './practice-editor.types.js';
import { practiceValuesOf } from './practice-editor.values.js';

type Snap = SnapshotFrom<typeof practiceEditorMachine>;
const AT = '2026-03-02T09:00:00.000Z';

export const COMPLETE: PracticeContent = {
  title: 'Un minibus solidaire pour les réunions du soir',
  territory: 'Communauté de communes du Haut-Lizon',
  territoryType: 'rural',
  themes: ['mobilite'],
  public: ['allocataires du RSA'],
  startDate: '2024-09',
  context: 'Sans voiture, plusieurs membres ne pouvaient pas venir le soir.',
  sharedDiagnostic: 'Le groupe a compté les trajets impossibles.',
  problemStatement: 'Nous, habitants, ne pouvons pas rentrer le soir.',
  objectives: ['Permettre à chacun de venir'],
  actions: ['Un minibus passe prendre les membres'],
  evaluation: 'La présence est passée de la moitié aux trois quarts.',
  transformations: { residents: ['Des membres présents'], professionals: [], elected: [], partners: [] },
  keysOfSuccess: [],
  vigilance: [],
  perspectives: '',
  contactRole: 'Animatrice du groupe',
  sources: [{ title: 'Compte rendu', url: 'https://exemple.fr/bilan' }],
  phases: ['mobilise', 'act'],
  resourceIds: [],
  testimonies: [{ viewpoint: 'residents', role: 'une habitante', text: 'Avant, je ne venais jamais.' }],
};

const sheet = (id: string, over: Partial<PracticeView> = {}): PracticeView => ({
  ...COMPLETE,
  id,
  locale: 'fr',
  status: 'draft',
  version: 2,
  spaceId: 's_nord',
  shared: false,
  origin: { organisation: 'o_cd93', name: 'Conseil 93' },
  review: null,
  createdAt: AT,
  updatedAt: AT,
  publishedAt: null,
  ...over,
});

const GROUP_SHEETS = [
  sheet('p_draft'),
  sheet('p_sub', { status: 'submitted', version: 3 }),
  sheet('p_ret', { status: 'returned', review: { decision: 'returned', reason: 'Ajoutez les partenaires', at: AT } }),
];
const QUEUE = [sheet('p_sub', { status: 'submitted', version: 3 })];
const PUBLISHED = [
  sheet('builtin', { status: 'published', spaceId: null }),
  sheet('p_pub', { status: 'published', version: 4 }),
  sheet('p_other', { status: 'published', shared: true, origin: { organisation: 'o_lyon', name: 'Lyon' } }),
];

const loaded = (output: PracticeLoadResult) => ({ type: 'xstate.done.actor.load', output }) as const;
const failed = (id: string, kind: string, extra: object = {}) =>
  ({ type: `xstate.error.actor.${id}`, error: { kind, message: kind, ...extra } }) as const;
const done = (id: string, output: PracticeView) => ({ type: `xstate.done.actor.${id}`, output }) as const;

/** What the server answers to a save or a submit, from what the snapshot sends. */
function savedOf(s: Snap, submit: boolean): PracticeView {
  const c = s.context;
  return {
    ...(c.current ?? sheet('p_new', { version: 0 })),
    title: c.values.title,
    version: (c.baseVersion ?? 0) + 1 + (submit ? 1 : 0),
    status: submit ? 'submitted' : (c.current?.status ?? 'draft'),
  };
}
function actedOf(s: Snap): PracticeView {
  const c = s.context;
  const cmd = c.pending!;
  const base = { ...c.current!, version: c.current!.version + 1 };
  if (cmd.type === 'practice.publish') return { ...base, status: 'published' };
  if (cmd.type === 'practice.return')
    return { ...base, status: 'returned', shared: false, review: { decision: 'returned', reason: cmd.reason, at: AT } };
  return { ...base, shared: cmd.shared };
}

type ModelEvent = PracticeEditorEvent | { type: string; output?: unknown; error?: unknown };

const GROUP_EVENTS: PracticeEditorEvent[] = [
  { type: 'editor.load' },
  { type: 'editor.retry' },
  { type: 'editor.new' },
  { type: 'editor.open', sheetId: 'p_draft' },
  { type: 'editor.open', sheetId: 'p_sub' },
  { type: 'editor.open', sheetId: 'nowhere' },
  { type: 'editor.resume' },
  { type: 'editor.change', field: 'title', value: '' },
  { type: 'editor.change', field: 'title', value: 'Un minibus le soir' },
  { type: 'editor.preview' },
  { type: 'editor.edit' },
  { type: 'editor.save' },
  { type: 'editor.submit' },
  { type: 'editor.close' },
  { type: 'conflict.theirs' },
  { type: 'conflict.mine' },
];
const REVIEW_EVENTS: PracticeEditorEvent[] = [
  { type: 'editor.load' },
  { type: 'editor.retry' },
  { type: 'editor.new' },
  { type: 'editor.open', sheetId: 'p_sub' },
  { type: 'editor.open', sheetId: 'p_pub' },
  { type: 'editor.open', sheetId: 'p_other' },
  { type: 'editor.close' },
  { type: 'review.publish' },
  { type: 'review.return' },
  { type: 'review.reason', value: '  ' },
  { type: 'review.reason', value: 'Ajoutez ce qu’en disent les partenaires.' },
  { type: 'review.confirm' },
  { type: 'review.cancel' },
  { type: 'review.share', shared: true },
  { type: 'review.share', shared: false },
];

const SAVED_NEW = { sheetId: null, baseVersion: null, values: practiceValuesOf(COMPLETE), at: AT };

function groupEvents(s: Snap): ModelEvent[] {
  if (s.matches('loading'))
    return [
      ...GROUP_EVENTS,
      loaded({ sheets: GROUP_SHEETS, published: [], saved: null }),
      loaded({ sheets: GROUP_SHEETS, published: [], saved: SAVED_NEW }),
      failed('load', 'offline'),
    ];
  if (s.matches('checking'))
    return [
      ...GROUP_EVENTS,
      {
        type: 'xstate.done.actor.check',
        output: checkPracticeValues(s.context.values, s.context.intent === 'save' ? 'draft' : 'complete'),
      },
      failed('check', 'error'),
    ];
  if (s.matches('saving'))
    return [
      ...GROUP_EVENTS,
      done('save', savedOf(s, false)),
      failed('save', 'conflict'),
      failed('save', 'rejected', { issues: [{ path: ['startDate'], message: 'Une année' }] }),
    ];
  if (s.matches('submitting'))
    return [
      ...GROUP_EVENTS,
      done('save', savedOf(s, true)),
      failed('save', 'conflict'),
      failed('save', 'offline', { saved: savedOf(s, false) }),
    ];
  if (s.matches('conflict') && s.context.theirs === null)
    return [
      ...GROUP_EVENTS,
      done('fetch', { ...s.context.current!, version: 9 }),
      done('fetch', { ...s.context.current!, version: 9, status: 'submitted' }),
    ];
  return GROUP_EVENTS;
}

function reviewEvents(s: Snap): ModelEvent[] {
  if (s.matches('loading'))
    return [
      ...REVIEW_EVENTS,
      loaded({ sheets: QUEUE, published: PUBLISHED, saved: null }),
      failed('load', 'forbidden'),
    ];
  if (s.matches('acting')) return [...REVIEW_EVENTS, done('act', actedOf(s)), failed('act', 'conflict')];
  return REVIEW_EVENTS;
}

const serializeState = (s: Snap) =>
  JSON.stringify({
    value: s.value,
    current: s.context.current
      ? `${s.context.current.id}:${s.context.current.status}:${s.context.current.shared}`
      : null,
    dirty: s.context.dirty,
    titled: s.context.values.title !== '',
    errors: Object.keys(s.context.errors).length > 0,
    kept: s.context.kept !== null,
    theirs: s.context.theirs ? s.context.theirs.status : null,
    reason: s.context.reason.trim() !== '',
    reasonError: s.context.reasonError,
    intent: s.context.intent,
    failure: s.context.failure?.kind ?? null,
    actionFailure: s.context.actionFailure?.kind ?? null,
    outcome: s.context.outcome?.type ?? null,
  });

/** A live actor whose requests wait until the path says how they end. */
function makeSut(input: PracticeEditorInput) {
  return pendingActors(practiceEditorMachine, ['load', 'check', 'save', 'act', 'fetch'], input);
}

/** What must hold in every state, whatever the path. */
function checkInvariants(s: Snap, sut: ReturnType<typeof makeSut>) {
  const c = s.context;
  const v = connectPracticeEditor(s, () => {});
  expect(c.failure !== null).toBe(s.matches('failed'));
  // Only a sheet the group may change is in the form.
  if (s.matches('editing')) expect(v.editable).toBe(true);
  // What a save or a submit sends: the version the changes were made on.
  const last = sut.requests.at(-1);
  if ((s.matches('saving') || s.matches('submitting')) && last?.src === 'save') {
    const sent = last.input as PracticeSaveRequest;
    expect(sent.expectedVersion).toBe(c.baseVersion);
    expect(sent.submit).toBe(s.matches('submitting'));
    expect(sent.sheetId).toBe(c.current?.id ?? null);
  }
  // Only a valid sheet is sent: a title to save, every field to submit.
  if (s.matches('saving')) expect(checkPracticeValues(c.values, 'draft')).toEqual({});
  if (s.matches('submitting')) expect(checkPracticeValues(c.values, 'complete')).toEqual({});
  if (s.matches('acting')) {
    const sent = sut.requests.at(-1)!.input as PracticeActRequest;
    expect(sent.expectedVersion).toBe(c.current!.version);
    if (sent.command.type === 'practice.return') expect(sent.command.reason).toBe(c.reason.trim());
    if (sent.command.type === 'practice.return') expect(sent.command.reason).not.toBe('');
  }
  // A council editor never shares another council's sheet nor a built-in one.
  if (v.canShare) expect(c.current!.origin.organisation).toBe('o_cd93');
  if (v.canReturn || s.matches('returning')) expect(c.current!.origin.organisation).toBe('o_cd93');
  if (c.reasonError !== null) expect(s.matches('returning')).toBe(true);
  // Changes the server does not have are on the device, and nothing else.
  const device = deviceDraftOf(s, AT);
  if (c.mode === 'review') expect(device ?? null).toBeNull();
  else if (c.dirty) expect(device?.values).toEqual(c.values);
}

const counted: string[] = [];
afterAll(() => console.log(`practiceEditorMachine model-based: ${counted.join('; ')}`));

describe.each([
  ['group', { space: 'groupe', mode: 'group' } as PracticeEditorInput, groupEvents],
  ['review', { space: '', mode: 'review' } as PracticeEditorInput, reviewEvents],
] as const)('practiceEditorMachine model (%s)', (mode, input, events) => {
  const options = {
    input,
    events: events as (s: Snap) => PracticeEditorEvent[],
    serializeState,
    serializeEvent: (e: PracticeEditorEvent) => JSON.stringify(e),
  };
  const { paths, adjacency, edges, pathTo } = modelGraph<ModelEvent, Snap>(practiceEditorMachine, options);

  it('reaches every state of its mode', () => {
    const reached = [...new Set(paths.map((p) => JSON.stringify(p.state.value)))].sort();
    const expected =
      mode === 'group'
        ? ['checking', 'conflict', 'editing', 'failed', 'idle', 'list', 'loading', 'preview', 'saving', 'submitting']
        : ['acting', 'failed', 'idle', 'list', 'loading', 'returning', 'reviewing'];
    expect(reached).toEqual(expected.map((x) => `"${x}"`));
  });

  it(`takes every transition`, { timeout: 180_000 }, async () => {
    for (const edge of edges) {
      const prefix = pathTo.get(edge.from)!;
      const sut = makeSut(input);
      for (const step of prefix.steps)
        if ((step.event.type as string) !== 'xstate.init') await sut.send(step.event as ModelEvent);
      await sut.send(edge.event);
      expect(serializeState(sut.actor.getSnapshot())).toBe(serializeState(edge.to));
      checkInvariants(sut.actor.getSnapshot(), sut);
    }
    counted.push(
      `${mode}: ${paths.length} shortest paths, ${edges.length} transitions, ${Object.keys(adjacency).length} states`,
    );
  });
});

describe('practice editor steps', () => {
  it('restores the sheet kept on the device after a reload, and forgets it once saved', async () => {
    const sut = makeSut({ space: 'groupe' });
    await sut.send({ type: 'editor.load' });
    await sut.send(loaded({ sheets: [], published: [], saved: SAVED_NEW }));
    let s = sut.actor.getSnapshot();
    expect(s.value).toBe('editing');
    expect(s.context.outcome).toEqual({ type: 'restored', title: COMPLETE.title });
    expect(deviceDraftOf(s, AT)?.values.title).toBe(COMPLETE.title);
    await sut.send({ type: 'editor.save' });
    await sut.send({ type: 'xstate.done.actor.check', output: {} });
    await sut.send(done('save', sheet('p_new', { version: 1 })));
    s = sut.actor.getSnapshot();
    expect(s.context.dirty).toBe(false);
    expect(deviceDraftOf(s, AT)).toBeNull();
  });

  it('names each missing field before sending, and keeps the changes of a closed sheet to resume', async () => {
    const sut = makeSut({ space: 'groupe' });
    await sut.send({ type: 'editor.load' });
    await sut.send(loaded({ sheets: [], published: [], saved: null }));
    await sut.send({ type: 'editor.new' });
    await sut.send({ type: 'editor.change', field: 'title', value: 'Un minibus' });
    await sut.send({ type: 'editor.submit' });
    expect(sut.requests.at(-1)).toMatchObject({ src: 'check', input: { level: 'complete' } });
    await sut.send({
      type: 'xstate.done.actor.check',
      output: checkPracticeValues(sut.actor.getSnapshot().context.values, 'complete'),
    });
    const errors = sut.actor.getSnapshot().context.errors;
    expect(Object.keys(errors)).toEqual(
      expect.arrayContaining(['territory', 'themes', 'public', 'startDate', 'objectives', 'phases', 'contactRole']),
    );
    expect(errors.themes).toEqual({ code: 'required' });
    await sut.send({ type: 'editor.close' });
    expect(sut.actor.getSnapshot().context.kept?.values.title).toBe('Un minibus');
    await sut.send({ type: 'editor.resume' });
    expect(sut.actor.getSnapshot().matches('editing')).toBe(true);
    expect(sut.actor.getSnapshot().context.values.title).toBe('Un minibus');
  });

  it('asks for a reason to return a sheet, and refuses an empty one', async () => {
    const sut = makeSut({ space: '', mode: 'review' });
    await sut.send({ type: 'editor.load' });
    await sut.send(loaded({ sheets: QUEUE, published: PUBLISHED, saved: null }));
    await sut.send({ type: 'editor.open', sheetId: 'p_sub' });
    await sut.send({ type: 'review.return' });
    await sut.send({ type: 'review.confirm' });
    expect(sut.actor.getSnapshot().context.reasonError).toBe('required');
    expect(sut.actor.getSnapshot().value).toBe('returning');
  });
});

describe('the editor’s own copies of the schema’s facts', () => {
  it('has the practice schema’s editable statuses and viewpoints', async () => {
    const { EDITABLE_PRACTICE_STATUSES } = await import('../practice/practice.schema.js');
    const { VIEWPOINTS } = await import('../content/content.schema.js');
    const { EDITABLE_STATUSES, TRANSFORMATION_FIELDS } = await import('./practice-editor.types.js');
    expect(EDITABLE_STATUSES).toEqual(EDITABLE_PRACTICE_STATUSES);
    expect(TRANSFORMATION_FIELDS).toEqual(VIEWPOINTS);
  });

  it('checks the values with the schemas, loaded on demand by the `check` actor', async () => {
    const { practiceEditorActors } = await import('./practice-editor.machine.js');
    const actor = createActor(practiceEditorActors(async () => null).check, {
      input: { values: practiceValuesOf({ ...COMPLETE, title: '' }), level: 'draft' },
    }).start();
    await expect(waitFor(actor, (s) => s.status === 'done').then((s) => s.output)).resolves.toEqual({
      title: { code: 'required' },
    });
  });
});

describe('savePractice and loadPracticeEditor', () => {
  const calls: string[] = [];
  const backend = {
    listSpacePractices: async () => GROUP_SHEETS,
    listPracticeQueue: async () => QUEUE,
    listPublishedPractices: async () => PUBLISHED,
    createPractice: async (_s: string, d: { title: string }) => {
      calls.push('create');
      return sheet('p_new', { title: d.title, version: 1 });
    },
    updatePractice: async (id: string, _d: unknown, v: number) => {
      calls.push(`update ${id} @${v}`);
      return sheet(id, { version: v + 1 });
    },
    sendPracticeCommand: async (id: string, cmd: { type: string }, v: number) => {
      calls.push(`${cmd.type} ${id} @${v}`);
      if (id === 'p_refused') throw { kind: 'rejected', message: 'incomplete', issues: [] };
      return sheet(id, { version: v + 1, status: 'submitted' });
    },
  } as unknown as BackofficeBackend;
  const request = (over: Partial<PracticeSaveRequest>): PracticeSaveRequest => ({
    space: 'groupe',
    locale: 'fr',
    sheetId: null,
    expectedVersion: null,
    values: practiceValuesOf(COMPLETE),
    changed: true,
    submit: false,
    ...over,
  });

  it('creates, updates at the version seen, and submits the version just saved', async () => {
    calls.length = 0;
    await savePractice(backend, request({}));
    await savePractice(backend, request({ sheetId: 'p_draft', expectedVersion: 2, submit: true }));
    await savePractice(backend, request({ sheetId: 'p_ret', expectedVersion: 5, submit: true, changed: false }));
    expect(calls).toEqual(['create', 'update p_draft @2', 'practice.submit p_draft @3', 'practice.submit p_ret @5']);
  });

  it('says what was saved when the submit after it is refused', async () => {
    await expect(
      savePractice(backend, request({ sheetId: 'p_refused', expectedVersion: 1, submit: true })),
    ).rejects.toMatchObject({
      kind: 'rejected',
      saved: { id: 'p_refused', version: 2 },
    });
  });

  it('loads a group’s sheets with the device’s draft, or an editor’s queue and published sheets', async () => {
    expect(
      await loadPracticeEditor(backend, { space: 'groupe', mode: 'group', locale: 'fr' }, async () => SAVED_NEW),
    ).toEqual({ sheets: GROUP_SHEETS, published: [], saved: SAVED_NEW });
    expect(await loadPracticeEditor(backend, { space: '', mode: 'review', locale: 'fr' })).toEqual({
      sheets: QUEUE,
      published: PUBLISHED,
      saved: null,
    });
    await expect(loadPracticeEditor(null, { space: '', mode: 'review', locale: 'fr' })).rejects.toMatchObject({
      kind: 'error',
    });
  });
});
