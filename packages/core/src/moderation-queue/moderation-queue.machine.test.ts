import { afterAll, describe, expect, it } from 'vitest';
import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import { toView } from '../contribution/contribution.connect.js';
import { input } from '../contribution/contribution.fixtures.js';
import { createContribution } from '../contribution/contribution.replay.js';
import type { ModerationItem } from '../moderation/moderation.types.js';
import type { BackofficeBackend, ContributionCommandInput, ModerationQuery } from '../store/backoffice.port.js';
import { modelGraph } from '../testing/model-graph.js';
import { connectModerationQueue } from './moderation-queue.connect.js';
import { moderationQueueMachine, queueActors, reasonError } from './moderation-queue.machine.js';
import type {
  ModerationActRequest,
  ModerationActResult,
  ModerationQueueEvent,
  QueueLoadRequest,
  QueueLoadResult,
} from './moderation-queue.types.js';

type Snap = SnapshotFrom<typeof moderationQueueMachine>;
const AT = '2026-03-15T12:00:00.000Z';

const item = (id: string, queue: ModerationItem['queue'], version: number): ModerationItem => ({
  contribution: { ...toView(createContribution(input({ id }))), version },
  queue,
  reports:
    queue === 'reported'
      ? [
          {
            id: `r_${id}`,
            contributionId: id,
            spaceId: 's_1',
            reason: 'insult',
            note: 'La deuxième phrase',
            createdAt: '2026-03-10T08:00:00.000Z',
            closed: null,
          },
        ]
      : [],
  since: '2026-03-10T08:00:00.000Z',
});
/** One item per queue: awaiting approval, reported, hidden. */
const ITEMS = [item('c_wait', 'awaitingApproval', 2), item('c_flag', 'reported', 3), item('c_hid', 'hidden', 4)];
const COUNTS = { awaitingApproval: 1, reported: 1, hidden: 1 };

const loaded = (items: ModerationItem[]) =>
  ({ type: 'xstate.done.actor.load', output: { items, counts: COUNTS, at: AT } }) as const;
const loadFailed = { type: 'xstate.error.actor.load', error: { kind: 'forbidden', message: 'no' } } as const;
const acted = (s: Snap) =>
  ({
    type: 'xstate.done.actor.act',
    output: {
      contributionId: s.context.pending!.contributionId,
      action: s.context.pending!.action,
      contribution: null,
    },
  }) as const;
const actConflict = { type: 'xstate.error.actor.act', error: { kind: 'conflict', message: 'version' } } as const;
const actOffline = { type: 'xstate.error.actor.act', error: { kind: 'offline', message: 'down' } } as const;
type ModelEvent =
  | ModerationQueueEvent
  | ReturnType<typeof loaded>
  | typeof loadFailed
  | ReturnType<typeof acted>
  | typeof actConflict
  | typeof actOffline;

const REASON = '  Propos injurieux envers une personne  ';
const PERSON_EVENTS: ModelEvent[] = [
  { type: 'queue.load' },
  { type: 'queue.filter', filters: { reason: 'insult', olderThanDays: 2 } },
  { type: 'queue.retry' },
  { type: 'queue.choose', contributionId: 'c_wait', action: 'approve' },
  { type: 'queue.choose', contributionId: 'c_wait', action: 'hide' },
  { type: 'queue.choose', contributionId: 'c_flag', action: 'keep' },
  { type: 'queue.choose', contributionId: 'c_flag', action: 'hide' },
  { type: 'queue.choose', contributionId: 'c_hid', action: 'restore' },
  // Not offered: a hidden contribution cannot be "approved".
  { type: 'queue.choose', contributionId: 'c_hid', action: 'approve' },
  { type: 'queue.submit', reason: '   ' },
  { type: 'queue.submit', reason: 'x'.repeat(1001) },
  { type: 'queue.submit', reason: REASON },
  { type: 'queue.confirm' },
  { type: 'queue.cancel' },
];
// A request can only end while one is under way.
const modelEvents = (s: Snap) =>
  (s.matches('loading')
    ? [...PERSON_EVENTS, loaded(ITEMS), loaded([]), loadFailed]
    : s.matches('acting')
      ? [...PERSON_EVENTS, acted(s), actConflict, actOffline]
      : PERSON_EVENTS) as ModerationQueueEvent[];

const serializeState = (s: Snap) =>
  JSON.stringify({
    value: s.value,
    items: s.context.items.map((i) => i.contribution.id),
    pending: s.context.pending,
    reasonError: s.context.reasonError,
    failure: s.context.failure?.kind ?? null,
    actionFailure: s.context.actionFailure?.kind ?? null,
    done: s.context.done ? `${s.context.done.contributionId}:${s.context.done.action}` : null,
    conflict: s.context.conflict?.contributionId ?? null,
    filtered: Boolean(s.context.filters.reason),
  });

/** A live actor whose `load` and `act` wait until the path says how they end. */
function makeSut() {
  let pending: { resolve: (r: unknown) => void; reject: (e: unknown) => void } | null = null;
  const loads: QueueLoadRequest[] = [];
  const acts: ModerationActRequest[] = [];
  const wait = <T>() =>
    new Promise<T>((resolve, reject) => {
      pending = { resolve: resolve as (r: unknown) => void, reject };
    });
  const machine = moderationQueueMachine.provide({
    actors: {
      load: fromPromise<QueueLoadResult, QueueLoadRequest>(({ input }) => {
        loads.push(input);
        return wait();
      }),
      act: fromPromise<ModerationActResult, ModerationActRequest>(({ input }) => {
        acts.push(input);
        return wait();
      }),
    },
  });
  const actor = createActor(machine, { input: { space: 'groupe' } }).start();
  return {
    actor,
    loads,
    acts,
    async send(e: ModelEvent) {
      if (e.type === 'xstate.done.actor.load' || e.type === 'xstate.done.actor.act') pending!.resolve(e.output);
      else if (e.type === 'xstate.error.actor.load' || e.type === 'xstate.error.actor.act') pending!.reject(e.error);
      else return actor.send(e);
      for (let i = 0; i < 4; i++) await Promise.resolve();
    },
  };
}

/** What must hold in every state, whatever the path. */
function checkInvariants(s: Snap, sut: ReturnType<typeof makeSut>) {
  const c = s.context;
  const view = connectModerationQueue(s);
  if (s.matches('ready')) expect(c.items.length).toBeGreaterThan(0);
  if (s.matches('empty') || s.matches('loading')) expect(c.items).toEqual([]);
  expect(c.failure !== null).toBe(s.matches('error'));
  // An action is under way exactly while one is being prepared, confirmed or sent.
  if (s.matches({ ready: 'composing' }) || s.matches({ ready: 'confirming' }) || s.matches('acting')) {
    expect(c.pending).not.toBeNull();
    expect(c.items.some((i) => i.contribution.id === c.pending!.contributionId)).toBe(true);
  }
  if (s.matches({ ready: 'confirming' })) {
    expect(c.pending!.action).toBe('hide');
    expect(reasonError(c.reason)).toBeNull();
  }
  if (c.reasonError !== null) expect(s.matches({ ready: 'composing' })).toBe(true);
  if (c.done) expect(c.items.some((i) => i.contribution.id === c.done!.contributionId)).toBe(false);
  if (c.done?.nextId) expect(c.items.some((i) => i.contribution.id === c.done!.nextId)).toBe(true);
  // Every item offers only what its queue allows.
  for (const i of view.items)
    expect(i.actions).toEqual(
      i.queue === 'awaitingApproval' ? ['approve', 'hide'] : i.queue === 'reported' ? ['keep', 'hide'] : ['restore'],
    );
  if (s.matches('loading')) {
    const query = sut.loads.at(-1)!.query;
    expect(query).toEqual(c.filters.reason ? { reason: 'insult', olderThanDays: 2 } : {});
  }
  if (s.matches('acting')) {
    const sent = sut.acts.at(-1)!;
    expect(sent.item.contribution.id).toBe(c.pending!.contributionId);
    expect(sent.action).toBe(c.pending!.action);
    // The version the facilitator saw, and a trimmed reason (none to approve).
    expect(sent.item.contribution.version).toBe(
      ITEMS.find((i) => i.contribution.id === sent.item.contribution.id)!.contribution.version,
    );
    expect(sent.reason).toBe(sent.action === 'approve' ? '' : REASON.trim());
  }
}

let counted = '';
afterAll(() => console.log(`moderationQueueMachine model-based: ${counted}`));

describe('moderationQueueMachine model', () => {
  const options = {
    input: { space: 'groupe' },
    events: modelEvents,
    serializeState,
    serializeEvent: (e: ModerationQueueEvent) => JSON.stringify(e),
  };
  const { paths, adjacency, edges, pathTo } = modelGraph<ModelEvent, Snap>(moderationQueueMachine, options);

  it('reaches every state and step', () => {
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    expect([...reached].sort()).toEqual(
      [
        '"acting"',
        '"empty"',
        '"error"',
        '"idle"',
        '"loading"',
        '{"ready":"browsing"}',
        '{"ready":"composing"}',
        '{"ready":"confirming"}',
      ].sort(),
    );
    // Each action can go through, and the last one empties the queue.
    for (const action of ['approve', 'hide', 'keep', 'restore'])
      expect(paths.some((p) => p.state.context.done?.action === action)).toBe(true);
    expect(paths.some((p) => p.state.matches('empty') && p.state.context.done !== null)).toBe(true);
    expect(paths.some((p) => p.state.context.conflict !== null && p.state.matches('ready'))).toBe(true);
  });

  it.each(paths.map((p, i) => [i + 1, p.steps.map((s) => s.event.type.replace(/^.*\./, '')).join(' → '), p] as const))(
    'shortest path %i: %s',
    async (_i, _d, path) => {
      const sut = makeSut();
      for (const step of path.steps) {
        if ((step.event.type as string) !== 'xstate.init') await sut.send(step.event as ModelEvent);
        expect(serializeState(sut.actor.getSnapshot())).toBe(serializeState(step.state));
        checkInvariants(sut.actor.getSnapshot(), sut);
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
      checkInvariants(sut.actor.getSnapshot(), sut);
    }
    counted = `${paths.length} shortest paths, ${edges.length} transitions, ${Object.keys(adjacency).length} states`;
  }, 60_000); // about 4 000 replays: a few seconds, more on a busy machine
});

describe('moderationQueueMachine with a back end', () => {
  function fakeBackend(items: ModerationItem[]) {
    const calls: string[] = [];
    const backend = {
      listModerationQueue: async (space: string, query: ModerationQuery = {}) => {
        calls.push(`list:${space}:${JSON.stringify(query)}`);
        return items.filter((i) => !query.queue || i.queue === query.queue);
      },
      sendEvent: async (id: string, command: ContributionCommandInput, version: number) => {
        calls.push(`send:${id}:${command.type}:${JSON.stringify(command.data)}:${version}`);
        if (id === 'c_flag') throw { kind: 'conflict', message: 'changed' };
        return items.find((i) => i.contribution.id === id)!.contribution;
      },
      keepReported: async (id: string, reason: string) => {
        calls.push(`keep:${id}:${reason}`);
        return { closed: 1 };
      },
    } as unknown as BackofficeBackend;
    return { backend, calls };
  }
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('counts every queue whatever the filter, and sends each action as the right command', async () => {
    const { backend, calls } = fakeBackend(ITEMS);
    const machine = moderationQueueMachine.provide({ actors: queueActors(backend, () => new Date(AT)) });
    const actor = createActor(machine, { input: { space: 'groupe', filters: { queue: 'hidden' } } }).start();
    actor.send({ type: 'queue.load' });
    await settle();
    expect(calls).toEqual(['list:groupe:{"queue":"hidden"}', 'list:groupe:{}']);
    const view = connectModerationQueue(actor.getSnapshot());
    expect(view.counts).toEqual(COUNTS);
    expect(view.items.map((i) => [i.id, i.days, i.hiddenReason])).toEqual([['c_hid', 5, null]]);

    actor.send({ type: 'queue.filter', filters: {} });
    await settle();
    calls.length = 0;
    actor.send({ type: 'queue.choose', contributionId: 'c_wait', action: 'approve' });
    await settle();
    actor.send({ type: 'queue.choose', contributionId: 'c_hid', action: 'restore' });
    actor.send({ type: 'queue.submit', reason: ' Après relecture, le texte respecte la charte ' });
    await settle();
    expect(calls).toEqual([
      'send:c_wait:contribution.approve:{}:2',
      'send:c_hid:contribution.restore:{"reason":"Après relecture, le texte respecte la charte"}:4',
    ]);
    expect(actor.getSnapshot().context.counts).toEqual({ awaitingApproval: 0, reported: 1, hidden: 0 });
    expect(actor.getSnapshot().context.done).toEqual({ contributionId: 'c_hid', action: 'restore', nextId: 'c_flag' });

    calls.length = 0;
    actor.send({ type: 'queue.choose', contributionId: 'c_flag', action: 'hide' });
    actor.send({ type: 'queue.submit', reason: 'Propos injurieux' });
    expect(actor.getSnapshot().matches({ ready: 'confirming' })).toBe(true);
    actor.send({ type: 'queue.cancel' });
    expect(actor.getSnapshot().matches({ ready: 'composing' })).toBe(true);
    expect(actor.getSnapshot().context.reason).toBe('Propos injurieux'); // kept for going back
    actor.send({ type: 'queue.submit', reason: 'Propos injurieux' });
    actor.send({ type: 'queue.confirm' });
    await settle();
    // Someone else changed it: the queue loads again and says so.
    expect(calls).toEqual(['send:c_flag:contribution.hide:{"reason":"Propos injurieux"}:3', 'list:groupe:{}']);
    expect(actor.getSnapshot().context.conflict).toEqual({
      contributionId: 'c_flag',
      title: 'Un bus plus tôt le matin',
    });

    calls.length = 0;
    actor.send({ type: 'queue.choose', contributionId: 'c_flag', action: 'keep' });
    actor.send({ type: 'queue.submit', reason: 'Le propos critique un service, sans insulte' });
    await settle();
    expect(calls).toEqual(['keep:c_flag:Le propos critique un service, sans insulte']);
    expect(actor.getSnapshot().context.conflict).toBeNull();
  });

  it('keeps the item and the reason when an action fails, and refuses filters while sending', async () => {
    const { backend } = fakeBackend(ITEMS);
    let fail!: (e: unknown) => void;
    const machine = moderationQueueMachine.provide({
      actors: {
        ...queueActors(backend),
        act: fromPromise<ModerationActResult, ModerationActRequest>(() => new Promise((_, reject) => (fail = reject))),
      },
    });
    const actor = createActor(machine, { input: { space: 'groupe' } }).start();
    actor.send({ type: 'queue.load' });
    await settle();
    actor.send({ type: 'queue.choose', contributionId: 'c_wait', action: 'hide' });
    actor.send({ type: 'queue.submit', reason: '' });
    expect(actor.getSnapshot().context.reasonError).toBe('required');
    actor.send({ type: 'queue.submit', reason: 'Hors sujet' });
    actor.send({ type: 'queue.confirm' });
    actor.send({ type: 'queue.filter', filters: { queue: 'reported' } });
    expect(actor.getSnapshot().value).toBe('acting');
    fail({ kind: 'forbidden', message: 'not a facilitator' });
    await settle();
    const s = actor.getSnapshot();
    expect(s.value).toEqual({ ready: 'composing' });
    expect(s.context.actionFailure?.kind).toBe('forbidden');
    expect(s.context.reason).toBe('Hors sujet');
    expect(s.context.items).toHaveLength(3);
  });

  it('says there is no back end', async () => {
    const actor = createActor(moderationQueueMachine.provide({ actors: queueActors(null) }), {
      input: { space: 'groupe' },
    }).start();
    actor.send({ type: 'queue.load' });
    await settle();
    expect(actor.getSnapshot().context.failure?.kind).toBe('error');
  });
});
