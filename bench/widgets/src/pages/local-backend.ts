// The in-process back end the widgets' tests and Storybook use: the real service over a
// memory store, holding one space. Also run in Node by the bench, to learn what its
// `getSpace` answers.
import { createLocalBackend } from '@participe/adapters/local';
import { MemoryStore } from '@participe/adapters/memory';
import { type ParticipeBackend, SpaceSchema } from '@participe/core';

export const SPACE_ID = 's_bench';

export async function localBackend(): Promise<ParticipeBackend> {
  const store = new MemoryStore();
  await store.putSpace(
    SpaceSchema.parse({
      id: SPACE_ID,
      slug: 'groupe-bench',
      name: 'Groupe ressource du secteur Nord',
      policyArea: 'Insertion',
      territory: 'Secteur Nord',
      charter: { text: 'Co-responsabilité, bienveillance, confidentialité.', adoptedOn: '2026-01-15' },
      composition: {},
      createdOn: '2026-01-10',
      answerWithinDays: 60,
    }),
  );
  return createLocalBackend(store);
}
