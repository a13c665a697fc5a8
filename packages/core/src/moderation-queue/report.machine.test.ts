import { afterAll, describe, expect, it } from 'vitest';
import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import { REPORT_REASONS } from '../moderation/moderation.schema.js';
import type { ParticipeBackend } from '../store/backend.port.js';
import { modelGraph } from '../testing/model-graph.js';
import { REPORT_REASON_CHOICES, type ReportEvent, type ReportRequest } from './moderation-queue.types.js';
import { reportMachine, reportSender } from './report.machine.js';

type Snap = SnapshotFrom<typeof reportMachine>;

const sent = { type: 'xstate.done.actor.report', output: undefined } as const;
const failed = { type: 'xstate.error.actor.report', error: { kind: 'offline', message: 'down' } } as const;
type ModelEvent = ReportEvent | typeof sent | typeof failed;

const PERSON_EVENTS: ModelEvent[] = [
  { type: 'report.send', contributionId: 'c_1', reason: '', note: 'Sans motif' },
  { type: 'report.send', contributionId: 'c_1', reason: 'insult', note: 'x'.repeat(1001) },
  { type: 'report.send', contributionId: 'c_1', reason: 'personalData', note: '  Le nom de ma voisine  ' },
];
const modelEvents = (s: Snap) =>
  (s.matches('sending') ? [...PERSON_EVENTS, sent, failed] : PERSON_EVENTS) as ReportEvent[];
const serializeState = (s: Snap) =>
  JSON.stringify({ value: s.value, error: s.context.error, failed: s.context.failure !== null });

function makeSut() {
  let pending: { resolve: () => void; reject: (e: unknown) => void } | null = null;
  const requests: ReportRequest[] = [];
  const machine = reportMachine.provide({
    actors: {
      report: fromPromise<void, ReportRequest>(
        ({ input }) =>
          new Promise<void>((resolve, reject) => {
            requests.push(input);
            pending = { resolve, reject };
          }),
      ),
    },
  });
  const actor = createActor(machine).start();
  return {
    actor,
    requests,
    async send(e: ModelEvent) {
      if (e.type === sent.type) pending!.resolve();
      else if (e.type === failed.type) pending!.reject(e.error);
      else return actor.send(e);
      for (let i = 0; i < 4; i++) await Promise.resolve();
    },
  };
}

function checkInvariants(s: Snap, requests: ReportRequest[]) {
  if (s.matches('sending') || s.matches('sent')) {
    expect(s.context.error).toBeNull();
    expect(requests.at(-1)).toEqual({
      contributionId: 'c_1',
      report: { reason: 'personalData', note: 'Le nom de ma voisine' },
    });
  }
  if (s.context.error) expect(s.matches('editing')).toBe(true);
}

let counted = '';
afterAll(() => console.log(`reportMachine model-based: ${counted}`));

describe('reportMachine model', () => {
  const { paths, adjacency, edges, pathTo } = modelGraph<ModelEvent, Snap>(reportMachine, {
    events: modelEvents,
    serializeState,
    serializeEvent: (e: ReportEvent) => JSON.stringify(e),
  });

  it('reaches every state', () => {
    expect(new Set(paths.map((p) => p.state.value))).toEqual(new Set(['editing', 'sending', 'sent']));
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
      const sut = makeSut();
      for (const step of pathTo.get(edge.from)!.steps)
        if ((step.event.type as string) !== 'xstate.init') await sut.send(step.event as ModelEvent);
      await sut.send(edge.event);
      expect(serializeState(sut.actor.getSnapshot())).toBe(serializeState(edge.to));
      checkInvariants(sut.actor.getSnapshot(), sut.requests);
    }
    counted = `${paths.length} shortest paths, ${edges.length} transitions, ${Object.keys(adjacency).length} states`;
  });
});

describe('REPORT_REASON_CHOICES', () => {
  it('lists exactly the schema’s REPORT_REASONS', () => {
    expect([...REPORT_REASON_CHOICES].sort()).toEqual([...REPORT_REASONS].sort());
  });
});

describe('reportMachine with a back end', () => {
  it('sends the report through reportContribution, and a refusal goes back to the form', async () => {
    const calls: unknown[] = [];
    let refuse = true;
    const backend = {
      reportContribution: async (id: string, report: unknown) => {
        calls.push([id, report]);
        if (refuse) throw { kind: 'rejected', message: 'not public' };
      },
    } as unknown as ParticipeBackend;
    const actor = createActor(reportMachine.provide({ actors: { report: reportSender(async () => backend) } })).start();
    actor.send({ type: 'report.send', contributionId: 'c_9', reason: 'spam', note: '' });
    await new Promise((r) => setTimeout(r, 0));
    expect(actor.getSnapshot().value).toBe('editing');
    expect(actor.getSnapshot().context.failure?.kind).toBe('rejected');
    refuse = false;
    actor.send({ type: 'report.send', contributionId: 'c_9', reason: 'spam', note: ' lien publicitaire ' });
    await new Promise((r) => setTimeout(r, 0));
    expect(actor.getSnapshot().value).toBe('sent');
    expect(calls).toEqual([
      ['c_9', { reason: 'spam', note: '' }],
      ['c_9', { reason: 'spam', note: 'lien publicitaire' }],
    ]);
    const none = createActor(reportMachine.provide({ actors: { report: reportSender(async () => null) } })).start();
    none.send({ type: 'report.send', contributionId: 'c_1', reason: 'spam', note: '' });
    await new Promise((r) => setTimeout(r, 0));
    expect(none.getSnapshot().context.failure?.kind).toBe('error');
  });
});
