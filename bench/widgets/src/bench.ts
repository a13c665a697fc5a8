// The proposal form's first usable step and first contentful paint at 4× CPU throttle
// (CDP), against a bare Lit form and a SurveyJS form rendering the same first step, in the
// same run, on Debian's chromium. The form talks to the real `participe serve` over HTTP on
// loopback; the baselines make the same request for the space.
//
//   pnpm --filter @participe/bench-widgets start              # 11 cold runs per page (at least 7)
//   pnpm --filter @participe/bench-widgets start -- --runs=15
//
// Each page is bundled with esbuild (minified ESM, workspace packages from source) and
// served from 127.0.0.1. Every run opens a new browser context (no cache); pages alternate
// and their order rotates each round, so machine noise spreads over all of them. One
// warm-up round (chromium's own start-up costs) is not counted. Goals, on medians: form ≤
// 1.25× bare Lit and ≤ 0.4× SurveyJS. Timings are printed, never asserted.
import { chromium } from 'playwright-core';
import { API_SPACE, startApi } from './api.js';
import { buildPage } from './build.js';
import { measure } from './measure.js';
import { localBackend, SPACE_ID } from './pages/local-backend.js';
import { PAGES } from './pages.js';
import { type Row, ratios, table } from './report.js';
import { serve } from './serve.js';

const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const RUNS = Math.max(7, Number(runsArg?.slice('--runs='.length) ?? 11));
const log = (s: string) => process.stderr.write(`${s}\n`);

// What the local back end answers for the space, for the page that gets it without one.
const publicSpace = await (await localBackend()).getSpace(SPACE_ID);
const sites = new Map<string, Map<string, { body: Buffer; type: string }>>();
const server = await serve(sites);
log('starting participe serve (built, embedded database)…');
const api = await startApi(server.origin);
const define = {
  __BENCH_PUBLIC_SPACE__: JSON.stringify(publicSpace),
  __BENCH_API__: JSON.stringify(api.endpoint),
  __BENCH_API_SPACE__: JSON.stringify(API_SPACE),
};
const built = await Promise.all(PAGES.map((p) => buildPage(p, define)));
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

const rows: Row[] = PAGES.map((p, i) => ({ name: p.name, gzipBytes: built[i]!.gzipBytes, runs: [] }));
try {
  for (let round = -1; round < RUNS; round++) {
    for (let k = 0; k < PAGES.length; k++) {
      const i = (k + Math.max(round, 0)) % PAGES.length;
      const run = await measure(browser, `${server.origin}/${slug(i)}/`, `${server.origin}/blank`, PAGES[i]!.probe);
      if (round >= 0) rows[i]!.runs.push(run);
      const when = round < 0 ? 'warm-up' : `run ${round + 1}/${RUNS}`;
      log(`${when} ${PAGES[i]!.name}: FCP ${run.fcp.toFixed(0)} ms, first step ${run.firstStep.toFixed(0)} ms`);
    }
  }
} finally {
  await browser.close();
  await server.close();
  await api.close();
}

console.log(`\nCold loads at 4× CPU throttle, ${RUNS} runs per page, ${new Date().toISOString()}\n`);
console.log(table(rows));
console.log(`\n${ratios(rows.slice(0, 2), rows[2]!, rows[3]!)}`);
