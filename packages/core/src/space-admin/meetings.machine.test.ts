import { afterAll, describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import type { ContributionView } from '../contribution/contribution.connect.js';
import type { Meeting } from '../meeting/meeting.types.js';
import type { BackofficeBackend } from '../store/backoffice.port.js';
import { modelGraph } from '../testing/model-graph.js';
import { connectMeetings } from './meetings.connect.js';
import { captureErrors, meetingErrors, meetingsActors, meetingsMachine } from './meetings.machine.js';
import type { CaptureRequest, CaptureValues, MeetingsEvent, SaveMeetingRequest } from './meetings.types.js';
import { controlledActor, MEMBERS, meeting, member, SPACE, TODAY } from './space-admin.fixtures.js';

type Snap = SnapshotFrom<typeof meetingsMachine>;

const INPUT = { spaceId: 'groupe-rsa-nord', today: TODAY, manage: true };
const MEETING = meeting('mt_1');
const THEIRS = meeting('mt_1', { version: 2, place: 'Mairie annexe', minutes: 'Leur compte rendu.' });
const CONTRIBUTION = { id: 'c_1', channel: 'meeting', meetingId: 'mt_1' } as unknown as ContributionView;

const loaded = {
  type: 'xstate.done.actor.load',
  output: { space: SPACE, members: MEMBERS, meetings: [MEETING] },
} as const;
const saved = (m: Meeting) => ({ type: 'xstate.done.actor.save', output: m }) as const;
const captured = { type: 'xstate.done.actor.capture', output: CONTRIBUTION } as const;
const err = (id: string, kind: string, extra: Record<string, unknown> = {}) =>
  ({ type: `xstate.error.actor.${id}`, error: { kind, message: kind, ...extra } }) as const;

const CAPTURE_FILL: Array<[keyof CaptureValues, string]> = [
  ['kind', 'proposal'],
  ['title', 'Un bus plus tôt'],
  ['body', 'Le groupe propose un départ à 8 h 10.'],
  ['theme', 'mobilite'],
];

const PERSON_EVENTS: MeetingsEvent[] = [
  { type: 'meetings.load' },
  { type: 'meetings.retry' },
  { type: 'meeting.new' },
  { type: 'meeting.edit', meetingId: 'mt_1' },
  { type: 'meeting.edit', meetingId: 'mt_ghost' },
  { type: 'meeting.change', field: 'place', value: 'Salle des fêtes' },
  { type: 'meeting.change', field: 'on', value: '2026-02-30' },
  { type: 'meeting.attend', memberId: 'm_3', present: true },
  { type: 'meeting.save' },
  { type: 'meeting.cancel' },
  { type: 'meeting.takeTheirs' },
  { type: 'capture.open', meetingId: 'mt_1' },
  { type: 'capture.submit' },
  { type: 'capture.cancel' },
];
type ModelEvent = MeetingsEvent | { type: string; output?: unknown; error?: unknown };

/** The capture form is filled in reading order: one `capture.change` for the next empty field. */
const nextFill = (s: Snap): MeetingsEvent[] => {
  const next = CAPTURE_FILL.find(([field]) => s.context.capture && s.context.capture.values[field] === '');
  return next ? [{ type: 'capture.change', field: next[0], value: next[1] }] : [];
};

// Answers are offered only while a request is under way.
const modelEvents = (s: Snap): ModelEvent[] => {
  const person = [...PERSON_EVENTS, ...nextFill(s)];
  if (s.matches('loading')) return [...person, loaded, err('load', 'offline')];
  if (s.matches('saving'))
    return [
      ...person,
      saved({ ...MEETING, id: s.context.form?.meetingId ?? 'mt_2', version: 3 }),
      err('save', 'conflict', { theirs: THEIRS }),
      err('save', 'forbidden'),
      err('save', 'rejected', { issues: [{ path: ['place'], message: 'trop long' }] }),
      err('save', 'offline'),
    ];
  if (s.matches('sending'))
    return [
      ...person,
      captured,
      err('capture', 'forbidden'),
      err('capture', 'rejected', { issues: [{ path: ['title'], message: 'vide' }] }),
      err('capture', 'offline'),
    ];
  return person;
};

const serializeState = (s: Snap) => {
  const c = s.context;
  return JSON.stringify({
    value: s.value,
    manage: c.manage,
    form: c.form && {
      edit: c.form.meetingId !== null,
      version: c.form.expectedVersion,
      wrong: Object.keys(meetingErrors(c.form.values)).sort(),
      shown: Object.keys(c.form.errors).sort(),
      attendance: c.form.values.attendance.length,
      theirs: c.form.theirs !== null,
    },
    capture: c.capture && {
      wrong: Object.keys(captureErrors(c.capture.values, c.space)).sort(),
      shown: Object.keys(c.capture.errors).sort(),
    },
    notice: c.notice?.kind ?? null,
    failure: c.failure?.kind ?? null,
  });
};

function checkInvariants(s: Snap, calls: Array<{ id: string; input: unknown }>) {
  const c = s.context;
  const view = connectMeetings(s);
  expect(c.form !== null).toBe(s.matches('recording') || s.matches('saving'));
  expect(c.capture !== null).toBe(s.matches('capturing') || s.matches('sending'));
  if (s.matches('error')) expect(c.failure).not.toBeNull();
  if (!c.manage) expect(['idle', 'loading', 'error', 'ready']).toContain(s.value);
  if (s.matches('saving')) {
    const { id, input } = calls.at(-1)! as { id: string; input: SaveMeetingRequest };
    expect(id).toBe('save');
    expect(input.spaceId).toBe(SPACE.id);
    expect(input.input.place.trim()).not.toBe('');
    // A change always says which version it replaces: the one read, or theirs after a conflict.
    if (c.form!.meetingId) expect(input.existing).toEqual({ id: 'mt_1', expectedVersion: c.form!.expectedVersion });
    else expect(input.existing).toBeUndefined();
  }
  if (s.matches('sending')) {
    const { id, input } = calls.at(-1)! as { id: string; input: CaptureRequest };
    expect(id).toBe('capture');
    expect(input).toEqual({
      spaceId: SPACE.id,
      meetingId: 'mt_1',
      input: {
        kind: 'proposal',
        title: 'Un bus plus tôt',
        body: 'Le groupe propose un départ à 8 h 10.',
        theme: 'mobilite',
      },
    });
  }
  if (c.form?.theirs) {
    // Their version is on screen; what the facilitator typed is still in the form.
    expect(c.form.expectedVersion).toBe(THEIRS.version);
    expect(view.rows.find((r) => r.id === 'mt_1')?.place).toBe(THEIRS.place);
  }
  expect(view.busy).toBe(s.matches('loading') || s.matches('saving') || s.matches('sending'));
}

let counted = '';
afterAll(() => console.log(`meetingsMachine model-based: ${counted}`));

describe('meetingsMachine model', () => {
  const options = {
    input: INPUT,
    events: modelEvents,
    serializeState,
    serializeEvent: (e: ModelEvent) => JSON.stringify(e),
  };
  const { paths, adjacency, edges, pathTo } = modelGraph<ModelEvent, Snap>(meetingsMachine, options);
  const IDS = ['load', 'save', 'capture'];

  it('reaches every state, a conflict and read-only', () => {
    const reached = new Set(paths.map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual([
      'capturing',
      'error',
      'idle',
      'loading',
      'ready',
      'recording',
      'saving',
      'sending',
    ]);
    expect(paths.some((p) => p.state.context.form?.theirs)).toBe(true);
    expect(paths.some((p) => !p.state.context.manage)).toBe(true);
  });

  it.each(paths.map((p, i) => [i + 1, p.steps.map((s) => s.event.type.replace(/^.*\./, '')).join(' → '), p] as const))(
    'shortest path %i: %s',
    async (_i, _d, path) => {
      const sut = controlledActor(meetingsMachine, INPUT, IDS);
      for (const step of path.steps) {
        if (step.event.type !== 'xstate.init') await sut.send(step.event as never);
        expect(serializeState(sut.actor.getSnapshot() as Snap)).toBe(serializeState(step.state));
        checkInvariants(sut.actor.getSnapshot() as Snap, sut.calls);
      }
    },
  );

  it(`takes every transition (${edges.length} edges from ${Object.keys(adjacency).length} states)`, async () => {
    for (const edge of edges) {
      const sut = controlledActor(meetingsMachine, INPUT, IDS);
      for (const step of pathTo.get(edge.from)!.steps)
        if (step.event.type !== 'xstate.init') await sut.send(step.event as never);
      await sut.send(edge.event as never);
      expect(serializeState(sut.actor.getSnapshot() as Snap)).toBe(serializeState(edge.to));
      checkInvariants(sut.actor.getSnapshot() as Snap, sut.calls);
    }
    counted = `${paths.length} shortest paths, ${edges.length} transitions, ${Object.keys(adjacency).length} states`;
  }, 60_000);
});

describe('meetingsMachine', () => {
  it('checks a meeting and a contribution: the field and why', () => {
    expect(meetingErrors({ on: '', place: ' ', attendance: [], minutes: '' })).toEqual({
      on: { code: 'required' },
      place: { code: 'required' },
    });
    expect(meetingErrors({ on: '2026-13-01', place: 'Salle', attendance: [], minutes: 'x'.repeat(20001) })).toEqual({
      on: { code: 'invalidDate' },
      minutes: { code: 'tooLong', max: 20000 },
    });
    expect(captureErrors({ kind: 'proposal', title: 'Bus', body: 'Texte', theme: 'inconnu' }, SPACE)).toEqual({
      theme: { code: 'required' },
    });
  });

  it('on conflict keeps what the facilitator typed, shows theirs, and saves over it only when asked again', async () => {
    let stored = { ...MEETING };
    const saves: Array<{ place: string; expected?: number }> = [];
    const backend = {
      getSpace: async () => SPACE,
      listMembers: async () => MEMBERS,
      listMeetings: async () => [stored],
      saveMeeting: async (_s: string, input: { place: string }, existing?: { id: string; expectedVersion: number }) => {
        saves.push({ place: input.place, ...(existing ? { expected: existing.expectedVersion } : {}) });
        if (existing && existing.expectedVersion !== stored.version) throw { kind: 'conflict', message: 'changed' };
        stored = { ...stored, ...input, version: stored.version + 1 };
        return stored;
      },
    } as unknown as BackofficeBackend;
    const actor = createActor(meetingsMachine.provide({ actors: meetingsActors(async () => backend) }), {
      input: INPUT,
    }).start();
    const settle = () => new Promise((r) => setTimeout(r, 0));
    actor.send({ type: 'meetings.load' });
    await settle();
    actor.send({ type: 'meeting.edit', meetingId: 'mt_1' });
    stored = { ...THEIRS }; // someone else saves meanwhile
    actor.send({ type: 'meeting.change', field: 'place', value: 'Ma salle' });
    actor.send({ type: 'meeting.save' });
    await settle();
    let s = actor.getSnapshot();
    expect(s.value).toBe('recording');
    expect(s.context.failure?.kind).toBe('conflict');
    expect(s.context.form?.values.place).toBe('Ma salle');
    expect(s.context.form?.theirs?.place).toBe('Mairie annexe');
    actor.send({ type: 'meeting.save' });
    await settle();
    s = actor.getSnapshot();
    expect(s.value).toBe('ready');
    expect(saves).toEqual([
      { place: 'Ma salle', expected: 1 },
      { place: 'Ma salle', expected: 2 },
    ]);
    expect(connectMeetings(s).rows[0]).toMatchObject({ place: 'Ma salle', version: 3 });
  });

  it('offers as present the members in the group on the meeting day, and anyone already ticked', () => {
    const members = [
      member('a', 'concerned', { displayName: 'Ana' }),
      member('b', 'elected', { displayName: 'Bob', leftOn: '2026-02-01' }),
      member('c', 'partner', { displayName: 'Cléo', joinedOn: '2026-03-01' }),
    ];
    const actor = createActor(meetingsMachine, { input: INPUT });
    const snap = actor.getSnapshot();
    const at = (on: string, attendance: string[]) =>
      connectMeetings({
        ...snap,
        value: 'recording',
        context: {
          ...snap.context,
          members,
          form: {
            meetingId: null,
            expectedVersion: null,
            values: { on, place: '', attendance, minutes: '' },
            errors: {},
            theirs: null,
          },
        },
      } as Snap).attendance.map((a) => `${a.displayName}${a.checked ? '✓' : ''}`);
    expect(at('2026-01-20', [])).toEqual(['Ana', 'Bob']);
    expect(at('2026-03-10', [])).toEqual(['Ana', 'Cléo']);
    expect(at('2026-03-10', ['b'])).toEqual(['Ana', 'Cléo', 'Bob✓']);
    expect(at('pas une date', [])).toEqual(['Ana', 'Cléo']);
  });
});
