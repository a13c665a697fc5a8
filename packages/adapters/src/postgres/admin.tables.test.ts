// The administration's records behave alike in memory and in PostgreSQL (PGlite): a target's
// version claimed once, the audit log per organisation and newest first, settings saved
// only from the version they were read at.
import type { Organisation, OrganisationStore } from '@participe/core';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryIdentityStore } from '../identity/identity.store.js';
import { MemoryStore } from '../memory/memory.store.js';
import { type AdminStore, type AuditEntry, createMemoryAdminStore } from '../service/admin.store.js';
import type { CouncilSettingsPlace } from '../service/council-settings.js';
import { sqlAdminStore } from './admin.tables.js';
import { migrate } from './migrations.js';
import { openPglite, type PgliteDatabase, pgliteDriver } from './pglite.driver.js';
import { PostgresStore } from './postgres.store.js';

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

/** An administration and the organisations whose settings it shows (one place for both). */
interface Opened {
  admin: AdminStore;
  organisations: OrganisationStore & CouncilSettingsPlace;
}

const STORES: Array<[string, () => Promise<Opened>]> = [
  [
    'memory',
    async () => {
      const organisations = new MemoryStore();
      return { admin: createMemoryAdminStore(undefined, organisations), organisations };
    },
  ],
  [
    'PGlite',
    async () => {
      pglite ??= await openPglite();
      const driver = pgliteDriver(pglite);
      await migrate(driver);
      return { admin: sqlAdminStore(driver, createMemoryIdentityStore()), organisations: new PostgresStore(driver) };
    },
  ],
];

const council = (id: string): Organisation => ({
  id,
  slug: id.replace('_', '-'),
  name: 'Département',
  kind: 'département',
  settings: { oidc: { issuer: 'https://auth.example.org/realms/agents', clientId: 'participe' } },
  createdAt: '2026-03-01T09:00:00.000Z',
});

describe.each(STORES)('admin store (%s)', (_name, open) => {
  it('claims each version of a target once, per organisation', { timeout: 60_000 }, async () => {
    const store = (await open()).admin;
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

  it('saves settings only from the version read', { timeout: 60_000 }, async () => {
    const { admin: store, organisations } = await open();
    const org = `o_${Math.random().toString(36).slice(2, 8)}`;
    // Settings belong to an organisation: none without it, and nothing written for it.
    expect(await store.getSettings(org)).toBeNull();
    expect(await store.putSettings(org, { name: 'Département' }, 0)).toBe(false);
    await organisations.createOrganisation(council(org));
    expect(await store.getSettings(org)).toEqual({ settings: {}, version: 0 });
    expect(await store.putSettings(org, { name: 'Département' }, 0)).toBe(true);
    expect(await store.putSettings(org, { name: 'Autre' }, 0)).toBe(false);
    expect(await store.putSettings(org, { name: 'Département', answerWithinDays: 30 }, 1)).toBe(true);
    expect(await store.getSettings(org)).toEqual({
      settings: { name: 'Département', answerWithinDays: 30 },
      version: 2,
    });
  });

  it("keeps the settings in the organisation's, the operator's beside the back office's", {
    timeout: 60_000,
  }, async () => {
    const { admin: store, organisations } = await open();
    const org = `o_${Math.random().toString(36).slice(2, 8)}`;
    await organisations.createOrganisation(council(org));
    expect(await store.putSettings(org, { mailFrom: 'Participation <p@dep.example>' }, 0)).toBe(true);
    // One place: the organisation has them, its sign-in settings kept.
    const oidc = council(org).settings.oidc;
    expect((await organisations.getOrganisation(org))?.settings).toEqual({
      oidc,
      mailFrom: 'Participation <p@dep.example>',
    });
    // The operator (`participe org settings`) changes them there: the back office sees the
    // change, at a new version, and cannot save over it from the version it read before.
    expect(await organisations.putOrganisationSettings(org, { oidc, mailFrom: 'Dép <dep@dep.example>' })).toBe(true);
    expect(await store.getSettings(org)).toEqual({ settings: { mailFrom: 'Dép <dep@dep.example>' }, version: 2 });
    expect(await store.putSettings(org, { answerWithinDays: 20 }, 1)).toBe(false);
    // A save from the back office replaces its part (the sender is gone) and keeps the rest.
    expect(await store.putSettings(org, { answerWithinDays: 20 }, 2)).toBe(true);
    expect(await organisations.getCouncilSettings(org)).toEqual({
      settings: { oidc, answerWithinDays: 20 },
      version: 3,
    });
  });
});
