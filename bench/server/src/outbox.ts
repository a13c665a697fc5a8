// The outbox dispatcher's throughput on a filled schema (`scale.ts`, or `BENCH_ONLY=outbox`
// for this measure alone): every pending notification, a mailer that accepts everything,
// batches of 50, in one process and in two processes on the same database (`outbox.worker.ts`,
// started together). With BENCH_OUTBOX_BASELINE (a folder holding an older build's `dist`, see
// the README), the same runs with that build's dispatcher and outbox first: before and after
// in the same run, on the same rows. Between two runs the same notifications are put back
// unsent and the tables vacuumed, so each run starts from the same state.
//
// It also shows, with EXPLAIN (ANALYZE, BUFFERS), what marking one notification sent reads:
// before, the outbox matched a notification on `coalesce(to_jsonb(n) ->> 'organisation_id', …)`,
// which no index holds, so every mark read the whole table (the 1M level's fall).
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dispatchNotifications } from '@participe/adapters/notifications';
import {
  createSqlOutbox,
  migrateOutbox,
  openPostgresStore,
  pgDriver,
  type SqlDriver,
  type SqlExecutor,
} from '@participe/adapters/postgres';
import type pg from 'pg';

const WORKER = fileURLToPath(new URL('./outbox.worker.ts', import.meta.url));

interface WorkerReport {
  handled: number;
  start: number;
  end: number;
}

/** `processes` dispatchers at once on `schema`; notifications handled per second, all together. */
async function dispatchWith(schema: string, processes: number, seconds: number, baseline?: string) {
  const children = Array.from({ length: processes }, () =>
    fork(WORKER, [], {
      execArgv: ['--conditions=participe:source', '--import', 'tsx/esm'],
      env: {
        ...process.env,
        BENCH_SCHEMA: schema,
        BENCH_SECONDS: String(seconds),
        ...(baseline ? { BENCH_OUTBOX_BASELINE: baseline } : { BENCH_OUTBOX_BASELINE: '' }),
      },
    }),
  );
  const next = (child: (typeof children)[number]) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      child.once('message', (m) => resolve(m as Record<string, unknown>));
      child.once('exit', (code) => reject(new Error(`outbox worker ended (${code}) before reporting`)));
    });
  // Started once every process is ready (store open, code loaded): none gets a head start.
  await Promise.all(children.map(next));
  const reports = children.map((c) => next(c) as Promise<unknown> as Promise<WorkerReport>);
  for (const child of children) child.send({ go: true });
  const done = await Promise.all(reports);
  const seconds_ = (Math.max(...done.map((r) => r.end)) - Math.min(...done.map((r) => r.start))) / 1000;
  const handled = done.reduce((a, r) => a + r.handled, 0);
  return { handled, perSecond: handled / seconds_ };
}

/** Puts every notification of the bench back unsent, with no delivery state, and vacuums. */
async function reset(sql: pg.Pool) {
  await sql.query(
    `UPDATE notifications n SET sent_at = NULL FROM bench_outbox_pending p
      WHERE n.organisation_id = p.organisation_id AND n.id = p.id AND n.sent_at IS NOT NULL`,
  );
  await sql.query('DELETE FROM outbox_deliveries');
  await sql.query('VACUUM ANALYZE notifications');
  await sql.query('VACUUM ANALYZE outbox_deliveries');
}

/** The plan's top node, its time and the pages it read, for one statement rolled back. */
async function plan(sql: pg.Pool, statement: string, params: readonly unknown[], node = readsOf) {
  const client = await sql.connect();
  try {
    await client.query('BEGIN');
    const [row] = (await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement}`, [...params])).rows as [
      { 'QUERY PLAN': [{ Plan: Record<string, unknown>; 'Execution Time': number }] },
    ];
    const top = row['QUERY PLAN'][0];
    const reads = node(top.Plan);
    const pages = Number(reads['Shared Hit Blocks'] ?? 0) + Number(reads['Shared Read Blocks'] ?? 0);
    return `${reads['Node Type']}${reads['Index Name'] ? ` (${reads['Index Name']})` : ''}, ${pages} pages, ${top['Execution Time'].toFixed(2)} ms`;
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

/** The node that reads `notifications` in an UPDATE's plan: the one under the Update node. */
const readsOf = (top: Record<string, unknown>) => (top['Plans'] as Record<string, unknown>[] | undefined)?.[0] ?? top;

/**
 * Every statement one batch of this tree's dispatcher sends (50 notifications), then each
 * EXPLAINed with ANALYZE and BUFFERS on the same rows put back unsent (rolled back).
 */
async function batchPlans(sql: pg.Pool, schema: string): Promise<string[][]> {
  const recorded: Array<{ sql: string; params: readonly unknown[] }> = [];
  const base = pgDriver({ connectionString: process.env['DATABASE_URL']!, schema, max: 2 });
  const recording = (x: SqlExecutor): SqlExecutor => ({
    query: (text, params, options) => {
      recorded.push({ sql: text, params: params ?? [] });
      return x.query(text, params, options);
    },
  });
  const driver: SqlDriver = {
    ...recording(base),
    transaction: (fn) => base.transaction((tx) => fn(recording(tx))),
    close: () => base.close(),
  };
  const store = await openPostgresStore(driver);
  recorded.length = 0;
  const r = await dispatchNotifications({
    store,
    outbox: createSqlOutbox(driver),
    mailer: { send: async () => ({}) },
    followUpUrl: 'https://departement.example/suivi',
    limit: 50,
  });
  await store.close();
  await reset(sql);
  const rows: string[][] = [];
  for (const [i, statement] of recorded.entries()) {
    const words = statement.sql.replace(/\s+/g, ' ').trim().slice(0, 48);
    rows.push([
      `batch statement ${i + 1} of ${recorded.length} (${r.sent.length} sent): plan`,
      await plan(sql, statement.sql, statement.params, (top) => top),
      `${words}…`,
    ]);
  }
  return rows;
}

/**
 * The outbox's figures on `schema` (filled, analysed): rows for the level's table and the
 * cells its growth table compares.
 */
export async function measureOutbox(sql: pg.Pool, schema: string, log: (s: string) => void) {
  const baseline = process.env['BENCH_OUTBOX_BASELINE'] || undefined;
  const seconds = Number(process.env['BENCH_OUTBOX_SECONDS'] ?? 20);
  // The outbox's tables (the same in both builds), before any dispatcher starts.
  const driver = pgDriver({ connectionString: process.env['DATABASE_URL']!, schema, max: 1 });
  await migrateOutbox(driver);
  await driver.close();
  await sql.query('DROP TABLE IF EXISTS bench_outbox_pending');
  await sql.query(
    'CREATE TABLE bench_outbox_pending AS SELECT organisation_id, id FROM notifications WHERE sent_at IS NULL',
  );
  const [{ pending, total }] = (
    await sql.query(
      'SELECT (SELECT count(*)::int FROM bench_outbox_pending) AS pending, (SELECT count(*)::int FROM notifications) AS total',
    )
  ).rows as [{ pending: number; total: number }];
  const rows: string[][] = [];
  const cells: Record<string, number> = {};

  const [one] = (await sql.query('SELECT organisation_id AS org, id FROM bench_outbox_pending LIMIT 1')).rows as [
    { org: string; id: string },
  ];
  if (one) {
    const at = new Date().toISOString();
    rows.push([
      'marking one sent, before: plan',
      await plan(
        sql,
        `UPDATE notifications AS n SET sent_at = $2
          WHERE n.id = $1 AND coalesce(to_jsonb(n) ->> 'organisation_id', 'default') = $3 AND n.sent_at IS NULL`,
        [one.id, at, one.org],
      ),
      `${total} notifications in the table`,
    ]);
    rows.push([
      'marking a batch sent, after: plan',
      await plan(
        sql,
        `UPDATE notifications AS n SET sent_at = $3 FROM unnest($1::text[], $2::text[]) AS w (id, org)
          WHERE n.organisation_id = w.org AND n.id = w.id AND n.sent_at IS NULL`,
        [[one.id], [one.org], at],
      ),
      '',
    ]);
  }

  await reset(sql);
  rows.push(...(await batchPlans(sql, schema)));

  const runs: Array<[string, number, string | undefined]> = [
    ...(baseline
      ? ([
          ['before', 1, baseline],
          ['before', 2, baseline],
        ] as Array<[string, number, string | undefined]>)
      : []),
    ['after', 1, undefined],
    ['after', 2, undefined],
  ];
  for (const [when, processes, build] of runs) {
    await reset(sql);
    const load = loadavg()[0]!.toFixed(1);
    log(`  outbox ${when}, ${processes} process(es)…`);
    const r = await dispatchWith(schema, processes, seconds, build);
    const label = `outbox ${when}, ${processes === 1 ? 'one process' : `${processes} processes`}, notifications/s`;
    cells[label] = r.perSecond;
    rows.push([label, r.perSecond.toFixed(0), `${r.handled} of ${pending} pending, load ${load} at start`]);
  }
  await reset(sql);
  await sql.query('DROP TABLE bench_outbox_pending');
  return { rows, cells };
}
