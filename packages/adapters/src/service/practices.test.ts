// Practice sheets written by groups (issue 17 §2), on every store: a group drafts, submits
// and gets a sheet published; a returned sheet carries its reason to its authors; French
// search with accents folded and the domain's synonyms; facets; related sheets; a sheet
// shared with every council, and one that is not.
import type { OrganisationStore, ParticipeStore } from '@participe/core';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { DATABASE_URL, pgStoreInFreshSchema } from '../postgres/pg.testing.js';
import { openPglite, type PgliteDatabase } from '../postgres/pglite.driver.js';
import { storeInFreshSchema } from '../postgres/schema.testing.js';
import { space } from '../testing/fixtures.js';
import { practiceContent } from '../testing/practice.fixtures.js';
import type { Caller } from './api.js';
import { ParticipeApiError } from './errors.js';
import { createParticipeService } from './service.js';

type Store = ParticipeStore & OrganisationStore;
let pglite: PgliteDatabase | undefined;
afterAll(async () => {
  await pglite?.close();
});

const STORES: Array<[string, () => Promise<Store>]> = [
  ['memory', async () => new MemoryStore()],
  [
    'PGlite',
    async () => {
      pglite ??= await openPglite();
      return storeInFreshSchema(pglite);
    },
  ],
  ...(DATABASE_URL
    ? [['PostgreSQL', () => pgStoreInFreshSchema(DATABASE_URL as string)] as [string, () => Promise<Store>]]
    : []),
];

const NOW = new Date('2026-03-02T09:00:00.000Z');
const member = (role: 'facilitator' | 'concerned', memberId: string): Caller => ({
  role,
  memberId,
  spaceIds: ['groupe-rsa-nord'],
});
const EDITOR: Caller = { role: 'professional', memberId: 'acc_editor', spaceIds: [], admin: true };

async function setUp(store: Store) {
  await store.putSpace(space());
  const service = createParticipeService({ store, now: () => NOW });
  return {
    service,
    fac: service.as(member('facilitator', 'fac_1')),
    concerned: service.as(member('concerned', 'm_1')),
    editor: service.as(EDITOR),
    anyone: service.as(null),
  };
}

/** What an error says: its status, code and the paths of its issues. */
async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (e instanceof ParticipeApiError) return { status: e.status, code: e.code, paths: e.issues.map((i) => i.path) };
    throw e;
  }
  throw new Error('expected a refusal');
}

describe.each(STORES)('practice sheets (%s)', (_name, open) => {
  it('a group drafts, submits and gets its sheet published; every step is a version', { timeout: 60_000 }, async () => {
    const store = await open();
    try {
      const { fac, concerned, editor, anyone } = await setUp(store);
      const draft = await fac.createPractice('groupe-rsa-nord', { title: 'Un minibus pour les réunions du soir' });
      expect(draft).toMatchObject({ status: 'draft', version: 1, shared: false, spaceId: 's_nord', review: null });
      expect(await refusal(anyone.getPractice(draft.id))).toMatchObject({ status: 404 });

      // Incomplete: the refusal names each missing field.
      const incomplete = await refusal(
        concerned.sendPracticeCommand(draft.id, { type: 'practice.submit' }, { expectedVersion: 1 }),
      );
      expect(incomplete.status).toBe(422);
      expect(incomplete.paths).toEqual(
        expect.arrayContaining(['content.themes', 'content.contactRole', 'content.phases']),
      );

      // Without If-Match, and from a stale version.
      expect(await refusal(concerned.updatePractice(draft.id, practiceContent()))).toMatchObject({ status: 428 });
      const written = await concerned.updatePractice(draft.id, practiceContent(), { expectedVersion: 1 });
      expect(written.version).toBe(2);
      expect(await refusal(fac.updatePractice(draft.id, practiceContent(), { expectedVersion: 1 }))).toMatchObject({
        status: 409,
        code: 'practiceConflict',
      });

      // A member cannot publish; a draft cannot be published before it is submitted.
      expect(
        await refusal(fac.sendPracticeCommand(draft.id, { type: 'practice.publish' }, { expectedVersion: 2 })),
      ).toMatchObject({
        status: 403,
        code: 'editorOnly',
      });
      expect(
        await refusal(editor.sendPracticeCommand(draft.id, { type: 'practice.publish' }, { expectedVersion: 2 })),
      ).toMatchObject({
        status: 409,
        code: 'practiceRefused',
      });
      const submitted = await concerned.sendPracticeCommand(
        draft.id,
        { type: 'practice.submit' },
        { expectedVersion: 2 },
      );
      expect(submitted.status).toBe('submitted');
      expect((await editor.listPracticeQueue()).map((p) => p.id)).toEqual([draft.id]);
      expect((await anyone.listPractices()).some((p) => p.id === draft.id)).toBe(false);

      const published = await editor.sendPracticeCommand(
        draft.id,
        { type: 'practice.publish' },
        { expectedVersion: 3 },
      );
      expect(published).toMatchObject({
        status: 'published',
        version: 4,
        year: 2024,
        review: { decision: 'published' },
      });
      const seen = await anyone.getPractice(draft.id);
      expect(seen).toMatchObject({
        title: practiceContent().title,
        contactRole: 'Animatrice du groupe, service insertion',
      });
      expect((await anyone.listPractices()).map((p) => p.id)).toContain(draft.id);
      // The built-in sheets are there too, published, in both languages.
      expect((await anyone.listPractices()).length).toBeGreaterThanOrEqual(13);
      expect((await anyone.listPractices({ locale: 'en' })).length).toBeGreaterThanOrEqual(12);

      const versions = await concerned.listPracticeVersions(draft.id);
      expect(versions.map((v) => [v.version, v.action, v.actor.role])).toEqual([
        [1, 'create', 'facilitator'],
        [2, 'update', 'concerned'],
        [3, 'submit', 'concerned'],
        [4, 'publish', 'editor'],
      ]);
      expect(versions[1]!.actor.id).toBe('m_1');
    } finally {
      await store.close();
    }
  });

  it('returned with a reason: its authors read it on the sheet, and submit again', { timeout: 60_000 }, async () => {
    const store = await open();
    try {
      const { fac, concerned, editor, anyone } = await setUp(store);
      const draft = await fac.createPractice('groupe-rsa-nord', practiceContent());
      await fac.sendPracticeCommand(draft.id, { type: 'practice.submit' }, { expectedVersion: 1 });
      expect(
        await refusal(
          editor.sendPracticeCommand(draft.id, { type: 'practice.return', reason: ' ' } as never, {
            expectedVersion: 2,
          }),
        ),
      ).toMatchObject({
        status: 422,
        paths: ['reason'],
      });
      const reason = 'Ajoutez ce qu’en disent les partenaires.';
      await editor.sendPracticeCommand(draft.id, { type: 'practice.return', reason }, { expectedVersion: 2 });

      // The authors are told on the sheet they read: in their group's list and on the sheet.
      const [mine] = await concerned.listSpacePractices('groupe-rsa-nord');
      expect(mine).toMatchObject({ id: draft.id, status: 'returned', review: { decision: 'returned', reason } });
      expect((await fac.getPractice(draft.id)).review?.reason).toBe(reason);
      expect(await refusal(anyone.getPractice(draft.id))).toMatchObject({ status: 404 });

      const fixed = await concerned.updatePractice(
        draft.id,
        practiceContent({
          transformations: {
            ...practiceContent().transformations,
            partners: ['Le centre social prête son minibus le samedi'],
          },
        }),
        { expectedVersion: 3 },
      );
      const again = await concerned.sendPracticeCommand(
        draft.id,
        { type: 'practice.submit' },
        { expectedVersion: fixed.version },
      );
      expect(again.status).toBe('submitted');
    } finally {
      await store.close();
    }
  });

  it('French search: "mobilité" finds "mobilite" and "transports"; facets count the sheets found; related sheets', {
    timeout: 60_000,
  }, async () => {
    const store = await open();
    try {
      const { fac, editor, anyone } = await setUp(store);
      const publish = async (content: ReturnType<typeof practiceContent>) => {
        const d = await fac.createPractice('groupe-rsa-nord', content);
        await fac.sendPracticeCommand(d.id, { type: 'practice.submit' }, { expectedVersion: 1 });
        await editor.sendPracticeCommand(d.id, { type: 'practice.publish' }, { expectedVersion: 2 });
        return d.id;
      };
      const unaccented = await publish(practiceContent({ title: 'La mobilite des membres le soir' }));
      const synonym = await publish(
        practiceContent({
          title: 'Des bons de transports pour venir aux permanences',
          themes: ['accès aux droits'],
          public: ['familles'],
          sharedDiagnostic: 'Sans bus après 18 heures, personne ne peut venir aux permanences.',
          phases: ['diagnose'],
        }),
      );
      const unrelated = await publish(
        practiceContent({
          title: 'Un jardin partagé au pied des immeubles',
          themes: ['cadre de vie'],
          public: ['habitants'],
          context: 'Une friche au milieu du quartier.',
          sharedDiagnostic: 'Les habitants ne se croisaient plus.',
          objectives: ['Se retrouver dehors'],
          actions: ['Des bacs de culture'],
          phases: ['share'],
          transformations: { residents: ['Des voisins qui se parlent'], professionals: [], elected: [], partners: [] },
          evaluation: 'Trente familles jardinent.',
          keysOfSuccess: [],
          vigilance: [],
          perspectives: '',
          testimonies: [],
        }),
      );
      const found = await anyone.searchPractices({ q: 'mobilité' });
      const ids = found.items.map((p) => p.id);
      expect(ids).toEqual(expect.arrayContaining([unaccented, synonym]));
      expect(ids).not.toContain(unrelated);
      expect(found.terms[0]).toEqual(expect.arrayContaining(['mobilite', 'transport']));
      expect((await anyone.searchPractices({ q: 'MOBILITES' })).items.map((p) => p.id)).toContain(unaccented);

      // Facets count the sheets found (the built-in ones that match included).
      const facets = found.facets;
      const count = (list: typeof facets.theme, value: string) => list.find((f) => f.value === value)?.count ?? 0;
      expect(count(facets.theme, 'accès aux droits')).toBe(
        found.items.filter((p) => p.themes?.includes('accès aux droits')).length,
      );
      expect(count(facets.public, 'familles')).toBeGreaterThanOrEqual(1);
      expect(facets.phase.reduce((n, f) => Math.max(n, f.count), 0)).toBeLessThanOrEqual(found.total);
      const filtered = await anyone.searchPractices({ q: 'mobilité', public: 'familles' });
      expect(filtered.items.map((p) => p.id)).toContain(synonym);
      expect(filtered.items.map((p) => p.id)).not.toContain(unaccented);
      expect(count(filtered.facets.public, 'familles')).toBe(filtered.total);

      // "Vous aimerez aussi": the sheet sharing themes, phases and words comes before the others.
      const second = await publish(practiceContent({ title: 'Un minibus le samedi pour les courses' }));
      const related = await anyone.listRelatedPractices(unaccented);
      expect(related[0]!.id).toBe(second);
      expect(related.map((p) => p.id)).not.toContain(unaccented);
      expect(related.map((p) => p.id)).not.toContain(unrelated);
    } finally {
      await store.close();
    }
  });

  it('another council sees a shared sheet, marked with its origin, and not an unshared one', {
    timeout: 60_000,
  }, async () => {
    const store = await open();
    try {
      const { service, fac, editor } = await setUp(store);
      await store.createOrganisation({
        id: 'o_lyon',
        slug: 'lyon',
        name: 'Métropole de Lyon',
        kind: 'métropole',
        settings: {},
        createdAt: NOW.toISOString(),
      });
      const publish = async (title: string) => {
        const d = await fac.createPractice('groupe-rsa-nord', practiceContent({ title }));
        await fac.sendPracticeCommand(d.id, { type: 'practice.submit' }, { expectedVersion: 1 });
        return editor.sendPracticeCommand(d.id, { type: 'practice.publish' }, { expectedVersion: 2 });
      };
      const builtin = (await editor.listPractices()).find((p) => p.spaceId === null)!;
      expect(
        await refusal(
          editor.sendPracticeCommand(builtin.id, { type: 'practice.share', shared: true }, { expectedVersion: 1 }),
        ),
      ).toMatchObject({ status: 409, code: 'practiceRefused' });
      const shared = await publish('Un minibus partagé entre les communes');
      const kept = await publish('Un minibus gardé pour nous');
      await editor.sendPracticeCommand(shared.id, { type: 'practice.share', shared: true }, { expectedVersion: 3 });
      const lyon = service.context(null, 'fr', 'o_lyon');
      const read = async <T>(
        id: Parameters<typeof service.run>[1],
        input: { params?: Record<string, string>; query?: Record<string, unknown> },
      ) =>
        (await service.run(lyon, id, { params: input.params ?? {}, query: input.query ?? {}, body: undefined }))
          .body as T;

      const list = await read<Array<{ id: string; origin: { organisation: string; name: string } }>>(
        'listPractices',
        {},
      );
      const other = list.filter((p) => p.origin.organisation !== 'o_lyon');
      expect(other.map((p) => p.id)).toEqual([shared.id]);
      expect(other[0]!.origin).toEqual({ organisation: 'default', name: 'Organisation par défaut' });
      expect(await refusal(read('getPractice', { params: { id: kept.id } }))).toMatchObject({ status: 404 });
      expect(await read('getPractice', { params: { id: shared.id } })).toMatchObject({ id: shared.id, shared: true });
      const search = await read<{ items: Array<{ id: string }> }>('searchPractices', {
        query: { q: 'minibus partagé' },
      });
      expect(search.items.map((p) => p.id)).toEqual([shared.id]);
      // Lyon's own built-in sheets are its own, seeded for it.
      expect(list.filter((p) => p.origin.organisation === 'o_lyon').length).toBe(12);

      // Unshared, it leaves the other council's list.
      await editor.sendPracticeCommand(shared.id, { type: 'practice.share', shared: false }, { expectedVersion: 4 });
      const after = await read<Array<{ origin: { organisation: string } }>>('listPractices', {});
      expect(after.filter((p) => p.origin.organisation !== 'o_lyon')).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
