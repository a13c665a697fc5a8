import type { SqlDriver } from './driver.js';
import { migrate } from './migrations.js';
import { type PgDriverOptions, pgDriver } from './pg.driver.js';
import { openPglite, pgliteDriver } from './pglite.driver.js';
import { PostgresStore } from './postgres.store.js';

/** Migrates the schema the driver points at, then returns the store over it. */
export async function openPostgresStore(driver: SqlDriver): Promise<PostgresStore> {
  try {
    await migrate(driver);
  } catch (e) {
    await driver.close();
    throw e;
  }
  return new PostgresStore(driver);
}

/**
 * The embedded default: PostgreSQL in the Node process (PGlite), its data in `dataDir`
 * (created when missing; survives a restart), or in memory when `dataDir` is omitted.
 */
export async function openPgliteStore(options: { dataDir?: string } = {}): Promise<PostgresStore> {
  return openPostgresStore(pgliteDriver(await openPglite(options.dataDir)));
}

/** A PostgreSQL server through a node-postgres pool. */
export async function openPgStore(options: PgDriverOptions): Promise<PostgresStore> {
  return openPostgresStore(pgDriver(options));
}
