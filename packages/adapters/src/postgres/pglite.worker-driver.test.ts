// PGlite in a thread of its own: the same store contract as in this thread, and what crossing
// threads could break (errors' fields, transactions, order, closing, a database that fails).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contribution, space } from '../testing/fixtures.js';
import { describeStoreContract, storeBuilt } from '../testing/store-contract.js';
import { pgErrorOf, UNIQUE_VIOLATION } from './driver.js';
import { openPgliteStore, openPostgresStore } from './open.js';
import type { PgliteDriver } from './pglite.driver.js';
import { pgliteWorkerDriver } from './pglite.worker-driver.js';

// Starting PGlite takes seconds: one thread for the file, a fresh schema for each test.
let driver: PgliteDriver;
beforeAll(async () => {
  driver = await pgliteWorkerDriver();
}, 60_000);
afterAll(async () => {
  await driver.close();
});

let schemas = 0;
async function freshSchema() {
  const schema = `worker_${++schemas}`;
  await driver.query(`CREATE SCHEMA ${schema}`);
  await driver.query(`SET search_path TO ${schema}`);
  return schema;
}

describeStoreContract('PGlite (in a worker thread)', async () => {
  const schema = await freshSchema();
  return openPostgresStore({
    ...driver,
    close: async () => {
      await driver.query('SET search_path TO public');
      await driver.query(`DROP SCHEMA ${schema} CASCADE`);
    },
  });
});

describe('PGlite in a worker thread', () => {
  it('gives back PostgreSQL’s error with its code and constraint, and the rows’ types', async () => {
    await freshSchema();
    await driver.query('CREATE TABLE t (id integer PRIMARY KEY, at timestamptz, doc jsonb, tags text[])');
    const [row] = await driver.query<{ at: Date; doc: unknown; tags: string[] }>(
      `INSERT INTO t VALUES (1, '2026-01-02T03:04:05Z', $1::text::jsonb, $2) RETURNING at, doc, tags`,
      ['{"a":[1,2]}', ['x', 'y']],
    );
    expect(row).toEqual({ at: new Date('2026-01-02T03:04:05Z'), doc: { a: [1, 2] }, tags: ['x', 'y'] });
    const e = await driver.query('INSERT INTO t (id) VALUES (1)').catch((x: unknown) => x);
    expect(pgErrorOf(e)).toEqual({ code: UNIQUE_VIOLATION, constraint: 't_pkey' });
    expect((e as Error).message).toMatch(/duplicate key/);
  });

  it('rolls a transaction back whole when its callback throws, and commits it otherwise', async () => {
    await freshSchema();
    await driver.query('CREATE TABLE t (id integer PRIMARY KEY)');
    const boom = new Error('refused');
    await expect(
      driver.transaction(async (tx) => {
        await tx.query('INSERT INTO t VALUES (1)');
        throw boom;
      }),
    ).rejects.toBe(boom);
    // A statement that fails aborts the transaction; the callback's error is the one thrown.
    await expect(
      driver.transaction(async (tx) => {
        await tx.query('INSERT INTO t VALUES (2)');
        await tx.query('INSERT INTO t VALUES (2)');
      }),
    ).rejects.toMatchObject({ code: UNIQUE_VIOLATION });
    expect(
      await driver.transaction(async (tx) => (await tx.query('INSERT INTO t VALUES (3) RETURNING id')).length),
    ).toBe(1);
    expect(await driver.query('SELECT id FROM t')).toEqual([{ id: 3 }]);
  });

  it('runs statements in the order they were sent, never inside another’s transaction', async () => {
    await freshSchema();
    await driver.query('CREATE TABLE log (n serial PRIMARY KEY, what text NOT NULL)');
    const order: string[] = [];
    const tx = driver.transaction(async (t) => {
      await t.query(`INSERT INTO log (what) VALUES ('tx 1')`);
      await new Promise((r) => setTimeout(r, 50)); // the API's thread busy between two statements
      await t.query(`INSERT INTO log (what) VALUES ('tx 2')`);
      order.push('tx');
    });
    const outside = driver.query(`INSERT INTO log (what) VALUES ('outside') RETURNING n`).then((rows) => {
      order.push('outside');
      return rows;
    });
    await Promise.all([tx, outside]);
    expect(order).toEqual(['tx', 'outside']);
    const rows = await driver.query<{ what: string }>('SELECT what FROM log ORDER BY n');
    expect(rows.map((r) => r.what)).toEqual(['tx 1', 'tx 2', 'outside']);
  });
});

describe('PGlite in a worker thread, on disk', () => {
  it('keeps the data across a close and a reopen, and refuses statements once closed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'participe-pglite-worker-'));
    try {
      const c = contribution({ title: 'Une crèche ouverte plus tôt' });
      const first = await pgliteWorkerDriver({ dataDir: dir });
      const store = await openPostgresStore(first);
      await store.putSpace(space());
      await storeBuilt(store, c);
      await store.close();
      await expect(first.query('SELECT 1')).rejects.toThrow(/PGlite thread has ended/);

      const again = await openPgliteStore({ dataDir: dir, thread: 'worker' });
      expect(await again.getContribution(c.id)).toEqual(c.view);
      await again.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('rejects with PGlite’s reason when the database cannot be opened', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'participe-pglite-worker-'));
    try {
      const file = join(dir, 'not-a-folder');
      await writeFile(file, 'x');
      await expect(pgliteWorkerDriver({ dataDir: file })).rejects.toThrow(/./);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
