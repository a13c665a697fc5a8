import { loadOptional } from '../shared/optional.js';
import type { SqlDriver, SqlExecutor, SqlParam } from './driver.js';

/**
 * What Participe uses of a PGlite instance or transaction. Written here rather than taken
 * from PGlite, whose own declarations need `@types/emscripten` to compile in a strict project.
 */
export interface PgliteQueryable {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}
/** What Participe uses of a PGlite instance; `new PGlite()` is one. */
export interface PgliteDatabase extends PgliteQueryable {
  transaction<T>(fn: (tx: PgliteQueryable) => Promise<T>): Promise<T>;
  /** Runs several statements without parameters. */
  exec(sql: string): Promise<unknown>;
  close(): Promise<void>;
}
type Queryable = PgliteQueryable;

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
export function pgliteDriver(db: PgliteDatabase): SqlDriver {
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
export async function openPglite(dataDir?: string): Promise<PgliteDatabase> {
  const { PGlite } = await loadOptional(
    '@electric-sql/pglite',
    'The embedded database (PGlite)',
    () => import('@electric-sql/pglite'),
  );
  return dataDir ? PGlite.create({ dataDir }) : PGlite.create();
}
