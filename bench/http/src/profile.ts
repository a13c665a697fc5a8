// Where a server's CPU went, from a V8 CPU profile (`BENCH_PROFILE`): each sample is put in
// the first of these parts found walking up from the running function (socket and stream
// frames are passed over, so a write counts for whoever wrote), idle time left out.
//
//   node --import tsx/esm src/profile.ts /tmp/prof/api-postgres.cpuprofile
import { readFileSync } from 'node:fs';

interface Frame {
  functionName: string;
  url: string;
}
interface Profile {
  nodes: Array<{ id: number; callFrame: Frame; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

const PARTS: Array<[string, (f: Frame) => boolean]> = [
  ['crypto: hashes, random ids, codes', (f) => /crypto/.test(f.url) || /^(makeTransferable)$/.test(f.functionName)],
  ['pg driver (statements, socket writes)', (f) => /\/pg\/|pg-protocol|pg-pool|pglite/.test(f.url)],
  ['XState / core machine', (f) => /xstate|core\/dist/.test(f.url)],
  ['zod', (f) => /zod/.test(f.url)],
  ['logging, metrics', (f) => /pino|request-log|metrics|prom-client/.test(f.url)],
  [
    'HTTP: node:http and fetch Request/Response',
    (f) => /_http_|undici|webstreams|server\/(serve|http|incoming)\.js/.test(f.url),
  ],
  ['GC', (f) => f.functionName === '(garbage collector)'],
  ['service, store, handler', (f) => /adapters\/dist/.test(f.url)],
];
const IDLE = new Set(['(idle)', '(program)', '(root)']);

const profile = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const time = new Map<string, number>();
let busy = 0;
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  if (IDLE.has(byId.get(id)!.callFrame.functionName)) return;
  busy += delta;
  let part = 'other (start-up, timers, microtasks)';
  search: for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const frame = byId.get(cur)!.callFrame;
    for (const [name, test] of PARTS)
      if (test(frame)) {
        part = name;
        break search;
      }
  }
  time.set(part, (time.get(part) ?? 0) + delta);
});
console.log(`busy ${(busy / 1e6).toFixed(1)} s`);
for (const [part, t] of [...time].sort((a, b) => b[1] - a[1]))
  console.log(`${((100 * t) / busy).toFixed(1).padStart(5)} %  ${part}`);
