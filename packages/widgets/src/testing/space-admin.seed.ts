// Seeds for the group-running widgets' browser tests and stories (never shipped): a memory
// store with a group, its members, meetings and attestations, and the in-process back end
// acting as a facilitator or as a member. No test runner is imported, so Storybook can load it.
// Names are invented.
import { createLocalBackoffice } from '@participe/adapters/local';
import { MemoryStore } from '@participe/adapters/memory';
import type { Attestation, Meeting, Member } from '@participe/core';
import { space } from '../../../adapters/src/testing/fixtures.js';

/** The tests' "today". */
export const NOW = new Date('2026-03-15T12:00:00.000Z');
export const SPACE_ID = 's_nord';

export const member = (id: string, displayName: string, role: Member['role'], over: Partial<Member> = {}): Member => ({
  id,
  spaceId: SPACE_ID,
  displayName,
  role,
  joinedOn: '2026-01-10',
  leftOn: null,
  leavesAtRenewal: false,
  consents: [],
  ...over,
});

/** Six members, three people concerned: parity is met (50 %). */
export const balanced = (): Member[] => [
  member('m_fac', 'Claire D.', 'facilitator'),
  member('m_amel', 'Amel K.', 'concerned'),
  member('m_bruno', 'Bruno L.', 'concerned', { leavesAtRenewal: true }),
  member('m_chantal', 'Chantal M.', 'concerned'),
  member('m_elu', 'Denis P.', 'elected'),
  member('m_pro', 'Emma R.', 'professional'),
];

/** Five members, two people concerned: parity is not met (40 %). */
export const belowParity = (): Member[] => balanced().filter((m) => m.id !== 'm_chantal');

export const meeting = (id: string, on: string, attendance: string[], over: Partial<Meeting> = {}): Meeting => ({
  id,
  spaceId: SPACE_ID,
  on,
  place: 'Maison des solidarités, salle 2',
  attendance,
  minutes: '',
  version: 1,
  updatedAt: `${on}T18:00:00.000Z`,
  ...over,
});

export const twoMeetings = (): Meeting[] => [
  meeting('mt_jan', '2026-01-20', ['m_fac', 'm_amel', 'm_bruno', 'm_elu'], {
    minutes: 'Le groupe a parlé des horaires du bus du matin.',
  }),
  meeting('mt_feb', '2026-02-17', ['m_fac', 'm_amel', 'm_pro'], { place: 'Centre social des Tilleuls' }),
];

export const FACILITATOR = { role: 'facilitator' as const, memberId: 'm_fac', spaceIds: [SPACE_ID] };
export const CONCERNED = { role: 'concerned' as const, memberId: 'm_amel', spaceIds: [SPACE_ID] };

export interface Seed {
  members?: Member[];
  meetings?: Meeting[];
  attestations?: Attestation[];
  /** Who the back end acts as. @default FACILITATOR */
  caller?: typeof FACILITATOR | typeof CONCERNED;
  now?: Date;
}

/** A memory store with the group `groupe-rsa-nord` and what `seed` lists, and its back end. */
export async function seededGroup(seed: Seed = {}) {
  const store = new MemoryStore();
  await store.putSpace(space());
  for (const m of seed.members ?? balanced()) await store.putMember(m);
  for (const m of seed.meetings ?? []) await store.putMeeting(m, null);
  for (const a of seed.attestations ?? []) await store.putAttestation(a);
  const now = seed.now ?? NOW;
  const backend = createLocalBackoffice(store, { caller: seed.caller ?? FACILITATOR, now: () => now });
  return { store, backend };
}

export { failing as failingBackoffice, gated as gatedBackoffice } from './doubles.js';
