// Opens the demo's database, seeding it when the data folder is new.
import { existsSync, renameSync, rmSync } from 'node:fs';
import {
  openPglite,
  openPgliteStore,
  openPostgresStore,
  type PostgresStore,
  pgliteDriver,
  sqlAdminStore,
} from '@participe/adapters/postgres';
import { type AdminStore, type IdentityStore, migrateIdentity, sqlIdentityStore } from '@participe/adapters/server';
import { type DataFolder, readSeedRecord, type SeedRecord, writeSeedRecord } from './data-folder.js';
import { seedDemo } from './seed/index.js';

export interface OpenedStore {
  store: PostgresStore;
  /** Signing keys, API tokens, staff accounts and sessions, in the same database. */
  identity: IdentityStore;
  /** The administration's audit log and council settings, beside the staff accounts. */
  admin: AdminStore;
  /** `null` when the database was made by an older demo that kept no seed record. */
  seed: SeedRecord | null;
  /** `true` on the first start: the folder was new and has just been seeded. */
  seededNow: boolean;
}

/**
 * The seed runs only when the folder holds no database. It writes into a side folder that
 * is renamed once complete, so a seed stopped halfway (Ctrl+C, a crash) is started again
 * from scratch next time and never mixed with what people typed.
 */
export async function openDemoStore(folder: DataFolder, now: Date): Promise<OpenedStore> {
  if (existsSync(folder.database))
    return { ...(await open(folder.database)), seed: readSeedRecord(folder), seededNow: false };
  rmSync(folder.seeding, { recursive: true, force: true });
  const fresh = await openPgliteStore({ dataDir: folder.seeding });
  let seed: SeedRecord;
  try {
    seed = await seedDemo(fresh, now);
  } finally {
    await fresh.close();
  }
  writeSeedRecord(folder, seed);
  renameSync(folder.seeding, folder.database);
  return { ...(await open(folder.database)), seed, seededNow: true };
}

async function open(dataDir: string): Promise<Pick<OpenedStore, 'store' | 'identity' | 'admin'>> {
  const driver = pgliteDriver(await openPglite(dataDir));
  const store = await openPostgresStore(driver);
  try {
    await migrateIdentity(driver);
  } catch (error) {
    await store.close();
    throw error;
  }
  const identity = sqlIdentityStore(driver);
  return { store, identity, admin: sqlAdminStore(driver, identity) };
}
