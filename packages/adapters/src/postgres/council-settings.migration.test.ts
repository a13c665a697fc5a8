// Migration 9 on a database at version 8, as a server upgraded from there has it: the back
// office's `council_settings` rows and the CLI's `organisations.settings` become one set of
// settings per organisation, with nothing in force lost, and `council_settings` is gone. Runs
// on PGlite, and on the PostgreSQL server at DATABASE_URL when it is set.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createMemoryIdentityStore } from '../identity/identity.store.js';
import { councilSettingsOf } from '../service/council-settings.js';
import { sqlAdminStore } from './admin.tables.js';
import type { SqlDriver } from './driver.js';
import { MIGRATIONS, migrate } from './migrations.js';
import { pgDriver } from './pg.driver.js';
import { DATABASE_URL } from './pg.testing.js';
import { openPglite, pgliteDriver } from './pglite.driver.js';
import { PostgresStore } from './postgres.store.js';

const BEFORE = MIGRATIONS.filter((m) => m.version < 9);
const OIDC = { issuer: 'https://auth.cd93.example/realms/agents', clientId: 'participe' };

const json = (v: unknown) => JSON.stringify(v);

/** Version 8, with settings in both places as the back office and the CLI left them. */
async function atVersion8(db: SqlDriver) {
  await migrate(db, BEFORE);
  await db.query(
    `INSERT INTO organisations (id, slug, name, kind, settings) VALUES
      ('o_cd93', 'cd93', 'Conseil départemental', 'département', $1::text::jsonb),
      ('o_lyon', 'lyon', 'Métropole', 'métropole', $2::text::jsonb)`,
    [json({ mailFrom: 'Org <org@cd93.example>', answerWithinDays: 21, oidc: OIDC }), json({ answerWithinDays: 10 })],
  );
  await db.query(
    `INSERT INTO council_settings (organisation_id, version, doc) VALUES
      ('o_cd93', 3, $1::text::jsonb), ('default', 1, $2::text::jsonb)`,
    [
      json({ name: 'Seine-Saint-Denis', mailFrom: 'Participation <participation@cd93.example>' }),
      json({ answerWithinDays: 45 }),
    ],
  );
}

const settingsRows = (db: SqlDriver) =>
  db.query<{ id: string; name: string; settings: unknown; settings_version: number }>(
    'SELECT id, name, settings, settings_version FROM organisations ORDER BY id',
  );

async function movesEverySetting(db: SqlDriver) {
  await atVersion8(db);
  // Settings of an organisation with no row (written through the store alone) are kept too.
  await db.query(
    `INSERT INTO council_settings (organisation_id, version, doc) VALUES ('o_gone', 2, '{"name":"Ancien"}')`,
  );
  // 9, then any later migration.
  expect((await migrate(db))[0]).toBe(9);
  expect(await settingsRows(db)).toEqual([
    { id: 'default', name: 'Organisation par défaut', settings: { answerWithinDays: 45 }, settings_version: 1 },
    {
      id: 'o_cd93',
      name: 'Conseil départemental',
      // The back office's sender was the one in force; the delay and the sign-in were the CLI's.
      settings: {
        name: 'Seine-Saint-Denis',
        mailFrom: 'Participation <participation@cd93.example>',
        answerWithinDays: 21,
        oidc: OIDC,
      },
      settings_version: 3,
    },
    { id: 'o_gone', name: 'Ancien', settings: { name: 'Ancien' }, settings_version: 2 },
    { id: 'o_lyon', name: 'Métropole', settings: { answerWithinDays: 10 }, settings_version: 0 },
  ]);
  const [gone] = await db.query<{ t: string | null }>(`SELECT to_regclass('council_settings')::text AS t`);
  expect(gone?.t).toBeNull();

  // Every reader gets them from there, at the version the back office's ETag had.
  const admin = sqlAdminStore(db, createMemoryIdentityStore());
  expect(await admin.getSettings('o_cd93')).toEqual({
    settings: {
      name: 'Seine-Saint-Denis',
      mailFrom: 'Participation <participation@cd93.example>',
      answerWithinDays: 21,
    },
    version: 3,
  });
  expect(await admin.putSettings('o_cd93', { answerWithinDays: 30 }, 2)).toBe(false);
  expect(await admin.putSettings('o_cd93', { answerWithinDays: 30 }, 3)).toBe(true);
  const store = new PostgresStore(db);
  expect(await councilSettingsOf('o_cd93', { organisations: store })).toEqual({ answerWithinDays: 30 });
  expect((await store.getOrganisation('cd93'))?.settings).toEqual({ answerWithinDays: 30, oidc: OIDC });
}

/** A row it cannot move stops the migration in its transaction: both places as they were. */
async function movesAllOrNothing(db: SqlDriver) {
  await atVersion8(db);
  // Its organisation would get the slug `lyon`, which is taken.
  await db.query(`INSERT INTO council_settings (organisation_id, version, doc) VALUES ('lyon', 1, '{}')`);
  const organisations = () => db.query('SELECT id, name, settings FROM organisations ORDER BY id');
  const before = await organisations();
  await expect(migrate(db)).rejects.toThrow();
  expect(await db.query('SELECT organisation_id, version FROM council_settings ORDER BY 1')).toEqual([
    { organisation_id: 'default', version: 1 },
    { organisation_id: 'lyon', version: 1 },
    { organisation_id: 'o_cd93', version: 3 },
  ]);
  const [latest] = await db.query<{ v: number }>('SELECT max(version)::int AS v FROM participe_migrations');
  expect(latest?.v).toBe(8);
  expect(await organisations()).toEqual(before);
  const [column] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'organisations' AND column_name = 'settings_version'`,
  );
  expect(column?.n).toBe(0);
}

/** A database of its own for one test, and how to drop it. */
type Opener = () => Promise<{ db: SqlDriver; close: () => Promise<void> }>;

let schemas = 0;
const DATABASES: Array<[string, Opener | null]> = [
  [
    'PGlite',
    async () => {
      const pglite = await openPglite();
      return { db: pgliteDriver(pglite), close: () => pglite.close() };
    },
  ],
  [
    'PostgreSQL (DATABASE_URL)',
    DATABASE_URL
      ? async (url = DATABASE_URL!) => {
          const schema = `settings_${process.pid}_${Date.now()}_${++schemas}`;
          const owner = new pg.Client({ connectionString: url });
          await owner.connect();
          await owner.query(`CREATE SCHEMA ${schema}`);
          const db = pgDriver({ connectionString: url, schema, max: 2 });
          return {
            db,
            close: async () => {
              await db.close();
              await owner.query(`DROP SCHEMA ${schema} CASCADE`);
              await owner.end();
            },
          };
        }
      : null,
  ],
];

describe.each(DATABASES)('migration 9 on %s', (_name, open) => {
  const on = (check: (db: SqlDriver) => Promise<void>) => async () => {
    const { db, close } = await open!();
    try {
      await check(db);
    } finally {
      await close();
    }
  };
  it.skipIf(!open)(
    'moves the back office’s settings into the organisation’s, and drops council_settings',
    { timeout: 90_000 },
    on(movesEverySetting),
  );
  it.skipIf(!open)('moves all or nothing', { timeout: 90_000 }, on(movesAllOrNothing));
});
