import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { describeStoreContract } from '../testing/store-contract.js';
import { openPostgresStore } from './open.js';
import { pgDriver } from './pg.driver.js';

// Runs on a real PostgreSQL server when DATABASE_URL is set, e.g.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx vitest run --project adapters src/postgres
// Each test gets a schema of its own (participe_test_<run>_<n>), dropped when the store
// closes, so parallel runs on one database never see each other's rows.
const url = process.env['DATABASE_URL'];

if (!url) {
  describe.skip('store contract: PostgreSQL server — skipped: set DATABASE_URL to run it', () => {
    it('needs DATABASE_URL', () => {});
  });
} else {
  const run = randomBytes(4).toString('hex');
  let admin: pg.Pool;
  beforeAll(() => {
    admin = new pg.Pool({ connectionString: url, max: 2 });
  });
  afterAll(async () => {
    await admin.end();
  });

  let n = 0;
  describeStoreContract('PostgreSQL server', async () => {
    const schema = `participe_test_${run}_${++n}`;
    await admin.query(`CREATE SCHEMA ${schema}`);
    const driver = pgDriver({ connectionString: url, schema, max: 8 });
    return openPostgresStore({
      ...driver,
      close: async () => {
        await driver.close();
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      },
    });
  });
}
