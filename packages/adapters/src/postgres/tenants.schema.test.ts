// Councils as tenants, checked on the schema itself (pg_catalog): every table carries the
// organisation, and every primary key, unique constraint and foreign key includes it, so the
// database can be distributed by organisation (Citus) without a rewrite. Runs on PGlite, and
// on the PostgreSQL server at DATABASE_URL when it is set.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateIdentity } from '../identity/identity.sql.js';
import type { SqlDriver } from './driver.js';
import { MIGRATIONS, migrate } from './migrations.js';
import { migrateOutbox } from './outbox.sql.js';
import { pgDriver } from './pg.driver.js';
import { DATABASE_URL } from './pg.testing.js';
import { openPglite, type PgliteDatabase, pgliteDriver } from './pglite.driver.js';

/** Tables without the column, each with the reason. */
const NOT_PER_ORGANISATION: Record<string, string> = {
  participe_migrations: 'the schema version is the server’s, not a council’s',
  participe_identity_migrations: 'the identity schema version is the server’s, not a council’s',
  participe_outbox_migrations: 'the outbox schema version is the server’s, not a council’s',
  // Keyed hashes of numbers that answered STOP: a person's STOP holds whichever council writes.
  sms_opt_outs: 'shared by all councils: a reference table of who refuses text messages',
  // In Citus: `create_reference_table('organisations')`, copied to every node. Its key *is* the
  // organisation id, which every other table's `organisation_id` references.
  organisations: 'the tenants themselves: a reference table, keyed by the organisation id',
};

interface Constraint {
  table: string;
  name: string;
  type: 'p' | 'u' | 'f';
  columns: string[];
}

async function schemaFacts(db: SqlDriver) {
  const tables = await db.query<{ table: string; has: boolean }>(
    `SELECT c.relname AS table, EXISTS (
        SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organisation_id' AND NOT a.attisdropped
      ) AS has
      FROM pg_class c WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace ORDER BY 1`,
  );
  const constraints = await db.query<Constraint>(
    `SELECT t.relname AS table, k.conname AS name, k.contype AS type,
        array(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY AS u (n, i)
          JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.i) AS columns
      FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid
      WHERE k.contype IN ('p', 'u', 'f') AND t.relnamespace = current_schema()::regnamespace ORDER BY 1, 2`,
  );
  // Unique indexes that are not constraints (e.g. on an expression) must lead with it too.
  const uniqueIndexes = await db.query<{ table: string; name: string; first: string | null }>(
    `SELECT t.relname AS table, i.relname AS name, a.attname AS first
      FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
      LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = x.indkey[0]
      WHERE x.indisunique AND t.relnamespace = current_schema()::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u'))`,
  );
  return { tables, constraints, uniqueIndexes };
}

function assertTenantSchema(facts: Awaited<ReturnType<typeof schemaFacts>>) {
  const names = facts.tables.map((t) => t.table);
  // The check only means something when it sees the tables.
  expect(names).toEqual(
    expect.arrayContaining(['contributions', 'spaces', 'identity_accounts', 'organisations', 'outbox_deliveries']),
  );
  expect(facts.tables.filter((t) => !t.has && !(t.table in NOT_PER_ORGANISATION)).map((t) => t.table)).toEqual([]);
  const keyed = facts.constraints.filter((c) => !(c.table in NOT_PER_ORGANISATION));
  expect(keyed.filter((c) => !c.columns.includes('organisation_id')).map((c) => `${c.table}.${c.name}`)).toEqual([]);
  // Citus wants the distribution column first in keys only by convention; we make it so.
  expect(
    keyed.filter((c) => c.type !== 'f' && c.columns[0] !== 'organisation_id').map((c) => `${c.table}.${c.name}`),
  ).toEqual([]);
  expect(
    facts.uniqueIndexes
      .filter((i) => !(i.table in NOT_PER_ORGANISATION) && i.first !== 'organisation_id')
      .map((i) => i.name),
  ).toEqual([]);
  // Each exception is a table that exists: a stale entry would hide nothing, but mislead.
  expect(Object.keys(NOT_PER_ORGANISATION).filter((t) => !names.includes(t))).toEqual([]);
}

/** Every table the server creates: the participation schema, identity, the outbox. */
async function migrateAll(db: SqlDriver) {
  await migrate(db);
  await migrateIdentity(db);
  await migrateOutbox(db);
}

/** Data stored before migration 4 belongs to `default` after it. */
async function assertExistingRowsMoveToDefault(db: SqlDriver) {
  await migrate(
    db,
    MIGRATIONS.filter((m) => m.version < 4),
  );
  await db.query(`INSERT INTO spaces (id, slug, doc) VALUES ('s_old', 'ancien', '{}')`);
  await migrate(db);
  const rows = await db.query<{ organisation_id: string }>('SELECT organisation_id FROM spaces');
  expect(rows).toEqual([{ organisation_id: 'default' }]);
  const orgs = await db.query<{ id: string; slug: string }>('SELECT id, slug FROM organisations');
  expect(orgs).toEqual([{ id: 'default', slug: 'default' }]);
}

describe('tenant schema on PGlite', () => {
  let db: PgliteDatabase;
  let schemas = 0;
  beforeAll(async () => {
    db = await openPglite();
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });
  const fresh = async () => {
    await db.exec(`CREATE SCHEMA tenants_${++schemas}; SET search_path TO tenants_${schemas}`);
    return pgliteDriver(db);
  };

  it('keys every table by organisation', async () => {
    const driver = await fresh();
    await migrateAll(driver);
    assertTenantSchema(await schemaFacts(driver));
  }, 60_000);

  it('gives the rows stored before migration 4 to the default organisation', async () => {
    await assertExistingRowsMoveToDefault(await fresh());
  }, 60_000);
});

describe.skipIf(!DATABASE_URL)('tenant schema on PostgreSQL (DATABASE_URL)', () => {
  const run = `tenants_${process.pid}_${Date.now()}`;
  let admin: pg.Client;
  const drivers: SqlDriver[] = [];
  let n = 0;
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: DATABASE_URL });
    await admin.connect();
  });
  afterAll(async () => {
    for (const d of drivers) await d.close();
    for (let i = 1; i <= n; i++) await admin.query(`DROP SCHEMA IF EXISTS ${run}_${i} CASCADE`);
    await admin.end();
  });
  const fresh = async () => {
    const schema = `${run}_${++n}`;
    await admin.query(`CREATE SCHEMA ${schema}`);
    const driver = pgDriver({ connectionString: DATABASE_URL!, schema, max: 2 });
    drivers.push(driver);
    return driver;
  };

  it('keys every table by organisation', async () => {
    const driver = await fresh();
    await migrateAll(driver);
    assertTenantSchema(await schemaFacts(driver));
  }, 60_000);

  it('gives the rows stored before migration 4 to the default organisation', async () => {
    await assertExistingRowsMoveToDefault(await fresh());
  }, 60_000);
});
