// `participe agenda sync --space <id> [--import] [--dry-run]`: publishes a space's public
// meetings to the council's OpenAgenda agenda, or imports the agenda's events as meetings
// (see interop/openagenda/openagenda.sync.ts).
import { parseArgs } from 'node:util';
import { OpenAgendaClient } from '../interop/openagenda/openagenda.client.js';
import { formatSyncReport, importEvents, publishMeetings } from '../interop/openagenda/openagenda.sync.js';
import {
  INTEROP_ENV,
  InteropSettingsError,
  interopSettings,
  type OrganisationSettingsReader,
} from '../interop/settings.js';
import { type Env, loadDatabaseConfig } from './config.js';
import { describeDatabase, openDatabase } from './database.js';
import type { CommandResult } from './token.js';

export const AGENDA_USAGE = `Usage: participe agenda sync --space <id or slug> [--import] [--dry-run] [--organisation <id>] [--config participe.json]

Publishes the space's public meetings to the council's OpenAgenda agenda: a new meeting
creates an event, a changed one updates it, a cancelled one marks it cancelled, one made
members-only is taken off the agenda. Each meeting keeps its event's uid, so running it
again changes nothing. With --import, brings the agenda's current and upcoming events into
the space as public meetings instead (again: nothing changes the second time; all in one
transaction). Calls that meet 429, 5xx or a network error are tried again, with growing
pauses. Prints what was created, updated, cancelled, skipped or failed, with the call and
the reason.

  --space         the space (its id or slug)
  --import        from the agenda into the space, instead of the other way
  --dry-run       tells what it would do, writes nothing anywhere
  --organisation  whose OpenAgenda settings to use @default default
  --config        a JSON file of the database settings; the environment wins over it

The agenda and its keys: the organisation's settings (interop.openagenda: agendaUid,
publicKey, secretKey), or else ${Object.values(INTEROP_ENV.openagenda).join(', ')}.
Publishing needs the secret key; importing the public key is enough.

Example:
  PARTICIPE_OPENAGENDA_AGENDA=41630080 PARTICIPE_OPENAGENDA_SECRET_KEY=oa_sk_… \\
    participe agenda sync --space groupe-rsa-nord --dry-run`;

/** An organisation's settings from a store that keeps organisations, when it does. */
export function settingsReaderOf(store: object): OrganisationSettingsReader | undefined {
  const get = (store as { getOrganisation?: (id: string) => Promise<{ settings?: object } | null> }).getOrganisation;
  if (typeof get !== 'function') return undefined;
  return async (id) => ((await get.call(store, id))?.settings as Record<string, unknown> | undefined) ?? null;
}

export async function agendaCommand(argv: readonly string[], env: Env): Promise<CommandResult> {
  let parsed: {
    values: {
      space?: string;
      import?: boolean;
      'dry-run'?: boolean;
      organisation?: string;
      config?: string;
      help?: boolean;
    };
    positionals: string[];
  };
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        space: { type: 'string' },
        import: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        organisation: { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    return { code: 2, stdout: '', stderr: `${(e as Error).message}\n\n${AGENDA_USAGE}\n` };
  }
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, stdout: `${AGENDA_USAGE}\n`, stderr: '' };
  if (positionals.length !== 1 || positionals[0] !== 'sync' || !values.space) {
    return { code: 2, stdout: '', stderr: `Expected "sync --space <id>".\n\n${AGENDA_USAGE}\n` };
  }
  const loaded = loadDatabaseConfig({ env, ...(values.config ? { configFile: values.config } : {}) });
  if (!loaded.ok) return { code: 2, stdout: '', stderr: `${loaded.problems.join('\n')}\n` };
  const db = await openDatabase(loaded.config);
  try {
    const organisation = values.organisation ?? 'default';
    const reader = settingsReaderOf(db.store);
    const settings = await interopSettings(organisation, { env, ...(reader ? { read: reader } : {}) });
    if (!settings.openagenda) {
      return {
        code: 2,
        stdout: '',
        stderr: `No OpenAgenda agenda for organisation "${organisation}": set interop.openagenda in its settings, or ${INTEROP_ENV.openagenda.agendaUid} and its keys.\n`,
      };
    }
    const space = await db.store.getSpace(values.space);
    if (!space) return { code: 2, stdout: '', stderr: `No space "${values.space}".\n` };
    const client = new OpenAgendaClient(settings.openagenda);
    const options = { dryRun: values['dry-run'] === true };
    const report = values.import
      ? await importEvents(db.store, client, space, options)
      : await publishMeetings(db.store, client, space, options);
    const failed = report.items.some((i) => i.action === 'failed');
    return {
      code: failed ? 1 : 0,
      stdout: `${describeDatabase(loaded.config)}\n${formatSyncReport(report)}`,
      stderr: '',
    };
  } catch (error) {
    if (error instanceof InteropSettingsError) return { code: 2, stdout: '', stderr: `${error.message}\n` };
    return { code: 1, stdout: '', stderr: `The agenda sync failed: ${(error as Error).message}\n` };
  } finally {
    await db.close();
  }
}
