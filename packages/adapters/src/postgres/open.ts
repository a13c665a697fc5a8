import type { SqlDriver } from './driver.js';
import { migrate } from './migrations.js';
import { type PgDriverOptions, pgDriver } from './pg.driver.js';
import { openPglite, pgliteDriver } from './pglite.driver.js';
import { pgliteWorkerDriver } from './pglite.worker-driver.js';
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
 * `thread: 'worker'` runs it in a thread of its own (`pgliteWorkerDriver`), as
 * `participe serve` does: a server then answers HTTP while the database works.
 */
export async function openPgliteStore(
  options: { dataDir?: string /** @default 'main' */; thread?: 'main' | 'worker' } = {},
): Promise<PostgresStore> {
  const { dataDir, thread = 'main' } = options;
  return openPostgresStore(
    thread === 'worker'
      ? await pgliteWorkerDriver(dataDir === undefined ? {} : { dataDir })
      : pgliteDriver(await openPglite(dataDir)),
  );
}

/** A PostgreSQL server through a node-postgres pool. */
export async function openPgStore(options: PgDriverOptions): Promise<PostgresStore> {
  return openPostgresStore(pgDriver(options));
}
