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
// so `prepareAs` is ignored. `wrote` hears of every statement that went through.
const executor = (db: Queryable, wrote: (sql: string) => void = () => {}): SqlExecutor => ({
  async query<R extends object>(sql: string, params: readonly SqlParam[] = []) {
    const rows = (await db.query<R>(sql, [...params])).rows;
    wrote(sql);
    return rows;
  },
});

/**
 * A table whose statistics are missing or no longer match its size. PGlite keeps no counts of
 * the rows written (its statistics collector stays at zero), so the size on disk stands in:
 * `relpages` is what the last ANALYZE saw. Analysing every table at each start instead kept
 * an existing database of 20,000 contributions busy for 4 s (loaded machine) before its first
 * answer.
 */
const STALE = `(reltuples < 0 OR abs(pg_relation_size(oid) / current_setting('block_size')::int - relpages) > 1 + 0.1 * relpages)`;

const WRITE = /^\s*(?:WITH\b[\s\S]*?\b)?(?:INSERT|UPDATE|DELETE|COPY)\b/i;

/**
 * PGlite has no autovacuum: left alone, its planner never learns how big the tables grew,
 * and a list at 50,000 contributions takes 50 ms instead of 1. This does autovacuum's
 * "analyze" part by about the same rule (50 plus 10 % of the largest table's rows written
 * since the last one, counting write statements): at start for the tables that need it, then
 * whenever that many writes went through, in the background between commands.
 */
function autoAnalyze(db: PgliteDatabase) {
  let since = 0;
  let threshold = 50;
  let running: Promise<void> | null = null;
  let closed = false;
  const analyze = (onlyStale: boolean) => {
    if (running || closed) return;
    since = 0;
    running = (async () => {
      // The schema's own tables only: analysing the catalogues too takes 0.4 s for nothing.
      const [row] = (
        await db.query<{ list: string | null; n: number }>(
          `SELECT string_agg(format('%I', relname), ', ') FILTER (WHERE $1 = false OR stale) AS list,
                  coalesce(max(reltuples), 0)::float8 AS n
             FROM (SELECT relname, reltuples, ${STALE} AS stale
                     FROM pg_class WHERE relkind = 'r' AND relnamespace = current_schema()::regnamespace) t`,
          [onlyStale],
        )
      ).rows;
      if (row?.list) await db.exec(`ANALYZE ${row.list}`);
      threshold = 50 + 0.1 * Math.max(0, row?.n ?? 0);
    })()
      .catch(() => {}) // a failed ANALYZE only leaves the previous statistics
      .finally(() => {
        running = null;
      });
  };
  return {
    start: () => analyze(true),
    wrote(sql: string) {
      if (closed || !WRITE.test(sql)) return;
      since += 1;
      // Started now, not on a later turn of the event loop: PGlite answers without one, so a
      // loop of writes in this process (an import, a seed) never gave that turn, and its
      // tables were left without statistics. PGlite runs the ANALYZE after the command (or
      // transaction) in progress.
      if (since >= threshold) analyze(false);
    },
    async settled() {
      while (running) await running;
    },
    stop() {
      closed = true;
    },
  };
}

/** A driver over PGlite that keeps the planner's statistics fresh (see `autoAnalyze`). */
export interface PgliteDriver extends SqlDriver {
  /** Resolves once the background ANALYZE, if one is running, has finished. */
  statisticsSettled(): Promise<void>;
}

/**
 * A driver over one PGlite instance. PGlite is a single session: it queues a query sent
 * while a transaction runs until that transaction ends, so commands never interleave.
 * `analyze: false` leaves the statistics alone (a test that measures plans by hand).
 */
export function pgliteDriver(db: PgliteDatabase, options: { analyze?: boolean } = {}): PgliteDriver {
  const stats = autoAnalyze(db);
  if (options.analyze === false) stats.stop();
  else stats.start();
  return {
    ...executor(db, stats.wrote),
    transaction: (fn) => db.transaction((tx) => fn(executor(tx, stats.wrote))),
    statisticsSettled: () => stats.settled(),
    async close() {
      stats.stop();
      await stats.settled();
      await db.close();
    },
  };
}

/**
 * PostgreSQL's memory sized for the one session PGlite runs rather than for a server of its
 * own. PGlite allocates and clears PostgreSQL's shared memory when it starts: its default
 * 128 MB of `shared_buffers` made 190 MB of WebAssembly memory, all of it resident, and a
 * second of CPU spent clearing it. Pages left out of the buffers are still in the operating
 * system's cache, one read away.
 */
const MEMORY = ['-c', 'shared_buffers=16MB', '-c', 'max_connections=10'];

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
  const startParams = [...PGlite.defaultStartParams, ...MEMORY];
  return PGlite.create({ ...(dataDir ? { dataDir } : {}), startParams });
}
