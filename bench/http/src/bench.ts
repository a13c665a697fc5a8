// The HTTP bench: `participe serve` (built code, PostgreSQL) against a bare node:http + pg
// server doing the same single SQL statement per request (src/bare.ts), both over real
// HTTP on loopback, loaded by autocannon with the same connections and duration, in the
// same run, on the same tables. Prints one table.
//
//   pnpm build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/test pnpm --filter @participe/bench-http start
//
// Environment: BENCH_COUNT contributions seeded (default 20000), BENCH_SECONDS per measured
// run (default 20; each run follows a 3 s warm-up), BENCH_CONNECTIONS (default 50),
// BENCH_LOG_LEVEL of the API (default info, as in production; its output goes nowhere).
// Goals (issue #20): reads ≥ 0.6×, create ≥ 0.5×, p99 ≤ 2× the baseline's, CPU per create ≤ 3×.
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SPACES, WORDS } from '@participe/bench-server/data';
import { RAW_CREATE, rawParams } from '@participe/bench-server/raw';
import { printTable } from '@participe/bench-server/run';
import autocannon from 'autocannon';
import pg from 'pg';
import { cpuSeconds, createRequest, freePort, rssMb, seed, seedPglite, waitReady } from './shared.js';

const url = process.env['DATABASE_URL'];
if (!url) {
  console.error('Set DATABASE_URL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test');
  process.exit(2);
}
const COUNT = Number(process.env['BENCH_COUNT'] ?? 20_000);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 20);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 50);
const LOG_LEVEL = process.env['BENCH_LOG_LEVEL'] ?? 'info';
const schema = `participe_benchhttp_${randomBytes(3).toString('hex')}`;
const log = (s: string) => process.stderr.write(`${s}\n`);
// BENCH_CLI: another build of `participe` (e.g. a copy of the previous one, for before/after).
const CLI =
  process.env['BENCH_CLI'] ?? fileURLToPath(new URL('../../../packages/adapters/bin/participe.js', import.meta.url));
// The data is seeded by the same build's store, so its schema is the one that build migrates to.
const { openPglite, openPostgresStore, pgDriver, pgliteDriver }: typeof import('@participe/adapters/postgres') = process
  .env['BENCH_CLI']
  ? await import(pathToFileURL(join(dirname(CLI), '../dist/postgres/index.js')).href)
  : await import('@participe/adapters/postgres');
// BENCH_PROFILE: a folder where each API process writes a V8 CPU profile when it stops.
const PROFILE = process.env['BENCH_PROFILE'];
const nodeArgs = (name: string) =>
  PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`, `--cpu-prof-name=${name}.cpuprofile`] : [];
const BARE = fileURLToPath(new URL('./bare.ts', import.meta.url));

/** Stops a server and waits for it (a CPU profile is written on the way out), at most 30 s. */
const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(resolve, 30_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });

const admin = new pg.Pool({ connectionString: url, max: 2 });
await admin.query(`CREATE SCHEMA ${schema}`);
const children: ChildProcess[] = [];
try {
  // Seed: spaces, then contributions written in one statement each, then their later
  // events through the store so lists hold every stage.
  const pgStore = await openPostgresStore(pgDriver({ connectionString: url, schema, max: 8 }));
  const seedPool = new pg.Pool({ connectionString: url, max: 8, options: `-c search_path=${schema}` });
  log(`seeding ${COUNT} contributions in PostgreSQL, schema ${schema}…`);
  const { themes, published } = await seed(pgStore, COUNT, 8, async (args) => {
    await seedPool.query({ name: 'seed', text: RAW_CREATE, values: rawParams(args) });
  });
  await seedPool.end();
  await pgStore.close();
  await admin.query(`ANALYZE ${schema}.contributions`);

  const env = {
    ...process.env,
    DATABASE_URL: url,
    PARTICIPE_DATABASE_SCHEMA: schema,
    PARTICIPE_HOST: '127.0.0.1',
    PARTICIPE_TOKEN_SECRET: randomBytes(32).toString('base64'),
    PARTICIPE_RATE_LIMIT: 'off',
    PARTICIPE_LOG_LEVEL: LOG_LEVEL,
    PARTICIPE_NOTIFY_INTERVAL: '3600',
    PARTICIPE_MAIL_DIR: mkdtempSync(join(tmpdir(), 'participe-bench-mail-')),
  };
  const apiPort = await freePort();
  const api = spawn(process.execPath, [...nodeArgs('api-postgres'), CLI, 'serve'], {
    env: { ...env, PARTICIPE_PORT: String(apiPort) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(api);
  const barePort = await freePort();
  const bare = fork(BARE, [], {
    env: { ...env, BENCH_SCHEMA: schema, PORT: String(barePort) },
    execArgv: ['--import', 'tsx/esm'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  children.push(bare);
  const sides = [
    { name: 'api', base: `http://127.0.0.1:${apiPort}`, child: api },
    { name: 'bare', base: `http://127.0.0.1:${barePort}`, child: bare },
  ] as const;
  for (const side of sides) await waitReady(side.base, side.child);
  await new Promise((r) => setTimeout(r, 3000));
  const idleRss = { api: rssMb(api.pid!), bare: rssMb(bare.pid!) };

  let n = 0;
  const cases: Array<{ name: string; goal: number; request: () => autocannon.Request }> = [
    {
      name: 'GET one contribution',
      goal: 0.6,
      request: () => ({ method: 'GET', path: `/api/contributions/${published[n++ % published.length]}` }),
    },
    {
      name: 'GET public list of a space',
      goal: 0.6,
      request: () => ({ method: 'GET', path: `/api/contributions?space=${SPACES[n++ % SPACES.length]}` }),
    },
    {
      name: 'GET search (one word)',
      goal: 0.6,
      request: () => ({ method: 'GET', path: `/api/contributions?q=${encodeURIComponent(WORDS[n++ % 40]!)}` }),
    },
    {
      name: 'POST create',
      goal: 0.5,
      request: () => {
        n += 1;
        return { method: 'POST', path: '/api/contributions', ...createRequest(n, themes, 'bench-http') };
      },
    },
  ];

  const load = async (base: string, make: () => autocannon.Request, seconds: number) =>
    autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: seconds,
      requests: [{ setupRequest: (req) => ({ ...req, ...make() }) }],
    });

  const only = process.env['BENCH_ONLY']; // e.g. "POST" to run the cases whose name contains it
  const rows: string[][] = [];
  const statuses: string[] = [];
  for (const [i, c] of cases.filter((x) => !only || x.name.includes(only)).entries()) {
    const results: Record<string, { rps: number; p50: number; p99: number; bad: number; cpuMs: number }> = {};
    // Alternate which side goes first, so neither always meets a warmer database.
    for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
      log(`${c.name}: ${side.name}, ${SECONDS} s…`);
      await load(side.base, c.request, 3);
      const before = cpuSeconds(side.child.pid!);
      const r = await load(side.base, c.request, SECONDS);
      const cpu = cpuSeconds(side.child.pid!) - before;
      const codes = Object.entries(r.statusCodeStats ?? {}).filter(([code]) => !code.startsWith('2'));
      if (codes.length > 0)
        statuses.push(`${c.name}, ${side.name}: ${codes.map(([k, v]) => `${v.count} × ${k}`).join(', ')}`);
      results[side.name] = {
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        bad: r.non2xx + r.errors + r.timeouts,
        cpuMs: (cpu * 1000) / Math.max(1, r.requests.total),
      };
    }
    const a = results['api']!;
    const b = results['bare']!;
    const ratio = a.rps / b.rps;
    rows.push([
      c.name,
      a.rps.toFixed(0),
      b.rps.toFixed(0),
      `${ratio.toFixed(2)}× ${ratio >= c.goal ? 'ok' : 'MISSED'} (≥ ${c.goal})`,
      `${a.p50} / ${a.p99}`,
      `${b.p50} / ${b.p99}`,
      `${(a.p99 / b.p99).toFixed(1)}× ${a.p99 <= 2 * b.p99 ? 'ok' : 'MISSED'}`,
      `${a.cpuMs.toFixed(2)} / ${b.cpuMs.toFixed(2)} (${(a.cpuMs / b.cpuMs).toFixed(1)}×)`,
      `${a.bad} / ${b.bad}`,
    ]);
  }
  printTable(
    [
      'request',
      'API req/s',
      'bare req/s',
      'API / bare',
      'API p50/p99 ms',
      'bare p50/p99 ms',
      'p99 ratio',
      'CPU ms/req API / bare',
      'non-2xx API / bare',
    ],
    rows,
    `Participe HTTP bench — ${COUNT} contributions seeded, ${CONNECTIONS} connections, ${SECONDS} s per run after 3 s warm-up, ` +
      `API log level ${LOG_LEVEL}, PostgreSQL at ${new URL(url).host}`,
  );
  for (const line of statuses) console.log(`non-2xx: ${line}`);
  console.log(`idle RSS after start: API ${idleRss.api.toFixed(0)} MB, bare ${idleRss.bare.toFixed(0)} MB`);

  // The embedded default: the same data in PGlite, the same API, the same reads.
  if (process.env['BENCH_PGLITE'] !== '0') {
    const dataDir = mkdtempSync(join(tmpdir(), 'participe-bench-pglite-'));
    log(`seeding ${COUNT} contributions in PGlite at ${dataDir}…`);
    // Into the folder `participe serve` opens: before, the API started on an empty database.
    const lite = await seedPglite({ openPglite, openPostgresStore, pgliteDriver }, dataDir, COUNT);
    // Each way PGlite can run (PARTICIPE_PGLITE_THREAD), started afresh for each case on the
    // same folder, in alternating order, so neither always meets a warmer database.
    const threads = (process.env['BENCH_PGLITE_THREADS'] ?? 'worker,main').split(',');
    const { DATABASE_URL: _url, PARTICIPE_DATABASE_SCHEMA: _schema, ...liteEnv } = env;
    const startLite = async (thread: string, name: string) => {
      const litePort = await freePort();
      const started = performance.now();
      const child = spawn(process.execPath, [...nodeArgs(name), CLI, 'serve'], {
        env: {
          ...liteEnv,
          PARTICIPE_DATA_DIR: dataDir,
          PARTICIPE_PORT: String(litePort),
          PARTICIPE_PGLITE_THREAD: thread,
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      children.push(child);
      const base = `http://127.0.0.1:${litePort}`;
      await waitReady(base, child);
      const readyMs = performance.now() - started;
      await new Promise((r) => setTimeout(r, 3000));
      return { child, base, readyMs, rss: rssMb(child.pid!) };
    };
    const liteRows: string[][] = [];
    const starts = new Map(threads.map((t) => [t, [] as Array<{ readyMs: number; rss: number }>]));
    let k = 0;
    const liteCases: Array<{ name: string; request: () => autocannon.Request }> = [
      {
        name: 'GET one contribution',
        request: () => ({ method: 'GET', path: `/api/contributions/${lite.published[k++ % lite.published.length]}` }),
      },
      {
        name: 'GET public list of a space',
        request: () => ({ method: 'GET', path: `/api/contributions?space=${SPACES[k++ % SPACES.length]}` }),
      },
      // The same creates as above (same spaces and themes), written into each store.
      { name: 'POST create', request: cases.find((c) => c.name === 'POST create')!.request },
    ];
    for (const [i, c] of liteCases.filter((x) => !only || x.name.includes(only)).entries()) {
      log(`${c.name}: PostgreSQL API, ${SECONDS} s…`);
      await load(sides[0].base, c.request, 3);
      const pgRun = await load(sides[0].base, c.request, SECONDS);
      const p = { rps: pgRun.requests.average, p99: pgRun.latency.p99, max: pgRun.latency.max };
      for (const thread of i % 2 === 0 ? threads : [...threads].reverse()) {
        const server = await startLite(thread, `api-pglite-${thread}-${i}`);
        starts.get(thread)?.push({ readyMs: server.readyMs, rss: server.rss });
        log(`${c.name}: PGlite API (${thread} thread), ${SECONDS} s…`);
        await load(server.base, c.request, 3);
        const before = cpuSeconds(server.child.pid!);
        const r = await load(server.base, c.request, SECONDS);
        const cpuMs = ((cpuSeconds(server.child.pid!) - before) * 1000) / Math.max(1, r.requests.total);
        await stop(server.child);
        const ratio = r.requests.average / p.rps;
        liteRows.push([
          `${c.name} (${thread})`,
          r.requests.average.toFixed(0),
          p.rps.toFixed(0),
          `${ratio.toFixed(2)}× ${ratio >= 0.5 ? 'ok' : 'MISSED'} (≥ 0.5)`,
          `${r.latency.p99} / ${r.latency.max} ${r.latency.max <= 1000 ? 'ok' : 'MISSED'} (max ≤ 1000)`,
          `${p.p99} / ${p.max}`,
          cpuMs.toFixed(2),
          `${r.non2xx + r.errors + r.timeouts}`,
        ]);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
    for (const [thread, runs] of starts) {
      const rss = median(runs.map((r) => r.rss));
      const ready = median(runs.map((r) => r.readyMs));
      liteRows.push([
        `idle RSS of participe serve, MB (${thread}; ${runs.map((r) => r.rss.toFixed(0)).join(', ')})`,
        rss.toFixed(0),
        idleRss.api.toFixed(0),
        rss <= 200 ? 'ok (PGlite ≤ 200)' : 'MISSED (PGlite ≤ 200)',
        '',
        '',
        '',
        '',
      ]);
      liteRows.push([
        `start to ready on an existing database, ms (${thread}; ${runs.map((r) => r.readyMs.toFixed(0)).join(', ')})`,
        ready.toFixed(0),
        '',
        ready <= 1500 ? 'ok (≤ 1500)' : 'MISSED (≤ 1500)',
        '',
        '',
        '',
        '',
      ]);
    }
    printTable(
      [
        'request',
        'PGlite API req/s',
        'PostgreSQL API req/s',
        'PGlite / PostgreSQL',
        'PGlite p99 / max ms',
        'PostgreSQL p99 / max ms',
        'PGlite CPU ms/req',
        'PGlite non-2xx',
      ],
      liteRows,
      `The embedded default — the same ${COUNT} contributions in PGlite, ${CONNECTIONS} connections, ${SECONDS} s per run, load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} at the end`,
    );
  }
} finally {
  await Promise.all(children.map(stop));
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
}
