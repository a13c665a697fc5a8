// SQL for reading contributions: the filters of `listContributions` and the figures of
// `stats`, built with numbered parameters only (no user text is ever spliced into SQL).
import { AWAITING_ANSWER_STATUSES, type ContributionFilter, type ContributionStatus } from '@participe/core';
import { type CursorKey, decodeCursor } from '../shared/cursor.js';
import type { SqlParam } from './driver.js';
import { searchQuery } from './text.js';

/** Collects parameters and hands back their `$n` placeholders. */
export class Params {
  readonly values: SqlParam[] = [];
  add(value: SqlParam): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** `value IN ('a', 'b')` for words of our own vocabulary (never user text), so the planner sees constants. */
export function inList(column: string, values: readonly string[]): string {
  const bad = values.find((v) => !/^[A-Za-z]+$/.test(v));
  if (bad !== undefined || values.length === 0) throw new Error(`inList: not a list of plain words: ${values}`);
  return `${column} IN (${values.map((v) => `'${v}'`).join(', ')})`;
}

// The statuses `isOverdue` (core) treats as still waiting for a published answer. Spelled out
// as constants so it implies the predicate of the partial index `contributions_awaiting_newest`.
export const AWAITING_ANSWER = inList('status', AWAITING_ANSWER_STATUSES);

// timestamptz spans 4713 BC to 294276 AD; a time outside years 1–9999 was not made by us.
const MIN_TIME = Date.parse('0001-01-01T00:00:00.000Z');
const MAX_TIME = Date.parse('9999-12-31T23:59:59.999Z');
const DAY_SECONDS = 86_400;

/** The instant in ISO form, or `null` when JavaScript cannot read it or PostgreSQL cannot hold it. */
function instant(value: string): string | null {
  const time = Date.parse(value);
  return Number.isFinite(time) && time >= MIN_TIME && time <= MAX_TIME ? new Date(time).toISOString() : null;
}

type OverdueWindow = { now: string; answerWithinDays: number };

/**
 * `isOverdue` as a test on timestamps, which an index scan checks cheaply: whole days
 * waited > N ⇔ waited ≥ (⌊N⌋ + 1) days for N ≥ 0, and always for N < 0. `null` when
 * nothing can be overdue (a `now` or a delay that `isOverdue` never finds true with).
 */
export function overdueSql(p: Params, overdue: OverdueWindow): string | null {
  const now = instant(overdue.now);
  const days = overdue.answerWithinDays;
  if (now === null || !(days < 3_000_000)) return null;
  const waited =
    days < 0
      ? 'TRUE'
      : `coalesce(answer_published_at, ${p.add(now)}::timestamptz)
          >= published_at + make_interval(secs => ${p.add((Math.floor(days) + 1) * DAY_SECONDS)}::double precision)`;
  return `(${AWAITING_ANSWER} AND published_at IS NOT NULL AND ${waited})`;
}

/**
 * `false` when the filter cannot match anything (no status asked, only statuses that are
 * never overdue, a window nothing is overdue in): the database would read every row to find none.
 */
export function canMatch(filter: ContributionFilter): boolean {
  if (filter.status && filter.status.length === 0) return false;
  if (!filter.overdue) return true;
  if (overdueSql(new Params(), filter.overdue) === null) return false;
  return !filter.status || filter.status.some((s) => (AWAITING_ANSWER_STATUSES as readonly string[]).includes(s));
}

/** `daysWaiting` of core in SQL, for a contribution whose answer is published. */
const daysToAnswerSql = `greatest(0, floor((extract(epoch FROM answer_published_at) - extract(epoch FROM published_at)) / ${DAY_SECONDS}))`;

/** The cursor's key, or `null` for one `encodeCursor` did not make (read as "from the start", as memory does). */
export function cursorKey(cursor: string | undefined): CursorKey | null {
  const key = cursor ? decodeCursor(cursor) : null;
  const createdAt = key ? instant(key.createdAt) : null;
  return key && createdAt ? { createdAt, id: key.id } : null;
}

/** The WHERE clause and parameters of a list, newest first, one row more than `limit` to know if a page follows. */
export function listQuery(organisation: string, filter: ContributionFilter, limit: number) {
  const p = new Params();
  const where: string[] = [`organisation_id = ${p.add(organisation)}`];
  if (filter.spaceId !== undefined) where.push(`space_id = ${p.add(filter.spaceId)}`);
  if (filter.status !== undefined) where.push(`status = ANY(${p.add(filter.status)}::text[])`);
  if (filter.kind !== undefined) where.push(`kind = ${p.add(filter.kind)}`);
  if (filter.theme !== undefined) where.push(`theme = ${p.add(filter.theme)}`);
  if (filter.territory !== undefined) where.push(`territory = ${p.add(filter.territory)}`);
  if (filter.overdue) where.push(overdueSql(p, filter.overdue) ?? 'FALSE');
  // Like the memory store, a query with no letter or digit filters nothing.
  const q = filter.q ? searchQuery(filter.q) : '';
  if (/[\p{L}\p{N}]/u.test(q)) where.push(`search @@ plainto_tsquery('french', ${p.add(q)})`);
  const after = cursorKey(filter.cursor);
  if (after) where.push(`(created_at, id) < (${p.add(after.createdAt)}::timestamptz, ${p.add(after.id)})`);
  const sql = `SELECT view FROM contributions WHERE ${where.join(' AND ')}
    ORDER BY created_at DESC, id DESC LIMIT ${p.add(limit + 1)}`;
  // A list by space and status (a group's public page, the moderation queue…) is planned
  // the same whatever the values: newest first on the space's index. Prepared once per
  // connection, named by which clauses it has. A search, or a filter on the words or on
  // overdue, is planned for its values.
  const byValues = Boolean(
    filter.kind || filter.theme || filter.territory || filter.overdue || /[\p{L}\p{N}]/u.test(q),
  );
  const shape = `${filter.spaceId !== undefined ? 's' : ''}${filter.status !== undefined ? 't' : ''}${after ? 'c' : ''}`;
  return { sql, params: p.values, ...(byValues ? {} : { prepareAs: `participe.list.${shape || 'all'}` }) };
}

/**
 * `stats` in one statement, so every figure comes from the same snapshot: the contributions
 * in `statuses` (every one but drafts by default).
 */
export function statsQuery(
  organisation: string,
  spaceId: string,
  overdue: { now: string; answerWithinDays: number },
  statuses?: readonly ContributionStatus[],
) {
  const p = new Params();
  const org = p.add(organisation);
  const space = p.add(spaceId);
  const counted = statuses ? `status = ANY(${p.add(statuses)}::text[])` : `status <> 'draft'`;
  const late = overdueSql(p, overdue) ?? 'FALSE';
  // `daysWaiting` is null for a contribution never published; the memory store counts it as 0.
  const days = `CASE WHEN published_at IS NULL THEN 0 ELSE ${daysToAnswerSql} END`;
  const sql = `WITH c AS (SELECT * FROM contributions WHERE organisation_id = ${org} AND space_id = ${space} AND ${counted})
    SELECT
      (SELECT coalesce(json_agg(json_build_array(status, theme, n)), '[]')
         FROM (SELECT status, theme, count(*)::int AS n FROM c GROUP BY status, theme) g) AS groups,
      (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ${days}) FROM c WHERE answer_published_at IS NOT NULL) AS median,
      (SELECT count(*)::int FROM c WHERE ${late}) AS overdue`;
  return { sql, params: p.values };
}
