// PGlite is PostgreSQL inside one Node process: a second process opening the same folder
// would corrupt it. The folder is locked with a file holding the owner's pid; a lock left by
// a process that died is taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class FolderBusyError extends Error {
  override readonly name = 'FolderBusyError';
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dir} is in use by process ${pid}. The embedded database takes one process: stop it, or use PostgreSQL (DATABASE_URL) to run several.`,
    );
  }
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the folder (created when missing) and returns the function that gives it back. */
export function lockDataFolder(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'participe.lock');
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder = Number.NaN;
    try {
      holder = Number(readFileSync(file, 'utf8'));
    } catch {
      continue; // released meanwhile
    }
    if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
      throw new FolderBusyError(dir, holder);
    }
    rmSync(file, { force: true });
  }
}
