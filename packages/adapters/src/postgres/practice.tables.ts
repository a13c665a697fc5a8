// Practice sheets in PostgreSQL (migration 7): the PracticeStore part of the store. The
// search column is the sheet's text folded in JS (as `text.ts` folds contributions: no
// `unaccent` extension) and analysed with the `french` configuration, so "mobilité",
// "mobilite" and "Mobilités" meet on one stem. Same behaviour as `memory/practice.memory.ts`.
import {
  foldText,
  type PracticeChange,
  type PracticeFilter,
  type PracticeRecord,
  type PracticeStore,
  practiceText,
  type StoredPractice,
} from '@participe/core';
import type { SqlExecutor, SqlParam } from './driver.js';
import { assertStorable } from './text.js';

const json = (v: unknown) => JSON.stringify(v);

/** `[[mobilite, transport], [soir]]` → `(mobilite | transport) & (soir)`: only [a-z0-9] words reach it. */
export const tsQueryOf = (terms: readonly (readonly string[])[]): string =>
  terms
    .map((g) => g.map((w) => foldText(w).replace(/[^a-z0-9]/g, '')).filter((w) => w.length > 0))
    .filter((g) => g.length > 0)
    .map((g) => `(${g.join(' | ')})`)
    .join(' & ');

interface Row {
  record: PracticeRecord;
  origin_name: string | null;
  rank?: number;
}
const read = (r: Row): StoredPractice => ({ ...r.record, originName: r.origin_name ?? r.record.organisation });

const UPSERT_VALUES = `$1, $2, $3, $4, $5, $6, $7, $8::timestamptz, $9::text::jsonb, to_tsvector('french', $10::text)`;
const rowParams = (r: PracticeRecord): SqlParam[] => [
  r.organisation,
  r.locale,
  r.id,
  r.version,
  r.status,
  r.shared,
  r.spaceId,
  r.updatedAt,
  json(r),
  foldText(practiceText(r.content)),
];

/** The sheets of `org`, and what other councils share with it. */
export function practiceTables(
  db: SqlExecutor & { transaction: <T>(fn: (tx: SqlExecutor) => Promise<T>) => Promise<T> },
  org: string,
): PracticeStore {
  const record = (change: PracticeChange) => ({ ...change.record, organisation: org });
  const insertVersion = (tx: SqlExecutor, change: PracticeChange, r: PracticeRecord) =>
    tx.query(
      `INSERT INTO practice_versions (organisation_id, locale, id, version, at, actor, action, record)
       VALUES ($1, $2, $3, $4, $5::timestamptz, $6::text::jsonb, $7, $8::text::jsonb)`,
      [org, r.locale, r.id, change.version, change.at, json(change.actor), change.action, json(r)],
    );
  return {
    async seedPractices(make) {
      const [done] = await db.query('SELECT 1 AS x FROM practice_seeds WHERE organisation_id = $1', [org]);
      if (done) return;
      const records = make().map((r) => ({ ...r, organisation: org }));
      assertStorable(records, 'practices');
      await db.transaction(async (tx) => {
        const claimed = await tx.query(
          'INSERT INTO practice_seeds (organisation_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING organisation_id',
          [org],
        );
        if (claimed.length === 0) return;
        for (const r of records) {
          const inserted = await tx.query(
            `INSERT INTO practices (organisation_id, locale, id, version, status, shared, space_id, updated_at, record, search)
             VALUES (${UPSERT_VALUES}) ON CONFLICT DO NOTHING RETURNING id`,
            rowParams(r),
          );
          if (inserted.length > 0) {
            await insertVersion(
              tx,
              { version: 1, at: r.createdAt, actor: { id: null, role: 'system' }, action: 'seed', record: r },
              r,
            );
          }
        }
      });
    },

    async getPractice(id, locale) {
      const [row] = await db.query<Row>(
        `SELECT p.record, o.name AS origin_name FROM practices p LEFT JOIN organisations o ON o.id = p.organisation_id
          WHERE p.locale = $2 AND p.id = $3
            AND (p.organisation_id = $1 OR (p.shared AND p.status = 'published'))
          ORDER BY p.organisation_id = $1 DESC, p.organisation_id LIMIT 1`,
        [org, locale, id],
      );
      return row ? read(row) : null;
    },

    async listPractices(filter: PracticeFilter) {
      const params: SqlParam[] = [org, filter.locale];
      const where = [
        'p.locale = $2',
        filter.includeShared
          ? `(p.organisation_id = $1 OR (p.shared AND p.status = 'published'))`
          : 'p.organisation_id = $1',
      ];
      if (filter.statuses) {
        params.push(json(filter.statuses));
        where.push(`p.status IN (SELECT jsonb_array_elements_text($${params.length}::text::jsonb))`);
      }
      if (filter.spaceId !== undefined) {
        params.push(filter.spaceId);
        where.push(`p.space_id = $${params.length}`);
      }
      const tsq = tsQueryOf(filter.terms ?? []);
      let rank = '1::float8';
      if (tsq) {
        params.push(tsq);
        where.push(`p.search @@ to_tsquery('french', $${params.length})`);
        rank = `ts_rank(p.search, to_tsquery('french', $${params.length}))::float8`;
      }
      const rows = await db.query<Row & { rank: number }>(
        `SELECT p.record, o.name AS origin_name, ${rank} AS rank
           FROM practices p LEFT JOIN organisations o ON o.id = p.organisation_id
          WHERE ${where.join(' AND ')}
          ORDER BY ${tsq ? 'rank DESC, p.id' : 'p.updated_at DESC, p.id'}`,
        params,
      );
      return rows.map((r) => ({ ...read(r), rank: Number(r.rank) }));
    },

    async putPractice(change, expectedVersion) {
      const r = record(change);
      assertStorable(r, 'practice');
      if (r.version !== (expectedVersion ?? 0) + 1 || change.version !== r.version) {
        throw new Error(`Practice ${r.id}: version ${r.version} does not follow ${expectedVersion}`);
      }
      return db.transaction(async (tx) => {
        const written =
          expectedVersion === null
            ? await tx.query(
                `INSERT INTO practices (organisation_id, locale, id, version, status, shared, space_id, updated_at, record, search)
                 VALUES (${UPSERT_VALUES}) ON CONFLICT DO NOTHING RETURNING id`,
                rowParams(r),
              )
            : await tx.query(
                `UPDATE practices SET (version, status, shared, space_id, updated_at, record, search) =
                   ($4, $5, $6, $7, $8::timestamptz, $9::text::jsonb, to_tsvector('french', $10::text))
                 WHERE organisation_id = $1 AND locale = $2 AND id = $3 AND version = $11 RETURNING id`,
                [...rowParams(r), expectedVersion],
              );
        if (written.length === 0) return false;
        await insertVersion(tx, change, r);
        return true;
      });
    },

    async listPracticeChanges(id, locale) {
      const rows = await db.query<{
        version: number;
        at: Date | string;
        actor: PracticeChange['actor'];
        action: PracticeChange['action'];
        record: PracticeRecord;
      }>(
        `SELECT version, at, actor, action, record FROM practice_versions
          WHERE organisation_id = $1 AND locale = $2 AND id = $3 ORDER BY version`,
        [org, locale, id],
      );
      return rows.map((c) => ({ ...c, at: new Date(c.at).toISOString() }));
    },
  };
}
