// Groups and members go straight to the store: the service has no command to create a
// space (a council sets its groups up once); everything else goes through the service.
import { MemberSchema, type ParticipeStore, SpaceSchema } from '@participe/core';
import type { FakeClock } from './clock.js';
import type { DemoSpace } from './spaces.js';

export async function putGroup(store: ParticipeStore, clock: FakeClock, demo: DemoSpace): Promise<void> {
  const { charterText, ...fields } = demo.space;
  const createdOn = clock.day(-demo.createdDaysAgo);
  const adoptedOn = clock.day(-(demo.createdDaysAgo - 20));
  const space = SpaceSchema.parse({ ...fields, charter: { text: charterText, adoptedOn }, createdOn });
  await store.putSpace(space);
  for (const m of demo.members) {
    // People concerned agreed in writing to receive an attestation of participation.
    const consents =
      m.role === 'concerned'
        ? [{ purpose: 'attestation', given: true, at: `${adoptedOn}T17:00:00.000Z`, method: 'written' }]
        : [];
    await store.putMember(MemberSchema.parse({ ...m, spaceId: space.id, joinedOn: createdOn, leftOn: null, consents }));
  }
}
