// Each council's content behaves alike in memory and in PostgreSQL (PGlite): seeded once
// even when two processes start together, each save claims the next version (of two editors
// saving from the same version, one wins and nothing of the other is written), history kept,
// councils apart.
import { afterAll, describe, expect, it } from 'vitest';
import { type ContentRecord, type ContentStore, createMemoryContentStore } from '../service/content.store.js';
import { sqlContentStore } from './content.tables.js';
import { migrate } from './migrations.js';
import { openPglite, type PgliteDatabase, pgliteDriver } from './pglite.driver.js';

let pglite: PgliteDatabase | undefined;
afterAll(async () => {
  await pglite?.close();
});

const AT = '2026-03-02T09:00:00.000Z';
const record = (id: string, position: number, title: string): ContentRecord => ({
  kind: 'resource',
  id,
  locale: 'fr',
  version: 1,
  position,
  doc: { id, title: { standard: title, falc: title } },
  falcMissing: [],
  updatedAt: AT,
});
const SEED = [record('porte-a-porte', 0, 'Porte-à-porte'), record('photolangage', 1, 'Photolangage')];
const by = { at: AT, actor: { id: 'acc_1', role: 'admin' }, changes: ['title'] };

const STORES: Array<[string, () => Promise<ContentStore>]> = [
  ['memory', async () => createMemoryContentStore()],
  [
    'PGlite',
    async () => {
      pglite ??= await openPglite();
      const driver = pgliteDriver(pglite);
      await migrate(driver);
      return sqlContentStore(driver);
    },
  ],
];

describe.each(STORES)('content store (%s)', (_name, open) => {
  it('seeds an organisation once, even when asked twice at the same time', { timeout: 60_000 }, async () => {
    const store = await open();
    const org = `o_${Math.random().toString(36).slice(2, 8)}`;
    const seeded = await Promise.all([store.seed(org, SEED, AT), store.seed(org, SEED, AT)]);
    expect(seeded.filter(Boolean)).toHaveLength(1);
    expect((await store.list(org, 'resource', 'fr')).map((r) => [r.id, r.version])).toEqual([
      ['porte-a-porte', 1],
      ['photolangage', 1],
    ]);
    expect(await store.list(`${org}x`, 'resource', 'fr')).toEqual([]);
  });

  it('lets one of two saves from the same version through, and keeps every version', async () => {
    const store = await open();
    const org = `o_${Math.random().toString(36).slice(2, 8)}`;
    await store.seed(org, SEED, AT);
    const edit = (title: string) => ({ ...record('porte-a-porte', 0, title), falcMissing: ['title'] });
    const [a, b] = await Promise.all([store.put(org, edit('A'), 1, by), store.put(org, edit('B'), 1, by)]);
    expect([a, b].filter((r) => r !== null)).toHaveLength(1);
    const now = await store.get(org, 'resource', 'fr', 'porte-a-porte');
    expect(now).toMatchObject({ version: 2, position: 0, falcMissing: ['title'] });
    const history = await store.history(org, 'resource', 'fr', 'porte-a-porte');
    expect(history.map((v) => [v.version, v.actor.role, v.changes])).toEqual([
      [2, 'admin', ['title']],
      [1, 'seed', []],
    ]);
    expect(history[0]!.doc).toEqual(now!.doc);
    // A new entry (from version 0) goes last; a second creation of it is refused.
    expect(await store.put(org, record('cafe', 0, 'Café'), 0, by)).toMatchObject({ version: 1, position: 2 });
    expect(await store.put(org, record('cafe', 0, 'Café'), 0, by)).toBeNull();
    expect(await store.put(org, record('absente', 0, 'Absente'), 3, by)).toBeNull();
  });
});
