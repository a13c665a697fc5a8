// Test support: a store in a fresh schema of a shared PGlite (starting PGlite takes
// seconds; a schema takes milliseconds). Closing the store drops the schema.

import type { SqlDriver } from './driver.js';
import { openPostgresStore } from './open.js';
import type { PgliteDatabase as PGlite } from './pglite.driver.js';
import { pgliteDriver } from './pglite.driver.js';
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
