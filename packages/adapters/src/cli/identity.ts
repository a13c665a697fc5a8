// What `participe token`, `keys` and `staff` share: the settings they read (the database,
// PARTICIPE_TOKEN_SECRET and the server's address), the database they open and close, and
// the token service over it, the same one `participe serve` runs.
import { parseArgs } from 'node:util';
import type { IdentityStore } from '../identity/identity.store.js';
import type { PostgresStore } from '../postgres/postgres.store.js';
import { createTokenService, type TokenService } from '../server/tokens.js';
import { type Env, loadIdentityConfig } from './config.js';
import { openDatabase } from './database.js';
import type { CommandResult } from './token.js';

export interface IdentityContext {
  identity: IdentityStore;
  /** The server's store (`default`'s; `forOrganisation` for another council's, `getOrganisation` to find one). */
  store: PostgresStore;
  tokens: TokenService;
  issuer: string;
  now: Date;
}

/** The settings every identity command reads, for its usage text. */
export const IDENTITY_SETTINGS_USAGE = `Settings, from the environment or --config (the same as participe serve's):
  DATABASE_URL or PARTICIPE_DATA_DIR   the server's database (with the embedded database,
                                       stop participe serve first: one process at a time)
  PARTICIPE_TOKEN_SECRET               the server's secret (unseals the signing keys)
  PARTICIPE_PUBLIC_URL                 the server's address, the tokens' issuer`;

export const usageError = (message: string, usage: string): CommandResult => ({
  code: 2,
  stdout: '',
  stderr: `${message}\n\n${usage}\n`,
});

type Options = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

/** Parses `argv` strictly; `--config` and `--help` are always there. */
export function parseCommand<T extends Record<string, unknown>>(
  argv: readonly string[],
  options: Options,
  usage: string,
): { values: T & { config?: string; help?: boolean }; positionals: string[] } | CommandResult {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...options, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
    return { values: values as T & { config?: string; help?: boolean }, positionals };
  } catch (e) {
    return usageError((e as Error).message, usage);
  }
}

/** Opens the database, runs `fn` with the identity store and the token service, closes. */
export async function withIdentity(
  env: Env,
  configFile: string | undefined,
  now: Date,
  fn: (ctx: IdentityContext) => Promise<CommandResult>,
): Promise<CommandResult> {
  const loaded = loadIdentityConfig({ env, ...(configFile ? { configFile } : {}) });
  if (!loaded.ok) return { code: 2, stdout: '', stderr: `${loaded.problems.join('\n')}\n` };
  let db: Awaited<ReturnType<typeof openDatabase>>;
  try {
    db = await openDatabase(loaded.config.database);
  } catch (error) {
    return { code: 1, stdout: '', stderr: `Opening the database failed: ${(error as Error).message}\n` };
  }
  try {
    const tokens = createTokenService({
      store: db.identity,
      secret: loaded.config.tokenSecret,
      issuer: loaded.config.issuer,
      now: () => now,
    });
    return await fn({ identity: db.identity, store: db.store, tokens, issuer: loaded.config.issuer, now });
  } catch (error) {
    return { code: 1, stdout: '', stderr: `${(error as Error).message}\n` };
  } finally {
    await db.close();
  }
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
export const isId = (s: string) => ID.test(s);

/** `90d`, `12h`, `2027-06-30`: when a token expires. At most two years. */
export function expiryOf(raw: string, now: Date): Date | null {
  const m = /^(\d{1,4})([dh])$/.exec(raw);
  let at: Date | null = null;
  if (m) at = new Date(now.getTime() + Number(m[1]) * (m[2] === 'd' ? 86_400_000 : 3_600_000));
  else if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/.test(raw) && !Number.isNaN(Date.parse(raw))) at = new Date(raw);
  if (!at || at.getTime() <= now.getTime() || at.getTime() - now.getTime() > 731 * 86_400_000) return null;
  return at;
}

/** A list as aligned text columns, for the `list` sub-commands. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
