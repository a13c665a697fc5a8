import type pg from 'pg';
import { loadOptional } from '../shared/optional.js';
import type { QueryOptions, SqlDriver, SqlExecutor, SqlParam } from './driver.js';

export interface PgDriverOptions {
  /** e.g. `postgres://participe@127.0.0.1:5432/participe`. */
  connectionString: string;
  /** Schema for Participe's tables (set as the connection's `search_path`); must already exist. */
  schema?: string;
  /** Pool size. @default 10 */
  max?: number;
}

const executor = (client: pg.Pool | pg.PoolClient): SqlExecutor => ({
  async query<R extends object>(sql: string, params: readonly SqlParam[] = [], options: QueryOptions = {}) {
    const query = { text: sql, values: [...params], ...(options.prepareAs ? { name: options.prepareAs } : {}) };
    return (await client.query<R & pg.QueryResultRow>(query)).rows;
  },
});

/** A driver over a node-postgres pool: commands from concurrent requests really run concurrently. */
export function pgDriver(options: PgDriverOptions): SqlDriver {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) {
    throw new Error(`Invalid schema name "${options.schema}": use lower-case letters, digits and _`);
  }
  // `pg` is an optional peer dependency, loaded when the first driver is made; a missing one
  // is reported by the first query (a server migrates, so queries, at start-up).
  const pool = loadOptional('pg', 'A PostgreSQL server (DATABASE_URL)', () => import('pg')).then(({ default: pg }) => {
    const p = new pg.Pool({
      connectionString: options.connectionString,
      max: options.max ?? 10,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // An idle connection that the server drops emits 'error' on the pool; without a listener
    // Node would crash the process. The pool discards that connection and opens a new one.
    p.on('error', () => {});
    return p;
  });
  pool.catch(() => {});
  return {
    async query(sql, params, queryOptions) {
      return executor(await pool).query(sql, params, queryOptions);
    },
    async transaction(fn) {
      const client = await (await pool).connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(executor(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        // A connection that cannot even roll back is destroyed rather than reused.
        await client.query('ROLLBACK').catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        throw e;
      } finally {
        client.release(broken);
      }
    },
    close: async () => (await pool).end(),
  };
}
