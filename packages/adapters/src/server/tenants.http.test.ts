// Councils as tenants, through real HTTP on loopback: two organisations on one server (one
// PostgreSQL store, PGlite), each at `/o/{slug}/api`. Nothing of one is visible or writable
// from the other: not by its public lists, not by an id or a follow-up code, not with a token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type PgliteDatabase as PGlite } from '../postgres/pglite.driver.js';
import type { PostgresStore } from '../postgres/postgres.store.js';
import { storeInFreshSchema } from '../postgres/schema.testing.js';
import { space } from '../testing/fixtures.js';
import { testTokens } from '../testing/tokens.js';
import { createHandler } from './handler.js';
import { type Served, serve } from './serve.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const A = { id: 'o_cd93', slug: 'cd93' };
const B = { id: 'o_lyon', slug: 'lyon' };
const TOKENS = testTokens({ now: () => NOW });
const PRO = { role: 'professional', memberId: 'pro_1', spaceIds: ['groupe-rsa-nord'] } as const;

let db: PGlite;
let store: PostgresStore;
let served: Served;
/** A contribution of A, its follow-up code, and tokens of A's and B's professionals. */
let ofA: { id: string; code: string; version: number };
let tokenA: string;
let tokenB: string;
let tokenDefault: string;

/** The parts of the answers these tests read. */
interface Answer {
  items?: { id: string }[];
  total?: number;
  contribution?: { id: string; version: number };
  followUp?: { code: string };
  error?: { code: string };
}

async function call(path: string, init: { method?: string; token?: string; body?: unknown; ifMatch?: number } = {}) {
  const res = await fetch(`${served.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.ifMatch === undefined ? {} : { 'if-match': `"${init.ifMatch}"` }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return { status: res.status, json: (await res.json()) as Answer };
}

const proposal = (title: string) => ({
  spaceId: 's_nord',
  kind: 'proposal',
  title,
  body: 'Le bus du matin passe trop tard pour les rendez-vous.',
  theme: 'mobilite',
  author: { pseudonym: 'Camille' },
});

beforeAll(async () => {
  db = await openPglite();
  store = await storeInFreshSchema(db);
  for (const o of [A, B]) {
    await store.createOrganisation({
      ...o,
      name: `Conseil ${o.slug}`,
      kind: 'département',
      settings: {},
      createdAt: NOW.toISOString(),
    });
    // The same space (id and slug) in both: only the organisation tells them apart.
    const scoped = store.forOrganisation(o.id);
    await scoped.putSpace(space());
    await scoped.putMember({
      id: 'pro_1',
      spaceId: 's_nord',
      displayName: 'Professionnelle',
      role: 'professional',
      joinedOn: '2026-01-10',
      leftOn: null,
      consents: [],
    });
  }
  served = await serve(createHandler({ store, tokens: TOKENS.service, now: () => NOW, rateLimit: false }), {
    port: 0,
  });
  const created = await call(`/o/${A.slug}/api/contributions`, { method: 'POST', body: proposal('Secret de A') });
  expect(created.status).toBe(201);
  ofA = {
    id: created.json.contribution!.id,
    code: created.json.followUp!.code,
    version: created.json.contribution!.version,
  };
  tokenA = await TOKENS.sign(PRO, { organisation: A });
  tokenB = await TOKENS.sign(PRO, { organisation: B });
  tokenDefault = await TOKENS.sign(PRO);
}, 60_000);

afterAll(async () => {
  await served?.close();
  await store?.close();
  await db?.close();
});

describe('two councils on one server', () => {
  it('serves each organisation at its prefix, and answers an unknown one with a 404 JSON error', async () => {
    expect((await call(`/o/${A.slug}/api/spaces/groupe-rsa-nord`)).status).toBe(200);
    expect((await call(`/o/${B.slug}/api/spaces/groupe-rsa-nord`)).status).toBe(200);
    for (const path of [
      '/o/nowhere/api/spaces',
      '/o/Not_A_Slug/api/spaces',
      '/o/o_cd93/api/spaces',
      '/o//api/spaces',
    ]) {
      const { status, json } = await call(path);
      expect(status, path).toBe(404);
      expect(json).toMatchObject({ error: { code: 'organisationNotFound', message: expect.any(String), issues: [] } });
    }
    // `/api` is `default`'s, which has no such space.
    expect((await call('/api/spaces/groupe-rsa-nord')).json).toMatchObject({ error: { code: 'spaceNotFound' } });
  });

  it('never lists one organisation’s contributions in another’s public list', async () => {
    const inA = await call(`/o/${A.slug}/api/contributions?space=groupe-rsa-nord`);
    expect(inA.json.items!.map((c) => c.id)).toEqual([ofA.id]);
    for (const path of [
      `/o/${B.slug}/api/contributions?space=groupe-rsa-nord`,
      `/o/${B.slug}/api/contributions?space=groupe-rsa-nord&q=secret`,
      '/api/contributions',
    ]) {
      const { status, json } = await call(path);
      expect(status, path).toBe(200);
      expect(JSON.stringify(json), path).not.toContain('Secret de A');
    }
    const stats = await call(`/o/${B.slug}/api/spaces/groupe-rsa-nord/stats`);
    expect(stats.json.total).toBe(0);
  });

  it('does not find one organisation’s contribution, timeline or follow-up code under another’s prefix', async () => {
    for (const path of [
      `/o/${B.slug}/api/contributions/${ofA.id}`,
      `/o/${B.slug}/api/contributions/${ofA.id}/timeline`,
      `/api/contributions/${ofA.id}`,
    ]) {
      const { status, json } = await call(path);
      expect(status, path).toBe(404);
      expect(json).toMatchObject({ error: { code: 'contributionNotFound' } });
    }
    expect((await call(`/o/${B.slug}/api/follow-up/${ofA.code}`)).status).toBe(404);
    expect((await call(`/o/${A.slug}/api/follow-up/${ofA.code}`)).status).toBe(200);
  });

  it('refuses a staff token under another organisation’s prefix (401), reads and writes alike', async () => {
    const members = `/o/${A.slug}/api/spaces/groupe-rsa-nord/members`;
    expect((await call(members, { token: tokenA })).status).toBe(200);
    for (const [path, token] of [
      [`/o/${B.slug}/api/spaces/groupe-rsa-nord/members`, tokenA],
      [members, tokenB],
      [members, tokenDefault],
      ['/api/spaces', tokenA],
    ] as const) {
      const { status, json } = await call(path, { token });
      expect(status, path).toBe(401);
      expect(json).toMatchObject({ error: { code: 'otherOrganisationToken', issues: [] } });
    }
    // A write with A's token at B's address: refused before anything is read.
    const review = { type: 'contribution.review', data: {} };
    const write = await call(`/o/${B.slug}/api/contributions/${ofA.id}/events`, {
      method: 'POST',
      token: tokenA,
      body: review,
      ifMatch: ofA.version,
    });
    expect(write.status).toBe(401);
    // B's professional at B's address does not find A's contribution to write to.
    const other = await call(`/o/${B.slug}/api/contributions/${ofA.id}/events`, {
      method: 'POST',
      token: tokenB,
      body: review,
      ifMatch: ofA.version,
    });
    expect(other.status).toBe(404);
    expect((await store.forOrganisation(A.id).getContribution(ofA.id))?.version).toBe(ofA.version);
    // A's professional at A's address does.
    const ok = await call(`/o/${A.slug}/api/contributions/${ofA.id}/events`, {
      method: 'POST',
      token: tokenA,
      body: review,
      ifMatch: ofA.version,
    });
    expect(ok.status).toBe(200);
  });

  it('stores a contribution created at an organisation’s address in that organisation only', async () => {
    const created = await call(`/o/${B.slug}/api/contributions`, { method: 'POST', body: proposal('Idée de B') });
    expect(created.status).toBe(201);
    const id = created.json.contribution!.id;
    expect(await store.forOrganisation(B.id).getContribution(id)).not.toBeNull();
    expect(await store.forOrganisation(A.id).getContribution(id)).toBeNull();
    expect(await store.getContribution(id)).toBeNull();
  });
});
