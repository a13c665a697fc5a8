// Test support: a store in a schema of its own on the PostgreSQL server at DATABASE_URL
// (e.g. postgres://postgres@127.0.0.1:5432/test), dropped when the store closes, so that
// parallel runs on one database never see each other's rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgresStore } from './open.js';
import { pgDriver } from './pg.driver.js';
import type { PostgresStore } from './postgres.store.js';

/** The server the PostgreSQL suites run on; they are skipped without it. */
export const DATABASE_URL = process.env['DATABASE_URL'];

const run = randomBytes(4).toString('hex');
let schemas = 0;

export async function pgStoreInFreshSchema(url: string): Promise<PostgresStore> {
  const schema = `participe_test_${run}_s${++schemas}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.end();
  }
  const driver = pgDriver({ connectionString: url, schema, max: 4 });
  return openPostgresStore({
    ...driver,
    close: async () => {
      await driver.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      try {
        await dropper.query(`DROP SCHEMA ${schema} CASCADE`);
      } finally {
        await dropper.end();
      }
    },
  });
}
