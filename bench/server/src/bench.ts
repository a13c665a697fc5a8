// The server bench: creates per second through the PostgreSQL store, against a raw pg
// INSERT loop of the same rows as the limit, then list and search p95 at 100,000.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test pnpm --filter @participe/bench-server start
//
// Options (environment): BENCH_COUNT (default 100000), BENCH_WRITERS (default 8),
// BENCH_QUERIES (default 300 of each kind). Each run works in two fresh schemas
// (participe_bench_<run>_store and _raw), dropped at the end; commits are durable
// (synchronous_commit as the server has it). Goals: store ≥ 0.65 × raw; p95 ≤ 15 ms.
import { randomBytes } from 'node:crypto';
import { migrate, openPostgresStore, pgDriver } from '@participe/adapters/postgres';
import pg from 'pg';
import { type CreateArgs, createArgs, laterSteps } from './data.js';
import { listFilters, searchFilters } from './queries.js';
import { RAW_CREATE, rawParams } from './raw.js';
import { inBatches, percentile, printTable, runConcurrently } from './run.js';

const url = process.env['DATABASE_URL'];
if (!url) {
  console.error('Set DATABASE_URL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test');
  process.exit(2);
}
const COUNT = Number(process.env['BENCH_COUNT'] ?? 100_000);
const WRITERS = Number(process.env['BENCH_WRITERS'] ?? 8);
const QUERIES = Number(process.env['BENCH_QUERIES'] ?? 300);
const run = randomBytes(3).toString('hex');
const schemas = { store: `participe_bench_${run}_store`, raw: `participe_bench_${run}_raw` };

const admin = new pg.Pool({ connectionString: url, max: 2 });
for (const schema of Object.values(schemas)) await admin.query(`CREATE SCHEMA ${schema}`);
const store = await openPostgresStore(pgDriver({ connectionString: url, schema: schemas.store, max: WRITERS }));
const rawPool = new pg.Pool({ connectionString: url, max: WRITERS, options: `-c search_path=${schemas.raw}` });
// The raw loop writes into the very same tables and indexes, migrated the same way.
const rawSchema = pgDriver({ connectionString: url, schema: schemas.raw, max: 1 });
await migrate(rawSchema);
await rawSchema.close();

try {
  const rows: string[][] = [];
  const log = (s: string) => process.stderr.write(`${s}\n`);

  // Creates: each batch is built first, off the clock, then written twice, by the store
  // and by the raw loop, each with WRITERS concurrent workers as a server's concurrent
  // requests would. Interleaving the two (and alternating which goes first) gives both
  // the same machine: same table sizes, same background load.
  log(`creates: ${COUNT} through the store and ${COUNT} raw, ${WRITERS} writers…`);
  const writeStore = (batch: CreateArgs[]) =>
    runConcurrently(batch, WRITERS, async (args) => {
      const r = await store.createContribution({
        view: args.view,
        events: [args.created],
        private: args.private,
        idempotency: args.idempotency,
      });
      if (!r.ok) throw new Error(`create refused: ${r.reason}`);
    });
  const writeRaw = (batch: CreateArgs[]) =>
    runConcurrently(batch, WRITERS, async (args) => {
      await rawPool.query({ name: 'raw-create', text: RAW_CREATE, values: rawParams(args) });
    });
  let storeMs = 0;
  let rawMs = 0;
  let turn = 0;
  await inBatches(COUNT, createArgs, async (batch) => {
    const timeOf = async (write: (b: CreateArgs[]) => Promise<void>) => {
      const t = performance.now();
      await write(batch);
      return performance.now() - t;
    };
    if (turn++ % 2 === 0) {
      storeMs += await timeOf(writeStore);
      rawMs += await timeOf(writeRaw);
    } else {
      rawMs += await timeOf(writeRaw);
      storeMs += await timeOf(writeStore);
    }
  });
  const storeRate = COUNT / (storeMs / 1000);
  const rawRate = COUNT / (rawMs / 1000);
  rows.push(
    ['creates/s through the store', storeRate.toFixed(0), ''],
    ['creates/s raw pg (limit)', rawRate.toFixed(0), ''],
    ['store / raw', (storeRate / rawRate).toFixed(2), storeRate / rawRate >= 0.65 ? 'ok (≥ 0.65)' : 'MISSED (≥ 0.65)'],
  );

  // Later events give the lists every stage (published, answered, overdue…).
  log('appending later events…');
  let appended = 0;
  const appendMs = await inBatches(COUNT, laterSteps, (batch) =>
    runConcurrently(
      batch.flatMap((steps) => (steps.length ? [steps] : [])),
      WRITERS,
      async (steps) => {
        for (const step of steps) {
          const r = await store.appendEvent({
            contributionId: step.event.contributionId,
            expectedVersion: step.event.seq - 1,
            ...step,
          });
          if (!r.ok) throw new Error(`append refused: ${r.reason}`);
          appended += 1;
        }
      },
    ),
  );
  rows.push(['events appended/s', (appended / (appendMs / 1000)).toFixed(0), `${appended} events`]);

  // Statistics as autovacuum would have them on a live server, measured on a settled table.
  await admin.query(`ANALYZE ${schemas.store}.contributions`);
  const [{ n } = { n: 0 }] = (
    await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${schemas.store}.contributions`)
  ).rows;
  for (const [label, filters] of [
    ['list', listFilters(QUERIES)],
    ['search', searchFilters(QUERIES)],
  ] as const) {
    log(`${label}: ${filters.length} queries at ${n} contributions…`);
    const times: number[] = [];
    let found = 0;
    for (const filter of filters) {
      // A page further down reuses the cursor the previous page gave, as a client scrolls.
      let cursor: string | undefined;
      for (let page = 0; page <= filter.depth; page += 1) {
        const t = performance.now();
        const result = await store.listContributions({ ...filter.filter, ...(cursor ? { cursor } : {}) });
        times.push(performance.now() - t);
        found += result.items.length;
        cursor = result.nextCursor ?? undefined;
        if (!cursor) break;
      }
    }
    const p95 = percentile(times, 0.95);
    rows.push(
      [
        `${label} p50 / p95 / max (ms)`,
        `${percentile(times, 0.5).toFixed(2)} / ${p95.toFixed(2)} / ${Math.max(...times).toFixed(2)}`,
        p95 <= 15 ? 'ok (p95 ≤ 15 ms)' : 'MISSED (p95 ≤ 15 ms)',
      ],
      [`${label}: queries, rows returned`, `${times.length}`, `${found} rows`],
    );
  }
  printTable(
    ['measure', 'value', 'goal'],
    rows,
    `Participe server bench — ${COUNT} contributions, ${WRITERS} writers, PostgreSQL at ${new URL(url).host}`,
  );
} finally {
  await store.close();
  await rawPool.end();
  for (const schema of Object.values(schemas)) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
}
