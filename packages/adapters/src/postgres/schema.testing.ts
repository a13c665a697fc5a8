// Test support: a store in a fresh schema of a shared PGlite (starting PGlite takes
// seconds; a schema takes milliseconds). Closing the store drops the schema.

import type { SqlDriver } from './driver.js';
import { openPostgresStore } from './open.js';
import type { PgliteDatabase as PGlite } from './pglite.driver.js';
import { openPglite, pgliteDriver } from './pglite.driver.js';
import type { PostgresStore } from './postgres.store.js';

let schemas = 0;

export async function storeInFreshSchema(
  db: PGlite,
  wrap: (driver: SqlDriver) => SqlDriver = (d) => d,
): Promise<PostgresStore> {
  const schema = `test_${++schemas}`;
  await db.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
  return openPostgresStore(
    wrap({
      ...pgliteDriver(db),
      close: async () => {
        await db.exec(`SET search_path TO public; DROP SCHEMA ${schema} CASCADE`);
      },
    }),
  );
}

/** A store on a PGlite of its own, and its driver; closing the store closes that PGlite. */
export async function pgliteTestDatabase(): Promise<{ store: PostgresStore; driver: SqlDriver }> {
  const db = await openPglite();
  let driver: SqlDriver | undefined;
  const store = await storeInFreshSchema(db, (d) => {
    driver = {
      ...d,
      close: async () => {
        await d.close();
        await db.close();
      },
    };
    return driver;
  });
  return { store, driver: driver! };
}
