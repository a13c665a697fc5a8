// Test support for the space-admin machines (never shipped): a group, its members and
// meetings, and a live actor whose back-end calls wait until the model says how they end.
import { type AnyStateMachine, createActor, fromPromise } from 'xstate';
import type { Attestation, Meeting } from '../meeting/meeting.types.js';
import { composition } from '../space/space.composition.js';
import { SpaceSchema } from '../space/space.schema.js';
import type { Member, Space } from '../space/space.types.js';

export const TODAY = '2026-03-15';

export const SPACE: Space = SpaceSchema.parse({
  id: 's_nord',
  slug: 'groupe-rsa-nord',
  name: 'Groupe ressource du secteur Nord',
  policyArea: 'Insertion',
  territory: 'Secteur Nord',
  charter: { text: 'Co-responsabilité, bienveillance, confidentialité.', adoptedOn: '2026-01-15' },
  composition: { targetSize: 4 },
  createdOn: '2026-01-10',
});

export const member = (id: string, role: Member['role'], over: Partial<Member> = {}): Member => ({
  id,
  spaceId: SPACE.id,
  displayName: `Personne ${id}`,
  role,
  joinedOn: '2026-01-10',
  leftOn: null,
  leavesAtRenewal: false,
  consents: [],
  ...over,
});

/** One person concerned out of three: parity is not met. */
export const MEMBERS: Member[] = [member('m_1', 'concerned'), member('m_2', 'professional'), member('m_3', 'elected')];

export const compositionOf = (members: Member[]) => composition(SPACE, members, TODAY);

export const meeting = (id: string, over: Partial<Meeting> = {}): Meeting => ({
  id,
  spaceId: SPACE.id,
  on: '2026-02-10',
  place: 'Maison des solidarités, salle 2',
  attendance: ['m_1', 'm_2'],
  minutes: '',
  version: 1,
  updatedAt: '2026-02-10T18:00:00.000Z',
  ...over,
});

export const attestation = (id: string, over: Partial<Attestation> = {}): Attestation => ({
  id,
  spaceId: SPACE.id,
  memberId: 'm_1',
  memberName: 'Personne m_1',
  spaceName: SPACE.name,
  meetings: [{ id: 'mt_1', on: '2026-02-10', place: 'Maison des solidarités, salle 2' }],
  skills: ['speakingInPublic'],
  otherSkills: '',
  signedBy: 'Service insertion',
  issuedOn: TODAY,
  ...over,
});

type Pending = { resolve: (v: unknown) => void; reject: (e: unknown) => void };

/**
 * A live actor whose invoked actors (`ids`) wait: `xstate.done.actor.<id>` and
 * `xstate.error.actor.<id>` model events settle the pending call, anything else is sent.
 * Every call's input is kept, in order, in `calls`.
 */
export function controlledActor<M extends AnyStateMachine>(machine: M, input: unknown, ids: readonly string[]) {
  const pending = new Map<string, Pending>();
  const calls: Array<{ id: string; input: unknown }> = [];
  const actors = Object.fromEntries(
    ids.map((id) => [
      id,
      fromPromise(
        ({ input: i }) =>
          new Promise((resolve, reject) => {
            calls.push({ id, input: i });
            pending.set(id, { resolve, reject });
          }),
      ),
    ]),
  );
  const actor = createActor(machine.provide({ actors } as never), { input } as never).start();
  return {
    actor,
    calls,
    async send(e: { type: string; output?: unknown; error?: unknown } & Record<string, unknown>) {
      const done = /^xstate\.done\.actor\.(.+)$/.exec(e.type);
      const failed = /^xstate\.error\.actor\.(.+)$/.exec(e.type);
      if (done) pending.get(done[1]!)!.resolve(e.output);
      else if (failed) pending.get(failed[1]!)!.reject(e.error);
      else return actor.send(e as never);
      // The promise actor reports on a later microtask.
      for (let i = 0; i < 4; i++) await Promise.resolve();
    },
  };
}
