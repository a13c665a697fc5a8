// A database of `count` contributions at every stage, written fast: each one's final view
// (after `laterSteps`), all its events, its private part and idempotency key, in one
// statement per contribution, then copied by the server. The rows the store would hold,
// without its per-event round trips: setup for the start-up and load measures, not a measure.
import { searchText } from '@participe/adapters/postgres';
import type pg from 'pg';
import { createArgs, laterSteps } from './data.js';
import { runConcurrently } from './run.js';

const FILL = `WITH
  k AS (INSERT INTO idempotency_keys (key, record) VALUES ($1, $2::text::jsonb)),
  c AS (
    INSERT INTO contributions (id, space_id, status, kind, theme, territory, created_at, published_at,
      answer_published_at, version, view, search)
    VALUES ($3, $4, $5, $6, $7, $8, $9::timestamptz, $10::timestamptz, $11::timestamptz, $12, $13::text::jsonb,
      to_tsvector('french', $14::text))
    RETURNING id
  ),
  e AS (
    INSERT INTO contribution_events (contribution_id, seq, type, event)
    SELECT c.id, (x ->> 'seq')::int, x ->> 'type', x FROM c, jsonb_array_elements($15::text::jsonb) AS x
  )
INSERT INTO contribution_private (contribution_id, follow_up_code, secret_hash, contact) SELECT id, $16, $17, NULL FROM c`;

function fillParams(i: number): (string | number | null)[] {
  const args = createArgs(i);
  const steps = laterSteps(i);
  const view = steps.at(-1)?.view ?? args.view;
  return [
    args.idempotency.key,
    JSON.stringify(args.idempotency),
    view.id,
    view.spaceId,
    view.status,
    view.content.kind,
    view.content.theme,
    view.content.territory ?? null,
    view.createdAt,
    view.publishedAt,
    view.answer?.publishedAt ?? null,
    view.version,
    JSON.stringify(view),
    searchText(view.content),
    JSON.stringify([args.created, ...steps.map((s) => s.event)]),
    args.private.followUpCode,
    args.private.secretHash,
  ];
}

/**
 * Writes `count` contributions into the schema `pool` points at (already migrated): the first
 * `distinct` built one by one as above, the rest copies of them made by the server (each
 * copy's id, view id, events and follow-up code suffixed), so that a large database costs
 * seconds of the shared machine, not minutes.
 */
export async function fill(pool: pg.Pool, count: number, writers: number, log: (s: string) => void, distinct = 5_000) {
  const base = Math.min(count, distinct);
  const size = 1_000;
  for (let start = 0; start < base; start += size) {
    const batch = Array.from({ length: Math.min(size, base - start) }, (_, k) => fillParams(start + k));
    await runConcurrently(batch, writers, async (values) => {
      await pool.query({ name: 'bench-fill', text: FILL, values });
    });
  }
  log(`  ${base} built`);
  for (let copy = 1; copy * base < count; copy += 1) {
    const n = Math.min(base, count - copy * base);
    const suffix = `-${copy}`;
    // The originals are the ids without a suffix; `n` of them, oldest first, one year later per copy.
    await pool.query(
      `WITH o AS (SELECT * FROM contributions WHERE id NOT LIKE '%-%' ORDER BY created_at, id LIMIT $2)
      INSERT INTO contributions (id, space_id, status, kind, theme, territory, created_at, published_at,
        answer_published_at, version, view, search)
      SELECT id || $1, space_id, status, kind, theme, territory, created_at + $3::interval,
        published_at + $3::interval, answer_published_at + $3::interval, version,
        jsonb_set(view, '{id}', to_jsonb(id || $1)), search
      FROM o`,
      [suffix, n, `${copy * 400} days`],
    );
    await pool.query(
      `INSERT INTO contribution_events (contribution_id, seq, type, event)
      SELECT e.contribution_id || $1, e.seq, e.type, jsonb_set(e.event, '{contributionId}', to_jsonb(e.contribution_id || $1))
      FROM contribution_events e JOIN contributions c ON c.id = e.contribution_id || $1`,
      [suffix],
    );
    await pool.query(
      `INSERT INTO contribution_private (contribution_id, follow_up_code, secret_hash, contact)
      SELECT p.contribution_id || $1, p.follow_up_code || $1, p.secret_hash, NULL
      FROM contribution_private p JOIN contributions c ON c.id = p.contribution_id || $1`,
      [suffix],
    );
    log(`  ${copy * base + n} / ${count}`);
  }
}
