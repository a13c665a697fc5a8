// `participe outbox`: the notifications set aside after their last attempt (dead letters),
// for an administrator to look at and put back once the cause is fixed. No contact is shown.
import { parseArgs } from 'node:util';
import { openSqlOutbox } from '../postgres/outbox.sql.js';
import { type Env, loadDatabaseConfig } from './config.js';
import { describeDatabase, openDatabase } from './database.js';
import type { CommandResult } from './token.js';

export const OUTBOX_USAGE = `Usage: participe outbox dead [--org <slug>] [--limit 50] [--json]
       participe outbox revive [--org <slug>] <notification id>

dead     the notifications given up on after PARTICIPE_NOTIFY_MAX_ATTEMPTS attempts: id,
         contribution, kind, channel (email or sms), attempts, the last error's kind, when.
         Never the address or the number.
revive   puts one back in the queue, its attempts counted from zero: the running server
         sends it on its next pass.
--org    one council only (its slug, as in /o/{slug}/api); without it, every council's.
         A council's administrators have the same over HTTP: GET /api/admin/outbox/dead.

The database: DATABASE_URL (and PARTICIPE_DATABASE_SCHEMA), or PARTICIPE_DATA_DIR for the
embedded database (stop participe serve first: it holds that folder).

Example:
  DATABASE_URL=postgres://participe@127.0.0.1:5432/participe participe outbox dead`;

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: {
        limit: { type: 'string' },
        json: { type: 'boolean' },
        org: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    return { code: 2, stdout: '', stderr: `${(e as Error).message}\n\n${OUTBOX_USAGE}\n` };
  }
}

export async function outboxCommand(argv: readonly string[], env: Env, now: Date = new Date()): Promise<CommandResult> {
  const parsed = parse(argv);
  if ('code' in parsed) return parsed;
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, stdout: `${OUTBOX_USAGE}\n`, stderr: '' };
  const [action, id, ...rest] = positionals;
  const limit = values.limit === undefined ? 50 : Number(values.limit);
  const wrong =
    action === 'dead'
      ? id !== undefined || !Number.isInteger(limit) || limit < 1 || limit > 1000
        ? 'dead takes --limit from 1 to 1000 and no id.'
        : null
      : action === 'revive'
        ? !id || rest.length
          ? 'revive takes one notification id, e.g. participe outbox revive n_abc123.'
          : null
        : action
          ? `Unknown action "${action}".`
          : 'Say dead or revive.';
  if (wrong) return { code: 2, stdout: '', stderr: `${wrong}\n\n${OUTBOX_USAGE}\n` };

  const loaded = loadDatabaseConfig({ env });
  if (!loaded.ok) return { code: 2, stdout: '', stderr: `${loaded.problems.join('\n')}\n` };
  let db: Awaited<ReturnType<typeof openDatabase>>;
  try {
    db = await openDatabase(loaded.config);
  } catch (error) {
    return {
      code: 1,
      stdout: '',
      stderr: `Opening ${describeDatabase(loaded.config)} failed: ${(error as Error).message}\n`,
    };
  }
  try {
    let scope: { organisation?: string } = {};
    if (values.org !== undefined) {
      const council = await db.store.getOrganisation(values.org);
      if (!council || council.slug !== values.org) {
        const problem = `--org: no organisation has the slug ${JSON.stringify(values.org)} (participe org list shows them).`;
        return { code: 2, stdout: '', stderr: `${problem}\n` };
      }
      scope = { organisation: council.id };
    }
    const outbox = await openSqlOutbox(db.driver);
    if (action === 'revive') {
      const back = await outbox.revive(id!, now, scope);
      return back
        ? { code: 0, stdout: `${id} is back in the queue.\n`, stderr: '' }
        : { code: 1, stdout: '', stderr: `${id} is not set aside (unknown, sent, or still being tried).\n` };
    }
    const dead = await outbox.listDead(limit, scope);
    if (values.json)
      return {
        code: 0,
        stdout: `${dead.map((d) => JSON.stringify(d)).join('\n')}${dead.length ? '\n' : ''}`,
        stderr: '',
      };
    if (dead.length === 0) return { code: 0, stdout: 'No notification set aside.\n', stderr: '' };
    const rows = dead.map((d) => [
      d.id,
      d.contributionId,
      d.kind,
      d.channel,
      String(d.attempts),
      d.lastError ?? '',
      d.deadAt,
    ]);
    const head = ['id', 'contribution', 'kind', 'channel', 'attempts', 'last error', 'set aside at'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd();
    return { code: 0, stdout: `${[line(head), ...rows.map(line)].join('\n')}\n`, stderr: '' };
  } finally {
    await db.close();
  }
}
