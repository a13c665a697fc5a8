// Model-based: the author's own page — the secret code refused or accepted, a correction
// (invalid, then valid), a withdrawal, an erase, each confirmed or cancelled, and every
// answer the server can give. Every reachable state and transition is a test case, from
// `createTestModel`; a live actor, whose actors end when the path says so, agrees with the
// model at every step.
import { afterAll, describe, expect, it } from 'vitest';
import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import { createTestModel } from 'xstate/graph';
import type { AuthorExport, AuthorProof } from '../store/backend.port.js';
import { connectAuthor } from './author.connect.js';
import { asciiSecret, authorActors, authorMachine, authorProblem, draftProblem } from './author.machine.js';
import type { AuthorActRequest, AuthorEvent } from './author.types.js';

type Snap = SnapshotFrom<typeof authorMachine>;

const INPUT = { code: 'K7P-4QX', contributionId: 'c_1' };
const DATA = {
  followUpCode: 'K7P-4QX',
  contribution: { id: 'c_1', status: 'published', content: { title: 'Un bus', body: 'Trop tard.' }, answer: null },
  timeline: [],
  contact: null,
  notifications: [],
} as unknown as AuthorExport;

const EVENTS: AuthorEvent[] = [
  { type: 'author.unlock', secret: '' },
  { type: 'author.unlock', secret: 'lapin sapin orage galet cerise moulin' },
  { type: 'xstate.done.actor.open', output: DATA },
  { type: 'xstate.error.actor.open', error: { kind: 'unauthorized', message: 'Non' } },
  { type: 'xstate.error.actor.open', error: { kind: 'offline', message: 'Pas de réseau' } },
  { type: 'author.correct' },
  { type: 'author.save', title: '', body: 'Trop tard.' },
  { type: 'author.save', title: 'Un bus plus tôt', body: 'Trop tard.' },
  { type: 'author.withdraw' },
  { type: 'author.erase' },
  { type: 'author.confirm' },
  { type: 'author.cancel' },
  { type: 'xstate.done.actor.act' },
  { type: 'xstate.error.actor.act', error: { kind: 'conflict', message: 'Déjà pris en charge' } },
  { type: 'author.lock' },
];

const serializeState = (s: Snap) => {
  const c = s.context;
  return JSON.stringify({
    value: s.value,
    secret: c.secret !== '',
    data: c.data !== null,
    ...{ action: c.action, draft: c.draft?.title ?? null, problem: c.problem, done: c.done },
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

function makeSut() {
  const pending: { open?: Deferred<AuthorExport>; act?: Deferred<void> } = {};
  const acts: AuthorActRequest[] = [];
  const machine = authorMachine.provide({
    actors: {
      open: fromPromise<AuthorExport, AuthorProof>(() => {
        pending.open = deferred();
        return pending.open.promise;
      }),
      act: fromPromise<void, AuthorActRequest>(({ input }) => {
        acts.push(input);
        pending.act = deferred();
        return pending.act.promise;
      }),
    },
  });
  const actor = createActor(machine, { input: INPUT }).start();
  return {
    actor,
    acts,
    async send(e: AuthorEvent) {
      if (e.type === 'xstate.done.actor.open') pending.open!.resolve(e.output);
      else if (e.type === 'xstate.error.actor.open') pending.open!.reject(e.error);
      else if (e.type === 'xstate.done.actor.act') pending.act!.resolve();
      else if (e.type === 'xstate.error.actor.act') pending.act!.reject(e.error);
      else actor.send(e);
      for (let i = 0; i < 4; i++) await Promise.resolve();
    },
  };
}

/** What holds in every state, whatever the path. */
function checkInvariants(s: Snap, acts: AuthorActRequest[]) {
  const v = connectAuthor(s, () => {});
  const c = s.context;
  // Nothing is shown or done without the secret code that opened it.
  if (c.data) expect(c.secret).not.toBe('');
  if (['unlocked', 'correcting', 'confirming', 'working'].includes(v.state)) expect(v.unlocked).toBe(true);
  // A refused secret code is forgotten at once.
  if (c.problem === 'wrongSecret') expect(c.secret).toBe('');
  // After an erase nothing is kept on the page.
  if (v.state === 'erased') expect([c.secret, c.data, v.json()]).toEqual(['', null, '']);
  // Only a confirmed action is ever sent, and a correction only with valid words.
  for (const a of acts) {
    expect(a.proof).toEqual({ followUpCode: 'K7P-4QX', secret: expect.any(String) });
    if (a.command.type === 'contribution.edit') expect(draftProblem(a.command.data as never)).toBeNull();
  }
  if (v.state === 'confirming') expect(c.action).not.toBeNull();
}

const counted: string[] = [];
afterAll(() => console.log(`authorMachine model (createTestModel): ${counted.join('; ')}`));

describe('authorMachine model', () => {
  const model = createTestModel(authorMachine, {
    input: INPUT,
    events: EVENTS,
    serializeState: serializeState as never,
    serializeEvent: (e) => JSON.stringify(e),
  });
  // Simple paths: every way through the page without coming back to a state, so every transition is taken.
  const paths = model.getSimplePaths();

  it('reaches every state', () => {
    const reached = new Set(paths.flatMap((p) => p.steps.map((step) => step.state.value as string)));
    for (const v of ['locked', 'unlocking', 'unlocked', 'correcting', 'confirming', 'working', 'refreshing', 'erased'])
      expect(reached).toContain(v);
  });

  it('every path: a live actor agrees with the model', async () => {
    for (const path of paths) {
      const sut = makeSut();
      await path.test({
        states: {
          '*': (state) => {
            expect(serializeState(sut.actor.getSnapshot())).toBe(serializeState(state as Snap));
            checkInvariants(sut.actor.getSnapshot(), sut.acts);
          },
        },
        events: Object.fromEntries(
          [...new Set(EVENTS.map((e) => e.type))].map((type) => [
            type,
            (step: { event: unknown }) => sut.send(step.event as AuthorEvent),
          ]),
        ),
      });
      sut.actor.stop();
    }
    const edges = Object.values(model.getAdjacencyMap()).reduce((n, v) => n + Object.keys(v.transitions).length, 0);
    counted.push(`${paths.length} simple paths, ${edges} transitions`);
  }, 120_000);
});

describe('the author’s page words', () => {
  it.each([
    [{ kind: 'unauthorized' }, 'wrongSecret'],
    [{ kind: 'rejected', status: 401 }, 'wrongSecret'],
    [{ kind: 'conflict' }, 'tooLate'],
    [{ kind: 'offline' }, 'offline'],
    [new Error('boom'), 'failed'],
  ])('%o → %s', (error, problem) => expect(authorProblem(error)).toBe(problem));

  it('the secret code loses its accents (it travels in a header) and nothing else', () => {
    expect(asciiSecret('  Lapin Cérise cœur ')).toBe('Lapin Cerise coeur');
    expect(asciiSecret('Zk3v9Qw-1_abcdefghijklmnopqrstuv')).toBe('Zk3v9Qw-1_abcdefghijklmnopqrstuv');
  });

  it('a correction needs a title and a text, within their limits', () => {
    expect(draftProblem({ title: ' ', body: 'x' })).toBe('emptyTitle');
    expect(draftProblem({ title: 'x', body: ' ' })).toBe('emptyBody');
    expect(draftProblem({ title: 'x'.repeat(121), body: 'x' })).toBe('tooLong');
    expect(draftProblem({ title: 'x', body: 'x' })).toBeNull();
  });

  it('authorActors: a back end without the author’s operations offers none', async () => {
    const { open } = authorActors(async () => ({}) as never);
    const actor = createActor(open, { input: { followUpCode: 'K7P-4QX', secret: 's' } });
    const failed = new Promise((resolve) => actor.subscribe({ error: resolve }));
    actor.start();
    expect(await failed).toMatchObject({ kind: 'error' });
  });
});
