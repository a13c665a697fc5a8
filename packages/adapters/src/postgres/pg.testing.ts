// Test support: a store in a schema of its own on the PostgreSQL server at DATABASE_URL
// (e.g. postgres://postgres@127.0.0.1:5432/test), dropped when the store closes, so that
// parallel runs on one database never see each other's rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { SqlDriver } from './driver.js';
import { openPostgresStore } from './open.js';
import { pgDriver } from './pg.driver.js';
import type { PostgresStore } from './postgres.store.js';

/** The server the PostgreSQL suites run on; they are skipped without it. */
export const DATABASE_URL = process.env['DATABASE_URL'];

const run = randomBytes(4).toString('hex');
let schemas = 0;

/** A store, and plain SQL in its schema to look at what it wrote. */
export interface TestDatabase {
  store: PostgresStore;
  /** The store's own driver, for what works beside the store (the outbox, operations' queries). */
  driver: SqlDriver;
  query<R extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

export async function pgTestDatabase(url: string): Promise<TestDatabase> {
  const schema = `participe_test_${run}_s${++schemas}`;
  const reader = new pg.Client({ connectionString: url });
  await reader.connect();
  await reader.query(`CREATE SCHEMA ${schema}`);
  await reader.query(`SET search_path TO ${schema}`);
  const pool = pgDriver({ connectionString: url, schema, max: 4 });
  const driver: SqlDriver = {
    ...pool,
    close: async () => {
      await pool.close();
      await reader.query(`DROP SCHEMA ${schema} CASCADE`);
      await reader.end();
    },
  };
  const store = await openPostgresStore(driver);
  return { store, driver, query: async (sql, params = []) => (await reader.query(sql, [...params])).rows };
}

export const pgStoreInFreshSchema = async (url: string): Promise<PostgresStore> => (await pgTestDatabase(url)).store;
