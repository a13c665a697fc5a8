// The stores a service test runs on: memory and PGlite always, PostgreSQL when DATABASE_URL
// is set, each in a fresh schema. Close the shared PGlite database with `closeStores`.
import type { OrganisationStore, ParticipeStore } from '@participe/core';
import { MemoryStore } from '../memory/memory.store.js';
import { DATABASE_URL, pgStoreInFreshSchema } from '../postgres/pg.testing.js';
import { openPglite, type PgliteDatabase } from '../postgres/pglite.driver.js';
import { storeInFreshSchema } from '../postgres/schema.testing.js';

export type TestStore = ParticipeStore & OrganisationStore;

let pglite: PgliteDatabase | undefined;

export const EVERY_STORE: Array<[string, () => Promise<TestStore>]> = [
  ['memory', async () => new MemoryStore()],
  [
    'PGlite',
    async () => {
      pglite ??= await openPglite();
      return storeInFreshSchema(pglite);
    },
  ],
  ...(DATABASE_URL
    ? [['PostgreSQL', () => pgStoreInFreshSchema(DATABASE_URL as string)] as [string, () => Promise<TestStore>]]
    : []),
];

export async function closeStores(): Promise<void> {
  await pglite?.close();
  pglite = undefined;
}
