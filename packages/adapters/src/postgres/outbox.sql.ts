// The outbox for several processes on one PostgreSQL: each notification is claimed by one of
// them (`FOR UPDATE SKIP LOCKED`), for a lease; sent, then marked; a failure waits a backoff,
// and after the last attempt allowed it is dead (listed for administrators). The delivery
// state lives in tables of its own, with their own migration record
// (`participe_outbox_migrations`), beside the `notifications` the service writes: the
// dispatcher is server-wide, every council's notifications go through it.
import type { NotificationRecord } from '@participe/core';
import type { DeadLetters, DeadNotification, OutboxQueue, Settlement } from '../notifications/outbox.js';
import { channelOf, keyOf } from '../notifications/outbox.js';
import type { SmsOptOuts } from '../notifications/sms.js';
import type { SqlDriver, SqlParam } from './driver.js';
import { applyVersioned, type VersionedStep } from './versioned.js';

const OUTBOX_MIGRATIONS: readonly VersionedStep[] = [
  {
    version: 1,
    name: 'deliveries, sms opt-outs',
    statements: [
      // One row per notification tried at least once (or claimed now). The organisation is
      // copied from the notification, so the table distributes with it.
      `CREATE TABLE outbox_deliveries (
        organisation_id text COLLATE "C" NOT NULL,
        notification_id text COLLATE "C" NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        claimed_until timestamptz,
        last_error text,
        dead_at timestamptz,
        PRIMARY KEY (organisation_id, notification_id)
      )`,
      'CREATE INDEX outbox_deliveries_dead ON outbox_deliveries (dead_at) WHERE dead_at IS NOT NULL',
      'CREATE INDEX outbox_deliveries_notification ON outbox_deliveries (notification_id)',
      // Keyed hashes of numbers that answered STOP (never the numbers): server-wide, as a
      // person's STOP holds whichever council writes to them.
      `CREATE TABLE sms_opt_outs (
        number_hash text PRIMARY KEY,
        opted_out_at timestamptz NOT NULL
      )`,
    ],
  },
];

/** Brings the outbox tables up to date (several processes may start together). */
export const migrateOutbox = (driver: SqlDriver): Promise<number[]> =>
  applyVersioned(driver, {
    table: 'participe_outbox_migrations',
    lock: 7_243_110_533,
    what: 'The outbox tables',
    steps: OUTBOX_MIGRATIONS,
  });

/**
 * Candidates: unsent, with somewhere to go, not dead, due, not held by a live claim. Locked
 * with SKIP LOCKED, so two processes claiming at once take different rows. Read in order
 * through `notifications_unsent`; each row's delivery state by its key.
 */
const SELECT_CANDIDATES = `SELECT n.id, n.organisation_id AS org FROM notifications n
  WHERE n.sent_at IS NULL AND n.recipient IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM outbox_deliveries d
      WHERE d.organisation_id = n.organisation_id AND d.notification_id = n.id
      AND (d.dead_at IS NOT NULL OR d.next_attempt_at > $2 OR d.claimed_until > $2))
  ORDER BY n.position LIMIT $1
  FOR UPDATE OF n SKIP LOCKED`;

/**
 * The claim itself, a second statement so that it reads a fresh snapshot: a claim another
 * process committed after our first statement began is seen here, and its row is not taken
 * twice. (The rows locked by the first statement stay locked until we commit.)
 */
const CLAIM = `INSERT INTO outbox_deliveries AS d (organisation_id, notification_id, next_attempt_at, claimed_until)
  SELECT c.org, c.id, $2, $3 FROM unnest($1::text[], $4::text[]) AS c (id, org)
  ON CONFLICT (organisation_id, notification_id) DO UPDATE SET claimed_until = EXCLUDED.claimed_until
    WHERE d.dead_at IS NULL AND d.next_attempt_at <= $2 AND (d.claimed_until IS NULL OR d.claimed_until <= $2)
  RETURNING d.organisation_id AS org, d.notification_id AS id, d.attempts`;

/**
 * The claimed notifications still unsent and still with a contact (sent by another process
 * between the two statements, or erased since: left out), each with what its message needs,
 * read in its own council by key: its contribution's space, the author's follow-up code, the
 * council's settings. One statement for the whole batch ($1 ids, $2 councils, $3 attempts):
 * ids are unique within a council only. The space as `getSpace` finds it (an id wins over
 * another space's slug).
 */
const CLAIMED_WITH_CONTEXT = `SELECT n.id, n.contribution_id AS "contributionId", n.kind, n.recipient AS "to", n.payload,
    n.created_at AS "createdAt", n.sent_at AS "sentAt", n.organisation_id AS organisation, w.attempts,
    s.doc ->> 'name' AS "spaceName", s.doc ->> 'slug' AS "spaceSlug", p.follow_up_code AS "followUpCode",
    o.settings ->> 'mailFrom' AS "mailFrom"
  FROM unnest($1::text[], $2::text[], $3::int[]) AS w (id, org, attempts)
  JOIN notifications n ON n.organisation_id = w.org AND n.id = w.id
  LEFT JOIN contributions c ON c.organisation_id = n.organisation_id AND c.id = n.contribution_id
  LEFT JOIN contribution_private p ON p.organisation_id = n.organisation_id AND p.contribution_id = n.contribution_id
  LEFT JOIN organisations o ON o.id = n.organisation_id
  LEFT JOIN LATERAL (SELECT sp.doc FROM spaces sp
    WHERE sp.organisation_id = c.organisation_id AND (sp.id = c.view ->> 'spaceId' OR sp.slug = c.view ->> 'spaceId')
    ORDER BY sp.id = c.view ->> 'spaceId' DESC LIMIT 1) s ON true
  WHERE n.sent_at IS NULL AND n.recipient IS NOT NULL
  ORDER BY n.position`;

/** Marks the batch's sent or skipped notifications ($1 ids, $2 councils) sent at $3. */
const MARK_SENT = `UPDATE notifications AS n SET sent_at = $3
  FROM unnest($1::text[], $2::text[]) AS w (id, org)
  WHERE n.organisation_id = w.org AND n.id = w.id AND n.sent_at IS NULL`;
const FORGET_DELIVERIES = `DELETE FROM outbox_deliveries AS d USING unnest($1::text[], $2::text[]) AS w (id, org)
  WHERE d.organisation_id = w.org AND d.notification_id = w.id`;
/** One more failed attempt for each ($1 ids, $2 councils, $3 when, $4 error kinds, $5 next attempts or '': dead). */
const RECORD_FAILURES = `UPDATE outbox_deliveries AS d SET attempts = d.attempts + 1, claimed_until = NULL,
    last_error = w.error, next_attempt_at = coalesce(w.retry, d.next_attempt_at),
    dead_at = CASE WHEN w.retry IS NULL THEN w.at END
  FROM (SELECT id, org, at, error, nullif(retry, '')::timestamptz AS retry
    FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[], $5::text[]) AS u (id, org, at, error, retry)) AS w
  WHERE d.organisation_id = w.org AND d.notification_id = w.id`;
/** Claimed again from each `until` ($3), without counting an attempt. */
const RECORD_DEFERRALS = `UPDATE outbox_deliveries AS d SET claimed_until = NULL, next_attempt_at = w.until
  FROM unnest($1::text[], $2::text[], $3::timestamptz[]) AS w (id, org, until)
  WHERE d.organisation_id = w.org AND d.notification_id = w.id`;

/** A row of `CLAIMED_WITH_CONTEXT`. */
type ClaimedRow = NotificationRecord & {
  organisation: string;
  attempts: number | string;
  spaceName: string | null;
  spaceSlug: string | null;
  followUpCode: string | null;
  mailFrom: string | null;
};

export interface SqlOutboxOptions {
  /**
   * How long a claim holds: longer than a send can take (the mail server's and the SMS
   * provider's timeouts). A process that dies holding one releases it when it ends. @default 300_000
   */
  leaseMs?: number;
}

export type SqlOutbox = OutboxQueue & DeadLetters & SmsOptOuts;

/** The outbox over `driver` (after `migrateOutbox`). */
export function createSqlOutbox(driver: SqlDriver, options: SqlOutboxOptions = {}): SqlOutbox {
  const lease = options.leaseMs ?? 300_000;
  const iso = (d: Date) => d.toISOString();
  /** Every outcome of a batch in one transaction: at most four statements, whatever its size. */
  async function settle(settlements: readonly Settlement[]): Promise<void> {
    const keys = (of: readonly Settlement[]) => {
      const k = of.map((s) => keyOf(s.key));
      return [k.map((x) => x.id), k.map((x) => x.organisation)] as const;
    };
    const done = settlements.filter((s) => s.outcome === 'done');
    const failed = settlements.filter((s) => s.outcome === 'failed');
    const deferred = settlements.filter((s) => s.outcome === 'deferred');
    if (settlements.length === 0) return;
    await driver.transaction(async (tx) => {
      if (done.length > 0) {
        // One time for the batch: the moment its outcomes are recorded.
        const at = iso(new Date(Math.max(...done.map((s) => s.at.getTime()))));
        await tx.query(MARK_SENT, [...keys(done), at]);
        await tx.query(FORGET_DELIVERIES, keys(done));
      }
      if (failed.length > 0) {
        await tx.query(RECORD_FAILURES, [
          ...keys(failed),
          failed.map((s) => iso(s.at)),
          failed.map((s) => s.failure.error),
          failed.map((s) => (s.failure.retryAt ? iso(s.failure.retryAt) : '')),
        ]);
      }
      if (deferred.length > 0) await tx.query(RECORD_DEFERRALS, [...keys(deferred), deferred.map((s) => iso(s.until))]);
    });
  }
  return {
    async claim(limit, now) {
      const rows = await driver.transaction(async (tx) => {
        const candidates = await tx.query<{ id: string; org: string }>(SELECT_CANDIDATES, [limit, iso(now)]);
        if (candidates.length === 0) return [];
        const won = await tx.query<{ org: string; id: string; attempts: number }>(CLAIM, [
          candidates.map((c) => c.id),
          iso(now),
          iso(new Date(now.getTime() + lease)),
          candidates.map((c) => c.org),
        ]);
        if (won.length === 0) return [];
        return tx.query<ClaimedRow>(CLAIMED_WITH_CONTEXT, [
          won.map((w) => w.id),
          won.map((w) => w.org),
          won.map((w) => String(w.attempts)),
        ]);
      });
      return rows.map(({ spaceName, spaceSlug, followUpCode, mailFrom, attempts, ...record }) => ({
        ...record,
        attempts: Number(attempts),
        context: {
          space: spaceName !== null && spaceSlug !== null ? { name: spaceName, slug: spaceSlug } : null,
          followUpCode,
          mailFrom: mailFrom ?? undefined,
        },
      }));
    },

    done: (key, at) => settle([{ key, outcome: 'done', at }]),
    failed: (key, at, failure) => settle([{ key, outcome: 'failed', at, failure }]),
    defer: (key, until) => settle([{ key, outcome: 'deferred', until }]),
    settle,

    async listDead(limit, scope = {}) {
      const params: SqlParam[] = [limit];
      const where = ['d.dead_at IS NOT NULL', 'n.sent_at IS NULL'];
      const add = (value: SqlParam) => `$${params.push(value)}`;
      if (scope.organisation !== undefined) where.push(`d.organisation_id = ${add(scope.organisation)}`);
      if (scope.id !== undefined) where.push(`d.notification_id = ${add(scope.id)}`);
      if (scope.after) {
        where.push(
          `(d.dead_at, d.notification_id) > (${add(scope.after.deadAt)}::timestamptz, ${add(scope.after.id)} COLLATE "C")`,
        );
      }
      const rows = await driver.query<{
        id: string;
        contributionId: string;
        kind: NotificationRecord['kind'];
        to: NotificationRecord['to'];
        attempts: number;
        lastError: string | null;
        createdAt: string;
        deadAt: string;
      }>(
        `SELECT n.id, n.contribution_id AS "contributionId", n.kind, n.recipient AS "to", d.attempts,
            d.last_error AS "lastError", n.created_at AS "createdAt", d.dead_at::text AS "deadAt"
          FROM outbox_deliveries d
          JOIN notifications n ON n.organisation_id = d.organisation_id AND n.id = d.notification_id
          WHERE ${where.join(' AND ')} ORDER BY d.dead_at, d.notification_id LIMIT $1`,
        params,
      );
      return rows.map(
        ({ to, deadAt, ...r }): DeadNotification => ({
          ...r,
          attempts: Number(r.attempts),
          channel: channelOf(to),
          deadAt: new Date(deadAt).toISOString(),
        }),
      );
    },

    async revive(id, at, scope = {}) {
      const rows = await driver.query(
        `UPDATE outbox_deliveries SET dead_at = NULL, attempts = 0, last_error = NULL, next_attempt_at = $2
          WHERE notification_id = $1 AND dead_at IS NOT NULL AND ($3::text IS NULL OR organisation_id = $3)
          RETURNING notification_id`,
        [id, iso(at), scope.organisation ?? null],
      );
      return rows.length > 0;
    },

    async isOptedOut(hash) {
      return (await driver.query('SELECT 1 FROM sms_opt_outs WHERE number_hash = $1', [hash])).length > 0;
    },

    async optedOutAmong(hashes) {
      const rows = await driver.query<{ hash: string }>(
        'SELECT number_hash AS hash FROM sms_opt_outs WHERE number_hash = ANY($1::text[])',
        [[...new Set(hashes)]],
      );
      return new Set(rows.map((r) => r.hash));
    },

    async optOut(hash, at) {
      await driver.query(
        'INSERT INTO sms_opt_outs (number_hash, opted_out_at) VALUES ($1, $2) ON CONFLICT (number_hash) DO NOTHING',
        [hash, iso(at)],
      );
    },
  };
}

/** Migrates the outbox tables, then returns the outbox. */
export async function openSqlOutbox(driver: SqlDriver, options: SqlOutboxOptions = {}): Promise<SqlOutbox> {
  await migrateOutbox(driver);
  return createSqlOutbox(driver, options);
}
