// The proposal form's first usable step and first contentful paint at 4× CPU throttle
// (CDP), against a bare Lit form and a SurveyJS form rendering the same first step, in the
// same run, on Debian's chromium. The form talks to the real `participe serve` over HTTP on
// loopback; the baselines make the same request for the space.
//
//   pnpm --filter @participe/bench-widgets start              # 11 cold runs per page (at least 7)
//   pnpm --filter @participe/bench-widgets start -- --runs=15
//   pnpm --filter @participe/bench-widgets start -- --before=/tmp/before/bench/widgets
//   pnpm --filter @participe/bench-widgets start -- --profile   # then one traced load per page
//
// `--before=DIR`: also measures the form's pages built from DIR, the `bench/widgets` folder
// of another checkout (an earlier commit, with its dependencies installed), in the same
// rounds: a before/after under the same machine load.
//
// Each page is bundled with esbuild (minified ESM, workspace packages from source) and
// served from 127.0.0.1. Every run opens a new browser context (no cache); pages alternate
// and their order rotates each round, so machine noise spreads over all of them. One
// warm-up round (chromium's own start-up costs) is not counted. Goals, on medians: form ≤
// 1.25× bare Lit and ≤ 0.4× SurveyJS. Timings are printed, never asserted.

import { writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { API_SPACE, startApi } from './api.js';
import { buildPage } from './build.js';
import { measure } from './measure.js';
import { localBackend, SPACE_ID } from './pages/local-backend.js';
import { formPagesFrom, PAGES, type PageSpec } from './pages.js';
import { profileLines, summarise } from './profile.js';
import { type Row, ratios, table } from './report.js';
import { serve } from './serve.js';

const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const RUNS = Math.max(7, Number(runsArg?.slice('--runs='.length) ?? 11));
const PROFILE = process.argv.includes('--profile');
const beforeArg = process.argv.find((a) => a.startsWith('--before='))?.slice('--before='.length);
// The form's pages before the baselines: `ratios` takes the last two rows as its baselines.
const ALL: readonly PageSpec[] = beforeArg ? [...formPagesFrom(resolve(beforeArg), 'before'), ...PAGES] : PAGES;
const log = (s: string) => process.stderr.write(`${s}\n`);

// What the local back end answers for the space, for the page that gets it without one.
const publicSpace = await (await localBackend()).getSpace(SPACE_ID);
// Timings under load are indicative: the load average goes with them.
const loadNow = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
const startLoad = loadNow();
const sites = new Map<string, Map<string, { body: Buffer; type: string }>>();
const server = await serve(sites);
log('starting participe serve (built, embedded database)…');
const api = await startApi(server.origin);
const define = {
  __BENCH_PUBLIC_SPACE__: JSON.stringify(publicSpace),
  __BENCH_API__: JSON.stringify(api.endpoint),
  __BENCH_API_SPACE__: JSON.stringify(API_SPACE),
};
const built = await Promise.all(ALL.map((p) => buildPage(p, define)));
const slug = (i: number) => `p${i}`;
for (const [i, b] of built.entries()) sites.set(slug(i), b.files);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

const profiles: string[] = [];
const rows: Row[] = ALL.map((p, i) => ({ name: p.name, gzipBytes: built[i]!.gzipBytes, runs: [] }));
try {
  for (let round = -1; round < RUNS; round++) {
    for (let k = 0; k < ALL.length; k++) {
      const i = (k + Math.max(round, 0)) % ALL.length;
      const run = await measure(browser, `${server.origin}/${slug(i)}/`, `${server.origin}/blank`, ALL[i]!.probe);
      if (round >= 0) rows[i]!.runs.push(run);
      const when = round < 0 ? 'warm-up' : `run ${round + 1}/${RUNS}`;
      log(`${when} ${ALL[i]!.name}: FCP ${run.fcp.toFixed(0)} ms, first step ${run.firstStep.toFixed(0)} ms`);
    }
  }
  // One more cold load per page, traced (slower than the counted ones): where the time goes.
  for (const [i, p] of (PROFILE ? ALL : []).entries()) {
    const url = `${server.origin}/${slug(i)}/`;
    let json: Buffer = Buffer.alloc(0);
    const run = await measure(browser, url, `${server.origin}/blank`, p.probe, (j) => {
      json = j;
    });
    const file = `${tmpdir()}/bench-widgets-${slug(i)}.trace.json`;
    writeFileSync(file, json);
    profiles.push(`${profileLines(p.name, summarise(json, run))}\n  trace: ${file}`);
  }
} finally {
  await browser.close();
  await server.close();
  await api.close();
}

console.log(
  `\nCold loads at 4× CPU throttle, ${RUNS} runs per page, ${new Date().toISOString()}, load average ${startLoad} at start, ${loadNow()} at end\n`,
);
console.log(table(rows));
console.log(`\n${ratios(rows.slice(0, -2), rows.at(-2)!, rows.at(-1)!)}`);
if (profiles.length) console.log(`\nTraced loads (one per page, not counted above):\n\n${profiles.join('\n\n')}`);
