// What operations read from the database besides the store's own queries: the schema's
// version (readiness) and the outbox backlog (metrics). Kept beside the migrations that
// define those tables, so a schema change sees these two queries too.
import type { SqlExecutor } from './driver.js';
import { MIGRATIONS } from './migrations.js';

/** The newest migration this code knows. */
export const EXPECTED_SCHEMA_VERSION = Math.max(0, ...MIGRATIONS.map((m) => m.version));

/** The version recorded in the database (0 when it was never migrated). */
export async function schemaVersion(db: SqlExecutor): Promise<number> {
  const [exists] = await db.query<{ t: string | null }>("SELECT to_regclass('participe_migrations')::text AS t");
  if (!exists?.t) return 0;
  const [row] = await db.query<{ v: number }>('SELECT coalesce(max(version), 0)::int AS v FROM participe_migrations');
  return row?.v ?? 0;
}

export interface OutboxBacklog {
  /** Notifications written but not yet sent (or skipped). */
  pending: number;
  /** When the oldest of them was written, or null when none waits. */
  oldestAt: string | null;
}

export async function outboxBacklog(db: SqlExecutor): Promise<OutboxBacklog> {
  const [row] = await db.query<{ pending: number; oldest: string | null }>(
    'SELECT count(*)::int AS pending, min(created_at) AS oldest FROM notifications WHERE sent_at IS NULL',
  );
  return { pending: row?.pending ?? 0, oldestAt: row?.oldest ?? null };
}
