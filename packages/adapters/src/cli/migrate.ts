import { EXPECTED_SCHEMA_VERSION } from '../postgres/status.js';
import { configFlags, type Env, loadDatabaseConfig } from './config.js';
import { describeDatabase, openDatabase } from './database.js';
import type { CommandResult } from './token.js';

export const MIGRATE_USAGE = `Usage: participe migrate [--config participe.json]

Brings the database schema up to date, then exits (participe serve does it too at start).
Several processes may run it at once on one PostgreSQL server: they take turns under an
advisory lock, and each migration is applied once.

The database: DATABASE_URL (and PARTICIPE_DATABASE_SCHEMA) for a PostgreSQL server, or
PARTICIPE_DATA_DIR for the embedded database (default ./participe-data).

  --config   a JSON file of the same settings; the environment wins over it

Example:
  DATABASE_URL=postgres://participe@127.0.0.1:5432/participe participe migrate`;

export async function migrateCommand(argv: readonly string[], env: Env): Promise<CommandResult> {
  const flags = configFlags(argv, MIGRATE_USAGE);
  if ('answer' in flags) return flags.answer;
  const loaded = loadDatabaseConfig({ env, ...flags });
  if (!loaded.ok) return { code: 2, stdout: '', stderr: `${loaded.problems.join('\n')}\n` };
  const where = describeDatabase(loaded.config);
  let applied: number[];
  try {
    const db = await openDatabase(loaded.config);
    applied = db.applied;
    await db.close();
  } catch (error) {
    return { code: 1, stdout: '', stderr: `Migrating ${where} failed: ${(error as Error).message}\n` };
  }
  const done = applied.length ? `applied ${applied.join(', ')}` : 'nothing to apply';
  return { code: 0, stdout: `${where}: schema at version ${EXPECTED_SCHEMA_VERSION} (${done}).\n`, stderr: '' };
}
