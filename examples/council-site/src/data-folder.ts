// The demo's data folder: the PGlite database, the token secret and what the seed made.
// Everything the demo keeps lives here, so deleting the folder resets the demo.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIN_SECRET_LENGTH } from '@participe/adapters/server';

export const PACKAGE_DIR = join(import.meta.dirname, '..');
export const DEFAULT_DATA_DIR = join(PACKAGE_DIR, '.data');

/** What the seed made that the demo shows again at each start. */
export interface SeedRecord {
  seededAt: string;
  /** A seeded contribution with a rich history, to try the follow-up page. */
  showcase: { contributionId: string; followUpCode: string; title: string };
}

export interface DataFolder {
  dir: string;
  /** PGlite's own folder. Present only once the seed is complete (see `openDemoStore`). */
  database: string;
  /** Where the seed writes before the folder is renamed to `database`. */
  seeding: string;
  secretFile: string;
  seedFile: string;
  lockFile: string;
}

export function dataFolder(dir: string = DEFAULT_DATA_DIR): DataFolder {
  mkdirSync(dir, { recursive: true });
  return {
    dir,
    database: join(dir, 'pglite'),
    seeding: join(dir, 'pglite.seeding'),
    secretFile: join(dir, 'token-secret'),
    seedFile: join(dir, 'seed.json'),
    lockFile: join(dir, 'lock'),
  };
}

/**
 * The secret tokens are signed with: `PARTICIPE_TOKEN_SECRET` when set, else one made on
 * the first start and kept in the folder, so tokens printed yesterday still work today.
 */
export function tokenSecret(folder: DataFolder, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['PARTICIPE_TOKEN_SECRET'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < MIN_SECRET_LENGTH) {
      throw new Error(`PARTICIPE_TOKEN_SECRET must be at least ${MIN_SECRET_LENGTH} characters long.`);
    }
    return fromEnv;
  }
  if (existsSync(folder.secretFile)) return readFileSync(folder.secretFile, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(folder.secretFile, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function readSeedRecord(folder: DataFolder): SeedRecord | null {
  if (!existsSync(folder.seedFile)) return null;
  return JSON.parse(readFileSync(folder.seedFile, 'utf8')) as SeedRecord;
}

export function writeSeedRecord(folder: DataFolder, record: SeedRecord): void {
  writeFileSync(folder.seedFile, `${JSON.stringify(record, null, 2)}\n`);
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Two servers on one PGlite folder would corrupt it, and a second `pnpm start` is the
 * likeliest reason for a busy port: refuse while another live process holds the folder.
 * Returns the release function; a lock left by a process that died is taken over.
 */
export function lockFolder(folder: DataFolder): () => void {
  for (;;) {
    try {
      writeFileSync(folder.lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(folder.lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(folder.lockFile, 'utf8'));
    if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
      throw new Error(
        `Une démo utilise déjà le dossier ${folder.dir} (processus ${holder}). Arrêtez-la, ou donnez un autre dossier.`,
      );
    }
    rmSync(folder.lockFile, { force: true });
  }
}
