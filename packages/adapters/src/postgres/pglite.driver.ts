import { PGlite } from '@electric-sql/pglite';
import type { SqlDriver, SqlExecutor, SqlParam } from './driver.js';

type Queryable = Pick<PGlite, 'query'>;

// PGlite runs in this process: there is no round trip for a prepared statement to save,
// so `prepareAs` is ignored.
const executor = (db: Queryable): SqlExecutor => ({
  async query<R extends object>(sql: string, params: readonly SqlParam[] = []) {
    return (await db.query<R>(sql, [...params])).rows;
  },
});

/**
 * A driver over one PGlite instance. PGlite is a single session: it queues a query sent
 * while a transaction runs until that transaction ends, so commands never interleave.
 */
export function pgliteDriver(db: PGlite): SqlDriver {
  return {
    ...executor(db),
    transaction: (fn) => db.transaction((tx) => fn(executor(tx))),
    close: () => db.close(),
  };
}

/**
 * Opens embedded PostgreSQL: on disk in `dataDir` (created when missing, kept across
 * restarts), or in memory when `dataDir` is omitted (tests, demos).
 */
export async function openPglite(dataDir?: string): Promise<PGlite> {
  return dataDir ? PGlite.create({ dataDir }) : PGlite.create();
}
