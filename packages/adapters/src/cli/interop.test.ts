import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decidimArchive } from '../interop/testing/decidim.fixture.js';
import { runCli } from './testing/run.js';

describe('participe import decidim', () => {
  it('prints a dry run, imports, then skips everything on a second run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'participe-import-'));
    const zip = join(dir, 'open-data.zip');
    writeFileSync(zip, decidimArchive());
    const env = { PARTICIPE_DATA_DIR: join(dir, 'data') };

    const dry = await runCli(['import', 'decidim', zip, '--dry-run'], env);
    expect(dry.stderr).toBe('');
    expect(dry.stdout).toContain('Dry run (nothing written): 8 created, 0 updated, 0 skipped, 4 rejected');
    expect(dry.stdout).toContain('rejected decidim.departement.example-open-data-meetings.csv, line 3:');

    const first = await runCli(['import', 'decidim', zip], env);
    expect(first.stdout).toContain('8 created, 0 updated, 0 skipped, 4 rejected');
    const second = await runCli(['import', 'decidim', zip], env);
    expect(second.stdout).toContain('0 created, 0 updated, 8 skipped, 4 rejected');
    expect(second.code).toBe(0);

    const out = join(dir, 'export.zip');
    const exported = await runCli(['export', '--decidim', out, '--base-url', 'https://participer.example'], env);
    expect(exported.stdout).toBe(`Wrote ${out}\n`);
    const back = await runCli(['import', 'decidim', out, '--dry-run'], env);
    expect(back.stdout).toContain('0 created, 0 updated, 8 skipped, 0 rejected');

    const open = join(dir, 'open-data');
    const published = await runCli(['export', '--open-data', open, '--publisher', 'Département du Nord'], env);
    expect(published.stdout).toContain('contributions.csv, contributions.json, contributions.schema.json');
    expect(readFileSync(join(open, 'contributions.csv'), 'utf8').split('\n')[0]).toMatch(/^id,space,kind,title/);
  }, 180_000);

  it('names the file when the archive is not one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'participe-import-'));
    const bad = join(dir, 'bad.zip');
    writeFileSync(bad, 'not a zip');
    const run = await runCli(['import', 'decidim', bad], { PARTICIPE_DATA_DIR: join(dir, 'data') });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad.zip: not a ZIP archive');
  }, 120_000);
});
