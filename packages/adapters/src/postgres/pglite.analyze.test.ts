// PGlite has no autovacuum; the driver keeps the planner's statistics fresh by itself.
import { afterEach, describe, expect, it } from 'vitest';
import { openPglite, type PgliteDatabase, pgliteDriver } from './pglite.driver.js';

const reltuples = async (db: PgliteDatabase, table: string) =>
  (await db.query<{ n: number }>('SELECT reltuples::float8 AS n FROM pg_class WHERE relname = $1', [table])).rows[0]?.n;
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('PGlite statistics', () => {
  let db: PgliteDatabase | undefined;
  afterEach(async () => {
    await db?.close().catch(() => {});
  });

  it('are gathered without anyone running ANALYZE, once enough rows were written', { timeout: 60_000 }, async () => {
    db = await openPglite();
    const driver = pgliteDriver(db);
    await driver.query('CREATE TABLE items (id integer PRIMARY KEY, label text NOT NULL)');
    expect(await reltuples(db, 'items')).toBe(-1); // never analysed
    for (let i = 1; i <= 300; i += 1) {
      if (i % 2) await driver.query('INSERT INTO items VALUES ($1, $2)', [i, `item ${i}`]);
      else await driver.transaction((tx) => tx.query('INSERT INTO items VALUES ($1, $2)', [i, `item ${i}`]));
    }
    await turn();
    await driver.statisticsSettled();
    expect(await reltuples(db, 'items')).toBeGreaterThanOrEqual(100);
    await driver.close();
    db = undefined;
  });

  it('are gathered during a loop of writes that never gives the event loop a turn', { timeout: 60_000 }, async () => {
    db = await openPglite();
    const driver = pgliteDriver(db);
    await driver.query('CREATE TABLE items (id integer PRIMARY KEY)');
    // PGlite answers without a turn of the event loop: a bulk import runs like this.
    for (let i = 1; i <= 300; i += 1) await driver.query('INSERT INTO items VALUES ($1)', [i]);
    await driver.statisticsSettled();
    expect(await reltuples(db, 'items')).toBeGreaterThanOrEqual(50);
  });

  it('reads do not count as writes, and `analyze: false` leaves statistics alone', { timeout: 60_000 }, async () => {
    db = await openPglite();
    const off = pgliteDriver(db, { analyze: false });
    await off.query('CREATE TABLE items (id integer PRIMARY KEY)');
    for (let i = 1; i <= 120; i += 1) await off.query('INSERT INTO items VALUES ($1)', [i]);
    await turn();
    await off.statisticsSettled();
    expect(await reltuples(db, 'items')).toBe(-1);

    const on = pgliteDriver(db);
    await on.statisticsSettled(); // the start-up pass counts the 120 rows
    expect(await reltuples(db, 'items')).toBe(120);
    await on.query('DELETE FROM items WHERE id > 20');
    for (let i = 0; i < 200; i += 1) await on.query('SELECT count(*) FROM items');
    await turn();
    await on.statisticsSettled();
    expect(await reltuples(db, 'items')).toBe(120); // 200 reads, one write: no new pass
  });

  it('at start, analyses only the tables that grew since their last ANALYZE', { timeout: 60_000 }, async () => {
    db = await openPglite();
    const off = pgliteDriver(db, { analyze: false });
    await off.query('CREATE TABLE items (id integer PRIMARY KEY, label text NOT NULL)');
    await off.query("INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 2000) g");
    await off.query('ANALYZE items');
    // A mark no ANALYZE would leave: the size on disk unchanged, a row count of 7.
    await off.query("UPDATE pg_class SET reltuples = 7 WHERE relname = 'items'");

    await pgliteDriver(db).statisticsSettled();
    expect(await reltuples(db, 'items')).toBe(7); // same size as last analysed: left alone

    await off.query("INSERT INTO items SELECT g, 'item ' || g FROM generate_series(2001, 4000) g");
    await pgliteDriver(db).statisticsSettled();
    expect(await reltuples(db, 'items')).toBe(4000); // twice the pages: analysed at start
  });
});
