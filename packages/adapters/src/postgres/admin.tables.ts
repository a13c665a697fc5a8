// The administration's records in PostgreSQL (migration 5): the audit log, and the council's
// settings as the back office sees them — its part of `organisations.settings` (migration 9),
// where the CLI's are too. Same behaviour as `createMemoryAdminStore`.
import type { IdentityStore } from '../identity/identity.store.js';
import type { AdminStore, AuditEntry } from '../service/admin.store.js';
import { adminSettingsIn } from '../service/council-settings.js';
import { pgErrorOf, type SqlExecutor } from './driver.js';
import { organisationTables } from './organisation.tables.js';

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
    ...adminSettingsIn(organisationTables(db)),
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
  };
}
