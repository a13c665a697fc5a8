// Opens the database a configuration names, brings its schema up to date, and gives the
// store with what operations need beside it (the driver for readiness and metrics).
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { migrateIdentity, sqlIdentityStore } from '../identity/identity.sql.js';
import type { IdentityStore } from '../identity/identity.store.js';
import { sqlAdminStore } from '../postgres/admin.tables.js';
import type { SqlDriver } from '../postgres/driver.js';
import { migrate } from '../postgres/migrations.js';
import { pgDriver } from '../postgres/pg.driver.js';
import { openPglite, pgliteDriver } from '../postgres/pglite.driver.js';
import { pgliteWorkerDriver } from '../postgres/pglite.worker-driver.js';
import { PostgresStore } from '../postgres/postgres.store.js';
import type { AdminStore } from '../service/admin.store.js';
import { type DatabaseConfig, DEFAULT_PGLITE_THREAD } from './config.js';
import { lockDataFolder } from './data-lock.js';

export interface OpenDatabase {
  store: PostgresStore;
  driver: SqlDriver;
  /** Signing keys, API tokens, staff accounts and sessions, in tables of their own. */
  identity: IdentityStore;
  /** The administration's audit log and council settings. */
  admin: AdminStore;
  /** Versions this start applied (empty when the schema was already up to date). */
  applied: number[];
  /** Closes the pool (or PGlite, which writes its files) and releases the folder. */
  close(): Promise<void>;
}

/** Where `dir` keeps PGlite's own files. */
export const pgliteFolder = (dir: string) => join(dir, 'pglite');

/** `postgres://user:***@host/db`, or the PGlite folder: what logs may say about the database. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === 'pglite') return `embedded PostgreSQL (PGlite) in ${config.dir}`;
  const url = new URL(config.url);
  if (url.password) url.password = '***';
  url.search = '';
  return `PostgreSQL ${url.href}${config.schema ? ` (schema ${config.schema})` : ''}`;
}

/**
 * Migrations run under PostgreSQL's advisory lock (see `migrate`): processes starting
 * together on one server take turns. The embedded database takes one process at a time.
 */
export async function openDatabase(config: DatabaseConfig): Promise<OpenDatabase> {
  let release = () => {};
  let driver: SqlDriver;
  if (config.kind === 'pglite') {
    release = lockDataFolder(config.dir);
    // V8 compiles PGlite's 9 MB of WebAssembly once with its quick compiler and no longer
    // recompiles the busy parts with the optimising one in the background, which cost this
    // process more CPU than it saved, and memory: on 20,000 contributions, 1.1 s of CPU to
    // ready instead of 2.5, 167 MB resident idle instead of 254, and less CPU over the next
    // 1,200 requests (bench/http pglite-start). Process-wide, so here, in the command, and
    // not in `openPglite`, which other programs embed.
    setFlagsFromString('--liftoff-only');
    try {
      // By default in a thread of its own: 50 clients at once share two cores instead of queueing
      // on one (bench/http, issue 20). V8's flags are the process's: they apply there too.
      const dataDir = pgliteFolder(config.dir);
      driver =
        (config.thread ?? DEFAULT_PGLITE_THREAD) === 'worker'
          ? await pgliteWorkerDriver({ dataDir })
          : pgliteDriver(await openPglite(dataDir));
    } catch (e) {
      release();
      throw e;
    }
  } else {
    driver = pgDriver({ connectionString: config.url, ...(config.schema ? { schema: config.schema } : {}) });
  }
  const close = async () => {
    try {
      await driver.close();
    } finally {
      release();
    }
  };
  try {
    const applied = await migrate(driver);
    await migrateIdentity(driver);
    const identity = sqlIdentityStore(driver);
    const admin = sqlAdminStore(driver, identity);
    return { store: new PostgresStore(driver), driver, identity, admin, applied, close };
  } catch (e) {
    await close().catch(() => {});
    throw e;
  }
}
