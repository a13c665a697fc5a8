// CPU and statements per create in the service itself, without HTTP: the same creates
// through `createParticipeService` on PostgreSQL and on PGlite, counting the statements the
// store sends and the CPU time of this process. On a shared, loaded machine a throughput
// is mostly the neighbours' doing; CPU time per create and statements per create are not.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --import tsx/esm src/create-cpu.ts
//
// Environment: BENCH_ADAPTERS, the folder of an `@participe/adapters` build to measure (default
// this tree's; e.g. a copy of the previous build, for before/after); BENCH_CREATES (default 3000,
// after BENCH_WARMUP, default 2000, to warm up), 10 at a time. Under load, 300 creates left the
// JIT half done: two builds' CPU then differed by what each happened to have compiled.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SqlDriver } from '@participe/adapters/postgres';
import type { ParticipeStore } from '@participe/core';
import pg from 'pg';

const dir = process.env['BENCH_ADAPTERS'] ?? fileURLToPath(new URL('../../../packages/adapters', import.meta.url));
const from = async (path: string) => import(pathToFileURL(join(dir, path)).href);
const postgres: typeof import('@participe/adapters/postgres') = await from('dist/postgres/index.js');
const { createParticipeService } = await from('dist/service/service.js');
const { SpaceSchema }: typeof import('@participe/core') = await from('node_modules/@participe/core/dist/index.js');
const CREATES = Number(process.env['BENCH_CREATES'] ?? 3000);
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? 2000);
const url = process.env['DATABASE_URL'];

/** Counts the statements that reach the database, in and out of transactions. */
function counted(driver: SqlDriver) {
  const count = { n: 0 };
  const wrapped: SqlDriver = {
    query: (sql, params, options) => {
      count.n += 1;
      return driver.query(sql, params, options);
    },
    transaction: (fn) =>
      driver.transaction((tx) => {
        count.n += 2; // BEGIN, COMMIT
        return fn({
          query: (sql, params, options) => {
            count.n += 1;
            return tx.query(sql, params, options);
          },
        });
      }),
    close: () => driver.close(),
  };
  return { driver: wrapped, count };
}

async function measure(name: string, store: ParticipeStore, count: { n: number }) {
  await store.putSpace(
    SpaceSchema.parse({
      id: 's_bench',
      slug: 'groupe-bench',
      name: 'Groupe du bench',
      policyArea: 'Insertion',
      territory: 'Département',
      charter: { text: '', adoptedOn: null },
      composition: {},
      createdOn: '2024-01-01',
    }),
  );
  const citizen = createParticipeService({ store }).as(null);
  let n = 0;
  const one = () =>
    citizen.createContribution(
      {
        spaceId: 'groupe-bench',
        kind: 'proposal',
        title: `Des bus plus tôt le matin ${++n}`,
        body: 'Le premier bus passe trop tard pour arriver au travail à huit heures.',
        theme: 'mobilite',
        author: { pseudonym: 'Camille' },
      },
      { idempotencyKey: `bench-cpu-${randomBytes(12).toString('hex')}` },
    );
  const run = async (total: number) => {
    let left = total;
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (left-- > 0) await one();
      }),
    );
  };
  await run(WARMUP);
  const statements = count.n;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run(CREATES);
  const used = process.cpuUsage(cpu);
  const wall = performance.now() - started;
  console.log(
    `| ${name} | ${((used.user + used.system) / 1000 / CREATES).toFixed(3)} | ${((count.n - statements) / CREATES).toFixed(2)} | ${((CREATES / wall) * 1000).toFixed(0)} |`,
  );
}

console.log(`Creates through the service, ${CREATES} after ${WARMUP} to warm up, 10 at a time — ${dir}`);
console.log('| store | CPU ms per create (this process) | statements per create | creates/s |');
console.log('|---|---|---|---|');
if (url) {
  const schema = `participe_benchcpu_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    const { driver, count } = counted(postgres.pgDriver({ connectionString: url, schema, max: 10 }));
    const store = await postgres.openPostgresStore(driver);
    await measure('PostgreSQL (CPU of the API side only)', store, count);
    await store.close();
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}
const { driver, count } = counted(postgres.pgliteDriver(await postgres.openPglite()));
const lite = await postgres.openPostgresStore(driver);
await measure('PGlite (in process: CPU includes the database)', lite, count);
await lite.close();
