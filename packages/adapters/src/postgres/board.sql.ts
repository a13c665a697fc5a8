// The public board in one statement, so every figure comes from the same snapshot: counts,
// delays (mean, median, 90th percentile), overdue contributions oldest first, verdicts, themes,
// months and the contributions that carry commitments. Each space brings its own answer delay.
// The figures match `memory/board.memory.ts`; `board.sql.test.ts` checks both against numbers
// worked out by hand.
import {
  BOARD_LEFT_OUT,
  type BoardFigures,
  type BoardQuery,
  boardCommitments,
  type CommitmentRow,
  NO_BOARD_FIGURES,
  VERDICTS,
  writtenIn,
} from '@participe/core';
import { AWAITING_ANSWER, inList, Params } from './contribution.sql.js';
import type { SqlExecutor } from './driver.js';

const DAY_SECONDS = 86_400;
/** Whole days from `from` to `to`, never below 0: core's `daysWaiting`. */
const wholeDays = (from: string, to: string) =>
  `greatest(0, floor((extract(epoch FROM ${to}) - extract(epoch FROM ${from})) / ${DAY_SECONDS}))`;

/** `organisation`: the council whose contributions are counted (space ids are unique only within one). */
export function boardQuery(query: BoardQuery, organisation = 'default') {
  const p = new Params();
  const org = p.add(organisation);
  const ids = p.add(query.spaces.map((s) => s.id));
  const delays = p.add(query.spaces.map((s) => String(s.answerWithinDays)));
  const now = `${p.add(query.now)}::timestamptz`;
  // A range on published_at, so the index on (organisation, space, published_at) reads that year only.
  const year =
    query.year == null
      ? 'TRUE'
      : `published_at >= make_timestamptz(${p.add(query.year)}::int, 1, 1, 0, 0, 0, 'UTC')
        AND published_at < make_timestamptz(${p.add(query.year)}::int + 1, 1, 1, 0, 0, 0, 'UTC')`;
  const limit = p.add(query.overdueLimit ?? 20);
  // isOverdue: whole days waited > N ⇔ waited ≥ ⌊N⌋ + 1 days (N ≥ 0); always for N < 0.
  const late = `(${AWAITING_ANSWER} AND (s.days < 0 OR coalesce(answer_published_at, ${now})
      >= published_at + make_interval(secs => (floor(s.days) + 1) * ${DAY_SECONDS})))`;
  const sql = `WITH
    s AS (SELECT * FROM unnest(${ids}::text[], ${delays}::text[]::float8[]) AS s(id, days)),
    c AS MATERIALIZED (
      SELECT c.id, c.space_id, c.theme, c.published_at, c.view, ${late} AS late,
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
      (SELECT coalesce(json_agg(json_build_object('id', id, 'spaceId', space_id, 'title', view->'content'->>'title',
          'lang', view->'content'->>'lang',
          'publishedAt', view->>'publishedAt', 'daysWaiting', ${wholeDays('published_at', now)}::int)
          ORDER BY published_at, id), '[]')
        FROM (SELECT * FROM c WHERE late ORDER BY published_at, id LIMIT ${limit}) o) AS overdue,
      (SELECT coalesce(json_object_agg(verdict, n), '{}')
        FROM (SELECT view->'answer'->>'verdict' AS verdict, count(*)::int AS n FROM c WHERE days IS NOT NULL GROUP BY 1) v) AS verdicts,
      (SELECT coalesce(json_agg(json_build_object('theme', theme, 'label', theme, 'received', n, 'answered', a) ORDER BY theme), '[]')
        FROM (SELECT theme, count(*)::int AS n, count(days)::int AS a FROM c GROUP BY theme) t) AS themes,
      (SELECT coalesce(json_agg(json_build_object('month', month, 'received', n, 'answered', a) ORDER BY month), '[]')
        FROM (SELECT to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*)::int AS n, count(days)::int AS a
          FROM c GROUP BY 1) m) AS months,
      (SELECT coalesce(json_agg(json_build_object('contributionId', id, 'spaceId', space_id,
          'title', view->'content'->>'title', 'titleLang', view->'content'->>'lang', 'lang', view->'answer'->>'lang',
          'commitments', view->'commitments', 'progress', view->'progress')
          ORDER BY id), '[]')
        FROM c WHERE jsonb_array_length(view->'commitments') > 0) AS commitments`;
  return { sql, params: p.values };
}

interface BoardRow {
  received: number;
  answered: number;
  mean: number | null;
  median: number | null;
  p90: number | null;
  overdue_count: number;
  overdue: BoardFigures['overdue'];
  verdicts: Record<string, number>;
  themes: BoardFigures['byTheme'];
  months: BoardFigures['byMonth'];
  commitments: CommitmentRow[];
}

/** The board's figures, read with `db` (the store's driver or a transaction). */
export async function readBoard(db: SqlExecutor, query: BoardQuery, organisation = 'default'): Promise<BoardFigures> {
  if (query.spaces.length === 0) return structuredClone(NO_BOARD_FIGURES);
  const { sql, params } = boardQuery(query, organisation);
  const [row] = await db.query<BoardRow>(sql, params);
  if (!row) throw new Error('board: the statement returned no row');
  // Some drivers hand `json` back as text.
  const parsed = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
  const verdicts = parsed(row.verdicts);
  return {
    received: row.received,
    answered: row.answered,
    meanDaysToAnswer: row.mean === null ? null : Number(row.mean),
    medianDaysToAnswer: row.median === null ? null : Number(row.median),
    p90DaysToAnswer: row.p90 === null ? null : Number(row.p90),
    overdueCount: row.overdue_count,
    overdue: parsed(row.overdue).map((o) => ({
      ...o,
      // Stored without a language (older contributions, SQL null): French.
      lang: writtenIn({ lang: o.lang ?? undefined }),
      publishedAt: new Date(o.publishedAt).toISOString(),
    })),
    byVerdict: VERDICTS.filter((v) => verdicts[v]).map((verdict) => ({ verdict, count: verdicts[verdict]! })),
    byTheme: parsed(row.themes),
    byMonth: parsed(row.months),
    commitments: boardCommitments(parsed(row.commitments), query.now),
  };
}
