// The resource centre as each council's data, through real HTTP on loopback, on the memory
// store, PGlite and PostgreSQL (with DATABASE_URL): a council's administrator edits a
// resource and the public pages show it; another council does not see the edit; lists are
// paged, filtered and searched, with ETags (304 on If-None-Match); a text without its FALC
// version is saved and flagged; every save is a version in the entry's history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { DATABASE_URL, pgStoreInFreshSchema } from '../postgres/pg.testing.js';
import { openPglite, type PgliteDatabase as PGlite } from '../postgres/pglite.driver.js';
import { storeInFreshSchema } from '../postgres/schema.testing.js';
import { testTokens } from '../testing/tokens.js';
import { createHandler } from './handler.js';
import { type Served, serve } from './serve.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const A = { id: 'o_cd93', slug: 'cd93' };
const B = { id: 'o_lyon', slug: 'lyon' };
const ADMIN = { role: 'professional', memberId: 'acc_editrice', spaceIds: [], admin: true } as const;
const PRO = { role: 'professional', memberId: 'pro_1', spaceIds: ['groupe-rsa-nord'] } as const;

interface Entry {
  id: string;
  version: number;
  falcMissing?: string[];
  type?: string;
  phases?: string[];
  summary?: { standard: string; falc?: string };
  steps?: { standard: string; falc?: string }[];
}
interface Answer extends Partial<Entry> {
  items?: Entry[];
  total?: number;
  nextCursor?: string | null;
  error?: { code: string; issues: { path: string; message: string }[] };
}
type Store = { close(): Promise<void>; createOrganisation: MemoryStore['createOrganisation'] };

const BACKENDS: Array<[string, () => Promise<{ store: Store; done: () => Promise<void> }>, boolean]> = [
  ['memory', async () => ({ store: new MemoryStore(), done: async () => {} }), true],
  [
    'PGlite',
    async () => {
      const db: PGlite = await openPglite();
      const store = await storeInFreshSchema(db);
      return { store, done: () => db.close() };
    },
    true,
  ],
  [
    'PostgreSQL',
    async () => ({ store: await pgStoreInFreshSchema(DATABASE_URL!), done: async () => {} }),
    Boolean(DATABASE_URL),
  ],
];

describe.each(BACKENDS)('council content over HTTP (%s)', (_name, open, available) => {
  let served: Served;
  let backend: Awaited<ReturnType<typeof open>>;
  let adminA: string;
  let adminB: string;
  let proA: string;

  async function call(
    path: string,
    init: { method?: string; token?: string; body?: unknown; ifMatch?: string; ifNoneMatch?: string } = {},
  ) {
    const res = await fetch(`${served.url}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.ifMatch === undefined ? {} : { 'if-match': init.ifMatch }),
        ...(init.ifNoneMatch === undefined ? {} : { 'if-none-match': init.ifNoneMatch }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const text = await res.text();
    return {
      status: res.status,
      etag: res.headers.get('etag'),
      cache: res.headers.get('cache-control'),
      json: (text ? JSON.parse(text) : null) as Answer,
    };
  }

  beforeAll(async () => {
    if (!available) return;
    backend = await open();
    for (const o of [A, B]) {
      await backend.store.createOrganisation({
        ...o,
        name: `Conseil ${o.slug}`,
        kind: 'département',
        settings: {},
        createdAt: NOW.toISOString(),
      });
    }
    const tokens = testTokens({ now: () => NOW });
    const store = backend.store as unknown as Parameters<typeof createHandler>[0]['store'];
    served = await serve(createHandler({ store, tokens: tokens.service, now: () => NOW, rateLimit: false }), {
      port: 0,
    });
    adminA = await tokens.sign(ADMIN, { organisation: A });
    adminB = await tokens.sign(ADMIN, { organisation: B });
    proA = await tokens.sign(PRO, { organisation: A });
  }, 60_000);

  afterAll(async () => {
    await served?.close();
    await backend?.store.close();
    await backend?.done();
  });

  it.skipIf(!available)(
    'a council edits a resource: its public page shows it, another council’s does not',
    { timeout: 60_000 },
    async () => {
      const before = await call(`/o/${A.slug}/api/resources/porte-a-porte`);
      expect(before.status).toBe(200);
      expect(before.etag).toBe('"1"');
      expect(before.json.steps?.length).toBeGreaterThan(0);
      const { id: _id, version: _v, ...resource } = before.json;

      // 401 anonymous, 403 a professional who does not administer the council, 428 without If-Match.
      const edited = {
        ...resource,
        summary: { standard: 'Aller voir les habitants chez eux, à deux, avec le bus du quartier.' },
      };
      expect(
        (await call(`/o/${A.slug}/api/resources/porte-a-porte`, { method: 'PUT', body: edited, ifMatch: '"1"' }))
          .status,
      ).toBe(401);
      const pro = await call(`/o/${A.slug}/api/resources/porte-a-porte`, {
        method: 'PUT',
        token: proA,
        body: edited,
        ifMatch: '"1"',
      });
      expect(pro.status).toBe(403);
      const bare = await call(`/o/${A.slug}/api/resources/porte-a-porte`, {
        method: 'PUT',
        token: adminA,
        body: edited,
      });
      expect(bare.status).toBe(428);
      expect(bare.json.error?.code).toBe('preconditionRequired');

      // Saved without its FALC text: accepted, and flagged.
      const saved = await call(`/o/${A.slug}/api/resources/porte-a-porte`, {
        method: 'PUT',
        token: adminA,
        body: edited,
        ifMatch: '"1"',
      });
      expect(saved.status).toBe(200);
      expect(saved.etag).toBe('"2"');
      expect(saved.json).toMatchObject({ id: 'porte-a-porte', version: 2, falcMissing: ['summary'] });
      expect(saved.json.summary).toEqual({ standard: edited.summary.standard });

      // A second editor who read version 1 is told, and nothing is written.
      const late = await call(`/o/${A.slug}/api/resources/porte-a-porte`, {
        method: 'PUT',
        token: adminA,
        body: { ...resource, duration: '1 journée' },
        ifMatch: '"1"',
      });
      expect(late.status).toBe(409);
      expect(late.etag).toBe('"2"');
      expect(late.json.error?.code).toBe('contentConflict');

      // The public page (list and entry) shows the edit, flagged.
      const page = await call(`/o/${A.slug}/api/resources?q=bus%20quartier`);
      expect(page.json.items?.map((r) => [r.id, r.falcMissing])).toEqual([['porte-a-porte', ['summary']]]);
      expect((await call(`/o/${A.slug}/api/resources/porte-a-porte`)).json.summary?.standard).toBe(
        edited.summary.standard,
      );

      // Another council, and `default`, still have the pack's text.
      for (const base of [`/o/${B.slug}/api`, '/api']) {
        const other = await call(`${base}/resources/porte-a-porte`);
        expect(other.json.version, base).toBe(1);
        expect(other.json.summary?.standard, base).toBe(resource.summary?.standard);
        expect((await call(`${base}/resources?q=bus%20quartier`)).json.total, base).toBe(0);
      }
      // B's administrator cannot reach A's entry: their token is refused at A's address.
      const cross = await call(`/o/${A.slug}/api/resources/porte-a-porte`, {
        method: 'PUT',
        token: adminB,
        body: edited,
        ifMatch: '"2"',
      });
      expect(cross.status).toBeGreaterThanOrEqual(401);
      expect(cross.status).toBeLessThanOrEqual(403);

      // Who, when, what changed.
      const history = await call(`/o/${A.slug}/api/content/resource/porte-a-porte/history`, { token: adminA });
      expect(history.status).toBe(200);
      expect(history.json).toMatchObject([
        { version: 2, at: NOW.toISOString(), actor: { id: 'acc_editrice', role: 'admin' }, changes: ['summary'] },
        { version: 1, actor: { id: null, role: 'seed' }, changes: [] },
      ]);
      expect((await call(`/o/${A.slug}/api/content/resource/porte-a-porte/history`)).status).toBe(401);
    },
  );

  it.skipIf(!available)('pages, filters and searches, with an ETag and 304 on If-None-Match', async () => {
    const first = await call(`/o/${B.slug}/api/resources?limit=5`);
    expect(first.status).toBe(200);
    expect(first.cache).toBe('no-cache');
    expect(first.json.items).toHaveLength(5);
    expect(first.json.nextCursor).toBe('5');
    const total = first.json.total!;
    expect(total).toBeGreaterThan(20);
    const again = await call(`/o/${B.slug}/api/resources?limit=5`, { ifNoneMatch: first.etag! });
    expect(again.status).toBe(304);
    expect(again.etag).toBe(first.etag);
    const entry = await call(`/o/${B.slug}/api/resources/porte-a-porte`);
    expect((await call(`/o/${B.slug}/api/resources/porte-a-porte`, { ifNoneMatch: entry.etag! })).status).toBe(304);

    const next = await call(`/o/${B.slug}/api/resources?limit=5&cursor=5`);
    expect(next.json.items?.[0]?.id).not.toBe(first.json.items?.[0]?.id);
    const tools = await call(`/o/${B.slug}/api/resources?kind=tool&phase=evaluate&limit=100`);
    expect(tools.json.items!.length).toBeGreaterThan(0);
    for (const r of tools.json.items!) {
      expect(r.type).toBe('tool');
      expect(r.phases).toContain('evaluate');
    }
    // Accents and case do not matter.
    const accented = await call(`/o/${B.slug}/api/resources?q=PORTE-%C3%80-PORTE`);
    expect(accented.json.items?.map((r) => r.id)).toContain('porte-a-porte');
    expect((await call(`/o/${B.slug}/api/phases?locale=en`)).json.total).toBe(7);
    expect((await call(`/o/${B.slug}/api/guide?phase=diagnose`)).json.items!.length).toBeGreaterThan(0);
    expect((await call(`/o/${B.slug}/api/glossary?limit=100`)).json.total).toBeGreaterThan(10);
    expect((await call(`/o/${B.slug}/api/resources?cursor=abc`)).status).toBe(400);
  });

  it.skipIf(!available)('refuses a wrong entry with each field’s path, and adds new entries last', async () => {
    const wrong = await call(`/o/${B.slug}/api/resources/nouvelle-fiche`, {
      method: 'PUT',
      token: adminB,
      ifMatch: '"0"',
      body: { type: 'recipe', title: { standard: '' }, summary: {}, steps: [{ falc: 'x' }], phases: [], tags: [] },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.json.error?.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        'type',
        'title.standard',
        'summary.standard',
        'whenToUse',
        'steps.0.standard',
        'phases',
        'duration',
      ]),
    );
    const mismatched = await call(`/o/${B.slug}/api/glossary/ccas`, {
      method: 'PUT',
      token: adminB,
      ifMatch: '"0"',
      body: { id: 'autre', term: 'CCAS', definition: { standard: 'Centre communal d’action sociale.' } },
    });
    expect(mismatched.status).toBe(422);
    expect(mismatched.json.error?.issues[0]?.path).toBe('id');

    const created = await call(`/o/${B.slug}/api/resources/cafe-des-parents`, {
      method: 'PUT',
      token: adminB,
      ifMatch: '"0"',
      body: {
        type: 'method',
        title: { standard: 'Café des parents', falc: 'Un café entre parents' },
        summary: {
          standard: 'Un moment convivial pour parler de l’école.',
          falc: 'On boit un café. On parle de l’école.',
        },
        whenToUse: { standard: 'Au début de l’année scolaire.', falc: '' },
        steps: [
          { standard: 'Réserver une salle.', falc: 'Trouver une salle.' },
          { standard: 'Prévenir les familles.' },
        ],
        phases: ['mobilise'],
        duration: '2 heures',
        tags: ['parents'],
      },
    });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ version: 1, falcMissing: ['whenToUse', 'steps.1'] });
    const again = await call(`/o/${B.slug}/api/resources/cafe-des-parents`, {
      method: 'PUT',
      token: adminB,
      ifMatch: '"0"',
      body: { ...created.json, id: undefined },
    });
    expect(again.status).toBe(409);
    const all = await call(`/o/${B.slug}/api/resources?limit=100`);
    expect(all.json.items?.at(-1)?.id).toBe('cafe-des-parents');
    // The seven phases are the cycle's: edited, never added.
    const phase = await call(`/o/${B.slug}/api/phases/nouvelle`, {
      method: 'PUT',
      token: adminB,
      ifMatch: '"0"',
      body: {},
    });
    expect(phase.status).toBe(422);
  });
});
