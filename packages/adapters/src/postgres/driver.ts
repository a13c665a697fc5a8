// The small surface the PostgreSQL store needs from a connection. Two drivers implement
// it (PGlite embedded, node-postgres for a server), so the store has one code path and
// the same contract suite runs on both.

/** A value sent as a query parameter. JSON goes as text and is cast in SQL (`$1::text::jsonb`). */
export type SqlParam = string | number | boolean | null | readonly string[];

export type Row = Record<string, unknown>;

export interface QueryOptions {
  /**
   * Lets a server driver prepare the statement once per connection and skip parsing and
   * planning afterwards. Only for statements whose best plan does not depend on their
   * values (writes by key): a list's plan must follow its filters.
   */
  prepareAs?: string;
}

export interface SqlExecutor {
  /** Runs one statement with `$1`-style parameters and returns its rows. */
  query<R extends object = Row>(sql: string, params?: readonly SqlParam[], options?: QueryOptions): Promise<R[]>;
}

export interface SqlDriver extends SqlExecutor {
  /**
   * Runs `fn` inside BEGIN … COMMIT on one connection; any throw rolls everything back.
   * Statements outside `fn` never interleave with it (PGlite queues them, pg uses another
   * pooled connection).
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The SQLSTATE and constraint name both drivers put on a server error. */
export function pgErrorOf(e: unknown): { code: string; constraint: string | undefined } | null {
  if (typeof e !== 'object' || e === null) return null;
  const { code, constraint } = e as { code?: unknown; constraint?: unknown };
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  return { code, constraint: typeof constraint === 'string' ? constraint : undefined };
}

export const UNIQUE_VIOLATION = '23505';
