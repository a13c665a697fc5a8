// Tables that evolve apart from the participation schema (the outbox's delivery state) keep
// their own record of versions. One runner: each version once, in order, in its own
// transaction, under an advisory lock so that processes starting together take turns.
import type { SqlDriver } from './driver.js';

export interface VersionedStep {
  version: number;
  name: string;
  /** One statement per entry (PGlite's extended protocol takes one at a time). */
  statements: readonly string[];
}

export interface VersionedTables {
  /** The table recording applied versions, e.g. `participe_outbox_migrations`. */
  table: string;
  /** The advisory lock's key: one per set of tables. */
  lock: number;
  /** What the tables are, for the error naming a newer version: `the outbox tables`. */
  what: string;
  steps: readonly VersionedStep[];
}

/** Applies the steps not yet applied; returns their versions. Refuses tables migrated by newer code. */
export async function applyVersioned(driver: SqlDriver, tables: VersionedTables): Promise<number[]> {
  const applied: number[] = [];
  const known = Math.max(0, ...tables.steps.map((m) => m.version));
  for (const step of [...tables.steps].sort((a, b) => a.version - b.version)) {
    await driver.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [tables.lock]);
      await tx.query(`CREATE TABLE IF NOT EXISTS ${tables.table} (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const [latest] = await tx.query<{ v: number }>(`SELECT coalesce(max(version), 0)::int AS v FROM ${tables.table}`);
      if ((latest?.v ?? 0) > known) {
        throw new Error(
          `${tables.what} are at version ${latest?.v}; this code knows up to ${known}. Upgrade Participe.`,
        );
      }
      if ((await tx.query(`SELECT 1 FROM ${tables.table} WHERE version = $1`, [step.version])).length) return;
      for (const statement of step.statements) await tx.query(statement);
      await tx.query(`INSERT INTO ${tables.table} (version, name) VALUES ($1, $2)`, [step.version, step.name]);
      applied.push(step.version);
    });
  }
  return applied;
}
