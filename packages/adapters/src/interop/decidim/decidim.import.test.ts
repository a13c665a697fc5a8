import { MemoryStore } from '@participe/adapters/memory';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openPgliteStore } from '../../postgres/open.js';
import { decidimArchive, decidimRows } from '../testing/decidim.fixture.js';
import { DecidimArchiveError, decidimIds, formatImportReport, importDecidimArchive } from './decidim.import.js';

const NOW = '2026-01-10T09:00:00.000Z';

/** A store's member, its methods bound to it (they use private fields a Proxy does not have). */
const bound = (target: object, key: string | symbol) => {
  const value = Reflect.get(target, key);
  return typeof value === 'function' ? value.bind(target) : value;
};

describe('importDecidimArchive', () => {
  it('imports processes, proposals with their answers, results and meetings, and reports each rejected row', async () => {
    const store = new MemoryStore();
    const report = await importDecidimArchive(store, decidimArchive(), { now: NOW });

    const space = await store.getSpace(decidimIds.space('3'));
    expect(space).toMatchObject({
      slug: 'budget-solidaire-2025',
      name: 'Budget solidaire 2025',
      territory: 'Secteur Nord',
    });
    expect(space!.themes.map((t) => t.id)).toContain('mobilite');

    const status = async (id: string) => (await store.getContribution(decidimIds.contribution(id)))?.status;
    expect(await status('101')).toBe('published');
    expect(await status('102')).toBe('underReview');
    expect(await status('103')).toBe('inProgress');
    expect(await status('104')).toBe('declined');
    expect(await status('105')).toBe('withdrawn');

    const accepted = (await store.getContribution(decidimIds.contribution('103')))!;
    expect(accepted.content.kind).toBe('proposal');
    expect(accepted.author.pseudonym).toBe('Participant·e Decidim n° 103');
    expect(accepted.answer).toMatchObject({
      verdict: 'accepted',
      text: 'Nous ajoutons un bus à 8 h 10, dès septembre.',
      publishedAt: '2025-03-10T08:00:00.000Z',
    });
    expect(accepted.commitments).toEqual([
      {
        id: 'k_decidim_7',
        what: 'Bus de 8 h 10 sur la ligne 4',
        owner: 'Service responsable (Decidim)',
        due: '2025-09-01',
      },
    ]);
    expect(accepted.progress).toMatchObject([{ commitmentId: 'k_decidim_7', percent: 50, text: 'En cours' }]);
    // A `;` inside a cell of a `;`-separated file, and HTML reduced to text.
    expect((await store.getContribution(decidimIds.contribution('101')))!.content.body).toBe(
      'Le bus du matin arrive après l’ouverture; du guichet.',
    );

    const meeting = await store.getMeeting(decidimIds.meeting('21'));
    expect(meeting).toMatchObject({
      on: '2025-02-05',
      place: 'Maison des solidarités, salle 2, 12 rue des Tilleuls, Lille',
      title: 'Atelier budget',
      startsAt: '2025-02-05T17:00:00.000Z',
      endsAt: '2025-02-05T19:00:00.000Z',
      public: true,
      access: 'Accès de plain-pied, arrêt de bus Tilleuls',
    });

    const file = (name: string) => `decidim.departement.example-open-data-${name}.csv`;
    expect(report.rejected).toEqual([
      { file: file('proposals'), line: 7, reason: expect.stringContaining('needs its reasons in "answer/fr"') },
      { file: file('proposals'), line: 8, reason: expect.stringContaining('unknown state "voted_twice"') },
      { file: file('results'), line: 3, reason: expect.stringContaining('links no proposal') },
      { file: file('meetings'), line: 3, reason: expect.stringContaining('"demain" is not a date') },
    ]);
    expect(
      report.items
        .filter((i) => i.action === 'created')
        .map((i) => i.kind)
        .sort(),
    ).toEqual(['commitment', ...Array(5).fill('contribution'), 'meeting', 'space']);
  });

  it('changes nothing on a second import of the same archive', async () => {
    const store = new MemoryStore();
    await importDecidimArchive(store, decidimArchive(), { now: NOW });
    const before = await store.getEvents(decidimIds.contribution('103'));
    const again = await importDecidimArchive(store, decidimArchive(), { now: '2026-02-01T00:00:00.000Z' });
    expect(again.items.every((i) => i.action === 'skipped')).toBe(true);
    expect(await store.getEvents(decidimIds.contribution('103'))).toEqual(before);
    expect((await store.listContributions({ limit: 100 })).items).toHaveLength(5);
  });

  it('updates a proposal answered since the last import, keeping its id', async () => {
    const store = new MemoryStore();
    await importDecidimArchive(store, decidimArchive(), { now: NOW });
    const rows = decidimRows();
    rows.proposals[1] = {
      ...rows.proposals[1]!,
      state: 'accepted',
      'answer/fr': 'Retenue.',
      state_published_at: '2025-04-01',
    };
    const report = await importDecidimArchive(store, decidimArchive(rows), { now: NOW });
    expect(report.items.find((i) => i.id === decidimIds.contribution('102'))?.action).toBe('updated');
    expect((await store.getContribution(decidimIds.contribution('102')))?.status).toBe('accepted');
  });

  it('writes nothing in a dry run, and prints created, updated, skipped and rejected rows', async () => {
    const store = new MemoryStore();
    const report = await importDecidimArchive(store, decidimArchive(), { dryRun: true, now: NOW });
    expect(await store.listSpaces()).toEqual([]);
    const text = formatImportReport(report);
    expect(text).toMatch(/^Dry run \(nothing written\): 8 created, 0 updated, 0 skipped, 4 rejected/);
    expect(text).toContain('created  contribution c_decidim_103  (proposal #103)');
    expect(text).toContain(
      'rejected decidim.departement.example-open-data-proposals.csv, line 8: unknown state "voted_twice"',
    );
  });

  it('refuses a malformed archive or a wrong header, naming the file and what was expected', async () => {
    const store = new MemoryStore();
    await expect(importDecidimArchive(store, strToU8('not a zip'))).rejects.toThrow(/not a ZIP archive/);
    const wrong = zipSync({ 'x-open-data-proposals.csv': strToU8('identifiant;titre\n1;Bus\n') });
    await expect(importDecidimArchive(store, wrong)).rejects.toThrow(
      /x-open-data-proposals\.csv, line 1: the header lacks "id", "participatory_space\/id"/,
    );
    await expect(importDecidimArchive(store, zipSync({ 'readme.txt': strToU8('hi') }))).rejects.toBeInstanceOf(
      DecidimArchiveError,
    );
  });

  it('imports into PostgreSQL (PGlite) in one transaction: a failing write leaves nothing', async () => {
    const store = await openPgliteStore();
    try {
      const failing = new Proxy(store, {
        get(target, key) {
          if (key !== 'inTransaction') return bound(target, key);
          return (fn: (s: typeof store) => Promise<unknown>) =>
            target.inTransaction(async (tx) => {
              const meetingsLast = new Proxy(tx, {
                get: (t, k) => (k === 'putMeeting' ? async () => Promise.reject(new Error('disk full')) : bound(t, k)),
              });
              return fn(meetingsLast as typeof store);
            });
        },
      });
      await expect(importDecidimArchive(failing, decidimArchive(), { now: NOW })).rejects.toThrow('disk full');
      expect(await store.listSpaces()).toEqual([]);
      expect(await store.getContribution(decidimIds.contribution('103'))).toBeNull();

      await importDecidimArchive(store, decidimArchive(), { now: NOW });
      expect((await store.getContribution(decidimIds.contribution('103')))?.status).toBe('inProgress');
      const again = await importDecidimArchive(store, decidimArchive(), { now: NOW });
      expect(again.items.every((i) => i.action === 'skipped')).toBe(true);
    } finally {
      await store.close();
    }
  }, 60_000);
});
