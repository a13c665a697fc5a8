// Model-based: the form around its steps — a draft or a pending
// submission arriving from the device, the group loading or missing, focus coming and going,
// delivery, the outbox and "try now". Every reachable state and transition is a test case,
// from `createTestModel` (the machine spawns its actors rather than invoking them, so the
// model accepts it); a live actor must agree with the model at every step.
import { afterAll, describe, expect, it } from 'vitest';
import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import { createTestModel } from 'xstate/graph';
import type { PublicSpace } from '../store/backend.port.js';
import { connectContributionForm } from './contribution-form.connect.js';
import { toDeliveryFailure } from './contribution-form.device.js';
import { contributionFormMachine } from './contribution-form.machine.js';
import type { ContributionFormEvent, DeliveryRequest, DeliveryResult, FormDraft } from './contribution-form.types.js';
import { FORM_FIELDS } from './contribution-form.validate.js';

type Snap = SnapshotFrom<typeof contributionFormMachine>;

const INPUT = { spaceId: 's_1', idempotencyKey: 'k1', kinds: ['proposal'] as const };
const SPACE = { id: 's_1', answerWithinDays: 60, themes: [{ id: 'mobilite', label: 'Mobilité' }] } as PublicSpace;
const RESULT: DeliveryResult = { id: 'c_1', followUpCode: 'K7P-4QX', secret: 's', answerWithinDays: 60 };
const COMPLETE: FormDraft = {
  values: { kind: 'proposal', title: 'Un bus', body: 'Trop tard.', theme: 'mobilite', pseudonym: 'Camille' },
  step: 'review',
  idempotencyKey: 'old',
};

/** Every event the machine handles, with a payload; the model takes those its state accepts. */
const EVENTS: ContributionFormEvent[] = [
  { type: 'form.restore', saved: { draft: { ...COMPLETE, step: 'place' }, pending: false } },
  { type: 'form.restore', saved: { draft: COMPLETE, pending: true } },
  { type: 'form.startOver', idempotencyKey: 'k2' },
  { type: 'form.space', space: SPACE },
  { type: 'form.space', space: null },
  { type: 'form.focus', within: true },
  { type: 'form.focus', within: false },
  { type: 'form.change', field: 'title', value: '' },
  { type: 'form.next' },
  { type: 'form.back' },
  { type: 'form.edit', step: 'content' },
  { type: 'form.submit' },
  { type: 'xstate.done.actor.deliver', output: RESULT },
  { type: 'xstate.error.actor.deliver', error: { kind: 'offline' } },
  { type: 'xstate.error.actor.deliver', error: { kind: 'error', message: '500' } },
  // A 503 or a timeout as the device words it: no acknowledgement, kept in the outbox (issue 21 §5).
  { type: 'xstate.error.actor.deliver', error: toDeliveryFailure({ kind: 'error', status: 503, message: '503' }) },
  { type: 'form.tryNow' },
  { type: 'xstate.done.actor.flush' },
  { type: 'form.delivered', result: RESULT },
  { type: 'form.rejected', failure: { kind: 'rejected', message: 'Refusé' } },
  { type: 'form.retry' },
  { type: 'form.reset', idempotencyKey: 'k3' },
];

const serializeState = (s: Snap) => {
  const c = s.context;
  return JSON.stringify({
    value: s.value,
    key: c.idempotencyKey,
    title: c.values.title !== '',
    errors: Object.keys(c.errors),
    space: c.space !== null,
    ...{ restored: c.restored, touched: c.touched, tryNow: c.tryNow, within: c.within, speak: c.speak },
    result: c.result !== null,
    failure: c.failure?.kind ?? null,
  });
};

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}
function deferred<T>(): Deferred<T> {
  const d = {} as Deferred<T>;
  d.promise = new Promise<T>((resolve, reject) => Object.assign(d, { resolve, reject }));
  return d;
}

/** A live form whose delivery and flush end when the path says so; it records where each event sent focus. */
function makeSut() {
  const pending: { deliver?: Deferred<DeliveryResult>; flush?: Deferred<void> | undefined } = {};
  const focused: unknown[] = [];
  const machine = contributionFormMachine.provide({
    actors: {
      deliver: fromPromise<DeliveryResult, DeliveryRequest>(() => {
        pending.deliver = deferred();
        return pending.deliver.promise;
      }),
      flush: fromPromise<void>(() => {
        const flush = deferred<void>();
        pending.flush = flush;
        return flush.promise.finally(() => {
          pending.flush = undefined;
        });
      }),
    },
    actions: { focus: (_, target) => void focused.push(target) },
  });
  const actor = createActor(machine, { input: INPUT }).start();
  return {
    actor,
    focused,
    async send(e: ContributionFormEvent) {
      focused.length = 0;
      if (e.type === 'xstate.done.actor.deliver') pending.deliver!.resolve(e.output);
      else if (e.type === 'xstate.error.actor.deliver') pending.deliver!.reject(e.error);
      else if (e.type === 'xstate.done.actor.flush' && pending.flush) pending.flush.resolve();
      else actor.send(e);
      for (let i = 0; i < 4; i++) await Promise.resolve();
    },
  };
}

/** What holds in every state, whatever the path. */
function checkInvariants(s: Snap, focused: unknown[]) {
  const api = connectContributionForm(s, () => {});
  const c = s.context;
  // "Your draft was found" is said until the contribution is stored, never after.
  if (c.restored) expect(c.result).toBeNull();
  // What the server did not acknowledge waits in the outbox: never the "failed, retry" view.
  if (s.matches('failed')) expect(c.failure?.kind).not.toBe('offline');
  if (s.matches('queued')) expect([null, 'offline']).toContain(c.failure?.kind ?? null);
  // "Still offline" is only ever said on the queued view.
  if (c.tryNow !== 'idle') expect(s.matches('queued')).toBe(true);
  // Only an outcome is announced, the one shown (when it arrived while focus was elsewhere).
  if (api.announce) expect(api.view).toBe(api.announce);
  // A new view moves focus only for someone inside the form: to its heading or a field to correct.
  for (const target of focused) expect(c.within ? ['heading', ...FORM_FIELDS] : [null]).toContain(target);
}

const counted: string[] = [];
afterAll(() => console.log(`contributionFormMachine session model (createTestModel): ${counted.join('; ')}`));

describe('contributionFormMachine session model', () => {
  const model = createTestModel(contributionFormMachine, {
    input: INPUT,
    events: EVENTS,
    serializeState: serializeState as never,
    serializeEvent: (e) => JSON.stringify(e),
  });
  const paths = model.getShortestPaths();

  it('reaches every state: unavailable, each step, sending, queued, failed, sent', () => {
    const reached = new Set(paths.flatMap((p) => p.steps.map((step) => JSON.stringify(step.state.value))));
    for (const v of ['unavailable', 'sending', 'queued', 'failed', 'sent'])
      expect(reached).toContain(JSON.stringify(v));
    for (const step of ['content', 'place', 'followUp', 'review'])
      expect(reached).toContain(JSON.stringify({ editing: step }));
  });

  it('every path: a live actor agrees with the model', async () => {
    for (const path of paths) {
      const sut = makeSut();
      await path.test({
        states: {
          '*': (state) => {
            expect(serializeState(sut.actor.getSnapshot())).toBe(serializeState(state as Snap));
            checkInvariants(sut.actor.getSnapshot(), sut.focused);
          },
        },
        events: Object.fromEntries(
          [...new Set(EVENTS.map((e) => e.type))].map((type) => [
            type,
            (step: { event: unknown }) => sut.send(step.event as ContributionFormEvent),
          ]),
        ),
      });
      sut.actor.stop();
    }
    const edges = Object.values(model.getAdjacencyMap()).reduce((n, v) => n + Object.keys(v.transitions).length, 0);
    counted.push(`${paths.length} shortest paths, ${edges} transitions`);
  }, 120_000);
});
