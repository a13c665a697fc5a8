// `participe serve` as a council runs it (the built command, one or two processes on one
// PostgreSQL): start-up time on an empty database and on one of BENCH_START_COUNT
// contributions, resident memory idle and under load, creates per second and list p95 over
// HTTP with one and with two processes, beside the same creates written by a raw pg loop and
// the same lists read by the store in this process (no HTTP) — all in one run, on one database.
//
//   pnpm --filter @participe/adapters build
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test pnpm --filter @participe/bench-server processes
//
// Options (environment): BENCH_SECONDS per load cell (default 4), BENCH_CLIENTS concurrent
// HTTP clients (default 16, spread over the processes), BENCH_START_COUNT (default 100000).
// Works in two fresh schemas (participe_bench_<run>_empty and _full), dropped at the end.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { migrate, openPostgresStore, pgDriver } from '@participe/adapters/postgres';
import { type ContributionFilter, SpaceSchema } from '@participe/core';
import pg from 'pg';
import { createArgs, SPACES } from './data.js';
import { fill } from './fill.js';
import { listFilters } from './queries.js';
import { RAW_CREATE, rawParams } from './raw.js';
import { percentile, printTable } from './run.js';

const url = process.env['DATABASE_URL'];
if (!url) {
  console.error('Set DATABASE_URL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test');
  process.exit(2);
}
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 4);
const CLIENTS = Number(process.env['BENCH_CLIENTS'] ?? 16);
const START_COUNT = Number(process.env['BENCH_START_COUNT'] ?? 100_000);
const BIN = join(
  dirname(createRequire(import.meta.url).resolve('@participe/adapters/package.json')),
  'bin/participe.js',
);
const run = randomBytes(3).toString('hex');
const schemas = { empty: `participe_bench_${run}_empty`, full: `participe_bench_${run}_full` };
const log = (s: string) => process.stderr.write(`${s}\n`);
const mailDir = mkdtempSync(join(tmpdir(), 'participe-bench-mail-'));

interface Serving {
  child: ChildProcess;
  base: string;
  /** Milliseconds from the spawn to the `listening` log line. */
  startMs: number;
}

/** Starts `participe serve` on `schema` and resolves once it listens. */
function startServe(schema: string): Promise<Serving> {
  const t = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: {
      PATH: process.env['PATH'] ?? '',
      DATABASE_URL: url!,
      PARTICIPE_DATABASE_SCHEMA: schema,
      PARTICIPE_TOKEN_SECRET: 'bench-secret-that-is-long-enough-0123456789',
      PARTICIPE_MAIL_DIR: mailDir,
      PARTICIPE_PORT: '0',
      PARTICIPE_RATE_LIMIT: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    // Logs at info, as a council runs it: one line per request, read and dropped here.
    let rest = '';
    let listening = false;
    let err = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      err += d;
    });
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      if (listening) return;
      rest += d;
      for (let nl = rest.indexOf('\n'); nl >= 0; nl = rest.indexOf('\n')) {
        const line = JSON.parse(rest.slice(0, nl)) as { msg?: string; url?: string };
        rest = rest.slice(nl + 1);
        if (line.msg === 'listening') {
          listening = true;
          resolve({ child, base: line.url!, startMs: performance.now() - t });
        }
      }
    });
    child.once('exit', (code) => reject(new Error(`participe serve exited (${code}): ${err}`.slice(0, 2000))));
  });
}

const stop = (s: Serving) =>
  new Promise<void>((resolve) => {
    if (s.child.exitCode !== null) return resolve();
    s.child.once('exit', () => resolve());
    s.child.kill('SIGTERM');
  });

/** Resident set size of a process, in MiB (Linux). */
function rssMiB(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
function call(method: 'GET' | 'POST', target: string, body?: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(target, { method, agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        text += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** `CLIENTS` loops of `work` for `SECONDS`; returns each call's milliseconds. */
async function load(work: (client: number, n: number) => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  const end = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = 0; performance.now() < end; n += 1) {
        const t = performance.now();
        await work(client, n);
        times.push(performance.now() - t);
      }
    }),
  );
  return times;
}

/** Samples the processes' memory while `during` runs; resolves with its result and the largest RSS seen. */
async function sampled<T>(servings: Serving[], during: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = 0;
  const timer = setInterval(() => {
    for (const s of servings) peak = Math.max(peak, rssMiB(s.child.pid));
  }, 100);
  try {
    return { result: await during(), peak };
  } finally {
    clearInterval(timer);
  }
}

const createBody = (tag: string) =>
  JSON.stringify({
    spaceId: SPACES[tag.length % SPACES.length],
    kind: 'proposal',
    title: `Un bus plus tôt le matin ${tag}`,
    body: 'Le premier bus arrive après l’heure des rendez-vous à la maison des solidarités.',
    theme: 'mobilite',
    author: { pseudonym: 'Dominique' },
  });

/** The list filters as the widgets send them: first pages, as query strings. */
const LISTS = listFilters(200).map(({ filter }) => {
  const q = new URLSearchParams();
  if (filter.spaceId) q.set('space', filter.spaceId);
  // Anonymous callers may not ask for drafts (a 400): those filters go without a status.
  if (filter.status?.includes('draft')) delete filter.status;
  if (filter.status) q.set('status', filter.status.join(','));
  if (filter.theme) q.set('theme', filter.theme);
  if (filter.kind) q.set('kind', filter.kind);
  if (filter.territory) q.set('territory', filter.territory);
  return { query: q.toString(), filter: { ...filter, overdue: undefined } as ContributionFilter };
});

const ms = (v: number) => `${v.toFixed(0)} ms`;
const mib = (v: number) => `${v.toFixed(0)} MiB`;
const p95 = (times: number[]) => `${percentile(times, 0.95).toFixed(1)} ms`;

const admin = new pg.Pool({ connectionString: url, max: 2 });
for (const schema of Object.values(schemas)) await admin.query(`CREATE SCHEMA ${schema}`);
const running: Serving[] = [];
const rows: string[][] = [];
try {
  // Start-up on an empty database: the first start migrates, the second finds it migrated.
  log('start-up on an empty database…');
  const first = await startServe(schemas.empty);
  running.push(first);
  await new Promise((r) => setTimeout(r, 1000));
  const idleEmpty = rssMiB(first.child.pid);
  await stop(first);
  const again = await startServe(schemas.empty);
  running.push(again);
  await stop(again);
  rows.push(
    ['start-up, empty database (migrates it)', '1', ms(first.startMs)],
    ['start-up, empty database (migrated)', '1', ms(again.startMs)],
    ['RSS idle, empty database', '1', mib(idleEmpty)],
  );

  // A full database: migrated, its spaces, START_COUNT contributions at every stage.
  log(`filling ${START_COUNT} contributions…`);
  const full = pgDriver({ connectionString: url, schema: schemas.full, max: 2 });
  await migrate(full);
  await full.close();
  const store = await openPostgresStore(pgDriver({ connectionString: url, schema: schemas.full, max: CLIENTS }));
  for (const id of SPACES) {
    await store.putSpace(
      SpaceSchema.parse({
        id,
        slug: id.replace('s_', 'groupe-'),
        name: `Groupe ${id.slice(2)}`,
        policyArea: 'Insertion',
        territory: 'Département',
        charter: { text: 'Co-responsabilité, bienveillance, confidentialité.', adoptedOn: '2024-01-15' },
        composition: {},
        createdOn: '2024-01-10',
      }),
    );
  }
  const raw = new pg.Pool({ connectionString: url, max: CLIENTS, options: `-c search_path=${schemas.full}` });
  await fill(raw, START_COUNT, 8, log);
  await admin.query(`ANALYZE ${schemas.full}.contributions`);

  // The limits, in this process: raw INSERTs of the same kind of row, and the store's own lists.
  log('raw pg creates and in-process lists…');
  let rawCount = 0;
  const rawCreates = await load(async () => {
    const i = START_COUNT + 1_000_000 + rawCount++;
    await raw.query({ name: 'raw-create', text: RAW_CREATE, values: rawParams(createArgs(i)) });
  });
  const storeLists = await load(async (client, n) => {
    await store.listContributions(LISTS[(client * 31 + n) % LISTS.length]!.filter);
  });
  rows.push(
    ['creates/s, raw pg loop (limit)', '–', (rawCreates.length / SECONDS).toFixed(0)],
    ['list p95, the store in this process (no HTTP)', '–', p95(storeLists)],
  );

  for (const processes of [1, 2]) {
    log(`${processes} process(es)…`);
    // Started together: the second waits for the first's migration lock, as a deployment would.
    const servings = await Promise.all(Array.from({ length: processes }, () => startServe(schemas.full)));
    running.push(...servings);
    await new Promise((r) => setTimeout(r, 1000));
    const idle = Math.max(...servings.map((s) => rssMiB(s.child.pid)));
    const creates = await sampled(servings, () =>
      load(async (client, n) => {
        const res = await call(
          'POST',
          `${servings[client % processes]!.base}/api/contributions`,
          createBody(`${processes}-${client}-${n}`),
          {
            'content-type': 'application/json',
            'idempotency-key': `bench-${run}-${processes}-${client}-${n}-0000000000`,
          },
        );
        if (res.status !== 201) throw new Error(`create: ${res.status} ${res.text.slice(0, 300)}`);
      }),
    );
    const lists = await sampled(servings, () =>
      load(async (client, n) => {
        const target = `${servings[client % processes]!.base}/api/contributions?${LISTS[(client * 31 + n) % LISTS.length]!.query}`;
        const res = await call('GET', target);
        if (res.status !== 200) throw new Error(`list: ${res.status} ${res.text.slice(0, 300)}`);
      }),
    );
    rows.push(
      [
        processes === 1
          ? `start-up, ${START_COUNT} contributions`
          : `start-up, ${START_COUNT} contributions, 2 at once`,
        String(processes),
        ms(Math.max(...servings.map((s) => s.startMs))),
      ],
      ['RSS idle (largest process)', String(processes), mib(idle)],
      ['creates/s over HTTP', String(processes), (creates.result.length / SECONDS).toFixed(0)],
      ['create p95 over HTTP', String(processes), p95(creates.result)],
      ['list p95 over HTTP', String(processes), p95(lists.result)],
      ['lists/s over HTTP', String(processes), (lists.result.length / SECONDS).toFixed(0)],
      ['RSS under load (largest process)', String(processes), mib(Math.max(creates.peak, lists.peak))],
    );
    await Promise.all(servings.map(stop));
  }
  await store.close();
  await raw.end();
  printTable(
    ['measure', 'processes', 'value'],
    rows,
    `participe serve — ${CLIENTS} HTTP clients, ${SECONDS} s per load cell, PostgreSQL at ${new URL(url).host}`,
  );
} finally {
  await Promise.all(running.map(stop));
  agent.destroy();
  for (const schema of Object.values(schemas)) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
  rmSync(mailDir, { recursive: true, force: true });
}
