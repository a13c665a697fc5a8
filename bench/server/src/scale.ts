// A council of councils: 100 organisations of 100 spaces each (10,000 spaces), and
// contributions at every stage with their events, private parts and pending notifications,
// at 10,000, 100,000 and 1,000,000 contributions. Each level gets a fresh schema filled in
// bulk on the server, then the same measures, and a last table shows how each grew:
// creates/s, list and search p50/p95/p99 under concurrent clients, the public board's and a
// space's statistics, the outbox dispatcher's throughput, and table and index bytes per
// contribution. Each kind of query is also EXPLAINed: any plan that reads a table without an
// index is printed with the reason.
//
//   pnpm --filter @participe/adapters build
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test pnpm --filter @participe/bench-server scale
//
// Options (environment): BENCH_LEVELS (default 10000,100000,1000000; multiples of 5,000),
// BENCH_CLIENTS concurrent clients (default 50), BENCH_QUERIES per kind (default 2000),
// BENCH_KEEP=1 keeps the schemas (else dropped at the end); the outbox's own options
// (BENCH_OUTBOX_BASELINE, BENCH_OUTBOX_SECONDS) are in outbox.ts.
//
// Bulk fill: 5,000 distinct contributions are written once as the store writes them
// (`fill`, in a staging schema), then copied on the server by `INSERT … SELECT` over
// `generate_series` into the councils and their spaces (ids suffixed, dates shifted by an
// hour per copy): nothing crosses the wire, so it is faster than COPY, which would send
// every row from this process.
import { deepStrictEqual } from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { openPostgresStore, type PostgresStore, pgDriver, readBoardFromRows } from '@participe/adapters/postgres';
import { type ContributionFilter, SpaceSchema } from '@participe/core';
import pg from 'pg';
import { createArgs, KINDS, pick, RARE_WORDS, random, TERRITORIES, THEMES, WORDS } from './data.js';
import { fill } from './fill.js';
import { measureOutbox } from './outbox.js';
import { percentile, printTable, runConcurrently } from './run.js';

const url = process.env['DATABASE_URL'];
if (!url) {
  console.error('Set DATABASE_URL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test');
  process.exit(2);
}
const LEVELS = (process.env['BENCH_LEVELS'] ?? '10000,100000,1000000').split(',').map(Number);
const CLIENTS = Number(process.env['BENCH_CLIENTS'] ?? 50);
const QUERIES = Number(process.env['BENCH_QUERIES'] ?? 2000);
const BASE = 5_000;
const ORGS = 100;
const SPACES_PER_ORG = 100;
if (LEVELS.some((n) => !(n >= BASE && n % BASE === 0))) {
  console.error(`BENCH_LEVELS: multiples of ${BASE}, e.g. 10000,100000,1000000`);
  process.exit(2);
}
const run = randomBytes(3).toString('hex');
const log = (s: string) => process.stderr.write(`${s}\n`);
const orgId = (k: number) => `o${String(k).padStart(3, '0')}`;
const spaceId = (k: number) => `sp${String(k).padStart(2, '0')}`;
// The day after the last bench contribution of the first copy: lists are read "today".
const NOW = '2025-05-02T00:00:00.000Z';
const STATUSES = [['published'], ['accepted', 'declined', 'answered'], ['published', 'underReview']] as const;

/** One driver for the store, remembering the last statement of each kind so it can be EXPLAINed. */
function recording(driver: ReturnType<typeof pgDriver>) {
  // Per kind, each distinct statement (one per combination of filters) with its last parameters.
  const last = new Map<string, Map<string, readonly unknown[]>>();
  let tag = '';
  const wrapped: typeof driver = {
    query: (sql, params, options) => {
      if (tag && /^\s*(WITH|SELECT)/i.test(sql)) {
        const seen = last.get(tag) ?? last.set(tag, new Map()).get(tag)!;
        seen.set(sql, params ?? []);
      }
      return driver.query(sql, params, options);
    },
    transaction: (fn) => driver.transaction(fn),
    close: () => driver.close(),
  };
  return {
    driver: wrapped,
    last,
    async as<T>(name: string, fn: () => Promise<T>): Promise<T> {
      tag = name;
      try {
        return await fn();
      } finally {
        tag = '';
      }
    },
  };
}

/** The 5,000 distinct contributions, written once as the store writes them (`fill`), in a schema of their own. */
async function stage(schema: string, admin: pg.Pool) {
  await admin.query(`CREATE SCHEMA ${schema}`);
  const store = await openPostgresStore(pgDriver({ connectionString: url!, schema, max: 8 }));
  const sql = new pg.Pool({ connectionString: url, max: 8, options: `-c search_path=${schema}` });
  await fill(sql, BASE, 8, log);
  await sql.end();
  await store.close();
}

async function setUp(schema: string, count: number, admin: pg.Pool, staged: string) {
  await admin.query(`CREATE SCHEMA ${schema}`);
  const rec = recording(pgDriver({ connectionString: url!, schema, max: CLIENTS }));
  const store = await openPostgresStore(rec.driver);
  const sql = new pg.Pool({ connectionString: url, max: 8, options: `-c search_path=${schema}` });
  // Councils, and the first space of the first one written by the store; the other 9,999 copied.
  await sql.query(
    `INSERT INTO organisations (id, slug, name, kind)
     SELECT 'o' || lpad(g::text, 3, '0'), 'conseil-' || g, 'Conseil ' || g, 'département' FROM generate_series(1, $1) g`,
    [ORGS],
  );
  const template = SpaceSchema.parse({
    id: spaceId(0),
    slug: 'groupe-0',
    name: 'Groupe 0',
    policyArea: 'Insertion',
    territory: 'Département',
    charter: { text: 'Co-responsabilité, bienveillance, confidentialité.', adoptedOn: '2024-01-15' },
    composition: {},
    createdOn: '2024-01-10',
  });
  await store.forOrganisation(orgId(1)).putSpace(template);
  await sql.query(
    `INSERT INTO spaces OVERRIDING SYSTEM VALUE
     SELECT (jsonb_populate_record(NULL::spaces, to_jsonb(s) || jsonb_build_object(
       'organisation_id', 'o' || lpad(o::text, 3, '0'),
       'position', s.position + o * 1000 + k,
       'id', 'sp' || lpad(k::text, 2, '0'),
       'slug', 'groupe-' || k,
       'doc', s.doc || jsonb_build_object('id', 'sp' || lpad(k::text, 2, '0'), 'slug', 'groupe-' || k, 'name', 'Groupe ' || k)
     ))).*
     FROM spaces s, generate_series(1, $1) o, generate_series(0, $2 - 1) k
     WHERE s.organisation_id = 'o001' AND s.id = 'sp00' AND NOT (o = 1 AND k = 0)`,
    [ORGS, SPACES_PER_ORG],
  );
  // Copies of the staged contributions into the councils.
  const copies = count / BASE;
  // Each copy is spread over every council and space by a hash of the id: rows of one
  // council are scattered through the table, as on a server where councils write at once.
  const councilOf = (id: string) => `'o' || lpad(((abs(hashtext(${id})) + c) % ${ORGS} + 1)::text, 3, '0')`;
  const space = `'sp' || lpad(((abs(hashtext(b.id)) / ${ORGS} + c) % ${SPACES_PER_ORG})::text, 2, '0')`;
  log(`  copying ${copies} × ${BASE} into ${ORGS} councils…`);
  await sql.query(
    `INSERT INTO contributions (organisation_id, id, space_id, status, kind, theme, territory, created_at,
      published_at, answer_published_at, version, view, search)
     SELECT ${councilOf('b.id')}, b.id || '-' || c, ${space}, b.status, b.kind, b.theme, b.territory,
       b.created_at + make_interval(hours => c), b.published_at + make_interval(hours => c),
       b.answer_published_at + make_interval(hours => c), b.version,
       b.view || jsonb_build_object('id', b.id || '-' || c, 'spaceId', ${space}), b.search
     FROM ${staged}.contributions b, generate_series(1, $1) c`,
    [copies],
  );
  await sql.query(
    `INSERT INTO contribution_events (organisation_id, contribution_id, seq, type, event)
     SELECT ${councilOf('e.contribution_id')}, e.contribution_id || '-' || c, e.seq, e.type,
       jsonb_set(e.event, '{contributionId}', to_jsonb(e.contribution_id || '-' || c))
     FROM ${staged}.contribution_events e, generate_series(1, $1) c`,
    [copies],
  );
  await sql.query(
    `INSERT INTO contribution_private (organisation_id, contribution_id, follow_up_code, secret_hash, contact)
     SELECT ${councilOf('p.contribution_id')}, p.contribution_id || '-' || c, p.follow_up_code || '-' || c, p.secret_hash, NULL
     FROM ${staged}.contribution_private p, generate_series(1, $1) c`,
    [copies],
  );
  // One answered contribution in ten has its author's e-mail still to send.
  await sql.query(
    `INSERT INTO notifications (organisation_id, id, contribution_id, kind, recipient, payload, created_at, sent_at)
     SELECT organisation_id, 'n_' || md5(id), id, 'answerPublished',
       jsonb_build_object('email', 'auteur-' || md5(id) || '@exemple.fr', 'consent', true),
       jsonb_build_object('status', status, 'title', view -> 'content' ->> 'title',
         'verdict', view -> 'answer' ->> 'verdict', 'service', view -> 'answer' ->> 'service'),
       to_char(answer_published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), NULL
     FROM contributions WHERE answer_published_at IS NOT NULL AND abs(hashtext(id)) % 10 = 0`,
  );
  await sql.query('ANALYZE');
  return { store, rec, sql };
}

interface Timed {
  times: number[];
  seconds: number;
}

async function timed<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<Timed> {
  const times: number[] = [];
  const start = performance.now();
  await runConcurrently(items, CLIENTS, async (item) => {
    const t = performance.now();
    await work(item);
    times.push(performance.now() - t);
  });
  return { times, seconds: (performance.now() - start) / 1000 };
}

const pcts = (t: Timed) => [0.5, 0.95, 0.99].map((q) => percentile(t.times, q).toFixed(1)).join(' / ');

function requests(seed: number, withWords: boolean): Array<{ org: string; filter: ContributionFilter }> {
  const rnd = random(seed);
  return Array.from({ length: QUERIES }, () => {
    const filter: ContributionFilter = {};
    if (rnd() < 0.7) filter.spaceId = spaceId(Math.floor(rnd() * SPACES_PER_ORG));
    if (rnd() < 0.4) filter.status = [...pick(rnd, STATUSES)];
    if (rnd() < 0.3) filter.theme = pick(rnd, THEMES);
    if (rnd() < 0.15) filter.kind = pick(rnd, KINDS);
    if (rnd() < 0.1) filter.territory = pick(rnd, TERRITORIES);
    if (rnd() < 0.1) filter.overdue = { now: NOW, answerWithinDays: 60 };
    if (withWords) filter.q = rnd() < 0.4 ? pick(rnd, RARE_WORDS) : pick(rnd, WORDS);
    return { org: orgId(1 + Math.floor(rnd() * ORGS)), filter };
  });
}

const PLANS_OK =
  /^(Index Scan|Index Only Scan|Bitmap Index Scan|Bitmap Heap Scan|Result|Limit|Sort|Incremental Sort|Aggregate|Hash|Nested Loop|Append|Function Scan|Values Scan|Subquery Scan|CTE Scan|Memoize|Materialize|Unique|BitmapAnd|BitmapOr|Hash Join|Merge Join|Merge Append|WindowAgg|Gather|Gather Merge|ProjectSet)$/;

/** Nodes of a JSON plan that read a table without an index, with their relation and estimated rows. */
function scans(plan: Record<string, unknown>, out: string[] = []): string[] {
  const type = String(plan['Node Type']);
  if (!PLANS_OK.test(type))
    out.push(`${type} on ${plan['Relation Name'] ?? '?'} (${plan['Plan Rows']} rows estimated)`);
  for (const child of (plan['Plans'] as Record<string, unknown>[] | undefined) ?? []) scans(child, out);
  return out;
}

async function explain(sql: pg.Pool, statement: { sql: string; params: readonly unknown[] }) {
  const [row] = (await sql.query(`EXPLAIN (FORMAT JSON) ${statement.sql}`, statement.params as unknown[])).rows as [
    { 'QUERY PLAN': [{ Plan: Record<string, unknown> }] },
  ];
  return scans(row['QUERY PLAN'][0].Plan);
}

const admin = new pg.Pool({ connectionString: url, max: 2 });
const growth: Array<{ n: number; cells: Record<string, number> }> = [];
const kept: string[] = [];
try {
  const staged = `participe_scale_${run}_base`;
  kept.push(staged);
  log(`${BASE} distinct contributions in ${staged}…`);
  await stage(staged, admin);
  for (const count of LEVELS) {
    const schema = `participe_scale_${run}_${count}`;
    kept.push(schema);
    log(`${count} contributions in ${schema}…`);
    const fillStart = performance.now();
    const { store, rec, sql } = await setUp(schema, count, admin, staged);
    const fillSeconds = (performance.now() - fillStart) / 1000;
    const byOrg = new Map<string, PostgresStore>();
    const storeOf = (org: string) => byOrg.get(org) ?? byOrg.set(org, store.forOrganisation(org)).get(org)!;
    const rows: string[][] = [];
    const cells: Record<string, number> = {};
    const note = (label: string, t: Timed, goal?: number) => {
      cells[`${label} p95`] = percentile(t.times, 0.95);
      const p95 = percentile(t.times, 0.95);
      rows.push([
        `${label} p50 / p95 / p99 (ms)`,
        pcts(t),
        goal === undefined ? '' : p95 <= goal ? `ok (p95 ≤ ${goal})` : `MISSED (p95 ≤ ${goal})`,
      ]);
    };

    // Lists and searches as the widgets send them, any council, CLIENTS at once.
    const lists = await timed(requests(42, false), async ({ org, filter }) => {
      await rec.as('list', () => storeOf(org).listContributions(filter));
    });
    note('list', lists, 15);
    const searches = await timed(requests(7, true), async ({ org, filter }) => {
      await rec.as('search', () => storeOf(org).listContributions(filter));
    });
    note('search', searches, 15);

    // Statistics: a space's (its page), and the public board of a whole council (100 spaces),
    // for the year the data is in (2024: `data.ts` starts on 1 January 2024).
    const rnd = random(3);
    const spaceStats = await timed(
      Array.from({ length: QUERIES / 4 }, () => ({
        org: orgId(1 + Math.floor(rnd() * ORGS)),
        space: spaceId(Math.floor(rnd() * SPACES_PER_ORG)),
      })),
      async ({ org, space }) => {
        await rec.as('space statistics', () => storeOf(org).stats(space, { now: NOW, answerWithinDays: 60 }));
      },
    );
    note('space statistics', spaceStats, 50);
    const spaces = Array.from({ length: SPACES_PER_ORG }, (_, k) => ({ id: spaceId(k), answerWithinDays: 60 }));
    const boardOrgs = Array.from({ length: QUERIES / 10 }, () => orgId(1 + Math.floor(rnd() * ORGS)));
    const boardQuery = { spaces, now: NOW, year: 2024 };
    // Warm-up, not measured: the connections read both boards' tables, and run the prepared
    // board statement about six times each, after which PostgreSQL keeps one plan for it (as on
    // a server that has been up a while); the board from the rows is not prepared, as before.
    await timed(
      Array.from({ length: CLIENTS * 6 }, (_, i) => orgId(1 + (i % ORGS))),
      (org) =>
        storeOf(org)
          .board(boardQuery)
          .then(() => undefined),
    );
    await timed(
      Array.from({ length: CLIENTS }, (_, i) => orgId(1 + (i % ORGS))),
      (org) => readBoardFromRows(rec.driver, boardQuery, org).then(() => undefined),
    );
    const boards = await timed(boardOrgs, async (org) => {
      await rec.as('council board', () => storeOf(org).board(boardQuery));
    });
    note('council board (100 spaces)', boards, 50);
    // The same boards counted from the rows, as every board was read before migration 11:
    // the baseline, measured in the same run; and both must give the same figures.
    const fromRows = await timed(boardOrgs, async (org) => {
      await rec.as('council board from rows', () => readBoardFromRows(rec.driver, boardQuery, org));
    });
    note('council board from rows (before migration 11)', fromRows);
    deepStrictEqual(
      await storeOf(orgId(1)).board(boardQuery),
      await readBoardFromRows(rec.driver, boardQuery, orgId(1)),
      'the board from the counts differs from the board from the rows',
    );

    // Creates, into any council's spaces, CLIENTS at once.
    const creates = await timed(
      Array.from({ length: Math.min(QUERIES, 2000) }, (_, i) => i),
      async (i) => {
        const args = createArgs(10_000_000 + count + i);
        const space = spaceId(i % SPACES_PER_ORG);
        const r = await storeOf(orgId(1 + (i % ORGS))).createContribution({
          view: { ...args.view, spaceId: space },
          events: [{ ...args.created, data: { ...args.created.data, spaceId: space } }],
          private: args.private,
          idempotency: args.idempotency,
        });
        if (!r.ok) throw new Error(`create refused: ${r.reason}`);
      },
    );
    cells['creates/s'] = creates.times.length / creates.seconds;
    rows.push(['creates/s', cells['creates/s'].toFixed(0), `p95 ${percentile(creates.times, 0.95).toFixed(1)} ms`]);

    // The outbox: every pending notification of every council, one and two processes.
    const outbox = await measureOutbox(sql, schema, log);
    rows.push(...outbox.rows);
    Object.assign(cells, outbox.cells);

    // Bytes per contribution: its row, events, private part, notifications, with their indexes.
    const sizes = (
      await sql.query(
        `SELECT c.relname AS name, pg_table_size(c.oid)::float8 AS table, pg_indexes_size(c.oid)::float8 AS indexes
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $1 AND c.relname IN ('contributions', 'contribution_events', 'contribution_private', 'notifications')`,
        [schema],
      )
    ).rows as Array<{ name: string; table: number; indexes: number }>;
    for (const s of sizes) {
      rows.push([
        `${s.name}: table / indexes, bytes per contribution`,
        `${(s.table / count).toFixed(0)} / ${(s.indexes / count).toFixed(0)}`,
        '',
      ]);
    }
    const total = sizes.reduce((a, s) => a + s.table + s.indexes, 0);
    cells['bytes per contribution'] = total / count;
    rows.push(['all four, bytes per contribution', (total / count).toFixed(0), `${(total / 2 ** 20).toFixed(0)} MiB`]);
    rows.push(['bulk fill (not a measure)', `${fillSeconds.toFixed(0)} s`, '']);
    printTable(
      ['measure', 'value', ''],
      rows,
      `${count} contributions, ${ORGS} councils, ${ORGS * SPACES_PER_ORG} spaces, ${CLIENTS} clients, load ${loadavg()[0]!.toFixed(1)}`,
    );

    // Plans: every distinct statement of each kind, EXPLAINed with its last parameters.
    for (const [kind, statements] of rec.last) {
      const found: string[] = [];
      for (const [text, params] of statements) {
        for (const scan of await explain(sql, { sql: text, params }))
          found.push(`${scan} in: ${text.replace(/\s+/g, ' ').slice(0, 160)}…`);
      }
      console.log(
        found.length
          ? `plans of ${kind} (${statements.size} statements), reads without an index:\n  ${[...new Set(found)].join('\n  ')}`
          : `plans of ${kind}: ${statements.size} distinct statements, every table read through an index`,
      );
    }
    rec.last.clear();
    growth.push({ n: count, cells });
    await sql.end();
    await rec.driver.close();
  }

  if (growth.length > 1) {
    const keys = Object.keys(growth[0]!.cells);
    const first = growth[0]!;
    const last = growth.at(-1)!;
    const before = growth.at(-2)!;
    printTable(
      ['measure', ...growth.map((g) => String(g.n)), `${before.n} → ${last.n}`],
      keys.map((k) => {
        const ratio = last.cells[k]! / before.cells[k]!;
        // Rates grow well when they do not fall; times and bytes when they do not rise.
        const worse = k.endsWith('/s') ? 1 / ratio : ratio;
        return [
          k,
          ...growth.map((g) => g.cells[k]!.toFixed(k.endsWith('p95') ? 1 : 0)),
          `${ratio.toFixed(2)}× ${worse <= 2 ? 'ok' : 'MISSED'} (no worse than 2×)`,
        ];
      }),
      `How each figure grows, ${first.n} → ${last.n} contributions`,
    );
  }
} finally {
  if (process.env['BENCH_KEEP'] !== '1')
    for (const schema of kept) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
}
