import { MemoryStore } from '@participe/adapters/memory';
import { toPublicView } from '@participe/core';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../csv.js';
import { decidimArchive } from '../testing/decidim.fixture.js';
import { exportDecidimArchive } from './decidim.export.js';
import { DECIDIM_FILES } from './decidim.format.js';
import { importDecidimArchive } from './decidim.import.js';

const NOW = '2026-01-10T09:00:00.000Z';
const OPTIONS = { baseUrl: 'https://participer.departement.example' };

const publicViews = async (store: MemoryStore) =>
  (await store.listContributions({ limit: 100 })).items
    .map((v) => toPublicView(v))
    .sort((a, b) => a.id.localeCompare(b.id));

describe('exportDecidimArchive', () => {
  it('writes the files and headers of Decidim’s open data, `;`-separated', async () => {
    const store = new MemoryStore();
    await importDecidimArchive(store, decidimArchive(), { now: NOW });
    const files = unzipSync(await exportDecidimArchive(store, OPTIONS));
    const imported = unzipSync(decidimArchive());
    expect(Object.keys(files).sort()).toEqual(
      Object.keys(DECIDIM_FILES)
        .map((f) => `participer.departement.example-open-data-${f}.csv`)
        .sort(),
    );
    // The headers of Decidim's serializers (decidim.format.ts), which the fixture's files start with.
    for (const [name, bytes] of Object.entries(files)) {
      const file = name.replace(/^.*open-data-/, '').replace(/\.csv$/, '') as keyof typeof DECIDIM_FILES;
      const header = new TextDecoder().decode(bytes).split('\n')[0]!;
      expect(header).toBe(DECIDIM_FILES[file].join(';'));
      const source = Object.entries(imported).find(([n]) => n.endsWith(`${file}.csv`))![1];
      expect(new TextDecoder().decode(source).split('\n')[0]!.startsWith(header)).toBe(true);
    }
    const proposals = readCsv(files['participer.departement.example-open-data-proposals.csv']!);
    expect(proposals.rows.map((r) => [r.cells.id, r.cells.state, r.cells.withdrawn])).toEqual([
      ['101', '', 'false'],
      ['102', 'evaluating', 'false'],
      ['103', 'accepted', 'false'],
      ['104', 'rejected', 'false'],
      ['105', '', 'true'],
    ]);
    // The author columns stay empty: Participe's pseudonyms stay home.
    expect(JSON.stringify(proposals)).not.toContain('Participant·e');
  });

  it('round-trips: the exported archive imports to the same public data, and changes nothing where it came from', async () => {
    const first = new MemoryStore();
    await importDecidimArchive(first, decidimArchive(), { now: NOW });
    const archive = await exportDecidimArchive(first, OPTIONS);

    const again = await importDecidimArchive(first, archive, { now: NOW });
    expect(again.rejected).toEqual([]);
    expect(again.items.filter((i) => i.action !== 'skipped')).toEqual([]);

    const second = new MemoryStore();
    const report = await importDecidimArchive(second, archive, { now: NOW });
    expect(report.rejected).toEqual([]);
    expect(await publicViews(second)).toEqual(await publicViews(first));
    expect(await second.listSpaces()).toEqual(await first.listSpaces());
  });

  it('leaves out what the public may not read', async () => {
    const store = new MemoryStore();
    await importDecidimArchive(store, decidimArchive(), { now: NOW });
    const view = (await store.getContribution('c_decidim_101'))!;
    await store.appendEvent({
      contributionId: view.id,
      expectedVersion: view.version,
      event: {
        contributionId: view.id,
        seq: view.version + 1,
        type: 'contribution.hide',
        actor: { role: 'facilitator', id: null },
        at: NOW,
        data: { reason: 'Propos injurieux' },
      },
      view: { ...view, status: 'hidden', version: view.version + 1, hidden: { reason: 'Propos injurieux', at: NOW } },
    });
    const files = unzipSync(await exportDecidimArchive(store, OPTIONS));
    const text = new TextDecoder().decode(files['participer.departement.example-open-data-proposals.csv']);
    expect(text).not.toContain('Un bus à 8 h');
    const meeting = (await store.getMeeting('m_decidim_21'))!;
    await store.putMeeting({ ...meeting, public: false, version: meeting.version + 1 }, meeting.version);
    const after = unzipSync(await exportDecidimArchive(store, OPTIONS));
    expect(new TextDecoder().decode(after['participer.departement.example-open-data-meetings.csv']).trim()).toBe(
      DECIDIM_FILES.meetings.join(';'),
    );
  });
});
