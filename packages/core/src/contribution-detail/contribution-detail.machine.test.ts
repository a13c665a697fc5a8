import { afterAll, describe, expect, it } from 'vitest';
import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import { toPublicView, toView } from '../contribution/contribution.connect.js';
import { input } from '../contribution/contribution.fixtures.js';
import { createContribution } from '../contribution/contribution.replay.js';
import type { ContributionDetail, ParticipeBackend, PublicSpace } from '../store/backend.port.js';
import { modelGraph } from '../testing/model-graph.js';
import { contributionDetailMachine, detailLoader } from './contribution-detail.machine.js';
import type { ContributionDetailEvent, DetailLoadRequest, DetailLoadResult } from './contribution-detail.types.js';

type Snap = SnapshotFrom<typeof contributionDetailMachine>;
const SPACE = { id: 's_1', answerWithinDays: 60, themes: [] } as unknown as PublicSpace;
const DETAIL: ContributionDetail = {
  contribution: toPublicView(toView(createContribution(input({ id: 'c_1', spaceId: 's_1' })))),
  timeline: [],
};
const AT = '2026-03-01T00:00:00.000Z';

const found = {
  type: 'xstate.done.actor.load',
  output: { found: true, detail: DETAIL, space: SPACE, at: AT },
} as const;
const missing = (m: 'code' | 'contribution') =>
  ({ type: 'xstate.done.actor.load', output: { found: false, missing: m } }) as const;
const failed = { type: 'xstate.error.actor.load', error: new Error('boom') } as const;
type ModelEvent = ContributionDetailEvent | typeof found | ReturnType<typeof missing> | typeof failed;

const PERSON_EVENTS: ModelEvent[] = [
  { type: 'detail.open', code: ' k7p-4qx ' },
  { type: 'detail.open', contributionId: 'c_1' },
  { type: 'detail.open', code: '  ' },
  { type: 'detail.retry' },
];
// A request can only end while one is under way.
const modelEvents = (s: Snap) =>
  (s.matches('loading')
    ? [...PERSON_EVENTS, found, missing('code'), missing('contribution'), failed]
    : PERSON_EVENTS) as ContributionDetailEvent[];

const serializeState = (s: Snap) =>
  JSON.stringify({
    value: s.value,
    by: s.context.code ? 'code' : s.context.contributionId ? 'id' : null,
    missing: s.context.missing,
    failed: s.context.failure !== null,
    shown: s.context.detail !== null,
  });

function makeSut(start: { contributionId?: string; code?: string }) {
  let pending: { resolve: (r: DetailLoadResult) => void; reject: (e: unknown) => void } | null = null;
  const requests: DetailLoadRequest[] = [];
  const machine = contributionDetailMachine.provide({
    actors: {
      load: fromPromise<DetailLoadResult, DetailLoadRequest>(
        ({ input }) =>
          new Promise((resolve, reject) => {
            requests.push(input);
            pending = { resolve, reject };
          }),
      ),
    },
  });
  const actor = createActor(machine, { input: start }).start();
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

function checkInvariants(s: Snap, requests: DetailLoadRequest[]) {
  expect(s.context.detail !== null).toBe(s.matches('ready'));
  expect(s.context.missing !== null).toBe(s.matches('notFound'));
  expect(s.context.failure !== null).toBe(s.matches('error'));
  // Idle only while there is nothing to open: the widget then asks for a code.
  expect(s.matches('idle')).toBe(s.context.code === null && s.context.contributionId === null);
  if (s.matches('loading')) {
    expect(requests.at(-1)).toEqual({ contributionId: s.context.contributionId, code: s.context.code });
  }
  // A code as typed, spaces around it dropped; a blank one is no code at all.
  if (s.context.code !== null) expect(s.context.code).toMatch(/^\S(.*\S)?$/);
}

const counted: string[] = [];
afterAll(() => console.log(`contributionDetailMachine model-based: ${counted.join('; ')}`));

describe.each([{}, { code: 'K7P-4QX' }])('contributionDetailMachine model (input %o)', (start) => {
  const options = {
    input: start,
    events: modelEvents,
    serializeState,
    serializeEvent: (e: ContributionDetailEvent) => JSON.stringify(e),
  };
  const { paths, edges, pathTo } = modelGraph<ModelEvent, Snap>(contributionDetailMachine, options);

  it('reaches every state', () => {
    const reached = new Set(paths.map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual(['error', 'idle', 'loading', 'notFound', 'ready']);
  });

  it(`follows every shortest path and takes every transition`, async () => {
    for (const path of paths) {
      const sut = makeSut(start);
      for (const step of path.steps) {
        if ((step.event.type as string) !== 'xstate.init') await sut.send(step.event as ModelEvent);
        expect(serializeState(sut.actor.getSnapshot())).toBe(serializeState(step.state));
        checkInvariants(sut.actor.getSnapshot(), sut.requests);
      }
    }
    for (const edge of edges) {
      const sut = makeSut(start);
      for (const step of pathTo.get(edge.from)!.steps)
        if ((step.event.type as string) !== 'xstate.init') await sut.send(step.event as ModelEvent);
      await sut.send(edge.event);
      expect(serializeState(sut.actor.getSnapshot())).toBe(serializeState(edge.to));
      checkInvariants(sut.actor.getSnapshot(), sut.requests);
    }
    counted.push(`${JSON.stringify(start)}: ${paths.length} shortest paths, ${edges.length} transitions`);
  });
});

describe('detailLoader', () => {
  const backend = {
    resolveFollowUpCode: async (code: string) => (code === 'K7P-4QX' ? 'c_1' : null),
    getContribution: async (id: string) => (id === 'c_1' ? DETAIL : null),
    getSpace: async (id: string) => (id === 's_1' ? SPACE : null),
  } as unknown as ParticipeBackend;
  const load = async (request: { contributionId?: string; code?: string }) => {
    const actor = createActor(
      contributionDetailMachine.provide({ actors: { load: detailLoader(backend, () => new Date(AT)) } }),
      { input: request },
    ).start();
    for (let i = 0; i < 10; i++) await Promise.resolve();
    return actor.getSnapshot();
  };

  it('resolves a code, then loads the contribution and its space', async () => {
    const s = await load({ code: 'K7P-4QX', contributionId: 'ignored' });
    expect(s.value).toBe('ready');
    expect(s.context).toMatchObject({ detail: DETAIL, space: SPACE, loadedAt: AT });
  });

  it('tells an unknown code from an unknown contribution', async () => {
    expect((await load({ code: 'ZZZ-ZZZZ' })).context.missing).toBe('code');
    expect((await load({ contributionId: 'c_404' })).context.missing).toBe('contribution');
  });
});
