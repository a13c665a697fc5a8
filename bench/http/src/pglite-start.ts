// `participe serve` on an existing embedded database (PGlite): the time from start to ready
// and the resident memory after 5 s idle, with the load average beside each run (the machine
// is shared). One seeded folder, copied for each run; builds compared run by run, interleaved.
//
//   pnpm build && pnpm --filter @participe/bench-http pglite-start
//
// Environment: BENCH_COUNT contributions seeded (default 20000), BENCH_RUNS per build
// (default 3), BENCH_CLI_BEFORE another build's `bin/participe.js` to compare with (and
// BENCH_CLI_AFTER instead of this tree's: copies stay still while the tree is rebuilt),
// BENCH_PGLITE_DIR a folder already seeded (kept; otherwise one is seeded and removed),
// BENCH_PROFILE a folder where each run writes its CPU profile, BENCH_REQUESTS of each kind
// sent one at a time after the idle reading (default 100; 0 for none).
// Goals (issue #20): ready ≤ 1.5 s, idle RSS ≤ 200 MB.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SPACES } from '@participe/bench-server/data';
import { printTable } from '@participe/bench-server/run';
import { benchSpace, cpuSeconds, createRequest, freePort, rssMb, seedPglite, waitReady } from './shared.js';

const COUNT = Number(process.env['BENCH_COUNT'] ?? 20_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const PROFILE = process.env['BENCH_PROFILE'];
const IDLE_MS = 5000;
const log = (s: string) => process.stderr.write(`${s}\n`);
const builds = [
  ...(process.env['BENCH_CLI_BEFORE'] ? [{ name: 'before', cli: process.env['BENCH_CLI_BEFORE'] }] : []),
  {
    name: 'after',
    cli:
      process.env['BENCH_CLI_AFTER'] ??
      fileURLToPath(new URL('../../../packages/adapters/bin/participe.js', import.meta.url)),
  },
];

const given = process.env['BENCH_PGLITE_DIR'];
const seeded = given ?? mkdtempSync(join(tmpdir(), 'participe-bench-start-'));
if (!given || !existsSync(join(seeded, 'pglite'))) {
  log(`seeding ${COUNT} contributions in PGlite at ${seeded}…`);
  await seedPglite(await import('@participe/adapters/postgres'), seeded, COUNT);
}

// The embedded database is the one used when no PostgreSQL server is named.
const { DATABASE_URL: _url, PARTICIPE_DATABASE_SCHEMA: _schema, ...env } = process.env;

const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 100);
const themes = benchSpace(SPACES[0]!).themes.map((t) => t.id);

/**
 * `REQUESTS` of each kind, one at a time: the CPU time each took in the server (what the
 * WebAssembly compiler's choices change) and the slowest, on the data just started on.
 */
async function requests(base: string, pid: number) {
  const list = (await (await fetch(`${base}/api/contributions?space=${SPACES[0]}`)).json()) as {
    items: Array<{ id: string }>;
  };
  const ids = list.items.map((c) => c.id);
  let n = 0;
  const kinds: Array<[string, () => Promise<Response>]> = [
    ['GET list', () => fetch(`${base}/api/contributions?space=${SPACES[n % SPACES.length]}`)],
    ['GET one', () => fetch(`${base}/api/contributions/${ids[n % ids.length]}`)],
    [
      'POST create',
      () => fetch(`${base}/api/contributions`, { method: 'POST', ...createRequest(n, themes, 'bench-start') }),
    ],
  ];
  const out: Record<string, { cpuMs: number; maxMs: number }> = {};
  for (const [kind, send] of kinds) {
    const cpu = cpuSeconds(pid);
    let maxMs = 0;
    for (n = 0; n < REQUESTS; n += 1) {
      const t = performance.now();
      const r = await send();
      await r.arrayBuffer();
      if (!r.ok) throw new Error(`${kind}: ${r.status}`);
      maxMs = Math.max(maxMs, performance.now() - t);
    }
    out[kind] = { cpuMs: ((cpuSeconds(pid) - cpu) * 1000) / REQUESTS, maxMs };
  }
  return out;
}

/** The moments the server logs on its way up, in ms since the process was spawned. */
const MARKS = ['starting', 'database ready', 'listening'] as const;

async function run(cli: string, name: string) {
  const dir = mkdtempSync(join(tmpdir(), 'participe-bench-start-run-'));
  cpSync(join(seeded, 'pglite'), join(dir, 'pglite'), { recursive: true });
  const port = await freePort();
  const load = loadavg()[0]!;
  const started = performance.now();
  const marks: Record<string, number> = {};
  const child = spawn(
    process.execPath,
    [
      ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`, `--cpu-prof-name=start-${name}.cpuprofile`] : []),
      cli,
      'serve',
    ],
    {
      env: {
        ...env,
        PARTICIPE_DATA_DIR: dir,
        PARTICIPE_HOST: '127.0.0.1',
        PARTICIPE_PORT: String(port),
        PARTICIPE_TOKEN_SECRET: randomBytes(32).toString('base64'),
        PARTICIPE_NOTIFY_INTERVAL: '3600',
        PARTICIPE_RATE_LIMIT: 'off',
        PARTICIPE_MAIL_DIR: join(dir, 'mail'),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  child.stdout!.on('end', () => buffered && log(buffered));
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const at = performance.now() - started;
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      if (!line.startsWith('{')) continue; // Node's own words on a failed start
      if (line.includes('"level":"fatal"')) log(line);
      const msg = (JSON.parse(line) as { msg?: string }).msg;
      if (msg && (MARKS as readonly string[]).includes(msg)) marks[msg] ??= at;
    }
  });
  try {
    await waitReady(`http://127.0.0.1:${port}`, child);
    const readyMs = performance.now() - started;
    // What a loaded machine does not stretch: the CPU time the start itself took.
    const cpuMs = cpuSeconds(child.pid!) * 1000;
    await new Promise((r) => setTimeout(r, IDLE_MS));
    const rss = rssMb(child.pid!);
    const loadAfter = loadavg()[0]!;
    const sent = REQUESTS > 0 ? await requests(`http://127.0.0.1:${port}`, child.pid!) : {};
    return { readyMs, cpuMs, rss, load, loadAfter, marks, sent, rssAfter: rssMb(child.pid!) };
  } finally {
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows: string[][] = [];
for (let i = 0; i < RUNS; i += 1) {
  for (const build of i % 2 === 0 ? builds : [...builds].reverse()) {
    log(`run ${i + 1}: ${build.name}…`);
    const r = await run(build.cli, `${build.name.replace(/\W+/g, '-')}-${i + 1}`);
    rows.push([
      build.name,
      String(i + 1),
      `${r.readyMs.toFixed(0)} ${r.readyMs <= 1500 ? 'ok' : 'MISSED'}`,
      r.cpuMs.toFixed(0),
      MARKS.map((m) => r.marks[m]?.toFixed(0) ?? '–').join(' / '),
      `${r.rss.toFixed(0)} ${r.rss <= 200 ? 'ok' : 'MISSED'}`,
      `${r.load.toFixed(1)} → ${r.loadAfter.toFixed(1)}`,
      Object.values(r.sent)
        .map((x) => `${x.cpuMs.toFixed(1)} (${x.maxMs.toFixed(0)})`)
        .join(' / '),
      r.rssAfter.toFixed(0),
    ]);
  }
}
printTable(
  [
    'build',
    'run',
    'start to ready ms (≤ 1500)',
    'CPU ms to ready',
    `logged: ${MARKS.join(' / ')} (ms)`,
    'idle RSS MB (≤ 200)',
    'load 1 min',
    'CPU ms per request (slowest ms): GET list / GET one / POST create',
    'RSS after them MB',
  ],
  rows,
  `participe serve on an existing PGlite database of ${COUNT} contributions, RSS after ${IDLE_MS / 1000} s idle`,
);
if (!given) rmSync(seeded, { recursive: true, force: true });
