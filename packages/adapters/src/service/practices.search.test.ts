// The French search finds practices and resources together (issue 17 §2), on every store:
// `GET /api/practices/search?q=` answers the sheets and, in `resources`, the resource
// centre's methods and tools the same words find (stems, accents folded, the thesaurus);
// `GET /api/resources?q=` is that same search. A resource an editor changes is found by its
// new words at once. The first screen of a list asks `fields=summary`; the phase facet
// carries the council's name of each phase.
import { contentPacks, expandQuery } from '@participe/core';
import { afterAll, describe, expect, it } from 'vitest';
import { sqlContentStore } from '../postgres/content.tables.js';
import { MIGRATIONS, migrate } from '../postgres/migrations.js';
import { openPglite, pgliteDriver } from '../postgres/pglite.driver.js';
import { closeStores, EVERY_STORE } from '../testing/stores.js';
import type { Caller } from './api.js';
import { createParticipeService } from './service.js';

afterAll(closeStores);

const NOW = new Date('2026-03-02T09:00:00.000Z');
const EDITOR: Caller = { role: 'professional', memberId: 'acc_editor', spaceIds: [], admin: true };
const TRANSPORT = contentPacks.fr.resources.find((r) => r.id === 'frais-de-transport')!;
const DIAGNOSE = contentPacks.fr.phases.find((p) => p.id === 'diagnose')!;

describe.each(EVERY_STORE)('practices and resources in one French search (%s)', (_name, open) => {
  it('finds resources by stem, without accents and through synonyms, in both searches', {
    timeout: 60_000,
  }, async () => {
    const store = await open();
    try {
      const anyone = createParticipeService({ store, now: () => NOW }).as(null);
      for (const q of ['mobilité', 'MOBILITES', 'déplacements']) {
        const found = await anyone.searchPractices({ q });
        const ids = found.resources?.items.map((r) => r.id) ?? [];
        expect(ids, q).toContain(TRANSPORT.id);
        expect(found.resources!.total, q).toBeGreaterThanOrEqual(ids.length);
        const listed = await anyone.listResources({ q });
        expect(
          listed.items.map((r) => r.id),
          q,
        ).toContain(TRANSPORT.id);
      }
      // Every word counts: one no resource has leaves none.
      expect((await anyone.searchPractices({ q: 'transport zzzqx' })).resources).toEqual({ items: [], total: 0 });
      // The phase narrows the resources as it narrows the sheets.
      const inDecide = await anyone.searchPractices({ q: 'transport', phase: 'decide' });
      for (const r of inDecide.resources!.items) expect(r.phases).toContain('decide');
      // Without words, a list of sheets: no resources.
      expect(await anyone.searchPractices({})).not.toHaveProperty('resources');
    } finally {
      await store.close();
    }
  });

  it('finds an edited resource by its new words, and names phases as the council does', {
    timeout: 60_000,
  }, async () => {
    const store = await open();
    try {
      const service = createParticipeService({ store, now: () => NOW });
      const editor = service.as(EDITOR);
      const anyone = service.as(null);
      expect((await anyone.listResources({ q: 'navettes' })).total).toBe(0);
      await editor.putResource(
        TRANSPORT.id,
        { ...TRANSPORT, summary: { standard: 'Une navette gratuite les jours de réunion.', falc: 'Un bus gratuit.' } },
        { expectedVersion: 1 },
      );
      expect((await anyone.listResources({ q: 'navettes' })).items.map((r) => r.id)).toEqual([TRANSPORT.id]);
      expect((await anyone.searchPractices({ q: 'navette' })).resources?.items.map((r) => r.id)).toEqual([
        TRANSPORT.id,
      ]);

      // The list's first screen: summaries, and the phase facet with the council's labels.
      const label = { standard: 'Comprendre ensemble', falc: 'On cherche ensemble le problème.' };
      await editor.putPhase('diagnose', { ...DIAGNOSE, label }, { expectedVersion: 1 });
      const first = await anyone.searchPractices({ fields: 'summary' });
      expect(first.items.length).toBeGreaterThan(0);
      for (const p of first.items) {
        expect(p.title).toBeTruthy();
        expect(p.themes?.length).toBeGreaterThan(0);
        expect(p).not.toHaveProperty('context');
        expect(p).not.toHaveProperty('actions');
      }
      const facet = first.facets.phase.find((f) => f.value === 'diagnose');
      expect(facet?.label).toEqual(label);
      for (const f of first.facets.phase) expect(f.label?.standard).toBeTruthy();
      // The whole sheet by default.
      expect((await anyone.searchPractices({})).items[0]).toHaveProperty('context');
    } finally {
      await store.close();
    }
  });
});

describe('migration 8', () => {
  it('indexes the content written before it, folded like every later write', { timeout: 120_000 }, async () => {
    const db = await openPglite();
    try {
      const driver = pgliteDriver(db);
      await migrate(
        driver,
        MIGRATIONS.filter((m) => m.version < 8),
      );
      const doc = { id: 'velo', title: { standard: 'Prêt de vélos électriques', falc: 'On prête des vélos.' } };
      await driver.query(
        `INSERT INTO content_entries (organisation_id, kind, locale, id, version, position, doc, updated_at)
         VALUES ('default', 'resource', 'fr', 'velo', 1, 0, $1::text::jsonb, now())`,
        [JSON.stringify(doc)],
      );
      // 8, then any later migration.
      expect((await migrate(driver))[0]).toBe(8);
      const found = await sqlContentStore(driver).search('default', 'resource', 'fr', expandQuery('VÉLO électrique'));
      expect(found.map((r) => r.id)).toEqual(['velo']);
      expect(await sqlContentStore(driver).search('default', 'resource', 'fr', expandQuery('voiture'))).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
