import { afterAll, describe, expect, it } from 'vitest';
import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import { advanceNeeds } from '../cycle/cycle.needs.js';
import { PHASE_IDS } from '../cycle/cycle.phases.js';
import { modelGraph, walk } from '../testing/model-graph.js';
import { connectCycleSteering } from './cycle-steering.connect.js';
import { cycleSteeringMachine, formsOffered, steeringCommand, steeringIssues } from './cycle-steering.machine.js';
import type { CycleSteeringEvent, StaffCycle, SteeringSendRequest } from './cycle-steering.types.js';

type Snap = SnapshotFrom<typeof cycleSteeringMachine>;

const at = '2026-03-02T09:00:00.000Z';
const FACTS = {
  memberCount: 14,
  charterAdoptedOn: '2026-01-15',
  contributionCount: 0,
  unansweredCount: 0,
  commitmentCount: 0,
  commitmentsWithProgress: 0,
};
const base: Omit<StaffCycle, 'phase' | 'seq' | 'canAdvance'> = {
  spaceId: 's_1',
  round: 1,
  facts: FACTS,
  problemStatement: null,
  evaluation: null,
  decideOverride: null,
  history: [],
};
const DIAGNOSE: StaffCycle = { ...base, phase: 'diagnose', seq: 2, canAdvance: false };
const STATED: StaffCycle = {
  ...base,
  phase: 'diagnose',
  seq: 3,
  canAdvance: true,
  problemStatement: { text: 'Le bus passe trop tard.', at },
};
const EVALUATE: StaffCycle = { ...base, phase: 'evaluate', seq: 9, canAdvance: false };

type ModelEvent = CycleSteeringEvent | { type: string; output?: StaffCycle; error?: unknown };

const REASON = 'Les habitants du quartier Sud ne se retrouvent pas dans ce problème.';
const OPEN: ModelEvent[] = (['back', 'problem', 'evaluation', 'override'] as const).map((form) => ({
  type: 'steer.open',
  form,
}));
/** The fields each form has; a person edits the open form's (other fields are the unit tests'). */
const EDITS: Record<string, ModelEvent[]> = {
  back: [
    { type: 'steer.edit', field: 'to', value: 'mobilise' },
    { type: 'steer.edit', field: 'reason', value: 'court' },
    { type: 'steer.edit', field: 'reason', value: REASON },
  ],
  override: [{ type: 'steer.edit', field: 'reason', value: REASON }],
  problem: [{ type: 'steer.edit', field: 'statement', value: 'Nous manquons de bus le matin.' }],
  evaluation: [
    { type: 'steer.edit', field: 'views.residents', value: 'Le bus passe enfin.' },
    { type: 'steer.edit', field: 'views.elected', value: 'Une ligne de budget.' },
  ],
};
const ALWAYS: ModelEvent[] = [{ type: 'steer.load' }, { type: 'steer.retry' }, { type: 'steer.advance' }];

/** How each invoked actor ends, as the model offers it (resolved by the system under test). */
const END = {
  loadDone: (cycle: StaffCycle) => ({ type: 'xstate.done.actor.load', output: cycle }),
  loadFailed: { type: 'xstate.error.actor.load', error: { kind: 'offline', message: 'down' } },
  sendDone: (cycle: StaffCycle) => ({ type: 'xstate.done.actor.send', output: cycle }),
  conflict: { type: 'xstate.error.actor.send', error: { kind: 'conflict', status: 409, message: 'moved' } },
  rejected: {
    type: 'xstate.error.actor.send',
    error: { kind: 'rejected', status: 422, message: 'bad', issues: [{ path: ['reason'], message: 'Trop court.' }] },
  },
} as const;

const modelEvents = (s: Snap): ModelEvent[] => {
  if (s.matches('loading') || s.matches({ ready: 'reloading' }))
    return [END.loadDone(DIAGNOSE), END.loadDone(EVALUATE), END.loadFailed];
  if (s.matches({ ready: 'sending' })) return [END.sendDone(STATED), END.conflict, END.rejected];
  if (s.matches({ ready: 'editing' })) {
    return [...ALWAYS, ...OPEN, ...EDITS[s.context.form!]!, { type: 'steer.submit' }, { type: 'steer.close' }];
  }
  return [...ALWAYS, ...OPEN, { type: 'steer.submit' }, { type: 'steer.close' }];
};

const serializeState = (s: Snap) => {
  const c = s.context;
  const d = c.draft;
  return JSON.stringify({
    value: s.value,
    phase: c.cycle?.phase ?? null,
    form: c.form,
    to: d.to,
    reason: d.reason === '' ? 'none' : d.reason.length < 10 ? 'short' : 'ok',
    statement: d.statement !== '',
    views: Object.keys(d.views).sort(),
    issues: c.issues.map((i) => `${i.path}:${i.code}`),
    failure: c.failure?.kind ?? null,
    done: c.done,
  });
};

/** A live actor whose `load` and `send` wait until the path says how they end. */
function makeSut() {
  const pending: Record<'load' | 'send', { resolve: (c: StaffCycle) => void; reject: (e: unknown) => void } | null> = {
    load: null,
    send: null,
  };
  const sent: SteeringSendRequest[] = [];
  const wait = (kind: 'load' | 'send') =>
    new Promise<StaffCycle>((resolve, reject) => {
      pending[kind] = { resolve, reject };
    });
  const machine = cycleSteeringMachine.provide({
    actors: {
      load: fromPromise(() => wait('load')),
      send: fromPromise<StaffCycle, SteeringSendRequest>(({ input }) => {
        sent.push(input);
        return wait('send');
      }),
    },
  });
  const actor = createActor(machine, { input: { space: ' groupe ' } }).start();
  return {
    actor,
    sent,
    async send(e: ModelEvent) {
      const ending = /^xstate\.(done|error)\.actor\.(load|send)$/.exec(e.type);
      if (ending) {
        const p = pending[ending[2] as 'load' | 'send']!;
        if (ending[1] === 'done') p.resolve((e as { output: StaffCycle }).output);
        else p.reject((e as { error: unknown }).error);
      } else actor.send(e as CycleSteeringEvent);
      for (let i = 0; i < 6; i++) await Promise.resolve();
    },
  };
}

/** What must hold in every state, whatever the path. */
function checkInvariants(s: Snap, sent: SteeringSendRequest[]) {
  const v = connectCycleSteering(s);
  // A form is open only while it is written, sent or checked again after a conflict.
  if (v.form !== null) expect(['editing', 'sending', 'reloading']).toContain(v.state);
  if (v.state === 'editing') expect(v.forms).toContain(v.form);
  if (v.state === 'choosing') expect(v.form).toBeNull();
  if (v.state === 'error') expect(v.failure).not.toBeNull();
  if (v.cycle) expect(v.needs.length === 0).toBe(v.cycle.canAdvance);
  // Every step sent carries the version read, and a form's command only once its fields are valid.
  for (const r of sent) {
    expect(r.space).toBe('groupe');
    expect([2, 3, 9]).toContain(r.expectedVersion);
    if (r.command.type === 'cycle.back') expect(r.command.reason.length).toBeGreaterThanOrEqual(10);
  }
  if (v.state === 'sending') {
    const last = sent.at(-1)!;
    expect(last.command.type).toBe(v.form ? steeringCommand(v.form, v.draft).type : 'cycle.advance');
  }
}

let counted = '';
afterAll(() => console.log(`cycleSteeringMachine model-based: ${counted}`));

describe('cycleSteeringMachine model', () => {
  const options = {
    input: { space: 'groupe' },
    events: modelEvents,
    serializeState,
    serializeEvent: (e: ModelEvent) => JSON.stringify(e),
  };
  const { paths, adjacency, edges, pathTo } = modelGraph<ModelEvent, Snap>(cycleSteeringMachine, options as never);

  it('reaches every state and sends every kind of step', () => {
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    for (const state of ['idle', 'loading', 'error', 'choosing', 'editing', 'sending', 'reloading']) {
      expect([...reached].some((r) => r.includes(`"${state}"`))).toBe(true);
    }
    const done = new Set(paths.map((p) => p.state.context.done));
    expect(done).toEqual(
      new Set([null, 'cycle.advance', 'cycle.back', 'cycle.problem.state', 'cycle.evaluation.record']),
    );
  });

  const checked = (sut: ReturnType<typeof makeSut>) => (expected: Snap) => {
    expect(serializeState(sut.actor.getSnapshot())).toBe(serializeState(expected));
    checkInvariants(sut.actor.getSnapshot(), sut.sent);
  };

  it.each(paths.map((p, i) => [i + 1, p] as const))('shortest path %i', async (_i, path) => {
    const sut = makeSut();
    await walk(sut, path.steps, checked(sut));
  });

  // Each transition is replayed from its state's shortest path: seconds on a loaded machine.
  it(`takes every transition (${edges.length} edges from ${Object.keys(adjacency).length} states)`, {
    timeout: 300_000,
  }, async () => {
    for (const edge of edges) {
      const sut = makeSut();
      await walk(sut, pathTo.get(edge.from)!.steps);
      await sut.send(edge.event);
      checked(sut)(edge.to as Snap);
    }
    counted = `${paths.length} shortest paths, ${edges.length} transitions, ${Object.keys(adjacency).length} states`;
  });
});

describe('cycle steering', () => {
  it('offers the forms of the phase', () => {
    expect(formsOffered(DIAGNOSE)).toEqual(['back', 'problem']);
    expect(formsOffered({ ...DIAGNOSE, phase: 'mobilise' })).toEqual([]);
    expect(formsOffered(EVALUATE)).toEqual(['back', 'evaluation']);
    const decide = { ...DIAGNOSE, phase: 'decide' as const, facts: { ...FACTS, unansweredCount: 2 } };
    expect(formsOffered(decide)).toEqual(['back', 'override']);
    expect(formsOffered({ ...decide, decideOverride: { reason: REASON, at } })).toEqual(['back']);
  });

  it('checks each form by field, and builds the command the API takes', () => {
    const draft = { to: null, reason: '', statement: '', views: {}, summary: '' };
    expect(steeringIssues('back', draft, EVALUATE)).toEqual([
      { path: 'to', code: 'required' },
      { path: 'reason', code: 'required' },
    ]);
    expect(steeringIssues('back', { ...draft, to: 'share', reason: 'court' }, EVALUATE)).toEqual([
      { path: 'to', code: 'required' },
      { path: 'reason', code: 'tooShort' },
    ]);
    expect(steeringIssues('evaluation', { ...draft, views: { residents: 'Oui.', elected: '  ' } }, EVALUATE)).toEqual([
      { path: 'views', code: 'twoViewpoints' },
    ]);
    expect(
      steeringCommand('evaluation', {
        ...draft,
        summary: ' Bilan. ',
        views: { elected: ' Budget voté. ', residents: 'Le bus passe.', partners: ' ' },
      }),
    ).toEqual({
      type: 'cycle.evaluation.record',
      viewpoints: ['residents', 'elected'],
      summary: 'Bilan.',
      views: { residents: 'Le bus passe.', elected: 'Budget voté.' },
    });
    expect(steeringCommand('back', { ...draft, to: 'mobilise', reason: ` ${REASON} ` })).toEqual({
      type: 'cycle.back',
      to: 'mobilise',
      reason: REASON,
    });
  });

  it('says what each phase needs before moving on, as the machine guards it', () => {
    expect(advanceNeeds('mobilise', { ...base, facts: { ...FACTS, memberCount: 0, charterAdoptedOn: null } })).toEqual([
      'members',
      'charter',
    ]);
    expect(
      advanceNeeds('act', { ...base, facts: { ...FACTS, commitmentCount: 2, commitmentsWithProgress: 1 } }),
    ).toEqual(['progress']);
    expect(advanceNeeds('share', base)).toEqual([]);
    expect(PHASE_IDS).toHaveLength(7);
  });

  it('starts from the group’s cycle read once', async () => {
    const sut = makeSut();
    sut.actor.send({ type: 'steer.load' });
    await sut.send(END.loadDone(DIAGNOSE));
    expect(connectCycleSteering(sut.actor.getSnapshot())).toMatchObject({
      state: 'choosing',
      next: { id: 'coConstruct', number: 3, newRound: false },
      needs: ['problem'],
      backTo: [{ id: 'mobilise', number: 1 }],
    });
  });
});
