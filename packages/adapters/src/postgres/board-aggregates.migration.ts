// Migration 11: the public board reads counts kept per council, space and month (or year)
// instead of every contribution of the council's year with its JSON view. At 1,000,000
// contributions a council's board read 10,000 views to count them (`bench/server scale`:
// 2.8 s p95 under 50 clients); it now sums a few rows.
//
// What the board shows, and where it comes from (`board.sql.ts`):
// - received, answered and still waiting for an answer, in all and by month:
//   `board_months` (month of publication, UTC);
// - received and answered by theme: `board_themes` (year of publication);
// - answers by verdict: `board_verdicts`;
// - the delay to answer (mean, median, 90th percentile of whole days): `board_delays`, a
//   histogram of whole days per year, from which any percentile is exact.
// Each is kept per space and for the whole council (`space_id` '', never a space's id:
// `IdSchema` needs a character), so a council's board sums a few rows whatever its size;
// `board_spaces` (all time) tells whether a board asks for every space that has counts.
//
// Overdue contributions depend on the instant asked and on each space's delay, both given
// with the query: their number is the waiting counts of the months before the cut-off month
// plus the rows of that month (`contributions_board_waiting`, which holds only the
// contributions waiting for an answer, in publication order, and also lists the oldest);
// the rare one waiting again after an answer is read from `contributions_board_reopened`.
// Commitments stay reads of rows (the board shows every one), through a partial index.
//
// One set of triggers on `contributions` keeps the counts in the transaction of every write
// (create, publish, status change, answer, erasure, moderation, delete, truncate, and bulk
// `INSERT … SELECT` or `COPY`), on PostgreSQL and PGlite alike: a statement-level trigger
// per insert and delete reads the rows it wrote from a transition table, so a bulk load
// costs one grouped upsert; an update fires only when a counted column changes. Rows are
// upserted in key order so two writers never wait on each other in opposite orders.
// Counts that fall to 0 stay as rows; readers skip them.
import type { Migration } from './migrations.js';

/**
 * Core's `BOARD_LEFT_OUT` when this migration was written; `board-aggregates.test.ts` fails
 * if core's list changes, which needs a migration re-creating `board_counts()`.
 */
export const BOARD_LEFT_OUT_AT_V11 = ['draft', 'submitted', 'withdrawn', 'hidden'] as const;
/** Core's `AWAITING_ANSWER_STATUSES` when this migration made `contributions_board_awaiting`. */
export const AWAITING_AT_V11 = ['published', 'underReview', 'decided'] as const;

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The columns of a contribution that the counts depend on. */
const KEY = ['organisation_id', 'space_id', 'status', 'theme', 'published_at', 'answer_published_at'] as const;
const VERDICT = `view -> 'answer' ->> 'verdict'`;

/** The columns read from `row` (a table, a transition table or a trigger's `OLD`/`NEW`) with their sign. */
const signed = (row: string, sign: 1 | -1, from = '') =>
  `SELECT ${KEY.map((k) => `${row}.${k} AS ${k}`).join(', ')}, ${row}.${VERDICT} AS verdict, ${sign} AS sign${from}`;

const year = `extract(year FROM at)::int`;
const answeredSign = 'sum(CASE WHEN days IS NOT NULL THEN sign ELSE 0 END)';
const waitingSign = 'sum(CASE WHEN waiting THEN sign ELSE 0 END)';

/**
 * One statement adding what the contributions of `source` (columns `KEY`, `verdict`, `sign`)
 * count on the board, with their sign: +1 for rows written, -1 for rows as they were.
 */
export function applyToBoard(source: string): string {
  const upsert = (table: string, key: string, columns: readonly string[]) =>
    `INSERT INTO ${table} AS b (organisation_id, space_id, ${key}, ${columns.join(', ')})`;
  const conflict = (key: string, columns: readonly string[]) =>
    `ON CONFLICT (organisation_id, space_id, ${key}) DO UPDATE SET ${columns
      .map((c) => `${c} = b.${c} + excluded.${c}`)
      .join(', ')}`;
  return `WITH
    counted AS (
      SELECT organisation_id AS org, space_id, theme, published_at AT TIME ZONE 'UTC' AS at, verdict, sign,
        CASE WHEN answer_published_at IS NOT NULL
          THEN greatest(0, floor((extract(epoch FROM answer_published_at) - extract(epoch FROM published_at)) / 86400))::int
        END AS days,
        answer_published_at IS NULL AND status IN (${list(AWAITING_AT_V11)}) AS waiting
      FROM (${source}) x
      WHERE published_at IS NOT NULL AND NOT status IN (${list(BOARD_LEFT_OUT_AT_V11)})
    ),
    -- Each contribution counts in its space and in the whole council ('').
    r AS MATERIALIZED (
      SELECT c.*, w.space FROM counted c, LATERAL (VALUES (c.space_id), ('')) AS w(space)
    ),
    spaces AS (
      INSERT INTO board_spaces AS b (organisation_id, space_id, received)
      SELECT org, space, sum(sign) FROM r WHERE space <> '' GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
      ON CONFLICT (organisation_id, space_id) DO UPDATE SET received = b.received + excluded.received
    ),
    months AS (
      ${upsert('board_months', 'month', ['received', 'answered', 'waiting'])}
      SELECT org, space, date_trunc('month', at)::date, sum(sign), ${answeredSign}, ${waitingSign}
      FROM r GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 OR ${answeredSign} <> 0 OR ${waitingSign} <> 0 ORDER BY 1, 2, 3
      ${conflict('month', ['received', 'answered', 'waiting'])}
    ),
    themes AS (
      ${upsert('board_themes', 'year, theme', ['received', 'answered'])}
      SELECT org, space, ${year}, theme, sum(sign), ${answeredSign}
      FROM r GROUP BY 1, 2, 3, 4 HAVING sum(sign) <> 0 OR ${answeredSign} <> 0 ORDER BY 1, 2, 3, 4
      ${conflict('year, theme', ['received', 'answered'])}
    ),
    verdicts AS (
      ${upsert('board_verdicts', 'year, verdict', ['answered'])}
      SELECT org, space, ${year}, verdict, sum(sign)
      FROM r WHERE days IS NOT NULL AND verdict IS NOT NULL
      GROUP BY 1, 2, 3, 4 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3, 4
      ${conflict('year, verdict', ['answered'])}
    )
    ${upsert('board_delays', 'year, days', ['answered'])}
    SELECT org, space, ${year}, days, sum(sign)
    FROM r WHERE days IS NOT NULL GROUP BY 1, 2, 3, 4 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3, 4
    ${conflict('year, days', ['answered'])}`;
}

const TABLES = ['board_spaces', 'board_months', 'board_themes', 'board_verdicts', 'board_delays'] as const;
const changed = KEY.map((k) => `OLD.${k}`)
  .concat(`OLD.${VERDICT}`)
  .join(', ');

export const boardAggregates: Migration = {
  version: 11,
  name: 'board aggregates',
  statements: [
    `CREATE TABLE board_spaces (
      organisation_id text NOT NULL,
      space_id text NOT NULL,
      received integer NOT NULL,
      PRIMARY KEY (organisation_id, space_id)
    )`,
    // waiting: published, not answered, in a status awaiting an answer (those that can be overdue).
    `CREATE TABLE board_months (
      organisation_id text NOT NULL,
      space_id text NOT NULL,
      month date NOT NULL,
      received integer NOT NULL,
      answered integer NOT NULL,
      waiting integer NOT NULL,
      PRIMARY KEY (organisation_id, space_id, month)
    )`,
    `CREATE TABLE board_themes (
      organisation_id text NOT NULL,
      space_id text NOT NULL,
      year integer NOT NULL,
      theme text NOT NULL,
      received integer NOT NULL,
      answered integer NOT NULL,
      PRIMARY KEY (organisation_id, space_id, year, theme)
    )`,
    `CREATE TABLE board_verdicts (
      organisation_id text NOT NULL,
      space_id text NOT NULL,
      year integer NOT NULL,
      verdict text NOT NULL,
      answered integer NOT NULL,
      PRIMARY KEY (organisation_id, space_id, year, verdict)
    )`,
    // How many answers took `days` whole days: a histogram, so medians stay exact.
    `CREATE TABLE board_delays (
      organisation_id text NOT NULL,
      space_id text NOT NULL,
      year integer NOT NULL,
      days integer NOT NULL,
      answered integer NOT NULL,
      PRIMARY KEY (organisation_id, space_id, year, days)
    )`,
    // The function writes to the tables of the schema it was made in, whatever the
    // search_path of the connection that writes the contribution.
    `CREATE FUNCTION board_counts() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        ${applyToBoard(signed('n', 1, ' FROM board_new n'))};
      ELSIF TG_OP = 'DELETE' THEN
        ${applyToBoard(signed('o', -1, ' FROM board_old o'))};
      ELSIF TG_OP = 'UPDATE' THEN
        ${applyToBoard(`${signed('NEW', 1)} UNION ALL ${signed('OLD', -1)}`)};
      ELSE
        ${TABLES.map((t) => `DELETE FROM ${t}`).join(';\n        ')};
      END IF;
      RETURN NULL;
    END
    $$`,
    `CREATE TRIGGER board_counts_insert AFTER INSERT ON contributions
      REFERENCING NEW TABLE AS board_new FOR EACH STATEMENT EXECUTE FUNCTION board_counts()`,
    `CREATE TRIGGER board_counts_delete AFTER DELETE ON contributions
      REFERENCING OLD TABLE AS board_old FOR EACH STATEMENT EXECUTE FUNCTION board_counts()`,
    `CREATE TRIGGER board_counts_update AFTER UPDATE ON contributions FOR EACH ROW
      WHEN ((${changed}) IS DISTINCT FROM (${changed.replaceAll('OLD.', 'NEW.')}))
      EXECUTE FUNCTION board_counts()`,
    `CREATE TRIGGER board_counts_truncate AFTER TRUNCATE ON contributions
      FOR EACH STATEMENT EXECUTE FUNCTION board_counts()`,
    // The triggers hold writers off until this transaction commits: nothing is counted twice or missed.
    applyToBoard(signed('c', 1, ' FROM contributions c')),
    // The contributions waiting for an answer, oldest first: the overdue list, and the rows of
    // the month an overdue count cuts through.
    `CREATE INDEX contributions_board_waiting ON contributions (organisation_id, published_at, id) INCLUDE (space_id)
      WHERE published_at IS NOT NULL AND answer_published_at IS NULL AND status IN (${list(AWAITING_AT_V11)})`,
    // The same, space by space: when spaces have different delays, each is cut at its own month.
    `CREATE INDEX contributions_board_waiting_space ON contributions (organisation_id, space_id, published_at)
      WHERE published_at IS NOT NULL AND answer_published_at IS NULL AND status IN (${list(AWAITING_AT_V11)})`,
    // Waiting for an answer although one was published (an answer reopened): overdue by the answer's date.
    `CREATE INDEX contributions_board_reopened ON contributions (organisation_id, published_at, id) INCLUDE (space_id)
      WHERE published_at IS NOT NULL AND answer_published_at IS NOT NULL AND status IN (${list(AWAITING_AT_V11)})`,
    // Few contributions carry commitments; the board shows them all.
    `CREATE INDEX contributions_board_commitments ON contributions (organisation_id, space_id, published_at)
      WHERE published_at IS NOT NULL AND (view -> 'commitments' -> 0) IS NOT NULL`,
  ],
};
