import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../postgres/migrations.js';
import { openPglite, pgliteDriver } from '../postgres/pglite.driver.js';
import { EXPECTED_SCHEMA_VERSION, schemaVersion } from '../postgres/status.js';
import { openDatabase } from './database.js';
import { runCli } from './testing/run.js';

const ALL = MIGRATIONS.map((m) => m.version).sort((a, b) => a - b);

/** The versions a `participe migrate` run says it applied. */
const appliedBy = (stdout: string): number[] => {
  const m = /\(applied ([\d, ]+)\)/.exec(stdout);
  return m ? m[1]!.split(', ').map(Number) : [];
};

describe('participe migrate on the embedded database (PGlite)', () => {
  it('applies each migration once when several migrations run at once on a fresh schema', async () => {
    const db = await openPglite();
    try {
      await db.exec('CREATE SCHEMA race; SET search_path TO race');
      const driver = pgliteDriver(db);
      const runs = await Promise.all(Array.from({ length: 5 }, () => migrate(driver)));
      expect(runs.flat().sort((a, b) => a - b)).toEqual(ALL);
      expect(await schemaVersion(driver)).toBe(EXPECTED_SCHEMA_VERSION);
      const rows = await driver.query<{ version: number }>('SELECT version FROM participe_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(ALL);
    } finally {
      await db.close();
    }
  }, 120_000);

  it('keeps a second process out of a folder in use, then migrates it once free', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'participe-migrate-'));
    const held = await openDatabase({ kind: 'pglite', dir });
    expect(held.applied).toEqual(ALL);
    let second: Awaited<ReturnType<typeof runCli>>;
    try {
      second = await runCli(['migrate'], { PARTICIPE_DATA_DIR: dir });
    } finally {
      await held.close();
    }
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`is in use by process ${process.pid}`);
    const third = await runCli(['migrate'], { PARTICIPE_DATA_DIR: dir });
    expect(third.stderr).toBe('');
    expect(third.stdout).toBe(
      `embedded PostgreSQL (PGlite) in ${dir}: schema at version ${EXPECTED_SCHEMA_VERSION} (nothing to apply).\n`,
    );
    expect(third.code).toBe(0);
  }, 90_000);
});

describe('participe migrate, failing', () => {
  it('prints the database without its password when it cannot connect', async () => {
    const run = await runCli(['migrate'], { DATABASE_URL: 'postgres://participe:s3cr3t-pw@127.0.0.1:1/none' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Migrating PostgreSQL postgres://participe:***@127.0.0.1:1/none failed');
    expect(run.stderr).not.toContain('s3cr3t-pw');
  }, 120_000);
});

const url = process.env['DATABASE_URL'];

describe.skipIf(!url)('participe migrate on a PostgreSQL server (set DATABASE_URL to run it)', () => {
  it('four processes starting together on a fresh schema take turns: each migration is applied once', async () => {
    const admin = new pg.Pool({ connectionString: url, max: 1 });
    const schema = `participe_migrate_${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      const env = { DATABASE_URL: url!, PARTICIPE_DATABASE_SCHEMA: schema };
      const runs = await Promise.all(Array.from({ length: 4 }, () => runCli(['migrate'], env)));
      for (const run of runs) {
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(run.stdout).toContain(`(schema ${schema}): schema at version ${EXPECTED_SCHEMA_VERSION}`);
      }
      expect(runs.flatMap((r) => appliedBy(r.stdout)).sort((a, b) => a - b)).toEqual(ALL);
      const { rows } = await admin.query<{ version: number }>(
        `SELECT version FROM ${schema}.participe_migrations ORDER BY version`,
      );
      expect(rows.map((r) => r.version)).toEqual(ALL);
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  }, 120_000);
});
