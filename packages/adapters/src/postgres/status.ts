// What operations read from the database besides the store's own queries: the schema's
// version (readiness) and each council's waiting contributions and outbox (metrics). Kept beside
// the migrations that define those tables, so a schema change sees these queries too.
import { AWAITING_ANSWER } from './contribution.sql.js';
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

/** One council's figures for the metrics (labelled by its slug: councils, not spaces). */
export interface OrganisationFigures {
  slug: string;
  /** Public contributions still waiting for their published answer (core's `AWAITING_ANSWER_STATUSES`). */
  awaiting: number;
  /** Of those, the ones past their space's answer delay (core's `isOverdue`). */
  overdue: number;
  /** Notifications not yet sent and not set aside. */
  outboxPending: number;
  /** Notifications set aside after their last attempt (`participe outbox dead`). */
  outboxDead: number;
  /** When the oldest pending one was written (ms since the epoch), or null when none waits. */
  outboxOldestAt: number | null;
}

const DAY_SECONDS = 86_400;

/**
 * Every council's figures in one statement, at `now`. Reads the awaiting contributions through
 * their partial index and the unsent notifications through theirs, so it stays cheap at
 * 100,000 contributions; the metrics cache it for a few seconds.
 */
export async function organisationFigures(db: SqlExecutor, now: Date): Promise<OrganisationFigures[]> {
  const [outbox] = await db.query<{ t: string | null }>("SELECT to_regclass('outbox_deliveries')::text AS t");
  // isOverdue: whole days waited > N ⇔ now ≥ published + (⌊N⌋ + 1) days (N ≥ 0); always for N < 0.
  const late = `c.published_at IS NOT NULL AND s.days IS NOT NULL AND (s.days < 0
    OR $1::timestamptz >= c.published_at + make_interval(secs => (floor(s.days) + 1) * ${DAY_SECONDS}))`;
  const dead = outbox?.t
    ? `EXISTS (SELECT 1 FROM outbox_deliveries d WHERE d.organisation_id = n.organisation_id
        AND d.notification_id = n.id AND d.dead_at IS NOT NULL)`
    : 'FALSE';
  const rows = await db.query<{
    slug: string;
    awaiting: number;
    overdue: number;
    pending: number;
    dead: number;
    /** ISO 8601, as the service writes it (a text column: the earliest sorts first). */
    oldest: string | null;
  }>(
    `WITH c AS (
      SELECT c.organisation_id AS org, count(*)::int AS awaiting, count(*) FILTER (WHERE ${late})::int AS overdue
      FROM contributions c
      LEFT JOIN (SELECT organisation_id, id, (doc ->> 'answerWithinDays')::float8 AS days FROM spaces) s
        ON s.organisation_id = c.organisation_id AND s.id = c.space_id
      WHERE ${AWAITING_ANSWER}
      GROUP BY 1
    ), n AS (
      SELECT org, count(*) FILTER (WHERE NOT dead)::int AS pending, count(*) FILTER (WHERE dead)::int AS dead,
        min(created_at) FILTER (WHERE NOT dead) AS oldest
      FROM (SELECT n.organisation_id AS org, n.created_at, ${dead} AS dead
        FROM notifications n WHERE n.sent_at IS NULL) u
      GROUP BY 1
    )
    SELECT o.slug, coalesce(c.awaiting, 0) AS awaiting, coalesce(c.overdue, 0) AS overdue,
      coalesce(n.pending, 0) AS pending, coalesce(n.dead, 0) AS dead, n.oldest
    FROM organisations o LEFT JOIN c ON c.org = o.id LEFT JOIN n ON n.org = o.id
    ORDER BY o.slug`,
    [now.toISOString()],
  );
  return rows.map((r) => ({
    slug: r.slug,
    awaiting: Number(r.awaiting),
    overdue: Number(r.overdue),
    outboxPending: Number(r.pending),
    outboxDead: Number(r.dead),
    outboxOldestAt: r.oldest === null ? null : Date.parse(r.oldest),
  }));
}
