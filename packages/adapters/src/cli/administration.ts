// What `participe space` and `participe admin` share: the database and the organisation they
// act in, and the service they call, as the council's administrator. The command line runs
// the same operations as the API (same checks, same audit log), so what it refuses it
// refuses for the same reasons, with the same field paths.
import { SlugSchema } from '@participe/core';
import type { CallInput, ReplyOf } from '../contract/api.js';
import type { Identity, ServiceOperationId } from '../service/api.js';
import { isParticipeApiError } from '../service/errors.js';
import { createParticipeService } from '../service/service.js';
import { type Env, loadDatabaseConfig } from './config.js';
import { openDatabase } from './database.js';
import type { CommandResult } from './token.js';

/** Who the command line acts as: recorded in the audit log as `cli`. */
const CLI_ADMIN: Identity = { role: 'professional', memberId: 'cli', spaceIds: [], admin: true };

/** Runs one operation of the API; what the input leaves out is empty. */
export type Run = <K extends ServiceOperationId>(id: K, input: Partial<CallInput>) => Promise<ReplyOf<K>['body']>;

/** Thrown by a step that has its own answer to give. */
export class Answer extends Error {
  constructor(readonly result: CommandResult) {
    super(result.stderr);
  }
}

/**
 * Opens the database, finds the organisation `org` names (its slug; the server's `default`
 * when absent), and runs `fn` with the operations of the API as its administrator. A refusal
 * of the service (422, 409…) is printed with its field paths: exit 2 for what was given, 1
 * for the state found.
 */
export async function withAdministration(
  env: Env,
  opts: {
    config?: string | undefined;
    org?: string | undefined;
    now: Date;
    /** The flag each body field comes from, to name it in a refusal: `{ answerWithinDays: '--answer-days' }`. */
    flags?: Readonly<Record<string, string>>;
  },
  fn: (run: Run, organisation: { id: string; slug: string; name: string }) => Promise<CommandResult>,
): Promise<CommandResult> {
  const loaded = loadDatabaseConfig({ env, ...(opts.config ? { configFile: opts.config } : {}) });
  if (!loaded.ok) return { code: 2, stdout: '', stderr: `${loaded.problems.join('\n')}\n` };
  let db: Awaited<ReturnType<typeof openDatabase>>;
  try {
    db = await openDatabase(loaded.config);
  } catch (error) {
    return { code: 1, stdout: '', stderr: `Opening the database failed: ${(error as Error).message}\n` };
  }
  try {
    const slug = opts.org ?? 'default';
    const organisation = SlugSchema.safeParse(slug).success ? await db.store.getOrganisation(slug) : null;
    if (!organisation || organisation.slug !== slug) {
      return {
        code: 2,
        stdout: '',
        stderr: `--org: no organisation has the slug ${JSON.stringify(slug)} (participe org list shows them; participe org create makes one).\n`,
      };
    }
    const service = createParticipeService({ store: db.store, admin: db.admin, now: () => opts.now });
    const ctx = service.context(CLI_ADMIN, 'en', organisation.id);
    const run: Run = async (id, input) =>
      (await service.run(ctx, id, { params: {}, query: {}, body: undefined, ...input })).body as ReplyOf<
        typeof id
      >['body'];
    return await fn(run, organisation);
  } catch (error) {
    if (error instanceof Answer) return error.result;
    if (isParticipeApiError(error)) {
      const flagOf = (path: string) => opts.flags?.[path.split('.')[0] ?? ''] ?? path;
      const lines = [error.message, ...error.issues.map((i) => `  ${flagOf(i.path) || '(request)'}: ${i.message}`)];
      return {
        code: error.status === 422 || error.status === 400 ? 2 : 1,
        stdout: '',
        stderr: `${lines.join('\n')}\n`,
      };
    }
    return { code: 1, stdout: '', stderr: `${(error as Error).message}\n` };
  } finally {
    await db.close();
  }
}
