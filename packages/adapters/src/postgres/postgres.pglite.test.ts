import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contribution, space } from '../testing/fixtures.js';
import { describeStoreContract, storeBuilt } from '../testing/store-contract.js';
import { migrate } from './migrations.js';
import { openPgliteStore, openPostgresStore } from './open.js';
import type { PgliteDatabase as PGlite } from './pglite.driver.js';
import { openPglite, pgliteDriver } from './pglite.driver.js';
import { storeInFreshSchema } from './schema.testing.js';

// Starting PGlite takes seconds, so the file shares one in-memory instance and gives each
// test a fresh schema of its own, dropped when the contract closes the store.
let db: PGlite;
beforeAll(async () => {
  db = await openPglite();
}, 60_000);
afterAll(async () => {
  await db.close();
});

describeStoreContract('PGlite (in memory)', () => storeInFreshSchema(db));

describe('PGlite on disk', () => {
  it('keeps the data across a close and a reopen, and migrates only once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'participe-pglite-'));
    try {
      const c = contribution({ title: 'Une crèche ouverte plus tôt' });
      const first = await openPgliteStore({ dataDir: dir });
      await first.putSpace(space());
      await storeBuilt(first, c);
      await first.close();

      const again = await openPglite(dir);
      expect(await migrate(pgliteDriver(again))).toEqual([]);
      const store = await openPostgresStore(pgliteDriver(again));
      expect(await store.getContribution(c.id)).toEqual(c.view);
      expect(await store.getEvents(c.id)).toEqual(c.events);
      expect((await store.listContributions({ q: 'creche' })).items.map((v) => v.id)).toEqual([c.id]);
      await store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
