import { MemoryStore } from '@participe/adapters/memory';
import { Schema } from 'tableschema';
import { describe, expect, it } from 'vitest';
import { createHandler } from '../../server/handler.js';
import { readCsv } from '../csv.js';
import { decidimIds, importDecidimArchive } from '../decidim/decidim.import.js';
import { decidimArchive } from '../testing/decidim.fixture.js';
import { OPEN_DATA_SCHEMAS, type OpenDataTable, openDataPackage } from './opendata.js';

const NOW = '2026-01-10T09:00:00.000Z';

async function councilData() {
  const store = new MemoryStore();
  await importDecidimArchive(store, decidimArchive(), { now: NOW });
  return openDataPackage(store, { publisher: 'Département du Nord', now: NOW });
}

describe('GET /api/open-data', () => {
  it('serves the tables with their Table Schemas and CSV, and the data.gouv.fr metadata, to anyone', async () => {
    const store = new MemoryStore();
    await importDecidimArchive(store, decidimArchive(), { now: NOW });
    const res = await createHandler({ store, rateLimit: false })(new Request('http://api.test/api/open-data'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      metadata: { license: string };
      tables: Record<string, { csv: string; rows: unknown[] }>;
    };
    expect(body.metadata.license).toBe('lov2');
    // A single-council server nobody named publishes as "la collectivité".
    expect((body.metadata as { organization?: string }).organization).toBe('la collectivité');
    expect(body.tables.contributions!.rows).toHaveLength(2);
    expect(body.tables.commitments!.csv.split('\n')[0]).toBe(
      OPEN_DATA_SCHEMAS.commitments.fields.map((f) => f.name).join(','),
    );
  });

  it('names the council that publishes: the organisation served at /o/{slug}/api', async () => {
    const store = new MemoryStore();
    await store.createOrganisation({
      id: 'o_nord',
      slug: 'cd59',
      name: 'Département du Nord',
      kind: 'département',
      settings: {},
      createdAt: NOW,
    });
    const res = await createHandler({ store, rateLimit: false })(new Request('http://api.test/o/cd59/api/open-data'));
    expect(res.status).toBe(200);
    const { metadata } = (await res.json()) as { metadata: { organization: string; title: string } };
    expect(metadata.organization).toBe('Département du Nord');
    expect(metadata.title).toContain('Département du Nord');
  });
});

describe('openDataPackage', () => {
  it('writes CSV that validates against its Table Schema (frictionless tableschema)', async () => {
    const { files } = await councilData();
    for (const table of Object.keys(OPEN_DATA_SCHEMAS) as OpenDataTable[]) {
      const schema = await Schema.load(JSON.parse(files[`${table}.schema.json`]!));
      expect(schema.valid, `${table}: ${schema.errors}`).toBe(true);
      const csv = readCsv(files[`${table}.csv`]!, ',');
      expect(csv.header).toEqual(schema.fieldNames);
      expect(csv.rows.length).toBeGreaterThan(0);
      for (const row of csv.rows) {
        // castRow throws, naming the field, on a value its type or constraints refuse.
        expect(
          () => schema.castRow(csv.header.map((name) => row.cells[name])),
          `${table} line ${row.line}`,
        ).not.toThrow();
      }
    }
  });

  it('refuses, through the same validator, a row that breaks the schema', async () => {
    const schema = await Schema.load(OPEN_DATA_SCHEMAS.commitments);
    expect(() => schema.castRow(['c_1', 'k_1', 'Bus', 'Service', 'pas une date', '50', '', ''])).toThrow();
  });

  it('holds only public fields: answered contributions, no author, nothing hidden or withdrawn', async () => {
    const { files, rows } = await councilData();
    expect(rows.contributions.map((r) => `${r.id} ${r.verdict}`).sort()).toEqual([
      `${decidimIds.contribution('103')} accepted`,
      `${decidimIds.contribution('104')} declined`,
    ]);
    expect(rows.commitments).toMatchObject([{ commitment_id: 'k_decidim_7', progress_percent: 50 }]);
    expect(rows.spaces).toMatchObject([{ space: 'budget-solidaire-2025', contributions: 4, answered: 2 }]);
    const all = Object.values(files).join('\n');
    expect(all).not.toContain('Participant·e');
    expect(all).not.toContain(decidimIds.contribution('105'));
    expect(JSON.parse(files['datagouv.json']!)).toMatchObject({ license: 'lov2', frequency: 'weekly' });
  });
});
