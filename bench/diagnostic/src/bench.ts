import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { aggregateDiagnostics, defaultQuestionnaire, evaluateDiagnostic } from '@participe/core';
import { randomAnswerSets, responses } from './answers.js';
import { surveyJsBaseline, surveyJsRunnerBaseline } from './surveyjs.js';

// `pnpm bench` bundles this file with esbuild (as an integrator's build would: no tsx
// wrappers) and runs it. It prints a table and writes bench/results/diagnostic.json.
// Each aggregation runs in a child process, so its peak memory is its own.
// Flags: --surveyjs-sets=N (default 10,000; SurveyJS takes about 3 ms per set), --rounds=N.

const N = 100_000;
const q = defaultQuestionnaire;
const GOALS = { evalsPerSecond: 50_000, speedUp: 20, aggregateSeconds: 1, aggregateMegabytes: 200 };
const flag = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

interface AggregateRun {
  seconds: number;
  cpuSeconds: number;
  peakRss: number;
  heapBefore: number;
  heapGrowth: number;
}

/** Child: aggregates N responses, held in memory (rows with every column) or streamed. */
function aggregateChild(mode: 'memory' | 'stream') {
  const input = mode === 'memory' ? [...responses(q, N, 'row')] : responses(q, N, 'row');
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = aggregateDiagnostics(q, input);
  const run: AggregateRun = {
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: cpuSince(c0),
    peakRss: process.resourceUsage().maxRSS * 1024,
    heapBefore,
    heapGrowth: process.memoryUsage().heapUsed - heapBefore,
  };
  if (result.respondents !== N) throw new Error(`aggregated ${result.respondents} of ${N}`);
  process.stdout.write(JSON.stringify(run));
}

function runChild(mode: 'memory' | 'stream'): AggregateRun {
  const args = [...process.execArgv, fileURLToPath(import.meta.url), `--aggregate=${mode}`];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as AggregateRun;
}

const cpuSince = (c0: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
};

/**
 * Evaluations per second, best of `rounds`, by CPU time and by wall clock. On a shared
 * machine the wall clock also counts the time other processes hold the CPU; the CPU time
 * of this process does not, so it is the figure compared with the goals.
 */
function rate(sets: readonly object[], fn: (a: never) => unknown, rounds: number) {
  let cpu = Infinity;
  let wall = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const a of sets) fn(a as never);
    cpu = Math.min(cpu, cpuSince(c0));
    wall = Math.min(wall, (performance.now() - t0) / 1000);
  }
  return { cpu: sets.length / cpu, wall: sets.length / wall };
}

function main() {
  const rounds = flag('rounds', 3);
  const surveySets = flag('surveyjs-sets', 10_000);
  const sets = randomAnswerSets(q, N);
  const survey = surveyJsBaseline(q);
  const runner = surveyJsRunnerBaseline(q);

  // Same work on every side? Visibility, requirement and scores must agree first.
  for (const answers of sets.slice(0, 2_000)) {
    const ours = evaluateDiagnostic(q, answers);
    const expected = JSON.stringify([ours.visible, ours.missingRequired, ours.dimensions.map((d) => d.score)]);
    for (const [name, other] of [
      ['SurveyJS model', survey],
      ['SurveyJS expressions', runner],
    ] as const) {
      const theirs = other.evaluate(answers);
      if (JSON.stringify([theirs.visible, theirs.missingRequired, theirs.scores]) !== expected)
        throw new Error(`${name} and Participe disagree on ${JSON.stringify(answers)}`);
    }
  }
  // The same warm-up for each (the check above ran 2,000 of each already), the same rounds, best kept.
  const warmUp = sets.slice(0, 5_000);
  for (const a of warmUp) evaluateDiagnostic(q, a);
  for (const a of warmUp) survey.evaluate(a);
  for (const a of warmUp) runner.evaluate(a);

  const ours = rate(sets, (a) => evaluateDiagnostic(q, a), rounds);
  const theirs = rate(sets.slice(0, surveySets), (a) => survey.evaluate(a), rounds);
  const theirRunner = rate(sets, (a) => runner.evaluate(a), rounds);
  const memory = [runChild('memory'), runChild('memory'), runChild('memory')].sort(
    (a, b) => a.cpuSeconds - b.cpuSeconds,
  )[0]!;
  const stream = runChild('stream');
  const speedUp = ours.cpu / theirs.cpu;
  const speedUpRunner = ours.cpu / theirRunner.cpu;

  const ok = (pass: boolean) => (pass ? 'yes' : 'NO');
  const rows = [
    ['measure', 'Participe', 'SurveyJS model', 'SurveyJS expressions only', 'goal', 'met'],
    [
      `evaluations/s, CPU time (${fmt(N)} random answer sets)`,
      fmt(ours.cpu),
      `${fmt(theirs.cpu)} (${fmt(surveySets)} sets)`,
      fmt(theirRunner.cpu),
      `≥ ${fmt(GOALS.evalsPerSecond)}`,
      ok(ours.cpu >= GOALS.evalsPerSecond),
    ],
    ['evaluations/s, wall clock', fmt(ours.wall), fmt(theirs.wall), fmt(theirRunner.wall), '', ''],
    [
      'speed-up of Participe (CPU time)',
      '1×',
      `${speedUp.toFixed(1)}×`,
      `${speedUpRunner.toFixed(1)}×`,
      `≥ ${GOALS.speedUp}× (model)`,
      ok(speedUp >= GOALS.speedUp),
    ],
    [
      `aggregate ${fmt(N)} respondents held in memory: CPU / wall`,
      `${memory.cpuSeconds.toFixed(2)} s / ${memory.seconds.toFixed(2)} s`,
      '—',
      '—',
      `< ${GOALS.aggregateSeconds} s`,
      ok(memory.cpuSeconds < GOALS.aggregateSeconds),
    ],
    [
      `aggregate ${fmt(N)} held in memory: peak RSS of the process`,
      `${mb(memory.peakRss)} MB`,
      '—',
      '—',
      `< ${GOALS.aggregateMegabytes} MB`,
      ok(mb(memory.peakRss) < GOALS.aggregateMegabytes),
    ],
    [
      `  heap: the ${fmt(N)} responses / growth while aggregating`,
      `${mb(memory.heapBefore)} / ${mb(memory.heapGrowth)} MB`,
      '',
      '',
      '',
      '',
    ],
    [
      `aggregate ${fmt(N)} streamed (generated one by one): CPU, peak RSS`,
      `${stream.cpuSeconds.toFixed(2)} s, ${mb(stream.peakRss)} MB`,
      '—',
      '—',
      '',
      '',
    ],
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const questions = q.sections.flatMap((s) => s.questions).length;
  console.log(
    `Default questionnaire: ${questions} questions, ${q.dimensions.length} dimensions, ${q.recommendations.length} rules. ` +
      `Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}, best of ${rounds} rounds.`,
  );
  console.log(line(rows[0]!));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows.slice(1)) console.log(line(r));
  console.log(
    'SurveyJS model: one model reused for every set (its fastest use with a model); SurveyJS expressions only: ' +
      'its ConditionRunner on each visibleIf/requiredIf, no model. Each side warmed on the same 5,000 sets, best of the ' +
      'same rounds. Participe also checks every answer, estimates the phase and fires recommendations.',
  );

  const out = new URL('../../results/', import.meta.url);
  mkdirSync(out, { recursive: true });
  const json = {
    node: process.version,
    load: loadavg()[0],
    n: N,
    ours,
    theirs,
    theirRunner,
    surveySets,
    speedUp,
    speedUpRunner,
    memory,
    stream,
  };
  writeFileSync(new URL('diagnostic.json', out), `${JSON.stringify(json, null, 2)}\n`);
}

const child = process.argv.find((a) => a.startsWith('--aggregate='))?.split('=')[1];
if (child === 'memory' || child === 'stream') aggregateChild(child);
else main();
