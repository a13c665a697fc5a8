import { afterAll, describe, expect, it } from 'vitest';
import { type AnyActorLogic, createActor, fromPromise, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { aggregateDiagnostics } from '../diagnostic/diagnostic.aggregate.js';
import { evaluateDiagnostic } from '../diagnostic/diagnostic.evaluate.js';
import { mini } from '../diagnostic/diagnostic.fixtures.js';
import type { AggregateResult, DiagnosticResponse } from '../diagnostic/diagnostic.types.js';
import type { ParticipeBackend } from '../store/backend.port.js';
import { modelGraph } from '../testing/model-graph.js';
import { connectDiagnosticSession, groupView, NOTABLE_GAP } from './diagnostic-session.connect.js';
import { diagnosticSessionMachine, loadAggregate, shareDiagnostic } from './diagnostic-session.machine.js';
import type { DiagnosticSessionEvent, DiagnosticSessionInput, PreparedDiagnostic } from './diagnostic-session.types.js';

type Snap = SnapshotFrom<typeof diagnosticSessionMachine>;

const Q = mini();
const PREPARED: PreparedDiagnostic = {
  questionnaire: Q,
  saved: {
    format: 'participe.diagnostic/1',
    questionnaireId: 'mini',
    questionnaireVersion: 1,
    state: 'steps',
    mode: 'section',
    step: 0,
    answers: { group: 'yes' },
  },
  discarded: false,
};
const RESPONSES: DiagnosticResponse[] = [
  { role: 'concerned', answers: { group: 'no', answers: 1 } },
  { role: 'professional', answers: { group: 'yes', parity: 'high', answers: 3 } },
];
const AGGREGATE = aggregateDiagnostics(Q, RESPONSES);
const NOBODY = aggregateDiagnostics(Q, []);

const ok = <T>(id: string, output: T) => ({ type: `xstate.done.actor.${id}`, output }) as const;
const ko = (id: string) => ({ type: `xstate.error.actor.${id}`, error: { kind: 'rejected', message: 'no' } }) as const;
type ModelEvent = DiagnosticSessionEvent | ReturnType<typeof ok> | ReturnType<typeof ko>;

const PERSON_EVENTS: ModelEvent[] = [
  { type: 'session.load' },
  { type: 'session.retry' },
  { type: 'session.share', answers: { group: 'yes' } },
  { type: 'session.edit' },
  { type: 'session.restart' },
];
// Results are offered only while the matching request is under way.
const modelEvents = (s: Snap) => {
  const results: ModelEvent[] = [];
  if (s.matches('preparing')) results.push(ok('prepare', PREPARED), ko('prepare'));
  if (s.matches({ answering: 'sharing' }))
    results.push(ok('share', evaluateDiagnostic(Q, { group: 'yes' })), ko('share'));
  if (s.matches({ group: 'loading' }))
    results.push(ok('aggregate', AGGREGATE), ok('aggregate', NOBODY), ko('aggregate'));
  return [...PERSON_EVENTS, ...results] as DiagnosticSessionEvent[];
};

const serializeState = (s: Snap) =>
  JSON.stringify({
    value: s.value,
    saved: s.context.prepared?.saved !== null && s.context.prepared !== null,
    failure: !!s.context.failure,
    shareFailure: !!s.context.shareFailure,
    groupFailure: !!s.context.groupFailure,
    respondents: s.context.aggregate?.respondents ?? null,
  });

/** A live actor whose requests wait until the path says how each one ends. */
function makeSut(input: DiagnosticSessionInput) {
  const pending = new Map<string, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  const requests: Array<[string, unknown]> = [];
  const waiting = (id: string) =>
    fromPromise<never, unknown>(
      ({ input }) =>
        new Promise((resolve, reject) => {
          requests.push([id, input]);
          pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        }),
    ) as unknown as AnyActorLogic;
  const machine = diagnosticSessionMachine.provide({
    actors: { prepare: waiting('prepare'), share: waiting('share'), aggregate: waiting('aggregate') } as never,
  });
  const actor = createActor(machine, { input }).start();
  return {
    actor,
    requests,
    async send(e: ModelEvent) {
      const m = /^xstate\.(done|error)\.actor\.(\w+)$/.exec(e.type);
      if (!m) return actor.send(e as DiagnosticSessionEvent);
      const p = pending.get(m[2]!)!;
      if (m[1] === 'done') p.resolve((e as { output: unknown }).output);
      else p.reject((e as { error: unknown }).error);
      for (let i = 0; i < 4; i++) await Promise.resolve();
    },
  };
}

/** What must hold in every state, whatever the path. */
function checkInvariants(s: Snap, input: DiagnosticSessionInput, requests: Array<[string, unknown]>) {
  const v = connectDiagnosticSession(s);
  expect(Boolean(v.failure)).toBe(v.state === 'failed');
  expect(Boolean(v.groupFailure)).toBe(v.state === 'groupFailed');
  expect(Boolean(v.shareFailure)).toBe(v.share === 'shareFailed');
  expect(v.share !== null).toBe(v.state === 'answering' && Boolean(input.spaceId));
  if (v.state === 'answering' || v.state.startsWith('group')) expect(v.prepared).not.toBeNull();
  if (v.state.startsWith('group')) expect(input.view).toBe('group');
  if (v.state === 'answering') expect(input.view ?? 'answer').toBe('answer');
  if (v.state === 'group') expect(v.group?.respondents).toBeGreaterThan(0);
  const last = requests.at(-1);
  if (v.share === 'sharing') expect(last).toEqual(['share', { spaceId: input.spaceId, answers: { group: 'yes' } }]);
  if (v.state === 'groupLoading') {
    expect(last).toEqual([
      'aggregate',
      { spaceId: input.spaceId ?? null, questionnaire: Q, responses: input.responses ?? null },
    ]);
  }
}

const INPUTS: Array<[string, DiagnosticSessionInput]> = [
  ['a member answering', { spaceId: 'groupe', view: 'answer' }],
  ['someone answering for themself', { view: 'answer' }],
  ['the group, from the space', { spaceId: 'groupe', view: 'group' }],
  ['the group, from given responses', { view: 'group', responses: RESPONSES }],
];

const counts: string[] = [];
afterAll(() => console.log(`diagnosticSessionMachine model-based: ${counts.join('; ')}`));

describe.each(INPUTS)('diagnosticSessionMachine model: %s', (name, input) => {
  const options = {
    input,
    events: modelEvents,
    serializeState,
    serializeEvent: (e: DiagnosticSessionEvent) => JSON.stringify(e),
  };
  const { paths, adjacency, edges, pathTo } = modelGraph<ModelEvent, Snap>(diagnosticSessionMachine, options);

  it.each(paths.map((p, i) => [i + 1, p.steps.map((s) => s.event.type.replace(/^.*\./, '')).join(' → '), p] as const))(
    'shortest path %i: %s',
    async (_i, _d, path) => {
      const sut = makeSut(input);
      for (const step of path.steps) {
        if ((step.event.type as string) !== 'xstate.init') await sut.send(step.event as ModelEvent);
        expect(serializeState(sut.actor.getSnapshot())).toBe(serializeState(step.state));
        checkInvariants(sut.actor.getSnapshot(), input, sut.requests);
      }
    },
  );

  it(`takes every transition (${edges.length} edges from ${Object.keys(adjacency).length} states)`, async () => {
    for (const edge of edges) {
      const sut = makeSut(input);
      for (const step of pathTo.get(edge.from)!.steps)
        if ((step.event.type as string) !== 'xstate.init') await sut.send(step.event as ModelEvent);
      await sut.send(edge.event);
      expect(serializeState(sut.actor.getSnapshot())).toBe(serializeState(edge.to));
      checkInvariants(sut.actor.getSnapshot(), input, sut.requests);
    }
    counts.push(`${name}: ${paths.length} paths, ${edges.length} transitions, ${Object.keys(adjacency).length} states`);
  });
});

describe('diagnostic session', () => {
  it('reaches every state across the four ways a widget is used', () => {
    const reached = new Set<string>();
    for (const [, input] of INPUTS) {
      const paths = getShortestPaths(diagnosticSessionMachine, {
        input,
        events: modelEvents,
        serializeState,
        serializeEvent: (e: DiagnosticSessionEvent) => JSON.stringify(e),
      });
      for (const p of paths) {
        const v = connectDiagnosticSession(p.state);
        reached.add(v.share ? `${v.state}.${v.share}` : v.state);
      }
    }
    expect([...reached].sort()).toEqual(
      [
        'idle',
        'preparing',
        'failed',
        'answering',
        'answering.private',
        'answering.sharing',
        'answering.shared',
        'answering.shareFailed',
        'groupLoading',
        'group',
        'groupEmpty',
        'groupFailed',
      ].sort(),
    );
  });

  it('says in words where people concerned and professionals differ, from a notable gap on', () => {
    const g = groupView(AGGREGATE);
    expect(g.roles).toEqual([
      { role: 'concerned', count: 1 },
      { role: 'professional', count: 1 },
    ]);
    expect(g.comparable).toBe(true);
    expect(g.divergences.length).toBeGreaterThan(0);
    for (const d of g.divergences) expect(Math.abs(d.gap)).toBeGreaterThanOrEqual(NOTABLE_GAP);
    expect(g.divergences[0]).toEqual({ dimension: 'place', concerned: 0, professional: 100, gap: -100 });
    const close: AggregateResult = {
      ...AGGREGATE,
      concernedVsProfessional: [{ dimension: 'place', concerned: 50, professional: 60, gap: -10 }],
    };
    expect(groupView(close)).toMatchObject({ comparable: true, divergences: [] });
  });

  it('shares through the back end, and aggregates given responses without asking it', async () => {
    const calls: string[] = [];
    const backend = {
      submitDiagnostic: async (space: string) => {
        calls.push(`submit:${space}`);
        return evaluateDiagnostic(Q, {});
      },
      getDiagnosticAggregate: async (space: string) => {
        calls.push(`aggregate:${space}`);
        return AGGREGATE;
      },
    } as unknown as ParticipeBackend;
    await shareDiagnostic(backend, { spaceId: 'groupe', answers: {} });
    const given = await loadAggregate(backend, { spaceId: 'groupe', questionnaire: Q, responses: RESPONSES }, (q, r) =>
      aggregateDiagnostics(q, r),
    );
    expect(given.respondents).toBe(2);
    await loadAggregate(backend, { spaceId: 'groupe', questionnaire: Q, responses: null }, aggregateDiagnostics);
    expect(calls).toEqual(['submit:groupe', 'aggregate:groupe']);
    await expect(shareDiagnostic(null, { spaceId: 'groupe', answers: {} })).rejects.toMatchObject({ kind: 'error' });
    await expect(
      loadAggregate(backend, { spaceId: null, questionnaire: Q, responses: null }, aggregateDiagnostics),
    ).rejects.toMatchObject({ kind: 'notFound' });
  });
});
