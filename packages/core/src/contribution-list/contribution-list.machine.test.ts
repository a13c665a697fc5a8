import { afterAll, describe, expect, it } from 'vitest';
import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import { toPublicView, toView } from '../contribution/contribution.connect.js';
import { input } from '../contribution/contribution.fixtures.js';
import { createContribution } from '../contribution/contribution.replay.js';
import type { ParticipeBackend, PublicSpace } from '../store/backend.port.js';
import { modelGraph } from '../testing/model-graph.js';
import { connectContributionList } from './contribution-list.connect.js';
import { contributionListMachine, listLoader } from './contribution-list.machine.js';
import type { ContributionListEvent, ListLoadRequest, ListLoadResult } from './contribution-list.types.js';

type Snap = SnapshotFrom<typeof contributionListMachine>;

const SPACE = { id: 's_1', slug: 'groupe', themes: [], answerWithinDays: 60 } as unknown as PublicSpace;
const item = (id: string) => toPublicView(toView(createContribution(input({ id }))));
const AT = '2026-03-01T00:00:00.000Z';

// Results the model may receive; the system under test answers with real cursors instead.
const done = (items: number, more: boolean) =>
  ({
    type: 'xstate.done.actor.load',
    output: {
      space: SPACE,
      page: { items: Array.from({ length: items }, (_, i) => item(`c_${i}`)), nextCursor: more ? 'more' : null },
      at: AT,
    },
  }) as const;
const failed = { type: 'xstate.error.actor.load', error: { kind: 'offline', message: 'down' } } as const;
type ModelEvent = ContributionListEvent | ReturnType<typeof done> | typeof failed;

const PERSON_EVENTS: ModelEvent[] = [
  { type: 'list.load' },
  { type: 'list.filter', filters: { q: 'bus', overdue: true } },
  { type: 'list.next' },
  { type: 'list.previous' },
  { type: 'list.retry' },
];
// A request can only end while one is under way: results are offered in loading states only.
const modelEvents = (s: Snap) =>
  (s.matches('loading') || s.matches('paging')
    ? [...PERSON_EVENTS, done(2, true), done(2, false), done(0, false), failed]
    : PERSON_EVENTS) as ContributionListEvent[];

// The page index is capped: beyond page 3 nothing new can happen, so the graph stays finite.
const serializeState = (s: Snap) =>
  JSON.stringify({
    value: s.value,
    page: Math.min(s.context.page, 2),
    more: s.context.nextCursor !== null,
    items: s.context.items.length > 0,
    filtered: Boolean(s.context.filters.q),
  });

/** A live actor whose `load` waits until the path says how it ends. */
function makeSut() {
  let pending: { input: ListLoadRequest; resolve: (r: ListLoadResult) => void; reject: (e: unknown) => void } | null;
  pending = null;
  const requests: ListLoadRequest[] = [];
  const machine = contributionListMachine.provide({
    actors: {
      load: fromPromise<ListLoadResult, ListLoadRequest>(
        ({ input }) =>
          new Promise((resolve, reject) => {
            requests.push(input);
            pending = { input, resolve, reject };
          }),
      ),
    },
  });
  const actor = createActor(machine, { input: { spaceId: 'groupe', pageSize: 2 } }).start();
  return {
    actor,
    requests,
    async send(e: ModelEvent) {
      if (e.type === 'xstate.done.actor.load') {
        const p = pending!;
        // Each page gets its own cursor, so "previous" can be checked to reuse the right one.
        const cursor = e.output.page.nextCursor ? `after-${actor.getSnapshot().context.page}` : null;
        p.resolve({ ...e.output, page: { ...e.output.page, nextCursor: cursor } });
      } else if (e.type === 'xstate.error.actor.load') pending!.reject(e.error);
      else return actor.send(e);
      // The promise actor reports on a later microtask.
      for (let i = 0; i < 4; i++) await Promise.resolve();
    },
  };
}

/** What must hold in every state, whatever the path. */
function checkInvariants(s: Snap, requests: ListLoadRequest[]) {
  const view = connectContributionList(s);
  if (s.matches('ready')) expect(s.context.items.length).toBeGreaterThan(0);
  if (s.matches('empty') || s.matches('loading')) expect(s.context.items).toEqual([]);
  expect(Boolean(s.context.failure)).toBe(s.matches('error'));
  expect(view.hasPrevious).toBe((s.matches('ready') || s.matches('empty')) && s.context.page > 0);
  if (s.matches('loading') || s.matches('paging')) {
    const last = requests.at(-1)!;
    expect(last.query.cursor).toBe(s.context.page === 0 ? undefined : `after-${s.context.page - 1}`);
    expect(last.query.limit).toBe(2);
    expect(last.query.q).toBe(s.context.filters.q);
    // The space is fetched once, then passed along.
    expect(last.space === null).toBe(s.context.space === null);
  }
}

let counted = '';
afterAll(() => console.log(`contributionListMachine model-based: ${counted}`));

describe('contributionListMachine model', () => {
  const options = {
    input: { spaceId: 'groupe', pageSize: 2 },
    events: modelEvents,
    serializeState,
    serializeEvent: (e: ContributionListEvent) => JSON.stringify(e),
  };
  const { paths, adjacency, edges, pathTo } = modelGraph<ModelEvent, Snap>(contributionListMachine, options);

  it('reaches every state, on later pages too', () => {
    const reached = new Set(paths.map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual(['empty', 'error', 'idle', 'loading', 'paging', 'ready']);
    expect(paths.some((p) => p.state.matches('ready') && p.state.context.page === 2)).toBe(true);
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

describe('contributionListMachine', () => {
  it('drops a late answer to a query that new filters replaced', async () => {
    const answers: Array<(r: ListLoadResult) => void> = [];
    const machine = contributionListMachine.provide({
      actors: { load: fromPromise<ListLoadResult, ListLoadRequest>(() => new Promise((r) => answers.push(r))) },
    });
    const actor = createActor(machine, { input: { spaceId: 's_1' } }).start();
    actor.send({ type: 'list.load' });
    actor.send({ type: 'list.filter', filters: { kind: 'question' } });
    answers[1]!({ space: SPACE, page: { items: [item('c_new')], nextCursor: null }, at: AT });
    answers[0]!({ space: SPACE, page: { items: [item('c_old')], nextCursor: null }, at: AT });
    await new Promise((r) => setTimeout(r, 0));
    expect(actor.getSnapshot().context.items.map((i) => i.id)).toEqual(['c_new']);
  });

  it('loads through a back end: the space once, its id in the query, notFound for an unknown space', async () => {
    const calls: string[] = [];
    const backend = {
      getSpace: async (s: string) => {
        calls.push(`space:${s}`);
        return s === 'groupe' ? SPACE : null;
      },
      listContributions: async (q: { spaceId: string; kind?: string }) => {
        calls.push(`list:${q.spaceId}:${q.kind}`);
        return { items: [item('c_1')], nextCursor: null };
      },
    } as unknown as ParticipeBackend;
    const machine = contributionListMachine.provide({
      actors: { load: listLoader(backend, () => new Date(AT)) },
    });
    const actor = createActor(machine, { input: { spaceId: 'groupe', pageSize: 500 } }).start();
    actor.send({ type: 'list.load' });
    await new Promise((r) => setTimeout(r, 0));
    actor.send({ type: 'list.filter', filters: { kind: 'question', status: '', theme: '' } });
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual(['space:groupe', 'list:s_1:undefined', 'list:s_1:question']);
    expect(actor.getSnapshot().context).toMatchObject({ pageSize: 100, loadedAt: AT });
    const missing = createActor(machine, { input: { spaceId: 'nope' } }).start();
    missing.send({ type: 'list.load' });
    await new Promise((r) => setTimeout(r, 0));
    expect(missing.getSnapshot().value).toBe('error');
    expect(missing.getSnapshot().context.failure?.kind).toBe('notFound');
  });
});
