// The commands of `participe` (the program itself is participe.ts).
import { ADMIN_USAGE, adminCommand } from './admin.js';
import { AGENDA_USAGE, agendaCommand } from './agenda.js';
import { DECIDIM_USAGE, decidimCommand } from './decidim.js';
import { EXPORT_USAGE, exportCommand, IMPORT_USAGE, importCommand } from './interop.js';
import { KEYS_USAGE, keysCommand } from './keys.js';
import { MIGRATE_USAGE, migrateCommand } from './migrate.js';
import { ORG_USAGE, orgCommand } from './org.js';
import { OUTBOX_USAGE, outboxCommand } from './outbox.js';
import { SERVE_USAGE, serveCommand } from './serve.js';
import { SPACE_USAGE, spaceCommand } from './space.js';
import { STAFF_USAGE, staffCommand } from './staff.js';
import { type CommandResult, TOKEN_USAGE, tokenCommand } from './token.js';
import { VERSION } from './version.js';

const COMMANDS = {
  serve: { run: serveCommand, usage: SERVE_USAGE, summary: 'serve the API (migrates first); runs until SIGTERM' },
  migrate: { run: migrateCommand, usage: MIGRATE_USAGE, summary: 'bring the database schema up to date, then exit' },
  org: { run: orgCommand, usage: ORG_USAGE, summary: 'the councils this server hosts: create, settings, list' },
  token: { run: tokenCommand, usage: TOKEN_USAGE, summary: 'API tokens for integrations: issue, list, revoke' },
  keys: { run: keysCommand, usage: KEYS_USAGE, summary: 'the keys that sign tokens: rotate, list' },
  staff: { run: staffCommand, usage: STAFF_USAGE, summary: 'who may sign in: invite, remove, list' },
  space: { run: spaceCommand, usage: SPACE_USAGE, summary: "the council's spaces: create, update (archive), list" },
  admin: { run: adminCommand, usage: ADMIN_USAGE, summary: "the council's administrators: invite, list" },
  outbox: {
    run: outboxCommand,
    usage: OUTBOX_USAGE,
    summary: 'dead: notifications set aside after their last attempt; revive',
  },
  agenda: {
    run: agendaCommand,
    usage: AGENDA_USAGE,
    summary: 'sync --space <id>: public meetings to and from OpenAgenda',
  },
  decidim: {
    run: decidimCommand,
    usage: DECIDIM_USAGE,
    summary: 'pull|push --space <id>: a space linked to a Decidim component',
  },
  import: { run: importCommand, usage: IMPORT_USAGE, summary: 'import decidim <zip>: a Decidim open-data archive' },
  export: {
    run: exportCommand,
    usage: EXPORT_USAGE,
    summary: 'export --decidim <zip>: public data as Decidim open data',
  },
} as const;

const USAGE = `Usage: participe <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`)
  .join('\n')}

  participe <command> --help   what a command takes
  participe --version          ${VERSION}`;

export async function main(argv: readonly string[], env: Record<string, string | undefined>): Promise<CommandResult> {
  const [command, ...rest] = argv;
  if (command !== undefined && Object.hasOwn(COMMANDS, command)) {
    return COMMANDS[command as keyof typeof COMMANDS].run(rest, env);
  }
  if (command === '--version' || command === '-v') return { code: 0, stdout: `${VERSION}\n`, stderr: '' };
  if (command === '--help' || command === '-h' || command === 'help') {
    const topic =
      rest[0] !== undefined && Object.hasOwn(COMMANDS, rest[0]) ? COMMANDS[rest[0] as keyof typeof COMMANDS] : null;
    return { code: 0, stdout: `${topic ? topic.usage : USAGE}\n`, stderr: '' };
  }
  if (command === undefined) return { code: 2, stdout: '', stderr: `${USAGE}\n` };
  return { code: 2, stdout: '', stderr: `Unknown command "${command}".\n\n${USAGE}\n` };
}
