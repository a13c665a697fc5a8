// The outbox for several processes on one PostgreSQL: each notification is claimed by one of
// them (`FOR UPDATE SKIP LOCKED`), for a lease; sent, then marked; a failure waits a backoff,
// and after the last attempt allowed it is dead (listed for administrators). The delivery
// state lives in tables of its own, with their own migration record
// (`participe_outbox_migrations`), beside the `notifications` the service writes: the
// dispatcher is server-wide, every council's notifications go through it.
import type { NotificationRecord } from '@participe/core';
import type { DeadLetters, DeadNotification, OutboxQueue } from '../notifications/outbox.js';
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

// The notification's organisation, whether or not the schema has the column yet (migration 4).
const ORG_OF = (alias: string) => `coalesce(to_jsonb(${alias}) ->> 'organisation_id', 'default')`;

const RECORD_COLUMNS = `n.id, n.contribution_id AS "contributionId", n.kind, n.recipient AS "to", n.payload,
  n.created_at AS "createdAt", n.sent_at AS "sentAt", ${ORG_OF('n')} AS organisation`;

/**
 * Candidates: unsent, with somewhere to go, not dead, due, not held by a live claim. Locked
 * with SKIP LOCKED, so two processes claiming at once take different rows.
 */
const SELECT_CANDIDATES = `SELECT n.id, ${ORG_OF('n')} AS org FROM notifications n
  WHERE n.sent_at IS NULL AND n.recipient IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM outbox_deliveries d
      WHERE d.organisation_id = ${ORG_OF('n')} AND d.notification_id = n.id
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

/** The notifications among `(ids[i], orgs[i])` pairs ($1, $2): ids are unique within a council only. */
const PAIRS = `JOIN unnest($1::text[], $2::text[]) AS w (id, org) ON n.id = w.id AND ${ORG_OF('n')} = w.org`;

const slot = (org: string, id: string) => `${org}\u0000${id}`;

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
  return {
    async claim(limit, now) {
      const claimed = await driver.transaction(async (tx) => {
        const candidates = await tx.query<{ id: string; org: string }>(SELECT_CANDIDATES, [limit, iso(now)]);
        if (candidates.length === 0) return [];
        const ids = candidates.map((c) => c.id);
        const won = await tx.query<{ org: string; id: string; attempts: number }>(CLAIM, [
          ids,
          iso(now),
          iso(new Date(now.getTime() + lease)),
          candidates.map((c) => c.org),
        ]);
        // Sent by another process between the two statements: nothing to do.
        const unsent = await tx.query<{ id: string; org: string }>(
          `SELECT n.id, w.org FROM notifications n ${PAIRS} WHERE n.sent_at IS NULL`,
          [won.map((w) => w.id), won.map((w) => w.org)],
        );
        const still = new Set(unsent.map((u) => slot(u.org, u.id)));
        return won.filter((w) => still.has(slot(w.org, w.id)));
      });
      if (claimed.length === 0) return [];
      const records = await driver.query<NotificationRecord & { organisation: string }>(
        `SELECT ${RECORD_COLUMNS} FROM notifications n ${PAIRS} ORDER BY n.position`,
        [claimed.map((c) => c.id), claimed.map((c) => c.org)],
      );
      const attempts = new Map(claimed.map((c) => [slot(c.org, c.id), Number(c.attempts)]));
      return records.map((r) => ({ ...r, attempts: attempts.get(slot(r.organisation, r.id)) ?? 0 }));
    },

    async done(key, at) {
      const { id, organisation } = keyOf(key);
      await driver.transaction(async (tx) => {
        await tx.query(
          `UPDATE notifications AS n SET sent_at = $2 WHERE n.id = $1 AND ${ORG_OF('n')} = $3 AND n.sent_at IS NULL`,
          [id, iso(at), organisation],
        );
        await tx.query('DELETE FROM outbox_deliveries WHERE organisation_id = $2 AND notification_id = $1', [
          id,
          organisation,
        ]);
      });
    },

    async failed(key, at, failure) {
      const { id, organisation } = keyOf(key);
      await driver.query(
        `UPDATE outbox_deliveries SET attempts = attempts + 1, claimed_until = NULL, last_error = $3,
            next_attempt_at = coalesce($4::timestamptz, next_attempt_at),
            dead_at = CASE WHEN $4::timestamptz IS NULL THEN $2::timestamptz END
          WHERE organisation_id = $5 AND notification_id = $1`,
        [id, iso(at), failure.error, failure.retryAt ? iso(failure.retryAt) : null, organisation],
      );
    },

    async defer(key, until) {
      const { id, organisation } = keyOf(key);
      await driver.query(
        `UPDATE outbox_deliveries SET claimed_until = NULL, next_attempt_at = $2
          WHERE organisation_id = $3 AND notification_id = $1`,
        [id, iso(until), organisation],
      );
    },

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
          JOIN notifications n ON n.id = d.notification_id AND ${ORG_OF('n')} = d.organisation_id
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
