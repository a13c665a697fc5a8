// Seeds for the administration widgets' browser tests and stories (never shipped): a memory
// store with the council's groups (one archived) and the in-process back end acting as its
// administrator. No test runner is imported, so Storybook can load it. Names are invented.
import { createLocalAdministration } from '@participe/adapters/local';
import { MemoryStore } from '@participe/adapters/memory';
import type { Identity } from '../../../adapters/src/service/api.js';
import { space } from '../../../adapters/src/testing/fixtures.js';

export const NOW = new Date('2026-03-15T12:00:00.000Z');

export const ADMINISTRATOR: Identity = { role: 'professional', memberId: 'acc_admin', spaceIds: [], admin: true };

/** The council's groups: Nord (open), Est (archived); or none. */
export async function administered(options: { empty?: boolean; caller?: Identity } = {}) {
  const store = new MemoryStore();
  if (!options.empty) {
    await store.putSpace(space());
    await store.putSpace(
      space({
        id: 's_est',
        slug: 'groupe-familles-est',
        name: 'Groupe familles du secteur Est',
        policyArea: 'Famille',
        territory: 'Secteur Est',
        premoderation: true,
        archivedOn: '2026-02-01',
      }),
    );
  }
  const backend = createLocalAdministration(store, { caller: options.caller ?? ADMINISTRATOR, now: () => NOW });
  return { store, backend };
}

export { failing, gated } from './doubles.js';
