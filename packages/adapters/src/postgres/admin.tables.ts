// The administration's records in PostgreSQL (migration 5): the audit log and the council's
// settings. Same behaviour as `createMemoryAdminStore`.
import type { IdentityStore } from '../identity/identity.store.js';
import type { AdminStore, AuditEntry, CouncilSettings } from '../service/admin.store.js';
import { pgErrorOf, type SqlExecutor } from './driver.js';

interface AuditRow {
  seq: string | number;
  id: string;
  at: Date | string;
  actor: AuditEntry['actor'];
  action: AuditEntry['action'];
  target_type: AuditEntry['target']['type'];
  target_id: string;
  target_version: number | null;
  before: unknown;
  after: unknown;
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

const entryOf = (r: AuditRow): AuditEntry => ({
  id: r.id,
  seq: Number(r.seq),
  at: new Date(r.at).toISOString(),
  actor: r.actor,
  action: r.action,
  target: { type: r.target_type, id: r.target_id, version: r.target_version },
  before: r.before ?? null,
  after: r.after ?? null,
});

export function sqlAdminStore(db: SqlExecutor, identity: IdentityStore): AdminStore {
  return {
    identity,
    async appendAudit(organisation, e) {
      try {
        await db.query(
          `INSERT INTO audit_log (organisation_id, id, at, actor, action, target_type, target_id, target_version, before, after)
           VALUES ($1, $2, $3, $4::text::jsonb, $5, $6, $7, $8, $9::text::jsonb, $10::text::jsonb)`,
          [
            organisation,
            e.id,
            e.at,
            JSON.stringify(e.actor),
            e.action,
            e.target.type,
            e.target.id,
            e.target.version,
            json(e.before),
            json(e.after),
          ],
        );
        return true;
      } catch (error) {
        if (pgErrorOf(error)?.code === '23505') return false;
        throw error;
      }
    },
    async listAudit(organisation, { before, limit }) {
      const rows = await db.query<AuditRow>(
        `SELECT seq, id, at, actor, action, target_type, target_id, target_version, before, after
         FROM audit_log WHERE organisation_id = $1 AND ($2::bigint IS NULL OR seq < $2::bigint)
         ORDER BY seq DESC LIMIT $3`,
        [organisation, before === undefined ? null : String(before), limit],
      );
      return rows.map(entryOf);
    },
    async lastVersion(organisation, target) {
      const [row] = await db.query<{ v: number }>(
        `SELECT coalesce(max(target_version), 0)::int AS v FROM audit_log
         WHERE organisation_id = $1 AND target_type = $2 AND target_id = $3`,
        [organisation, target.type, target.id],
      );
      return row?.v ?? 0;
    },
    async getSettings(organisation) {
      const [row] = await db.query<{ doc: CouncilSettings; version: number }>(
        'SELECT doc, version FROM council_settings WHERE organisation_id = $1',
        [organisation],
      );
      return row ? { settings: row.doc, version: row.version } : null;
    },
    async putSettings(organisation, settings, expectedVersion) {
      const doc = JSON.stringify(settings);
      if (expectedVersion === 0) {
        const rows = await db.query(
          `INSERT INTO council_settings (organisation_id, version, doc) VALUES ($1, 1, $2::text::jsonb)
           ON CONFLICT DO NOTHING RETURNING 1`,
          [organisation, doc],
        );
        return rows.length === 1;
      }
      const rows = await db.query(
        `UPDATE council_settings SET version = version + 1, doc = $2::text::jsonb
         WHERE organisation_id = $1 AND version = $3 RETURNING 1`,
        [organisation, doc, expectedVersion],
      );
      return rows.length === 1;
    },
  };
}
