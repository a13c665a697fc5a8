// `participe decidim pull|push --space <id> [--component <id>] [--dry-run]`: the live link of a
// space to a Decidim proposals component (see interop/decidim/decidim.live.ts).
import { parseArgs } from 'node:util';
import { formatImportReport } from '../interop/decidim/decidim.import.js';
import { DecidimGraphqlClient, pullDecidimProposals, pushDecidimAnswers } from '../interop/decidim/decidim.live.js';
import { RemoteError } from '../interop/remote.js';
import { INTEROP_ENV, InteropSettingsError, interopSettings } from '../interop/settings.js';
import { settingsReaderOf } from './agenda.js';
import { type Env, loadDatabaseConfig } from './config.js';
import { describeDatabase, openDatabase } from './database.js';
import type { CommandResult } from './token.js';

export const DECIDIM_USAGE = `Usage: participe decidim pull --space <id or slug> [--component <id>] [--dry-run] [--organisation <id>]
       participe decidim push --space <id or slug> [--component <id>] [--dry-run] [--organisation <id>]

The live link of a space to a Decidim proposals component, through Decidim's GraphQL API.
pull reads the component's proposals and official answers into the space (as the archive
import does: nothing written twice, one transaction); push sends the answers published in
Participe to the proposals they came from (Decidim's answer mutation, a token with the
api:write scope). Each call that fails is named with Decidim's message.

  --space         the space (its id or slug)
  --component     the Decidim component; @default the one the settings name for the space
  --dry-run       tells what it would do, writes nothing anywhere
  --organisation  whose Decidim settings to use @default default
  --config        a JSON file of the database settings; the environment wins over it

Decidim's API and token: the organisation's settings (interop.decidim: apiUrl, token,
spaces: { "<space id>": "<component id>" }), or else ${Object.values(INTEROP_ENV.decidim).join(', ')}.`;

export async function decidimCommand(argv: readonly string[], env: Env): Promise<CommandResult> {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        space: { type: 'string' },
        component: { type: 'string' },
        'dry-run': { type: 'boolean' },
        organisation: { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    return { code: 2, stdout: '', stderr: `${(e as Error).message}\n\n${DECIDIM_USAGE}\n` };
  }
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, stdout: `${DECIDIM_USAGE}\n`, stderr: '' };
  const [action] = positionals;
  if (positionals.length !== 1 || (action !== 'pull' && action !== 'push') || typeof values.space !== 'string') {
    return {
      code: 2,
      stdout: '',
      stderr: `Expected "pull --space <id>" or "push --space <id>".\n\n${DECIDIM_USAGE}\n`,
    };
  }
  const config = typeof values.config === 'string' ? values.config : undefined;
  const loaded = loadDatabaseConfig({ env, ...(config ? { configFile: config } : {}) });
  if (!loaded.ok) return { code: 2, stdout: '', stderr: `${loaded.problems.join('\n')}\n` };
  const db = await openDatabase(loaded.config);
  try {
    const organisation = typeof values.organisation === 'string' ? values.organisation : 'default';
    const reader = settingsReaderOf(db.store);
    const settings = (await interopSettings(organisation, { env, ...(reader ? { read: reader } : {}) })).decidim;
    if (!settings) {
      return {
        code: 2,
        stdout: '',
        stderr: `No Decidim for organisation "${organisation}": set interop.decidim in its settings, or ${INTEROP_ENV.decidim.apiUrl}.\n`,
      };
    }
    const space = await db.store.getSpace(values.space);
    if (!space) return { code: 2, stdout: '', stderr: `No space "${values.space}".\n` };
    const component = typeof values.component === 'string' ? values.component : settings.spaces?.[space.id];
    if (!component) {
      return {
        code: 2,
        stdout: '',
        stderr: `Space "${space.id}" follows no Decidim component: give --component <id>, or set interop.decidim.spaces.${space.id}.\n`,
      };
    }
    const client = new DecidimGraphqlClient(settings);
    const dryRun = values['dry-run'] === true;
    if (action === 'pull') {
      const report = await pullDecidimProposals(db.store, client, space, component, { dryRun });
      return { code: 0, stdout: `${describeDatabase(loaded.config)}\n${formatImportReport(report)}`, stderr: '' };
    }
    const items = await pushDecidimAnswers(db.store, client, space, component, { dryRun });
    const lines = items.map(
      (i) =>
        `${i.action.padEnd(8)} ${i.contributionId} → proposal ${i.proposalId}${i.call ? `  ${i.call}:` : ''}${i.reason ? ` ${i.reason}` : ''}`,
    );
    const count = (a: string) => items.filter((i) => i.action === a).length;
    const head = `${dryRun ? 'Dry run (nothing written): ' : ''}${count('updated')} answered, ${count('skipped')} skipped, ${count('failed')} failed`;
    return { code: count('failed') ? 1 : 0, stdout: `${[head, ...lines].join('\n')}\n`, stderr: '' };
  } catch (error) {
    if (error instanceof InteropSettingsError) return { code: 2, stdout: '', stderr: `${error.message}\n` };
    if (error instanceof RemoteError) return { code: 1, stdout: '', stderr: `${error.message}; nothing was written\n` };
    return { code: 1, stdout: '', stderr: `The Decidim link failed: ${(error as Error).message}\n` };
  } finally {
    await db.close();
  }
}
