// The administration's records behave alike in memory and in PostgreSQL (PGlite): a target's
// version claimed once, the audit log per organisation and newest first, settings saved
// only from the version they were read at.
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryIdentityStore } from '../identity/identity.store.js';
import { type AdminStore, type AuditEntry, createMemoryAdminStore } from '../service/admin.store.js';
import { sqlAdminStore } from './admin.tables.js';
import { migrate } from './migrations.js';
import { openPglite, type PgliteDatabase, pgliteDriver } from './pglite.driver.js';

let pglite: PgliteDatabase | undefined;
afterAll(async () => {
  await pglite?.close();
});

const entry = (id: string, version: number | null, target = 's_nord'): Omit<AuditEntry, 'seq'> => ({
  id,
  at: '2026-03-02T09:00:00.000Z',
  actor: { id: 'acc_admin', role: 'admin' },
  action: 'space.update',
  target: { type: 'space', id: target, version },
  before: { name: 'A' },
  after: { name: 'B' },
});

const STORES: Array<[string, () => Promise<AdminStore>]> = [
  ['memory', async () => createMemoryAdminStore()],
  [
    'PGlite',
    async () => {
      pglite ??= await openPglite();
      const driver = pgliteDriver(pglite);
      await migrate(driver);
      return sqlAdminStore(driver, createMemoryIdentityStore());
    },
  ],
];

describe.each(STORES)('admin store (%s)', (_name, open) => {
  it('claims each version of a target once, per organisation', { timeout: 60_000 }, async () => {
    const store = await open();
    const org = `o_${Math.random().toString(36).slice(2, 8)}`;
    expect(await store.lastVersion(org, { type: 'space', id: 's_nord' })).toBe(0);
    expect(await store.appendAudit(org, entry('au_1', 2))).toBe(true);
    expect(await store.appendAudit(org, entry('au_2', 2))).toBe(false);
    expect(await store.appendAudit(`${org}x`, entry('au_3', 2))).toBe(true);
    expect(await store.appendAudit(org, entry('au_4', null, 'acc_1'))).toBe(true);
    expect(await store.appendAudit(org, entry('au_5', null, 'acc_1'))).toBe(true);
    expect(await store.lastVersion(org, { type: 'space', id: 's_nord' })).toBe(2);
    const page = await store.listAudit(org, { limit: 2 });
    expect(page.map((e) => e.id)).toEqual(['au_5', 'au_4']);
    expect(page[0]).toMatchObject({ before: { name: 'A' }, after: { name: 'B' }, at: '2026-03-02T09:00:00.000Z' });
    expect((await store.listAudit(org, { limit: 5, before: page[1]!.seq })).map((e) => e.id)).toEqual(['au_1']);
  });

  it('saves settings only from the version read', async () => {
    const store = await open();
    const org = `o_${Math.random().toString(36).slice(2, 8)}`;
    expect(await store.getSettings(org)).toBeNull();
    expect(await store.putSettings(org, { name: 'Département' }, 0)).toBe(true);
    expect(await store.putSettings(org, { name: 'Autre' }, 0)).toBe(false);
    expect(await store.putSettings(org, { name: 'Département', answerWithinDays: 30 }, 1)).toBe(true);
    expect(await store.getSettings(org)).toEqual({
      settings: { name: 'Département', answerWithinDays: 30 },
      version: 2,
    });
  });
});
