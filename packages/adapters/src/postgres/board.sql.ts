// The public board in one statement, so every figure comes from the same snapshot. Counts,
// delays, verdicts, themes and months are sums of the counts the triggers of migration 11
// keep per council, space and month or year (`board-aggregates.migration.ts`): a few rows per
// space, however many contributions it holds. Overdue contributions (which depend on the
// instant asked and on each space's delay) and commitments are read from the rows, through
// partial indexes holding only the contributions waiting for an answer and those with
// commitments. The figures match `memory/board.memory.ts` (`board.sql.test.ts` checks both
// against numbers worked out by hand) and the board counted from the rows themselves
// (`board.rows.sql.ts`, checked by `board.aggregates.test.ts` after random writes).
import {
  AWAITING_ANSWER_STATUSES,
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

export const DAY_SECONDS = 86_400;
/** Seconds from 1 January of year 1 to 1970: nothing was published before (`instant`, contribution.sql.ts). */
const YEAR_ONE = 62_135_596_800;
/** Whole days from `from` to `to`, never below 0: core's `daysWaiting`. */
export const wholeDays = (from: string, to: string) =>
  `greatest(0, floor((extract(epoch FROM ${to}) - extract(epoch FROM ${from})) / ${DAY_SECONDS}))`;

/** Contributions published in `year` (UTC), as a range on published_at that an index reads. */
export function publishedIn(p: Params, year: number | null | undefined, column = 'published_at'): string {
  if (year == null) return 'TRUE';
  const y = p.add(year);
  return `${column} >= make_timestamptz(${y}::int, 1, 1, 0, 0, 0, 'UTC')
    AND ${column} < make_timestamptz(${y}::int + 1, 1, 1, 0, 0, 0, 'UTC')`;
}

/**
 * `isOverdue` for a row joined with its space `s` (`s.days`, its delay), judged at `now`:
 * whole days waited > N ⇔ waited ≥ ⌊N⌋ + 1 days (N ≥ 0); always for N < 0.
 */
export const lateSql = (now: string) =>
  `(${AWAITING_ANSWER} AND (s.days < 0 OR coalesce(answer_published_at, ${now})
      >= published_at + make_interval(secs => (floor(s.days) + 1) * ${DAY_SECONDS})))`;

/** The spaces asked for, each with its delay, as the relation `s(id, days)`. */
export const spacesSql = (ids: string, delays: string) =>
  `s AS (SELECT * FROM unnest(${ids}::text[], ${delays}::text[]::float8[]) AS s(id, days))`;

/** The overdue list's entries from rows `c` (with `view` and `published_at`) and `now`. */
export const overdueEntry = (now: string) => `json_build_object('id', id, 'spaceId', space_id,
          'title', view->'content'->>'title', 'lang', view->'content'->>'lang',
          'publishedAt', view->>'publishedAt', 'daysWaiting', ${wholeDays('published_at', now)}::int)`;

/** The contributions with commitments among rows `c`, as `boardCommitments` reads them. */
export const commitmentEntry = `json_build_object('contributionId', id, 'spaceId', space_id,
          'title', view->'content'->>'title', 'titleLang', view->'content'->>'lang', 'lang', view->'answer'->>'lang',
          'commitments', view->'commitments', 'progress', view->'progress')`;

/** `organisation`: the council whose contributions are counted (space ids are unique only within one). */
export function boardQuery(query: BoardQuery, organisation = 'default') {
  const p = new Params();
  const org = p.add(organisation);
  const ids = p.add(query.spaces.map((s) => s.id));
  const delays = p.add(query.spaces.map((s) => String(s.answerWithinDays)));
  const now = `${p.add(query.now)}::timestamptz`;
  const y = query.year == null ? null : p.add(query.year);
  const months = (m: string) =>
    y === null ? 'TRUE' : `${m} >= make_date(${y}::int, 1, 1) AND ${m} < make_date(${y}::int + 1, 1, 1)`;
  const years = y === null ? 'TRUE' : `year = ${y}::int`;
  const published = y === null ? 'TRUE' : publishedIn(p, query.year, 'c.published_at');
  const limit = p.add(query.overdueLimit ?? 20);
  const asked = '(SELECT ids FROM asked)::text[]';
  const counts = (table: string, when: string) =>
    `FROM ${table} WHERE organisation_id = ${org} AND space_id = ANY((SELECT spaces FROM scope)::text[]) AND ${when}`;
  const rows = `FROM contributions c WHERE c.organisation_id = ${org} AND c.space_id = ANY(${asked})
          AND c.published_at IS NOT NULL AND ${published}`;
  const waiting = `c.answer_published_at IS NULL AND ${inList('c.status', AWAITING_ANSWER_STATUSES)}`;
  // The instant before which a contribution of a space with delay `days` waiting since then is overdue.
  const cutoff = (days: string) => `CASE WHEN ${days} < 0 THEN 'infinity'::timestamptz
        WHEN (floor(${days}) + 1) * ${DAY_SECONDS} > extract(epoch FROM ${now}) + ${YEAR_ONE} THEN '-infinity'::timestamptz
        ELSE ${now} - make_interval(secs => (floor(${days}) + 1) * ${DAY_SECONDS}) END`;
  const monthOf = (t: string) => `date_trunc('month', ${t} AT TIME ZONE 'UTC')`;
  const sql = `WITH
    ${spacesSql(ids, delays)},
    -- The ids once more as a value computed when the statement runs: a constant array written in
    -- each condition would make planning (estimating every id against the statistics) cost
    -- more than running.
    asked AS MATERIALIZED (SELECT array_agg(id) AS ids FROM s),
    -- The council's own counts ('') when the board asks for every space that has some.
    scope AS MATERIALIZED (
      SELECT CASE WHEN whole THEN ARRAY['']::text[] ELSE ${asked} END AS spaces, whole
      FROM (SELECT NOT EXISTS (SELECT 1 FROM board_spaces WHERE organisation_id = ${org} AND space_id <> ''
        AND received > 0 AND NOT space_id = ANY(${asked})) AS whole) w
    ),
    -- Where overdue contributions are counted: the council when every space has the same delay, else each space.
    g AS MATERIALIZED (
      SELECT '' AS space, ${cutoff('min(days)')} AS cutoff FROM s
        HAVING (SELECT whole FROM scope) AND count(DISTINCT days) = 1
      UNION ALL
      SELECT id, ${cutoff('days')} FROM s
        WHERE NOT ((SELECT whole FROM scope) AND (SELECT count(DISTINCT days) FROM s) = 1)
    ),
    cut AS (SELECT array_agg(${cutoff('days')} ORDER BY k) AS at, max(${cutoff('days')}) AS last
      FROM unnest(${delays}::text[]::float8[]) WITH ORDINALITY AS d(days, k)),
    m AS (SELECT month, sum(received)::int AS n, sum(answered)::int AS a ${counts('board_months', months('month'))}
      GROUP BY month HAVING sum(received) > 0),
    d AS (SELECT days, sum(answered)::int AS n ${counts('board_delays', years)} GROUP BY days HAVING sum(answered) > 0),
    -- Waiting again after an answer (rare): overdue by the answer's date. The join alone picks
    -- the spaces, so that the partial index contributions_board_reopened is read, not the
    -- council's year through contributions_space_published.
    reopened AS (SELECT c.id, c.published_at FROM contributions c JOIN s ON s.id = c.space_id
      WHERE c.organisation_id = ${org} AND c.published_at IS NOT NULL AND ${published}
        AND c.answer_published_at IS NOT NULL AND ${lateSql(now)})
    SELECT
      (SELECT coalesce(sum(n), 0)::int FROM m) AS received,
      (SELECT coalesce(sum(a), 0)::int FROM m) AS answered,
      -- avg(days) of the rows: the same numeric division, then float8.
      (SELECT (sum(days::numeric * n) / sum(n))::float8 FROM d) AS mean,
      (SELECT coalesce(json_agg(json_build_array(days, n) ORDER BY days), '[]') FROM d) AS delays,
      -- Overdue: whole months before the cut-off's from the counts, that month from the rows.
      ((SELECT coalesce(sum(b.waiting), 0) FROM g JOIN board_months b ON b.organisation_id = ${org} AND b.space_id = g.space
          AND b.month < ${monthOf('g.cutoff')}::date AND ${months('b.month')})
        + (SELECT coalesce(sum(k), 0) FROM g, LATERAL (SELECT count(*) AS k ${rows} AND ${waiting}
            AND (g.space = '' OR c.space_id = g.space)
            AND c.published_at >= ${monthOf('g.cutoff')} AT TIME ZONE 'UTC' AND c.published_at <= g.cutoff) n)
        + (SELECT count(*) FROM reopened))::int AS overdue_count,
      (SELECT coalesce(json_agg(${overdueEntry(now)} ORDER BY published_at, id), '[]')
        FROM (SELECT c.id, c.space_id, c.view, c.published_at
          FROM (SELECT id, published_at FROM (
              (SELECT c.id, c.published_at ${rows} AND ${waiting}
                AND c.published_at <= (SELECT last FROM cut)
                AND c.published_at <= (SELECT at FROM cut)[array_position(${asked}, c.space_id)]
                ORDER BY c.published_at, c.id LIMIT ${limit})
              UNION ALL (SELECT id, published_at FROM reopened ORDER BY published_at, id LIMIT ${limit})
            ) u ORDER BY published_at, id LIMIT ${limit}) first
          JOIN contributions c ON c.organisation_id = ${org} AND c.id = first.id) o) AS overdue,
      (SELECT coalesce(json_object_agg(verdict, n), '{}')
        FROM (SELECT verdict, sum(answered)::int AS n ${counts('board_verdicts', years)}
          GROUP BY verdict HAVING sum(answered) > 0) v) AS verdicts,
      (SELECT coalesce(json_agg(json_build_object('theme', theme, 'label', theme, 'received', n, 'answered', a) ORDER BY theme), '[]')
        FROM (SELECT theme, sum(received)::int AS n, sum(answered)::int AS a ${counts('board_themes', years)}
          GROUP BY theme HAVING sum(received) > 0) t) AS themes,
      (SELECT coalesce(json_agg(json_build_object('month', to_char(month, 'YYYY-MM'), 'received', n, 'answered', a)
          ORDER BY month), '[]') FROM m) AS months,
      -- Commitments: the partial index contributions_board_commitments.
      (SELECT coalesce(json_agg(${commitmentEntry} ORDER BY id), '[]')
        FROM (SELECT c.id, c.space_id, c.view ${rows} AND NOT ${inList('c.status', BOARD_LEFT_OUT)}
          AND (c.view -> 'commitments' -> 0) IS NOT NULL) c) AS commitments`;
  return { sql, params: p.values };
}

/** What both statements return, the percentiles apart. */
export interface BoardRow {
  received: number;
  answered: number;
  mean: number | null;
  overdue_count: number;
  overdue: BoardFigures['overdue'];
  verdicts: Record<string, number>;
  themes: BoardFigures['byTheme'];
  months: BoardFigures['byMonth'];
  commitments: CommitmentRow[];
}

/** Some drivers hand `json` back as text. */
const parsed = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

/**
 * The `p` percentile (0 to 1) of a histogram of `[value, count]` sorted by value, as
 * PostgreSQL's `percentile_cont` over the values it counts (and core's `percentile`):
 * linear interpolation between ranks; `null` when it counts nothing.
 */
export function percentileOfCounts(counts: readonly (readonly [number, number])[], p: number): number | null {
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const rank = p * (total - 1);
  const valueAt = (index: number) => {
    let seen = 0;
    for (const [value, n] of counts) {
      seen += n;
      if (index < seen) return value;
    }
    throw new Error(`percentileOfCounts: no value at rank ${index} of ${total}`);
  };
  const low = Math.floor(rank);
  const lowValue = valueAt(low);
  return lowValue + (valueAt(Math.ceil(rank)) - lowValue) * (rank - low);
}

/** The board's figures from a row of either statement and its percentiles. */
export function figures(row: BoardRow, query: BoardQuery, median: number | null, p90: number | null): BoardFigures {
  const verdicts = parsed(row.verdicts);
  return {
    received: row.received,
    answered: row.answered,
    meanDaysToAnswer: row.mean === null ? null : Number(row.mean),
    medianDaysToAnswer: median,
    p90DaysToAnswer: p90,
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

/** The board's figures, read with `db` (the store's driver or a transaction). */
export async function readBoard(db: SqlExecutor, query: BoardQuery, organisation = 'default'): Promise<BoardFigures> {
  if (query.spaces.length === 0) return structuredClone(NO_BOARD_FIGURES);
  const { sql, params } = boardQuery(query, organisation);
  // Planning this statement takes longer than running it: each connection plans it once.
  const [row] = await db.query<BoardRow & { delays: Array<[number, number]> | string }>(sql, params, {
    prepareAs: query.year == null ? 'participe.board' : 'participe.boardOfYear',
  });
  if (!row) throw new Error('board: the statement returned no row');
  const delays = parsed(row.delays);
  return figures(row, query, percentileOfCounts(delays, 0.5), percentileOfCounts(delays, 0.9));
}
