// Each council's content in PostgreSQL (migrations 6 and 8). Same behaviour as
// `createMemoryContentStore`: seeded once per organisation, each save claims the next version
// of its entry (of two editors saving from the same version, the second writes nothing).
import {
  type ContentRecord,
  type ContentStore,
  type ContentVersion,
  contentText,
  SEED_ACTOR,
} from '../service/content.store.js';
import { pgErrorOf, type SqlDriver, UNIQUE_VIOLATION } from './driver.js';
import { tsQueryOf } from './practice.tables.js';

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
  const list: ContentStore['list'] = async (organisation, kind, locale) => {
    const rows = await db.query<EntryRow>(
      `SELECT ${COLUMNS} FROM content_entries
       WHERE organisation_id = $1 AND kind = $2 AND locale = $3 ORDER BY position, id`,
      [organisation, kind, locale],
    );
    return rows.map(recordOf);
  };
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
            search: contentText(r.doc),
          })),
        );
        // One statement per table for the whole pack: a few hundred rows, one round trip each.
        await tx.query(
          `INSERT INTO content_entries (organisation_id, kind, locale, id, version, position, doc, updated_at, search)
           SELECT $1, r.kind, r.locale, r.id, r.version, r.position, r.doc, $3, to_tsvector('french', r.search)
           FROM jsonb_to_recordset($2::text::jsonb)
             AS r(kind text, id text, locale text, version int, position int, doc jsonb, search text)
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
    list,
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
        contentText(record.doc),
      ];
      try {
        return await db.transaction(async (tx) => {
          const [row] =
            expectedVersion === 0
              ? await tx.query<EntryRow>(
                  `INSERT INTO content_entries (organisation_id, kind, locale, id, version, position, doc, falc_missing, updated_at, search)
                   SELECT $1, $2, $3, $4, $5 + 1,
                     coalesce((SELECT max(position) + 1 FROM content_entries WHERE organisation_id = $1 AND kind = $2), 0),
                     $6::text::jsonb, $7, $8, to_tsvector('french', $9)
                   ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
                  params,
                )
              : await tx.query<EntryRow>(
                  `UPDATE content_entries SET version = version + 1, doc = $6::text::jsonb, falc_missing = $7, updated_at = $8,
                     search = to_tsvector('french', $9)
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
    async search(organisation, kind, locale, terms) {
      const tsq = tsQueryOf(terms);
      if (!tsq) return (await list(organisation, kind, locale)).map((r) => ({ ...r, rank: 1 }));
      const rows = await db.query<EntryRow & { rank: number }>(
        `SELECT ${COLUMNS}, ts_rank(search, to_tsquery('french', $4))::float8 AS rank FROM content_entries
         WHERE organisation_id = $1 AND kind = $2 AND locale = $3 AND search @@ to_tsquery('french', $4)
         ORDER BY rank DESC, position, id`,
        [organisation, kind, locale, tsq],
      );
      return rows.map((r) => ({ ...recordOf(r), rank: Number(r.rank) }));
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
