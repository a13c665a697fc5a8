// What bench.ts and pglite-start.ts share: the data every table is measured on (in any
// store), and how a server process is waited for and weighed.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { type CreateArgs, createArgs, laterSteps, SPACES } from '@participe/bench-server/data';
import { RAW_CREATE, rawParams } from '@participe/bench-server/raw';
import { inBatches, runConcurrently } from '@participe/bench-server/run';
import { type ParticipeStore, SpaceSchema } from '@participe/core';

/** Each space of the data: the default themes, nothing else set. */
/** The proposal both benches send as create number `n` (the same for the API and the bare server). */
export function createRequest(n: number, themes: readonly string[], keyPrefix: string) {
  return {
    headers: {
      'content-type': 'application/json',
      'idempotency-key': `${keyPrefix}-${randomBytes(12).toString('hex')}`,
    },
    body: JSON.stringify({
      spaceId: SPACES[n % SPACES.length],
      kind: 'proposal',
      title: `Des bus plus tôt le matin ${n}`,
      body: 'Le premier bus passe trop tard pour arriver au travail à huit heures.',
      theme: themes[n % themes.length],
      author: { pseudonym: 'Camille' },
    }),
  };
}

export const benchSpace = (id: string) =>
  SpaceSchema.parse({
    id,
    slug: id.replace('_', '-'),
    name: `Groupe ${id}`,
    policyArea: 'Insertion',
    territory: 'Département',
    charter: { text: '', adoptedOn: null },
    composition: {},
    createdOn: '2024-01-01',
  });

/**
 * The same data in any store: spaces, `count` contributions written by `rawCreate` in one
 * statement each, then their later events through the store, so lists hold every stage.
 */
export async function seed(
  store: ParticipeStore,
  count: number,
  writers: number,
  rawCreate: (args: CreateArgs) => Promise<void>,
) {
  for (const id of SPACES) await store.putSpace(benchSpace(id));
  const themes = benchSpace(SPACES[0]!).themes.map((t) => t.id); // what a create may name
  await inBatches(count, createArgs, (batch) => runConcurrently(batch, writers, rawCreate));
  const published: string[] = [];
  await inBatches(count, laterSteps, (batch) =>
    runConcurrently(
      batch.filter((steps) => steps.length > 0),
      writers,
      async (steps) => {
        for (const step of steps) {
          const r = await store.appendEvent({
            contributionId: step.event.contributionId,
            expectedVersion: step.event.seq - 1,
            ...step,
          });
          if (!r.ok) throw new Error(`append refused: ${r.reason}`);
        }
        published.push(steps[0]!.event.contributionId);
      },
    ),
  );
  return { themes, published: published.sort() };
}

type Adapters = Pick<
  typeof import('@participe/adapters/postgres'),
  'openPglite' | 'openPostgresStore' | 'pgliteDriver'
>;

/**
 * Seeds the embedded database of `participe serve --data-dir dataDir`: PGlite's files are in
 * its `pglite` folder (`pgliteFolder` in the CLI), not in `dataDir` itself.
 */
export async function seedPglite(adapters: Adapters, dataDir: string, count: number) {
  const driver = adapters.pgliteDriver(await adapters.openPglite(join(dataDir, 'pglite')));
  const store = await adapters.openPostgresStore(driver);
  const seeded = await seed(store, count, 1, async (args) => {
    await driver.query(RAW_CREATE, rawParams(args));
  });
  await driver.statisticsSettled();
  await store.close();
  return seeded;
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** CPU seconds (user + system) the process has used so far, from /proc. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in ticks of 1/100 s
}

/** Resident memory of a process, in MB, from /proc. */
export function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  return line ? Number(line[1]) / 1024 : Number.NaN;
}

/**
 * Polls every 25 ms (the start time is read from it) for three minutes at most: a loaded
 * machine takes long to start PGlite.
 */
export async function waitReady(base: string, child: ChildProcess) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/api/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${base} never became ready`);
}
