import { afterAll, describe, expect, it } from 'vitest';
import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import type { BackofficeBackend } from '../store/backoffice.port.js';
import { modelGraph } from '../testing/model-graph.js';
import { compositionOf, controlledActor, MEMBERS, member, SPACE, TODAY } from './space-admin.fixtures.js';
import { connectSpaceComposition } from './space-composition.connect.js';
import {
  compositionActors,
  memberDraftErrors,
  memberEditErrors,
  memberPatch,
  spaceCompositionMachine,
} from './space-composition.machine.js';
import type { AddMemberRequest, SpaceCompositionEvent, UpdateMemberRequest } from './space-composition.types.js';

type Snap = SnapshotFrom<typeof spaceCompositionMachine>;

const INPUT = { spaceId: 'groupe-rsa-nord', today: TODAY, manage: true };
const ADDED = member('m_4', 'concerned', { displayName: 'Nadia B.', joinedOn: TODAY });
const loaded = {
  type: 'xstate.done.actor.load',
  output: { space: SPACE, members: MEMBERS, composition: compositionOf(MEMBERS) },
} as const;
const added = {
  type: 'xstate.done.actor.addMember',
  output: { member: ADDED, members: [...MEMBERS, ADDED], composition: compositionOf([...MEMBERS, ADDED]) },
} as const;
const updated = {
  type: 'xstate.done.actor.updateMember',
  output: { member: MEMBERS[0]!, members: MEMBERS, composition: compositionOf(MEMBERS) },
} as const;
const err = (id: string, kind: string, issues?: Array<{ path: string[]; message: string }>) =>
  ({ type: `xstate.error.actor.${id}`, error: { kind, message: kind, ...(issues ? { issues } : {}) } }) as const;

// One event per kind of change; fixing a wrong field is covered by the unit tests below.
const PERSON_EVENTS: SpaceCompositionEvent[] = [
  { type: 'composition.load' },
  { type: 'composition.retry' },
  { type: 'member.change', field: 'displayName', value: 'Nadia B.' },
  { type: 'member.change', field: 'role', value: 'concerned' },
  { type: 'member.change', field: 'joinedOn', value: '2026-02-30' },
  { type: 'member.add' },
  { type: 'member.edit', memberId: 'm_1' },
  { type: 'member.edit', memberId: 'm_ghost' },
  { type: 'edit.change', field: 'role', value: 'partner' },
  { type: 'edit.change', field: 'leftOn', value: '2025-12-31' },
  { type: 'edit.change', field: 'leavesAtRenewal', value: true },
  { type: 'edit.save' },
  { type: 'edit.cancel' },
];
type ModelEvent = SpaceCompositionEvent | { type: string; output?: unknown; error?: unknown };

/**
 * The add form and the change form are independent: a member is opened for change only with
 * an untouched add form, so the model does not multiply every draft by every edit (that the
 * draft survives an edit is a unit test below).
 */
const pristine = (s: Snap) =>
  s.context.draft.displayName === '' && s.context.draft.role === '' && Object.keys(s.context.errors).length === 0;
const personEvents = (s: Snap) => (pristine(s) ? PERSON_EVENTS : PERSON_EVENTS.filter((e) => e.type !== 'member.edit'));

// Answers are offered only while a request is under way.
const modelEvents = (s: Snap): ModelEvent[] => {
  const PERSON_EVENTS = personEvents(s);
  if (s.matches('loading')) return [...PERSON_EVENTS, loaded, err('load', 'offline')];
  if (s.matches('adding'))
    return [
      ...PERSON_EVENTS,
      added,
      err('addMember', 'forbidden'),
      err('addMember', 'rejected', [{ path: ['displayName'], message: 'déjà pris' }]),
      err('addMember', 'offline'),
    ];
  if (s.matches('updating'))
    return [
      ...PERSON_EVENTS,
      updated,
      err('updateMember', 'forbidden'),
      err('updateMember', 'rejected', [{ path: ['leftOn'], message: 'trop tôt' }]),
      err('updateMember', 'error'),
    ];
  return PERSON_EVENTS;
};

// Context is reduced to what changes behaviour: which fields are wrong, changed, shown in error.
const serializeState = (s: Snap) => {
  const c = s.context;
  const member = c.members.find((m) => m.id === c.edit?.memberId);
  return JSON.stringify({
    value: s.value,
    manage: c.manage,
    loaded: c.space !== null,
    draftWrong: Object.keys(memberDraftErrors(c.draft)).sort(),
    shown: Object.keys(c.errors).sort(),
    edit: c.edit && {
      changed: Object.keys(memberPatch(c)).sort(),
      wrong: Object.keys(memberEditErrors(c.edit, member?.joinedOn ?? '')),
      shown: Object.keys(c.edit.errors),
    },
    notice: c.notice?.kind ?? null,
    failure: c.failure?.kind ?? null,
  });
};

function checkInvariants(s: Snap, calls: Array<{ id: string; input: unknown }>) {
  const c = s.context;
  const view = connectSpaceComposition(s);
  if (s.matches('error')) expect(c.failure).not.toBeNull();
  if (s.matches('loading')) expect(c.failure).toBeNull();
  // Editing exists exactly while a member is being changed or saved.
  expect(c.edit !== null).toBe(s.matches('editing') || s.matches('updating'));
  if (!c.manage) {
    expect(c.edit).toBeNull();
    expect(c.errors).toEqual({});
    expect(['ready', 'error', 'idle', 'loading']).toContain(s.value);
  }
  if (s.matches('adding')) {
    const last = calls.at(-1)!;
    expect(last.id).toBe('addMember');
    const req = last.input as AddMemberRequest;
    expect(req.spaceId).toBe(SPACE.id);
    expect(req.input).toEqual({ displayName: 'Nadia B.', role: 'concerned', joinedOn: TODAY });
  }
  if (s.matches('updating')) {
    const last = calls.at(-1)!;
    expect(last.id).toBe('updateMember');
    const req = last.input as UpdateMemberRequest;
    // Only what changed is sent, and it is never empty.
    expect(Object.keys(req.patch).length).toBeGreaterThan(0);
    if (req.patch.role) expect(req.patch.role).toBe('partner');
    expect(req.patch.leftOn).toBeUndefined(); // the model only offers a leaving day that is refused
  }
  if (s.context.composition) {
    expect(view.parity?.ok).toBe(s.context.composition.parityOk);
    expect(view.rows).toHaveLength(c.members.length);
  }
  expect(view.busy).toBe(s.matches('loading') || s.matches('adding') || s.matches('updating'));
}

let counted = '';
afterAll(() => console.log(`spaceCompositionMachine model-based: ${counted}`));

describe('spaceCompositionMachine model', () => {
  const options = {
    input: INPUT,
    events: modelEvents,
    serializeState,
    serializeEvent: (e: ModelEvent) => JSON.stringify(e),
  };
  const { paths, adjacency, edges, pathTo } = modelGraph<ModelEvent, Snap>(spaceCompositionMachine, options);
  const replay = async (steps: ReadonlyArray<{ event: ModelEvent }>) => {
    const sut = controlledActor(spaceCompositionMachine, INPUT, ['load', 'addMember', 'updateMember']);
    for (const step of steps) if (step.event.type !== 'xstate.init') await sut.send(step.event as never);
    return sut;
  };

  it('reaches every state, and read-only after a refusal', () => {
    const reached = new Set(paths.map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual(['adding', 'editing', 'error', 'idle', 'loading', 'ready', 'updating']);
    expect(paths.some((p) => p.state.matches('ready') && !p.state.context.manage)).toBe(true);
  });

  it.each(paths.map((p, i) => [i + 1, p.steps.map((s) => s.event.type.replace(/^.*\./, '')).join(' → '), p] as const))(
    'shortest path %i: %s',
    async (_i, _d, path) => {
      const sut = controlledActor(spaceCompositionMachine, INPUT, ['load', 'addMember', 'updateMember']);
      for (const step of path.steps) {
        if (step.event.type !== 'xstate.init') await sut.send(step.event as never);
        expect(serializeState(sut.actor.getSnapshot() as Snap)).toBe(serializeState(step.state));
        checkInvariants(sut.actor.getSnapshot() as Snap, sut.calls);
      }
    },
  );

  it(`takes every transition (${edges.length} edges from ${Object.keys(adjacency).length} states)`, async () => {
    for (const edge of edges) {
      const sut = await replay(pathTo.get(edge.from)!.steps);
      await sut.send(edge.event as never);
      expect(serializeState(sut.actor.getSnapshot() as Snap)).toBe(serializeState(edge.to));
      checkInvariants(sut.actor.getSnapshot() as Snap, sut.calls);
    }
    counted = `${paths.length} shortest paths, ${edges.length} transitions, ${Object.keys(adjacency).length} states`;
  }, 60_000);
});

describe('spaceCompositionMachine', () => {
  it('checks the add form: the field and why, a day that exists', () => {
    expect(memberDraftErrors({ displayName: '', role: '', joinedOn: '2026-02-30' })).toEqual({
      displayName: { code: 'required' },
      role: { code: 'required' },
      joinedOn: { code: 'invalidDate' },
    });
    expect(memberDraftErrors({ displayName: 'x'.repeat(81), role: 'elected', joinedOn: TODAY })).toEqual({
      displayName: { code: 'tooLong', max: 80 },
    });
    const edit = {
      memberId: 'm_1',
      values: { role: 'concerned' as const, leftOn: '2026-01-01', leavesAtRenewal: false },
      errors: {},
    };
    expect(memberEditErrors(edit, '2026-01-10')).toEqual({ leftOn: { code: 'beforeJoined' } });
    expect(memberEditErrors({ ...edit, values: { ...edit.values, leftOn: '' } }, '2026-01-10')).toEqual({});
  });

  it('is read-only without `manage`: no form event does anything', async () => {
    const sut = controlledActor(spaceCompositionMachine, { ...INPUT, manage: false }, ['load']);
    await sut.send({ type: 'composition.load' });
    await sut.send(loaded);
    for (const e of PERSON_EVENTS) await sut.send(e);
    const s = sut.actor.getSnapshot() as Snap;
    expect(s.value).toBe('ready');
    expect(s.context.draft).toEqual({ displayName: '', role: '', joinedOn: TODAY });
    expect(sut.calls.map((c) => c.id)).toEqual(['load']);
  });

  it('keeps what was typed in the add form while a member is changed', async () => {
    const sut = controlledActor(spaceCompositionMachine, INPUT, ['load', 'updateMember']);
    await sut.send({ type: 'composition.load' });
    await sut.send(loaded);
    await sut.send({ type: 'member.change', field: 'displayName', value: 'Nadia B.' });
    await sut.send({ type: 'member.add' });
    expect((sut.actor.getSnapshot() as Snap).context.errors).toEqual({ role: { code: 'required' } });
    await sut.send({ type: 'member.edit', memberId: 'm_2' });
    await sut.send({ type: 'edit.change', field: 'leavesAtRenewal', value: true });
    await sut.send({ type: 'edit.save' });
    await sut.send(updated);
    await sut.send({ type: 'member.change', field: 'role', value: 'concerned' });
    const s = sut.actor.getSnapshot() as Snap;
    expect(s.context.draft).toEqual({ displayName: 'Nadia B.', role: 'concerned', joinedOn: TODAY });
    expect(s.context.errors).toEqual({});
    expect(sut.calls.at(-1)?.input).toEqual({ spaceId: SPACE.id, memberId: 'm_2', patch: { leavesAtRenewal: true } });
  });

  it('closes the change form without a request when nothing changed', async () => {
    const sut = controlledActor(spaceCompositionMachine, INPUT, ['load', 'updateMember']);
    await sut.send({ type: 'composition.load' });
    await sut.send(loaded);
    await sut.send({ type: 'member.edit', memberId: 'm_2' });
    await sut.send({ type: 'edit.save' });
    expect((sut.actor.getSnapshot() as Snap).value).toBe('ready');
    expect(sut.calls.map((c) => c.id)).toEqual(['load']);
  });

  it('talks to a back end by the space id, and reads the group again after a change', async () => {
    const calls: string[] = [];
    let members = [...MEMBERS];
    const backend = {
      getSpace: async (s: string) => {
        calls.push(`space:${s}`);
        return SPACE;
      },
      listMembers: async (s: string) => {
        calls.push(`members:${s}`);
        return members;
      },
      getComposition: async (s: string) => {
        calls.push(`composition:${s}`);
        return compositionOf(members);
      },
      addMember: async (s: string, input: { displayName: string; role: 'concerned'; joinedOn: string }) => {
        calls.push(`add:${s}:${input.displayName}`);
        const m = member('m_9', input.role, { displayName: input.displayName, joinedOn: input.joinedOn });
        members = [...members, m];
        return m;
      },
    } as unknown as BackofficeBackend;
    const machine = spaceCompositionMachine.provide({ actors: compositionActors(async () => backend) });
    const actor = createActor(machine, { input: INPUT }).start();
    actor.send({ type: 'composition.load' });
    await new Promise((r) => setTimeout(r, 0));
    expect(connectSpaceComposition(actor.getSnapshot()).parity).toMatchObject({ percent: 33, ok: false });
    actor.send({ type: 'member.change', field: 'displayName', value: '  Nadia B. ' });
    actor.send({ type: 'member.change', field: 'role', value: 'concerned' });
    actor.send({ type: 'member.add' });
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual([
      'space:groupe-rsa-nord',
      'members:s_nord',
      'composition:s_nord',
      'add:s_nord:Nadia B.',
      'members:s_nord',
      'composition:s_nord',
    ]);
    const view = connectSpaceComposition(actor.getSnapshot());
    expect(view.parity).toMatchObject({ percent: 50, ok: true });
    expect(view.notice).toEqual({ kind: 'added', memberId: 'm_9', name: 'Nadia B.' });
    expect(view.draft).toEqual({ displayName: '', role: '', joinedOn: TODAY });
  });

  it('says there is no back end', async () => {
    const machine = spaceCompositionMachine.provide({ actors: compositionActors(async () => null) });
    const actor = createActor(machine, { input: INPUT }).start();
    actor.send({ type: 'composition.load' });
    await new Promise((r) => setTimeout(r, 0));
    expect(actor.getSnapshot().value).toBe('error');
    expect(actor.getSnapshot().context.failure?.message).toMatch(/No back end/);
  });

  it('lists present members by role, then those arriving, then those gone; names who leave at renewal', () => {
    const members = [
      member('a', 'elected', { displayName: 'Zoé' }),
      member('b', 'concerned', { displayName: 'Yves', leavesAtRenewal: true }),
      member('c', 'concerned', { displayName: 'Ana', leftOn: '2026-02-01', leavesAtRenewal: true }),
      member('d', 'partner', { displayName: 'Bob', joinedOn: '2026-04-01' }),
    ];
    const actor = createActor(
      spaceCompositionMachine.provide({
        actors: { load: fromPromise(async () => ({ space: SPACE, members, composition: compositionOf(members) })) },
      }),
      { input: INPUT },
    ).start();
    actor.send({ type: 'composition.load' });
    return new Promise<void>((done) =>
      setTimeout(() => {
        const view = connectSpaceComposition(actor.getSnapshot());
        expect(view.rows.map((r) => `${r.displayName}:${r.presence}`)).toEqual([
          'Yves:present',
          'Zoé:present',
          'Bob:arriving',
          'Ana:left',
        ]);
        expect(view.leaving).toEqual(['Yves']);
        expect(view.sizeStatus).toBe('below');
        done();
      }, 0),
    );
  });
});
