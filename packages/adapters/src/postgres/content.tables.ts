// Each council's content in PostgreSQL (migration 6). Same behaviour as
// `createMemoryContentStore`: seeded once per organisation, each save claims the next version
// of its entry (of two editors saving from the same version, the second writes nothing).
import { type ContentRecord, type ContentStore, type ContentVersion, SEED_ACTOR } from '../service/content.store.js';
import { pgErrorOf, type SqlDriver, UNIQUE_VIOLATION } from './driver.js';

interface EntryRow {
  kind: ContentRecord['kind'];
  id: string;
  locale: string;
  version: number;
  position: number;
  doc: Record<string, unknown>;
  falc_missing: string[];
  updated_at: Date | string;
}

const recordOf = (r: EntryRow): ContentRecord => ({
  kind: r.kind,
  id: r.id,
  locale: r.locale,
  version: r.version,
  position: r.position,
  doc: r.doc,
  falcMissing: r.falc_missing,
  updatedAt: new Date(r.updated_at).toISOString(),
});

const COLUMNS = 'kind, id, locale, version, position, doc, falc_missing, updated_at';

export function sqlContentStore(db: SqlDriver): ContentStore {
  return {
    seed(organisation, records, at) {
      return db.transaction(async (tx) => {
        const claimed = await tx.query(
          `INSERT INTO content_seeds (organisation_id, seeded_at) VALUES ($1, $2)
           ON CONFLICT DO NOTHING RETURNING 1`,
          [organisation, at],
        );
        if (claimed.length === 0) return false;
        const rows = JSON.stringify(
          records.map((r) => ({
            kind: r.kind,
            id: r.id,
            locale: r.locale,
            version: r.version,
            position: r.position,
            doc: r.doc,
          })),
        );
        // One statement per table for the whole pack: a few hundred rows, one round trip each.
        await tx.query(
          `INSERT INTO content_entries (organisation_id, kind, locale, id, version, position, doc, updated_at)
           SELECT $1, r.kind, r.locale, r.id, r.version, r.position, r.doc, $3
           FROM jsonb_to_recordset($2::text::jsonb) AS r(kind text, id text, locale text, version int, position int, doc jsonb)
           ON CONFLICT DO NOTHING`,
          [organisation, rows, at],
        );
        await tx.query(
          `INSERT INTO content_versions (organisation_id, kind, locale, id, version, at, actor, changes, doc)
           SELECT $1, r.kind, r.locale, r.id, r.version, $3, $4::text::jsonb, '{}', r.doc
           FROM jsonb_to_recordset($2::text::jsonb) AS r(kind text, id text, locale text, version int, doc jsonb)
           ON CONFLICT DO NOTHING`,
          [organisation, rows, at, JSON.stringify(SEED_ACTOR)],
        );
        return true;
      });
    },
    async list(organisation, kind, locale) {
      const rows = await db.query<EntryRow>(
        `SELECT ${COLUMNS} FROM content_entries
         WHERE organisation_id = $1 AND kind = $2 AND locale = $3 ORDER BY position, id`,
        [organisation, kind, locale],
      );
      return rows.map(recordOf);
    },
    async get(organisation, kind, locale, id) {
      const [row] = await db.query<EntryRow>(
        `SELECT ${COLUMNS} FROM content_entries
         WHERE organisation_id = $1 AND kind = $2 AND locale = $3 AND id = $4`,
        [organisation, kind, locale, id],
      );
      return row ? recordOf(row) : null;
    },
    async put(organisation, record, expectedVersion, change) {
      const params = [
        organisation,
        record.kind,
        record.locale,
        record.id,
        expectedVersion,
        JSON.stringify(record.doc),
        record.falcMissing,
        record.updatedAt,
      ];
      try {
        return await db.transaction(async (tx) => {
          const [row] =
            expectedVersion === 0
              ? await tx.query<EntryRow>(
                  `INSERT INTO content_entries (organisation_id, kind, locale, id, version, position, doc, falc_missing, updated_at)
                   SELECT $1, $2, $3, $4, $5 + 1,
                     coalesce((SELECT max(position) + 1 FROM content_entries WHERE organisation_id = $1 AND kind = $2), 0),
                     $6::text::jsonb, $7, $8
                   ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
                  params,
                )
              : await tx.query<EntryRow>(
                  `UPDATE content_entries SET version = version + 1, doc = $6::text::jsonb, falc_missing = $7, updated_at = $8
                   WHERE organisation_id = $1 AND kind = $2 AND locale = $3 AND id = $4 AND version = $5
                   RETURNING ${COLUMNS}`,
                  params,
                );
          if (!row) return null;
          await tx.query(
            `INSERT INTO content_versions (organisation_id, kind, locale, id, version, at, actor, changes, doc)
             VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8, $9::text::jsonb)`,
            [
              organisation,
              record.kind,
              record.locale,
              record.id,
              row.version,
              change.at,
              JSON.stringify(change.actor),
              change.changes,
              JSON.stringify(record.doc),
            ],
          );
          return recordOf(row);
        });
      } catch (error) {
        if (pgErrorOf(error)?.code === UNIQUE_VIOLATION) return null;
        throw error;
      }
    },
    async history(organisation, kind, locale, id) {
      const rows = await db.query<Omit<ContentVersion, 'at'> & { at: Date | string }>(
        `SELECT kind, id, locale, version, at, actor, changes, doc FROM content_versions
         WHERE organisation_id = $1 AND kind = $2 AND locale = $3 AND id = $4 ORDER BY version DESC`,
        [organisation, kind, locale, id],
      );
      return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
    },
  };
}
