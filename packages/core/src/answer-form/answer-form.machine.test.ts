import { afterAll, describe, expect, it } from 'vitest';
import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import type { ContributionView } from '../contribution/contribution.connect.js';
import type { BackofficeBackend } from '../store/backoffice.port.js';
import { modelGraph } from '../testing/model-graph.js';
import { availableCommands, commandErrors } from './answer-form.commands.js';
import { connectAnswerForm } from './answer-form.connect.js';
import { applyCommand, decided, published, SPACE } from './answer-form.fixtures.js';
import { answerFormActors, answerFormMachine, loadAnswerList } from './answer-form.machine.js';
import type {
  AnswerCommand,
  AnswerFormEvent,
  AnswerFormInput,
  AnswerListResult,
  AnswerLoadRequest,
  AnswerLoadResult,
  AnswerSendRequest,
  AnswerSendResult,
  AnswerValues,
  BulkPublishRequest,
} from './answer-form.types.js';

type Snap = SnapshotFrom<typeof answerFormMachine>;
const AT = '2026-04-01T00:00:00.000Z';
const ACTORS = ['loadList', 'loadOne', 'send', 'publishMany'] as const;
type ActorId = (typeof ACTORS)[number];

type DoneEvent = { type: `xstate.done.actor.${ActorId}`; output: unknown };
type ErrorEvent = { type: `xstate.error.actor.${ActorId}`; error: unknown };
type ModelEvent = AnswerFormEvent | DoneEvent | ErrorEvent;

const done = (id: ActorId, output: unknown): DoneEvent => ({ type: `xstate.done.actor.${id}`, output });
const fail = (id: ActorId, kind: string, issues: Array<{ path: string[]; message: string }> = []): ErrorEvent => ({
  type: `xstate.error.actor.${id}`,
  error: { kind, message: kind, issues },
});

const C_PUB = published('c_pub');
const C_DEC = decided('c_dec');
/** A contribution whose work is done: nothing more to send, so list-mode paths stop there. */
const C_DONE = (() => {
  let v = applyCommand(decided('c_done'), { type: 'contribution.publish', data: {} })!;
  v = applyCommand(v, {
    type: 'contribution.commit',
    data: { commitment: { id: 'k_0', what: 'Ajouter un départ', owner: 'Service mobilité', due: '2026-09-01' } },
  })!;
  v = applyCommand(v, { type: 'contribution.start', data: {} })!;
  v = applyCommand(v, {
    type: 'contribution.progress',
    data: { update: { commitmentId: 'k_0', text: 'Voté.', percent: 100 } },
  })!;
  return applyCommand(v, { type: 'contribution.complete', data: {} })!;
})();

const THEIR_ANSWER = {
  verdict: 'answered' as const,
  text: 'Leur réponse, écrite par une collègue.',
  service: 'Autre service',
};

/** One step another professional may take: the first the machine allows, in this order. */
function theirStep(view: ContributionView): ContributionView | null {
  const tries: AnswerCommand[] = [
    { type: 'contribution.review', data: {} },
    { type: 'contribution.decide', data: { answer: THEIR_ANSWER } },
    { type: 'contribution.publish', data: {} },
    { type: 'contribution.start', data: {} },
    {
      type: 'contribution.commit',
      data: { commitment: { id: 'k_theirs', what: 'Leur engagement', owner: 'Autre service', due: '2026-10-01' } },
    },
  ];
  for (const t of tries) {
    const next = applyCommand(view, t, 'pro_2');
    if (next) return next;
  }
  return null;
}

const one = (view: ContributionView): AnswerLoadResult => ({ space: SPACE, contribution: view, timeline: [], at: AT });

const TEMPLATE: AnswerFormEvent = { type: 'answer.template', templateId: 'retenue' };
const change = (field: keyof AnswerValues, value: string): AnswerFormEvent => ({
  type: 'answer.change',
  field: field as never,
  value,
});
/**
 * What the professional types, offered in `one.ready` where the step it feeds is possible,
 * one group of fields at a time and in form order, so the graph grows linearly with typing
 * (every field in any order is the unit tests' job).
 */
const TYPING: Array<{
  when: readonly string[];
  first?: 'commitment' | 'report';
  steps: Array<[keyof AnswerValues, string, AnswerFormEvent]>;
}> = [
  {
    when: ['underReview', 'decided'],
    steps: [
      ['text', 'Merci pour votre proposition. Nous la retenons parce que le service l’a jugée utile.', TEMPLATE],
      ['service', 'Direction des mobilités', change('service', 'Direction des mobilités')],
    ],
  },
  {
    when: ['accepted', 'partlyAccepted', 'inProgress'],
    first: 'commitment',
    steps: [
      ['what', 'Ajouter un départ à 8 h 10', change('what', 'Ajouter un départ à 8 h 10')],
      ['owner', 'Service mobilité', change('owner', 'Service mobilité')],
      ['due', '2026-09-01', change('due', '2026-09-01')],
    ],
  },
  {
    when: ['inProgress'],
    first: 'report',
    steps: [
      ['progressText', 'Horaire voté.', change('progressText', 'Horaire voté.')],
      ['percent', '50', change('percent', '50')],
    ],
  },
];

const CONTROL: AnswerFormEvent[] = [
  { type: 'form.load' },
  { type: 'form.retry' },
  { type: 'form.back' },
  { type: 'list.open', contributionId: 'c_pub' },
  { type: 'list.toggle', contributionId: 'c_dec' },
  { type: 'list.toggle', contributionId: 'c_pub' },
  { type: 'list.reload' },
  { type: 'bulk.review' },
  { type: 'bulk.cancel' },
  { type: 'bulk.confirm' },
  { type: 'answer.review' },
  { type: 'answer.decide' },
  { type: 'answer.publish' },
  { type: 'answer.commit', commitmentId: 'k_1' },
  { type: 'answer.start' },
  { type: 'answer.progress' },
  { type: 'answer.complete' },
  { type: 'conflict.useMine' },
  { type: 'conflict.keepTheirs' },
];

/** What may happen in a state: every person event, and the answers of the request under way. */
function modelEvents(deep: boolean) {
  return (s: Snap): ModelEvent[] => {
    const c = s.context;
    const out: ModelEvent[] = [...CONTROL];
    const status = c.contribution?.status ?? '';
    if (s.matches({ one: 'ready' }))
      for (const group of TYPING) {
        if (!group.when.includes(status)) continue;
        // The first commitment and the first report are typed; more of them add nothing new.
        if (group.first === 'commitment' && c.contribution!.commitments.length > 0) continue;
        if (group.first === 'report' && c.contribution!.progress.length > 0) continue;
        const next = group.steps.find(([field, value]) => c.values[field] !== value);
        if (next) out.push(next[2]);
      }
    if (s.matches({ list: 'loading' })) {
      out.push(done('loadList', { space: SPACE, items: [], at: AT } satisfies AnswerListResult));
      out.push(done('loadList', { space: SPACE, items: [C_PUB, C_DEC], at: AT } satisfies AnswerListResult));
      out.push(fail('loadList', 'offline'), fail('loadList', 'forbidden'));
    }
    if (s.matches({ list: 'publishing' })) {
      out.push(done('publishMany', [applyCommand(C_DEC, { type: 'contribution.publish', data: {} })]));
      out.push(fail('publishMany', 'conflict', [{ path: ['items', '0'], message: 'changed' }]));
      out.push(fail('publishMany', 'offline'), fail('publishMany', 'unauthorized'));
    }
    if (s.matches({ one: 'loading' })) {
      out.push(done('loadOne', one(deep ? published('c_1') : C_DONE)));
      out.push(fail('loadOne', 'notFound'), fail('loadOne', 'forbidden'));
    }
    if (s.matches({ one: 'sending' }) && c.pending && c.contribution) {
      const next = applyCommand(c.contribution, c.pending.command);
      if (next) out.push(done('send', { contribution: next, timeline: null } satisfies AnswerSendResult));
      out.push(fail('send', 'conflict'), fail('send', 'offline'), fail('send', 'forbidden'));
      out.push(fail('send', 'rejected', [{ path: ['data', 'answer', 'text'], message: 'Texte refusé' }]));
    }
    if (s.matches({ one: { conflict: 'reloading' } }) && c.contribution) {
      // Theirs: one step ahead, or two (after which mine may no longer be possible).
      const first = theirStep(c.contribution);
      const second = first && theirStep(first);
      for (const v of [first, second]) if (v) out.push(done('loadOne', one(v)));
      out.push(fail('loadOne', 'offline'));
    }
    return out;
  };
}

const valid = (s: Snap, type: Parameters<typeof commandErrors>[0]) =>
  Object.keys(commandErrors(type, s.context.values)).length === 0;

// Hidden details (exact texts, versions, ids) are left out so the graph stays finite.
const serializeState = (s: Snap) =>
  JSON.stringify({
    v: s.value,
    status: s.context.contribution?.status ?? null,
    commitments: s.context.contribution?.commitments.length ?? 0,
    progress: (s.context.contribution?.progress.length ?? 0) > 0,
    answer: s.context.contribution?.answer?.verdict ?? null,
    items: s.context.items.length,
    selected: s.context.selected.length,
    // Which fields hold something: validity alone would merge "template only" with "nothing".
    filled: (Object.keys(s.context.values) as Array<keyof AnswerValues>).filter(
      (k) => k !== 'commitmentId' && k !== 'templateId' && s.context.values[k] !== '',
    ),
    decide: valid(s, 'contribution.decide'),
    pending: s.context.pending?.command.type ?? null,
    errors: Object.keys(s.context.errors).length > 0,
    failure: s.context.failure !== null,
    outcome: s.context.outcome !== null,
  });

/** A live actor whose back-end calls wait until the path says how they end. */
function makeSut(input: AnswerFormInput) {
  const waiting = new Map<ActorId, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  const requests: Array<{ id: ActorId; input: unknown; values: AnswerValues }> = [];
  let actor!: ReturnType<typeof createActor<typeof answerFormMachine>>;
  const fake = <I, O>(id: ActorId) =>
    fromPromise<O, I>(
      ({ input }) =>
        new Promise<O>((resolve, reject) => {
          requests.push({ id, input, values: actor.getSnapshot().context.values });
          waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        }),
    );
  const machine = answerFormMachine.provide({
    actors: {
      loadList: fake<{ space: string }, AnswerListResult>('loadList'),
      loadOne: fake<AnswerLoadRequest, AnswerLoadResult>('loadOne'),
      send: fake<AnswerSendRequest, AnswerSendResult>('send'),
      publishMany: fake<BulkPublishRequest, ContributionView[]>('publishMany'),
    },
  });
  actor = createActor(machine, { input }).start();
  return {
    actor,
    requests,
    async send(e: ModelEvent) {
      const m = /^xstate\.(done|error)\.actor\.(\w+)$/.exec(e.type);
      if (!m) return actor.send(e as AnswerFormEvent);
      const w = waiting.get(m[2] as ActorId)!;
      if (m[1] === 'done') w.resolve((e as DoneEvent).output);
      else w.reject((e as ErrorEvent).error);
      for (let i = 0; i < 4; i++) await Promise.resolve();
    },
  };
}

/** What must hold in every state, whatever the path. */
function checkInvariants(s: Snap, sut: ReturnType<typeof makeSut>) {
  const view = connectAnswerForm(s);
  const c = s.context;
  if (s.matches('denied')) expect(['forbidden', 'unauthorized']).toContain(c.failure?.kind);
  if (s.matches({ list: 'failed' }) || s.matches({ one: 'failed' })) expect(c.failure).not.toBeNull();
  if (s.matches({ list: 'confirming' })) {
    expect(view.selection.length).toBeGreaterThan(0);
    expect(view.selection.every((i) => i.status === 'decided')).toBe(true);
  }
  if (s.matches({ list: 'publishing' })) {
    const last = sut.requests.at(-1)!;
    expect(last.id).toBe('publishMany');
    expect(last.input).toEqual({ space: SPACE.id, items: [{ id: 'c_dec', expectedVersion: C_DEC.version }] });
  }
  // Every send carries the version shown on screen.
  if (s.matches({ one: 'sending' })) {
    const last = sut.requests.at(-1)!;
    expect(last.id).toBe('send');
    expect((last.input as AnswerSendRequest).expectedVersion).toBe(c.contribution!.version);
    expect((last.input as AnswerSendRequest).command).toEqual(c.pending!.command);
  }
  // In a conflict, what the professional typed is still there, exactly.
  if (s.matches({ one: 'conflict' })) {
    const sent = sut.requests.filter((r) => r.id === 'send').at(-1)!;
    expect(c.values).toEqual(sent.values);
    expect(c.pending).not.toBeNull();
    expect(view.conflict).not.toBeNull();
  }
  if (s.matches({ one: 'ready' })) expect(c.pending).toBeNull();
  if (s.matches({ one: 'ready' }) || s.matches({ one: 'sending' }))
    expect(view.actions).toEqual(availableCommands(c.contribution!));
  else expect(view.actions).toEqual([]);
  if (view.conflict?.canUseMine) expect(s.can({ type: 'conflict.useMine' })).toBe(true);
}

const counted: string[] = [];
afterAll(() => console.log(`answerFormMachine model-based: ${counted.join('; ')}`));

describe.each([
  ['one contribution, the whole workflow', { space: 'groupe', contributionId: 'c_1' }, true],
  ['the list, bulk publish, opening one', { space: 'groupe' }, false],
] as const)('answerFormMachine model: %s', (name, input, deep) => {
  const options = {
    input,
    events: modelEvents(deep),
    serializeState,
    serializeEvent: (e: ModelEvent) => JSON.stringify(e),
  };
  const { paths, adjacency, edges, pathTo } = modelGraph<ModelEvent, Snap>(answerFormMachine, options);

  it('reaches every state it should', () => {
    const reached = new Set(paths.map((p) => connectAnswerForm(p.state).state));
    const expected = deep
      ? ['idle', 'one.loading', 'one.ready', 'one.sending', 'one.conflict.reloading', 'one.conflict.comparing']
      : ['idle', 'list.loading', 'list.ready', 'list.empty', 'list.confirming', 'list.publishing', 'list.failed'];
    for (const state of [...expected, 'one.failed', 'denied']) expect(reached).toContain(state);
    if (deep) {
      expect(reached).toContain('one.conflict.failed');
      const statuses = new Set(paths.map((p) => p.state.context.contribution?.status));
      for (const status of ['published', 'underReview', 'decided', 'accepted', 'inProgress', 'done'])
        expect(statuses).toContain(status);
    }
  });

  it.each(paths.map((p, i) => [i + 1, p.steps.map((s) => s.event.type.replace(/^.*\./, '')).join(' → '), p] as const))(
    'shortest path %i: %s',
    async (_i, _d, path) => {
      const sut = makeSut(input);
      for (const step of path.steps) {
        if ((step.event.type as string) !== 'xstate.init') await sut.send(step.event as ModelEvent);
        expect(serializeState(sut.actor.getSnapshot())).toBe(serializeState(step.state as Snap));
        checkInvariants(sut.actor.getSnapshot(), sut);
      }
    },
  );

  it(`takes every transition`, async () => {
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
      `${name}: ${paths.length} shortest paths, ${edges.length} transitions, ${Object.keys(adjacency).length} states`,
    );
  }, 120_000);
});

describe('answerFormMachine', () => {
  it('lists what awaits an answer, oldest first, through every page', async () => {
    const old = { ...published('c_old'), publishedAt: '2026-01-01T00:00:00.000Z' };
    const recent = { ...published('c_new'), publishedAt: '2026-03-01T00:00:00.000Z' };
    const queries: unknown[] = [];
    const backend = {
      getSpace: async () => SPACE,
      listContributions: async (q: { cursor?: string }) => {
        queries.push(q);
        return q.cursor ? { items: [old], nextCursor: null } : { items: [recent], nextCursor: 'p2' };
      },
    } as unknown as BackofficeBackend;
    const result = await loadAnswerList(backend, 'groupe', () => new Date(AT));
    expect(result.items.map((v) => v.id)).toEqual(['c_old', 'c_new']);
    expect(queries[0]).toEqual({ space: 's_1', status: ['published', 'underReview', 'decided'], limit: 100 });
    expect(queries[1]).toMatchObject({ cursor: 'p2' });
  });

  it('sends through a back end with the version seen, and reads the timeline again', async () => {
    let stored = published('c_1');
    const calls: string[] = [];
    const backend = {
      getSpace: async () => SPACE,
      getContribution: async () => ({ contribution: stored, timeline: [] }),
      sendEvent: async (id: string, command: AnswerCommand, expectedVersion: number) => {
        calls.push(`${id}:${command.type}@${expectedVersion}`);
        if (expectedVersion !== stored.version) throw { kind: 'conflict', message: 'changed', status: 409 };
        stored = applyCommand(stored, command)!;
        return stored;
      },
    } as unknown as BackofficeBackend;
    const machine = answerFormMachine.provide({ actors: answerFormActors(async () => backend) });
    const actor = createActor(machine, { input: { space: 'groupe', contributionId: 'c_1' } }).start();
    actor.send({ type: 'form.load' });
    await new Promise((r) => setTimeout(r, 0));
    actor.send({ type: 'answer.review' });
    await new Promise((r) => setTimeout(r, 0));
    expect(actor.getSnapshot().context.contribution?.status).toBe('underReview');
    // Someone else decides meanwhile.
    stored = applyCommand(stored, { type: 'contribution.decide', data: { answer: THEIR_ANSWER } }, 'pro_2')!;
    actor.send({ type: 'answer.template', templateId: 'retenue' });
    actor.send({ type: 'answer.change', field: 'service', value: 'Direction des mobilités' });
    actor.send({ type: 'answer.decide' });
    await new Promise((r) => setTimeout(r, 0));
    expect(connectAnswerForm(actor.getSnapshot()).state).toBe('one.conflict.comparing');
    expect(connectAnswerForm(actor.getSnapshot()).conflict).toMatchObject({
      canUseMine: true,
      mine: { answer: { verdict: 'accepted', service: 'Direction des mobilités' } },
    });
    expect(actor.getSnapshot().context.contribution?.answer?.service).toBe('Autre service');
    actor.send({ type: 'conflict.useMine' });
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual(['c_1:contribution.review@2', 'c_1:contribution.decide@3', 'c_1:contribution.decide@4']);
    expect(stored.answer?.service).toBe('Direction des mobilités');
    actor.send({ type: 'answer.publish' });
    await new Promise((r) => setTimeout(r, 0));
    expect(actor.getSnapshot().context.published).toEqual([{ contributionId: 'c_1', verdict: 'accepted' }]);
  });

  it('says a 403 is a refusal, not a form error, even from a back end that calls it rejected', async () => {
    const backend = {
      getSpace: async () => SPACE,
      getContribution: async () => {
        throw { kind: 'rejected', status: 403, message: 'Not your space' };
      },
    } as unknown as BackofficeBackend;
    const machine = answerFormMachine.provide({ actors: answerFormActors(async () => backend) });
    const actor = createActor(machine, { input: { space: 'groupe', contributionId: 'c_1' } }).start();
    actor.send({ type: 'form.load' });
    await new Promise((r) => setTimeout(r, 0));
    expect(actor.getSnapshot().value).toBe('denied');
    expect(actor.getSnapshot().context.failure?.kind).toBe('forbidden');
  });
});
