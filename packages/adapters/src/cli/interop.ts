// `participe import decidim <archive.zip> [--dry-run]`: brings a Decidim open-data archive
// into the council's database (see interop/decidim/decidim.import.ts).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_ORGANISATION } from '@participe/core';
import { exportDecidimArchive } from '../interop/decidim/decidim.export.js';
import { DecidimArchiveError, formatImportReport, importDecidimArchive } from '../interop/decidim/decidim.import.js';
import { openDataPackage } from '../interop/opendata/opendata.js';
import { type Env, loadDatabaseConfig } from './config.js';
import { describeDatabase, openDatabase } from './database.js';
import { storeOfOrganisation } from './org.js';
import type { CommandResult } from './token.js';

export const IMPORT_USAGE = `Usage: participe import decidim <archive.zip> [--org <slug>] [--dry-run] [--config participe.json]

Imports a Decidim open-data archive (the ZIP every Decidim serves at /open-data/download):
participatory processes become spaces, proposals contributions with their official answers,
accountability results commitments with their progress, meetings meetings. Authors' names
are not imported. Importing the same archive again changes nothing; all of it is written in
one transaction. Prints what was created, updated and skipped, and every rejected row with
its file, line and reason.

  --org      the council (organisation) it belongs to, by slug (default: the organisation default)
  --dry-run  reads and checks everything, writes nothing
  --config   a JSON file of the database settings; the environment wins over it

The database: DATABASE_URL for a PostgreSQL server, or PARTICIPE_DATA_DIR for the embedded one.

Example:
  participe import decidim ./decidim.departement.example-open-data-files.zip --dry-run`;

export async function importCommand(argv: readonly string[], env: Env): Promise<CommandResult> {
  let parsed: {
    values: { 'dry-run'?: boolean; org?: string; config?: string; help?: boolean };
    positionals: string[];
  };
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        'dry-run': { type: 'boolean' },
        org: { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    return { code: 2, stdout: '', stderr: `${(e as Error).message}\n\n${IMPORT_USAGE}\n` };
  }
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, stdout: `${IMPORT_USAGE}\n`, stderr: '' };
  const [source, path, ...extra] = positionals;
  if (source !== 'decidim' || path === undefined || extra.length) {
    return { code: 2, stdout: '', stderr: `Expected "decidim <archive.zip>".\n\n${IMPORT_USAGE}\n` };
  }
  let archive: Uint8Array;
  try {
    archive = await readFile(path);
  } catch (e) {
    return { code: 2, stdout: '', stderr: `Cannot read ${path}: ${(e as Error).message}\n` };
  }
  const loaded = loadDatabaseConfig({ env, ...(values.config ? { configFile: values.config } : {}) });
  if (!loaded.ok) return { code: 2, stdout: '', stderr: `${loaded.problems.join('\n')}\n` };
  const db = await openDatabase(loaded.config);
  try {
    const scoped = await storeOfOrganisation(db.store, values.org);
    if ('problem' in scoped) return { code: 2, stdout: '', stderr: `${scoped.problem}\n` };
    const report = await importDecidimArchive(scoped.store, archive, { dryRun: values['dry-run'] === true });
    return { code: 0, stdout: `${describeDatabase(loaded.config)}\n${formatImportReport(report)}`, stderr: '' };
  } catch (error) {
    if (error instanceof DecidimArchiveError) return { code: 1, stdout: '', stderr: `${path}: ${error.message}\n` };
    return {
      code: 1,
      stdout: '',
      stderr: `Importing ${path} failed, nothing was written: ${(error as Error).message}\n`,
    };
  } finally {
    await db.close();
  }
}

export const EXPORT_USAGE = `Usage: participe export --decidim <archive.zip> --base-url <https://…> [--org <slug>] [--config participe.json]
       participe export --open-data <folder> [--publisher "Département du Nord"] [--org <slug>] [--config participe.json]

--open-data writes the council's open data into the folder: contributions.csv (answered
contributions and their answers), commitments.csv (and progress), spaces.csv (figures per
space), each also as .json with its Table Schema (<table>.schema.json), and datagouv.json,
the metadata of a data.gouv.fr dataset (Licence Ouverte 2.0). Only public fields. The
publisher is the council's name (participe org create), or --publisher on a single-council server.

Writes the council's public data as a Decidim open-data archive (the files and headers
Decidim serves at /open-data/download, ";"-separated): spaces as participatory processes,
public contributions as proposals with their published answers, commitments as results.
No author, no draft, nothing hidden, no internal decision.

  --decidim   the ZIP file to write
  --base-url  the council's public site, for the URLs in the files
  --org       the council (organisation) whose data it is, by slug (default: the organisation default)
  --config    a JSON file of the database settings; the environment wins over it`;

export async function exportCommand(argv: readonly string[], env: Env): Promise<CommandResult> {
  let values: {
    decidim?: string;
    'base-url'?: string;
    'open-data'?: string;
    publisher?: string;
    org?: string;
    config?: string;
    help?: boolean;
  };
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        decidim: { type: 'string' },
        'base-url': { type: 'string' },
        'open-data': { type: 'string' },
        publisher: { type: 'string' },
        org: { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (e) {
    return { code: 2, stdout: '', stderr: `${(e as Error).message}\n\n${EXPORT_USAGE}\n` };
  }
  if (values.help) return { code: 0, stdout: `${EXPORT_USAGE}\n`, stderr: '' };
  if (values['open-data'] !== undefined)
    return exportOpenData(values['open-data'], values.publisher, values.org, values.config, env);
  const out = values.decidim;
  const baseUrl = values['base-url'];
  if (!out || !baseUrl || !URL.canParse(baseUrl)) {
    return {
      code: 2,
      stdout: '',
      stderr: `Expected --decidim <archive.zip> and --base-url <https://…>.\n\n${EXPORT_USAGE}\n`,
    };
  }
  const loaded = loadDatabaseConfig({ env, ...(values.config ? { configFile: values.config } : {}) });
  if (!loaded.ok) return { code: 2, stdout: '', stderr: `${loaded.problems.join('\n')}\n` };
  const db = await openDatabase(loaded.config);
  try {
    const scoped = await storeOfOrganisation(db.store, values.org);
    if ('problem' in scoped) return { code: 2, stdout: '', stderr: `${scoped.problem}\n` };
    await writeFile(out, await exportDecidimArchive(scoped.store, { baseUrl }));
    return { code: 0, stdout: `Wrote ${out}\n`, stderr: '' };
  } catch (error) {
    return { code: 1, stdout: '', stderr: `Exporting to ${out} failed: ${(error as Error).message}\n` };
  } finally {
    await db.close();
  }
}

async function exportOpenData(
  folder: string,
  publisher: string | undefined,
  org: string | undefined,
  configFile: string | undefined,
  env: Env,
): Promise<CommandResult> {
  const loaded = loadDatabaseConfig({ env, ...(configFile ? { configFile } : {}) });
  if (!loaded.ok) return { code: 2, stdout: '', stderr: `${loaded.problems.join('\n')}\n` };
  const db = await openDatabase(loaded.config);
  try {
    const scoped = await storeOfOrganisation(db.store, org);
    if ('problem' in scoped) return { code: 2, stdout: '', stderr: `${scoped.problem}\n` };
    // A council created with `participe org create` publishes under its name; the default
    // organisation's name is a placeholder, so a single-council server says who publishes.
    const named = scoped.organisation.id !== DEFAULT_ORGANISATION ? scoped.organisation.name : undefined;
    const who = publisher ?? named;
    if (!who) return { code: 2, stdout: '', stderr: `Expected --publisher "<who publishes>".\n\n${EXPORT_USAGE}\n` };
    const { files } = await openDataPackage(scoped.store, { publisher: who });
    await mkdir(folder, { recursive: true });
    for (const [name, content] of Object.entries(files)) await writeFile(join(folder, name), content, 'utf8');
    return { code: 0, stdout: `Wrote ${Object.keys(files).sort().join(', ')} in ${folder}\n`, stderr: '' };
  } catch (error) {
    return { code: 1, stdout: '', stderr: `Exporting open data to ${folder} failed: ${(error as Error).message}\n` };
  } finally {
    await db.close();
  }
}
