// `participe admin`: the council's administrators. The first one is invited here; they
// invite the others from the back office. An invitation waits for the person's first
// sign-in with this e-mail at the identity provider, which activates it.
import { SlugSchema } from '@participe/core';
import * as z from 'zod/mini';
import { EmailSchema } from '../contract/schemas.admin.js';
import { withAdministration } from './administration.js';
import type { Env } from './config.js';
import { parseCommand, table, usageError } from './identity.js';
import type { CommandResult } from './token.js';

export const ADMIN_USAGE = `Usage: participe admin invite --email <address> [--editor] [--org <slug>] [--name <text>]
       participe admin list [--org <slug>]

invite   makes this person an administrator of the council: they create spaces, invite
         staff and set the council's defaults in the back office. Their first sign-in with
         this e-mail (verified by the identity provider) activates the account.
list     the council's administrators and editors, and their state.

  --editor an editor instead: they edit the council's content (phases, resources, guide,
           glossary, questionnaires) and publish, return or share practice sheets, but do
           not create spaces, invite staff, change settings or read the audit log
  --org    the council's slug (default: the server's default organisation)
  --email  their e-mail address at the council
  --name   the name shown (default: the one the identity provider gives)

The database: DATABASE_URL for a PostgreSQL server, or PARTICIPE_DATA_DIR for the embedded one
(stop participe serve first: one process at a time).

Example:
  participe admin invite --org cd93 --email camille.martin@cd93.example`;

const FlagsSchema = z.object({
  org: z.optional(SlugSchema),
  email: z.optional(EmailSchema),
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
});

export async function adminCommand(argv: readonly string[], env: Env, now: Date = new Date()): Promise<CommandResult> {
  const parsed = parseCommand<Record<string, unknown>>(
    argv,
    { org: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' }, editor: { type: 'boolean' } },
    ADMIN_USAGE,
  );
  if ('code' in parsed) return parsed;
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, stdout: `${ADMIN_USAGE}\n`, stderr: '' };
  const [action, ...rest] = positionals;
  if (rest.length || !['invite', 'list'].includes(action ?? '')) {
    return usageError(action ? `Unknown action "${positionals.join(' ')}".` : 'Say invite or list.', ADMIN_USAGE);
  }
  const { config, help: _help, editor: asEditor, ...given } = values;
  const checked = FlagsSchema.safeParse(given);
  if (!checked.success) {
    const lines = checked.error.issues.map(
      (i) => `--${String(i.path[0])}: ${JSON.stringify(given[String(i.path[0])])} is not valid (${i.message}).`,
    );
    return usageError([...new Set(lines)].join('\n'), ADMIN_USAGE);
  }
  const f = checked.data;
  if (action === 'invite' && !f.email) {
    return usageError('--email is required, e.g. --email camille.martin@cd93.example.', ADMIN_USAGE);
  }
  if (action === 'list' && (f.email || f.name || asEditor)) return usageError('list takes --org only.', ADMIN_USAGE);
  const editor = asEditor === true;

  const opts = {
    config: config as string | undefined,
    org: f.org,
    now,
    flags: { email: '--email', displayName: '--name' },
  };
  return withAdministration(env, opts, async (run, organisation) => {
    if (action === 'list') {
      const admins = (await run('listStaff', {})).filter((a) => a.admin || a.editor);
      if (admins.length === 0)
        return { code: 0, stdout: `No administrator yet in ${organisation.slug}.\n`, stderr: '' };
      const rows = [
        ['E-MAIL', 'NAME', 'ROLE', 'STATE', 'SINCE'],
        ...admins.map((a) => [
          a.email,
          a.displayName ?? '-',
          a.admin ? 'admin' : 'editor',
          a.status,
          a.activatedAt ?? a.createdAt,
        ]),
      ];
      return { code: 0, stdout: `${table(rows)}\n`, stderr: '' };
    }
    const account = await run('inviteStaff', {
      body: {
        email: f.email!,
        role: 'professional',
        spaceIds: [],
        ...(editor ? { editor: true } : { admin: true }),
        ...(f.name ? { displayName: f.name } : {}),
      },
    });
    return {
      code: 0,
      stdout: `${account.email} is ${account.status === 'active' ? 'now' : 'invited as'} ${editor ? 'an editor' : 'an administrator'} of ${organisation.slug}: their first sign-in activates the account.\n`,
      stderr: '',
    };
  });
}
