// A council (or one of its spaces) loads its own self-diagnostic questionnaire through the
// API, over real HTTP, on the memory store, PGlite and PostgreSQL (with DATABASE_URL): the
// engine's errors come back with their paths and reasons; once saved, the space's members
// answer it (and the built-in one's questions are refused); another council keeps the built-in one.
import { getDefaultQuestionnaire } from '@participe/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { DATABASE_URL, pgStoreInFreshSchema } from '../postgres/pg.testing.js';
import { openPglite } from '../postgres/pglite.driver.js';
import { storeInFreshSchema } from '../postgres/schema.testing.js';
import { space } from '../testing/fixtures.js';
import { testTokens } from '../testing/tokens.js';
import { createHandler } from './handler.js';
import { type Served, serve } from './serve.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const A = { id: 'o_cd93', slug: 'cd93' };
const B = { id: 'o_lyon', slug: 'lyon' };
const ADMIN = { role: 'professional', memberId: 'acc_integration', spaceIds: [], admin: true } as const;
const MEMBER = { role: 'concerned', memberId: 'm_c', spaceIds: ['groupe-rsa-nord'] } as const;

/** The built-in questionnaire under another id, its first question renamed everywhere it is named. */
const ours = () =>
  JSON.parse(
    JSON.stringify({ ...getDefaultQuestionnaire('fr'), id: 'diagnostic-cd93' }).replaceAll(
      '"electedSupport"',
      '"soutienDesElus"',
    ),
  ) as Record<string, unknown> & { sections: { title: unknown; questions: { id: string }[] }[] };

type Store = MemoryStore;
const BACKENDS: Array<[string, () => Promise<{ store: Store; done: () => Promise<void> }>, boolean]> = [
  ['memory', async () => ({ store: new MemoryStore(), done: async () => {} }), true],
  [
    'PGlite',
    async () => {
      const db = await openPglite();
      return { store: (await storeInFreshSchema(db)) as unknown as Store, done: () => db.close() };
    },
    true,
  ],
  [
    'PostgreSQL',
    async () => ({ store: (await pgStoreInFreshSchema(DATABASE_URL!)) as unknown as Store, done: async () => {} }),
    Boolean(DATABASE_URL),
  ],
];

describe.each(BACKENDS)('questionnaires loaded through the API (%s)', (_name, open, available) => {
  let served: Served;
  let backend: Awaited<ReturnType<typeof open>>;
  let admin: string;
  let member: string;
  let memberB: string;

  async function call(path: string, init: { method?: string; token?: string; body?: unknown; ifMatch?: string } = {}) {
    const res = await fetch(`${served.url}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.ifMatch === undefined ? {} : { 'if-match': init.ifMatch }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    return {
      status: res.status,
      etag: res.headers.get('etag'),
      // biome-ignore lint/suspicious/noExplicitAny: the parts each test reads
      json: (await res.json()) as any,
    };
  }

  beforeAll(async () => {
    if (!available) return;
    backend = await open();
    for (const o of [A, B]) {
      await backend.store.createOrganisation({
        ...o,
        name: o.slug,
        kind: 'département',
        settings: {},
        createdAt: NOW.toISOString(),
      });
      const scoped = backend.store.forOrganisation(o.id);
      await scoped.putSpace(space());
      await scoped.putMember({
        id: 'm_c',
        spaceId: 's_nord',
        displayName: 'Camille',
        role: 'concerned',
        joinedOn: '2026-01-10',
        leftOn: null,
        consents: [],
      });
    }
    const tokens = testTokens({ now: () => NOW });
    served = await serve(
      createHandler({ store: backend.store, tokens: tokens.service, now: () => NOW, rateLimit: false }),
      {
        port: 0,
      },
    );
    admin = await tokens.sign(ADMIN, { organisation: A });
    member = await tokens.sign(MEMBER, { organisation: A });
    memberB = await tokens.sign(MEMBER, { organisation: B });
  }, 60_000);

  afterAll(async () => {
    await served?.close();
    await backend?.store.close();
    await backend?.done();
  });

  it.skipIf(!available)(
    'refuses a wrong questionnaire with each error’s path and reason',
    { timeout: 60_000 },
    async () => {
      const url = `/o/${A.slug}/api/spaces/groupe-rsa-nord/diagnostics/questionnaire`;
      const shape = ours();
      shape.sections[1]!.title = 5;
      const bad = await call(url, { method: 'PUT', token: admin, body: shape, ifMatch: '"0"' });
      expect(bad.status).toBe(422);
      expect(bad.json.error.issues[0]).toMatchObject({
        path: 'sections.1.title',
        message: expect.stringMatching(/^schema: /),
      });

      const twice = ours();
      twice.sections[0]!.questions[1]!.id = 'soutienDesElus';
      const dup = await call(url, { method: 'PUT', token: admin, body: twice, ifMatch: '"0"' });
      expect(dup.status).toBe(422);
      expect(dup.json.error.issues).toContainEqual({
        path: 'sections.0.questions.1.id',
        message: expect.stringMatching(/^duplicate_id: .*soutienDesElus/),
      });
      expect((await call(url, { method: 'PUT', token: admin, body: ours() })).status).toBe(428);
      expect((await call(url, { method: 'PUT', token: member, body: ours(), ifMatch: '"0"' })).status).toBe(403);
      expect((await call(url)).json).toMatchObject({ source: 'builtin', version: 0 });
    },
  );

  it.skipIf(!available)(
    'the space answers its own questionnaire once saved; another council keeps the built-in one',
    async () => {
      const url = `/o/${A.slug}/api/spaces/groupe-rsa-nord/diagnostics/questionnaire`;
      const saved = await call(url, { method: 'PUT', token: admin, body: ours(), ifMatch: '"0"' });
      expect(saved.status).toBe(200);
      expect(saved.etag).toBe('"1"');
      expect(saved.json).toMatchObject({ source: 'space', version: 1, questionnaire: { id: 'diagnostic-cd93' } });
      expect((await call(url, { method: 'PUT', token: admin, body: ours(), ifMatch: '"0"' })).status).toBe(409);
      expect((await call(url)).json).toMatchObject({
        source: 'space',
        version: 1,
        questionnaire: { id: 'diagnostic-cd93' },
      });

      const answers = `/o/${A.slug}/api/spaces/groupe-rsa-nord/diagnostics`;
      expect(
        (await call(answers, { method: 'POST', token: member, body: { answers: { soutienDesElus: 3 } } })).status,
      ).toBe(201);
      const old = await call(answers, { method: 'POST', token: member, body: { answers: { electedSupport: 3 } } });
      expect(old.status).toBe(422);
      expect(old.json.error.issues[0].path).toBe('answers.electedSupport');
      expect((await call(answers, { token: member })).status).toBe(200);

      // The council's own, for its other spaces; B still has the built-in one.
      const council = await call(`/o/${A.slug}/api/diagnostics/questionnaire`, {
        method: 'PUT',
        token: admin,
        body: { ...ours(), id: 'diagnostic-departement' },
        ifMatch: '"0"',
      });
      expect(council.json).toMatchObject({ source: 'council', version: 1 });
      expect((await call(`/o/${A.slug}/api/diagnostics/questionnaire`)).json.id).toBe('diagnostic-departement');
      expect((await call(url)).json.questionnaire.id).toBe('diagnostic-cd93');
      expect((await call(`/o/${B.slug}/api/spaces/groupe-rsa-nord/diagnostics/questionnaire`)).json.source).toBe(
        'builtin',
      );
      expect(
        (
          await call(`/o/${B.slug}/api/spaces/groupe-rsa-nord/diagnostics`, {
            method: 'POST',
            token: memberB,
            body: { answers: { soutienDesElus: 3 } },
          })
        ).status,
      ).toBe(422);
    },
  );
});
