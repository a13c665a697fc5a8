import { afterAll, describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { SKILLS } from '../meeting/meeting.schema.js';
import type { BackofficeBackend } from '../store/backoffice.port.js';
import { modelGraph } from '../testing/model-graph.js';
import { connectAttestation } from './attestation.connect.js';
import { attestationActors, attestationErrors, attestationMachine } from './attestation.machine.js';
import type { AttestationEvent, IssueRequest } from './attestation.types.js';
import { attestation, controlledActor, MEMBERS, meeting, SPACE, TODAY } from './space-admin.fixtures.js';
import { ATTESTATION_SKILLS } from './space-admin.shared.js';

type Snap = SnapshotFrom<typeof attestationMachine>;

const INPUT = { spaceId: 'groupe-rsa-nord', manage: true, signedBy: 'Service insertion' };
const MEETINGS = [meeting('mt_1'), meeting('mt_2', { on: '2026-03-10', attendance: ['m_2'] })];
const EARLIER = attestation('at_1');
const loaded = {
  type: 'xstate.done.actor.load',
  output: { space: SPACE, members: MEMBERS, meetings: MEETINGS, attestations: [EARLIER] },
} as const;
const issued = { type: 'xstate.done.actor.issue', output: attestation('at_2', { skills: ['listening'] }) } as const;
const err = (kind: string, issues?: Array<{ path: string[]; message: string }>) =>
  ({ type: 'xstate.error.actor.issue', error: { kind, message: kind, ...(issues ? { issues } : {}) } }) as const;

const PERSON_EVENTS: AttestationEvent[] = [
  { type: 'attestation.load' },
  { type: 'attestation.retry' },
  { type: 'attestation.pick', memberId: 'm_1' },
  { type: 'attestation.pick', memberId: '' },
  { type: 'attestation.skill', skill: 'listening', checked: true },
  { type: 'attestation.skill', skill: 'listening', checked: false },
  { type: 'attestation.change', field: 'signedBy', value: ' ' },
  { type: 'attestation.issue' },
  { type: 'attestation.open', attestationId: 'at_1' },
  { type: 'attestation.open', attestationId: 'at_ghost' },
  { type: 'attestation.close' },
];
type ModelEvent = AttestationEvent | { type: string; output?: unknown; error?: unknown };

const modelEvents = (s: Snap): ModelEvent[] => {
  if (s.matches('loading'))
    return [...PERSON_EVENTS, loaded, { type: 'xstate.error.actor.load', error: { kind: 'offline', message: '' } }];
  if (s.matches('issuing'))
    return [
      ...PERSON_EVENTS,
      issued,
      err('forbidden'),
      err('rejected', [{ path: ['memberId'], message: 'inconnu' }]),
      err('offline'),
    ];
  return PERSON_EVENTS;
};

const serializeState = (s: Snap) => {
  const c = s.context;
  return JSON.stringify({
    value: s.value,
    manage: c.manage,
    wrong: Object.keys(attestationErrors(c.values, c.members)).sort(),
    shown: Object.keys(c.errors).sort(),
    shownId: c.shown?.id ?? null,
    justIssued: c.justIssued,
    failure: c.failure?.kind ?? null,
  });
};

function checkInvariants(s: Snap, calls: Array<{ id: string; input: unknown }>) {
  const c = s.context;
  const view = connectAttestation(s, TODAY);
  expect(c.shown !== null).toBe(s.matches('viewing'));
  if (s.matches('error')) expect(c.failure).not.toBeNull();
  if (!c.manage) expect(c.errors).toEqual({});
  if (s.matches('issuing')) {
    const { id, input } = calls.at(-1)! as { id: string; input: IssueRequest };
    expect(id).toBe('issue');
    expect(input).toEqual({
      spaceId: SPACE.id,
      input: { memberId: 'm_1', skills: ['listening'], otherSkills: '', signedBy: 'Service insertion' },
    });
  }
  if (s.matches('viewing') && c.justIssued) expect(c.attestations[0]?.id).toBe('at_2');
  // The meetings shown are exactly those the picked member attended, oldest first.
  if (c.values.memberId === 'm_1') expect(view.attended.map((m) => m.id)).toEqual(['mt_1']);
  if (c.values.memberId === '') expect(view.attended).toEqual([]);
}

let counted = '';
afterAll(() => console.log(`attestationMachine model-based: ${counted}`));

describe('attestationMachine model', () => {
  const options = {
    input: INPUT,
    events: modelEvents,
    serializeState,
    serializeEvent: (e: ModelEvent) => JSON.stringify(e),
  };
  const { paths, adjacency, edges, pathTo } = modelGraph<ModelEvent, Snap>(attestationMachine, options);
  const IDS = ['load', 'issue'];

  it('reaches every state, the printable page both ways, and read-only', () => {
    const reached = new Set(paths.map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual(['error', 'idle', 'issuing', 'loading', 'ready', 'viewing']);
    expect(paths.some((p) => p.state.matches('viewing') && p.state.context.justIssued)).toBe(true);
    expect(paths.some((p) => p.state.matches('viewing') && !p.state.context.justIssued)).toBe(true);
    expect(paths.some((p) => !p.state.context.manage)).toBe(true);
  });

  it.each(paths.map((p, i) => [i + 1, p.steps.map((s) => s.event.type.replace(/^.*\./, '')).join(' → '), p] as const))(
    'shortest path %i: %s',
    async (_i, _d, path) => {
      const sut = controlledActor(attestationMachine, INPUT, IDS);
      for (const step of path.steps) {
        if (step.event.type !== 'xstate.init') await sut.send(step.event as never);
        expect(serializeState(sut.actor.getSnapshot() as Snap)).toBe(serializeState(step.state));
        checkInvariants(sut.actor.getSnapshot() as Snap, sut.calls);
      }
    },
  );

  it(`takes every transition (${edges.length} edges from ${Object.keys(adjacency).length} states)`, async () => {
    for (const edge of edges) {
      const sut = controlledActor(attestationMachine, INPUT, IDS);
      for (const step of pathTo.get(edge.from)!.steps)
        if (step.event.type !== 'xstate.init') await sut.send(step.event as never);
      await sut.send(edge.event as never);
      expect(serializeState(sut.actor.getSnapshot() as Snap)).toBe(serializeState(edge.to));
      checkInvariants(sut.actor.getSnapshot() as Snap, sut.calls);
    }
    counted = `${paths.length} shortest paths, ${edges.length} transitions, ${Object.keys(adjacency).length} states`;
  }, 60_000);
});

describe('attestationMachine', () => {
  it('offers the same skills as the schema', () => {
    expect([...ATTESTATION_SKILLS]).toEqual([...SKILLS]);
  });

  it('asks for a member, a skill (ticked or written) and a signature', () => {
    expect(attestationErrors({ memberId: '', skills: [], otherSkills: '', signedBy: '' }, MEMBERS)).toEqual({
      memberId: { code: 'required' },
      skills: { code: 'noSkill' },
      signedBy: { code: 'required' },
    });
    expect(
      attestationErrors({ memberId: 'm_1', skills: [], otherSkills: 'Tenir un budget', signedBy: 'Service' }, MEMBERS),
    ).toEqual({});
  });

  it('keeps ticked skills in the list order, and the signature for the next attestation', async () => {
    const calls: string[] = [];
    const backend = {
      getSpace: async () => SPACE,
      listMembers: async () => MEMBERS,
      listMeetings: async () => MEETINGS,
      listAttestations: async () => [EARLIER],
      issueAttestation: async (s: string, input: { skills: string[] }) => {
        calls.push(`${s}:${input.skills.join(',')}`);
        return attestation('at_3', { skills: input.skills as never });
      },
    } as unknown as BackofficeBackend;
    const actor = createActor(attestationMachine.provide({ actors: attestationActors(async () => backend) }), {
      input: INPUT,
    }).start();
    actor.send({ type: 'attestation.load' });
    await new Promise((r) => setTimeout(r, 0));
    actor.send({ type: 'attestation.pick', memberId: 'm_1' });
    actor.send({ type: 'attestation.skill', skill: 'writingMinutes', checked: true });
    actor.send({ type: 'attestation.skill', skill: 'speakingInPublic', checked: true });
    actor.send({ type: 'attestation.issue' });
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual(['s_nord:speakingInPublic,writingMinutes']);
    const view = connectAttestation(actor.getSnapshot(), TODAY);
    expect(view.state).toBe('viewing');
    expect(view.issued.map((a) => a.id)).toEqual(['at_3', 'at_1']);
    expect(view.values).toEqual({ memberId: '', skills: [], otherSkills: '', signedBy: 'Service insertion' });
  });
});
