// The public board counted from the contributions themselves, as it was read before migration
// 11 (`board-aggregates.migration.ts`): every counted contribution of the council's year with
// its view. The store reads the counts kept by that migration's triggers (`board.sql.ts`);
// this is the reference they are checked against (`board.aggregates.test.ts`) and the
// baseline `bench/server scale` measures them beside.
import { BOARD_LEFT_OUT, type BoardFigures, type BoardQuery, NO_BOARD_FIGURES } from '@participe/core';
import {
  type BoardRow,
  commitmentEntry,
  figures,
  lateSql,
  overdueEntry,
  publishedIn,
  spacesSql,
  wholeDays,
} from './board.sql.js';
import { inList, Params } from './contribution.sql.js';
import type { SqlExecutor } from './driver.js';

/** `organisation`: the council whose contributions are counted (space ids are unique only within one). */
export function boardFromRowsQuery(query: BoardQuery, organisation = 'default') {
  const p = new Params();
  const org = p.add(organisation);
  const ids = p.add(query.spaces.map((s) => s.id));
  const delays = p.add(query.spaces.map((s) => String(s.answerWithinDays)));
  const now = `${p.add(query.now)}::timestamptz`;
  const year = publishedIn(p, query.year);
  const limit = p.add(query.overdueLimit ?? 20);
  const sql = `WITH
    ${spacesSql(ids, delays)},
    c AS MATERIALIZED (
      SELECT c.id, c.space_id, c.theme, c.published_at, c.view, ${lateSql(now)} AS late,
        CASE WHEN answer_published_at IS NOT NULL THEN ${wholeDays('published_at', 'answer_published_at')} END AS days
      FROM contributions c JOIN s ON s.id = c.space_id
      WHERE c.organisation_id = ${org} AND c.space_id = ANY(${ids}::text[]) AND published_at IS NOT NULL
        AND NOT ${inList('status', BOARD_LEFT_OUT)} AND ${year}
    )
    SELECT
      (SELECT count(*)::int FROM c) AS received,
      (SELECT count(days)::int FROM c) AS answered,
      (SELECT avg(days)::float8 FROM c) AS mean,
      (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FROM c WHERE days IS NOT NULL) AS median,
      (SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY days) FROM c WHERE days IS NOT NULL) AS p90,
      (SELECT count(*)::int FROM c WHERE late) AS overdue_count,
      (SELECT coalesce(json_agg(${overdueEntry(now)} ORDER BY published_at, id), '[]')
        FROM (SELECT * FROM c WHERE late ORDER BY published_at, id LIMIT ${limit}) o) AS overdue,
      (SELECT coalesce(json_object_agg(verdict, n), '{}')
        FROM (SELECT view->'answer'->>'verdict' AS verdict, count(*)::int AS n FROM c WHERE days IS NOT NULL GROUP BY 1) v) AS verdicts,
      (SELECT coalesce(json_agg(json_build_object('theme', theme, 'label', theme, 'received', n, 'answered', a) ORDER BY theme), '[]')
        FROM (SELECT theme, count(*)::int AS n, count(days)::int AS a FROM c GROUP BY theme) t) AS themes,
      (SELECT coalesce(json_agg(json_build_object('month', month, 'received', n, 'answered', a) ORDER BY month), '[]')
        FROM (SELECT to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*)::int AS n, count(days)::int AS a
          FROM c GROUP BY 1) m) AS months,
      (SELECT coalesce(json_agg(${commitmentEntry} ORDER BY id), '[]')
        FROM c WHERE jsonb_array_length(view->'commitments') > 0) AS commitments`;
  return { sql, params: p.values };
}

/** The board's figures from the contributions' rows, read with `db`: the reference for `readBoard`. */
export async function readBoardFromRows(
  db: SqlExecutor,
  query: BoardQuery,
  organisation = 'default',
): Promise<BoardFigures> {
  if (query.spaces.length === 0) return structuredClone(NO_BOARD_FIGURES);
  const { sql, params } = boardFromRowsQuery(query, organisation);
  const [row] = await db.query<BoardRow & { median: number | null; p90: number | null }>(sql, params);
  if (!row) throw new Error('board: the statement returned no row');
  return figures(
    row,
    query,
    row.median === null ? null : Number(row.median),
    row.p90 === null ? null : Number(row.p90),
  );
}
