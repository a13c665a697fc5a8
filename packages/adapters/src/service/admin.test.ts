// The administration through the HTTP handler: only the council's administrators act; every
// change is in the audit log with before and after; versioned changes need If-Match; bad
// input is a 4xx naming each field, never a 500.
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { createHandler } from '../server/handler.js';
import { space } from '../testing/fixtures.js';
import type { Identity } from './api.js';

// biome-ignore lint/suspicious/noExplicitAny: answers are read as loose JSON in these checks
type Json = any;

const NOW = new Date('2026-03-02T09:00:00.000Z');
const ADMIN: Identity = { role: 'professional', memberId: 'acc_admin', spaceIds: [], admin: true };
const PRO: Identity = { role: 'professional', memberId: 'pro_1', spaceIds: ['groupe-rsa-nord'] };

async function setup() {
  const store = new MemoryStore();
  await store.putSpace(space());
  let caller: Identity | null = ADMIN;
  const handle = createHandler({ store, now: () => NOW, rateLimit: false, authenticate: () => caller });
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await handle(
      new Request(`http://api.test${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
    return { status: res.status, etag: res.headers.get('etag'), body: (await res.json()) as Json };
  };
  return { store, call, as: (c: Identity | null) => (caller = c) };
}

const NEW_SPACE = {
  slug: 'groupe-rsa-sud',
  name: 'Groupe ressource RSA du secteur Sud',
  policyArea: 'Insertion',
  territory: 'Secteur Sud',
};

describe('administration', () => {
  it('creates a space with the council’s default answer delay, lists it, and records it', async () => {
    const { call } = await setup();
    const settings = await call(
      'POST',
      '/api/admin/settings',
      { name: 'Département', answerWithinDays: 45 },
      { 'if-match': '"0"' },
    );
    expect(settings.status).toBe(200);
    expect(settings.body).toEqual({ name: 'Département', answerWithinDays: 45, version: 1 });
    const created = await call('POST', '/api/admin/spaces', NEW_SPACE);
    expect(created.status).toBe(201);
    expect(created.etag).toBe('"1"');
    expect(created.body).toMatchObject({ ...NEW_SPACE, answerWithinDays: 45, premoderation: false, version: 1 });
    expect((await call('GET', '/api/spaces/groupe-rsa-sud')).status).toBe(200);
    const audit = await call('GET', '/api/admin/audit');
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['space.create', 'settings.update']);
    expect(audit.body.items[0]).toMatchObject({ actor: { id: 'acc_admin', role: 'admin' }, before: null });
  });

  it('refuses a taken slug (409) and names each bad field (422)', async () => {
    const { call } = await setup();
    expect((await call('POST', '/api/admin/spaces', { ...NEW_SPACE, slug: 'groupe-rsa-nord' })).body.error.code).toBe(
      'slugTaken',
    );
    const bad = await call('POST', '/api/admin/spaces', {
      ...NEW_SPACE,
      slug: 'Pas un slug',
      answerWithinDays: 0,
      extra: 1,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(
      ['', 'answerWithinDays', 'slug'].sort(),
    );
  });

  it('updates with If-Match: 428 without, 409 from an old version, the audit has before and after', async () => {
    const { call } = await setup();
    expect((await call('POST', '/api/admin/spaces/groupe-rsa-nord', { premoderation: true })).status).toBe(428);
    const ok = await call(
      'POST',
      '/api/admin/spaces/groupe-rsa-nord',
      { premoderation: true, answerWithinDays: 30 },
      { 'if-match': '"1"' },
    );
    expect(ok.status).toBe(200);
    expect(ok.etag).toBe('"2"');
    expect(ok.body).toMatchObject({ premoderation: true, answerWithinDays: 30, version: 2 });
    const stale = await call('POST', '/api/admin/spaces/groupe-rsa-nord', { name: 'Autre nom' }, { 'if-match': '"1"' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('spaceConflict');
    const [entry] = (await call('GET', '/api/admin/audit?limit=1')).body.items;
    expect(entry).toMatchObject({
      action: 'space.update',
      target: { type: 'space', id: 's_nord', version: 2 },
      before: { premoderation: false, answerWithinDays: 60 },
      after: { premoderation: true, answerWithinDays: 30 },
    });
  });

  it('archives a space: out of the public list, in the administrators’, closed to contributions', async () => {
    const { call } = await setup();
    const archived = await call(
      'POST',
      '/api/admin/spaces/groupe-rsa-nord/archive',
      { archived: true },
      { 'if-match': '"1"' },
    );
    expect(archived.body.archivedOn).toBe('2026-03-02');
    expect((await call('GET', '/api/spaces')).body).toEqual([]);
    expect((await call('GET', '/api/admin/spaces')).body.map((s: { slug: string }) => s.slug)).toEqual([
      'groupe-rsa-nord',
    ]);
    const refused = await call('POST', '/api/contributions', {
      spaceId: 'groupe-rsa-nord',
      kind: 'question',
      title: 'Une question',
      body: 'Le texte de la question.',
      theme: 'mobilite',
      author: { pseudonym: 'Sam' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.issues[0].path).toBe('spaceId');
    const restored = await call(
      'POST',
      '/api/admin/spaces/groupe-rsa-nord/archive',
      { archived: false },
      { 'if-match': '"2"' },
    );
    expect(restored.body).toMatchObject({ archivedOn: null, version: 3 });
  });

  it('invites staff by e-mail, lists and revokes them; unknown spaces are named by position', async () => {
    const { call } = await setup();
    const unknown = await call('POST', '/api/admin/staff', {
      email: 'a@b.example',
      role: 'professional',
      spaceIds: ['groupe-rsa-nord', 'nulle-part'],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['spaceIds.1']);
    const invited = await call('POST', '/api/admin/staff', {
      email: 'Camille.Martin@Departement.example',
      role: 'facilitator',
      spaceIds: ['groupe-rsa-nord'],
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({
      email: 'camille.martin@departement.example',
      status: 'invited',
      admin: false,
    });
    expect(invited.body).not.toHaveProperty('providerSubject');
    expect((await call('GET', '/api/admin/staff')).body).toHaveLength(1);
    const revoked = await call('POST', `/api/admin/staff/${invited.body.id}/revoke`, {});
    expect(revoked.body.status).toBe('removed');
    expect((await call('POST', '/api/admin/staff/acc_nobody/revoke', {})).status).toBe(404);
    const actions = (await call('GET', '/api/admin/audit')).body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['staff.revoke', 'staff.invite']);
  });

  it('keeps each council’s staff apart: invited at /o/{slug}/api, unknown at /api', async () => {
    const { store, call } = await setup();
    await store.createOrganisation({
      id: 'o_cd93',
      slug: 'cd93',
      name: 'CD93',
      kind: 'département',
      settings: {},
      createdAt: NOW.toISOString(),
    });
    await store.forOrganisation('o_cd93').putSpace(space());
    const invited = await call('POST', '/o/cd93/api/admin/staff', {
      email: 'camille@cd93.example',
      role: 'professional',
      spaceIds: ['groupe-rsa-nord'],
    });
    expect(invited.status).toBe(201);
    expect((await call('GET', '/o/cd93/api/admin/staff')).body).toHaveLength(1);
    expect((await call('GET', '/api/admin/staff')).body).toEqual([]);
    expect((await call('POST', `/api/admin/staff/${invited.body.id}/revoke`, {})).status).toBe(404);
  });

  it('gives a new space the organisation’s answer delay (participe org settings) until the back office sets one', async () => {
    const { store, call } = await setup();
    await store.createOrganisation({
      id: 'o_cd93',
      slug: 'cd93',
      name: 'CD93',
      kind: 'département',
      settings: { answerWithinDays: 21 },
      createdAt: NOW.toISOString(),
    });
    const first = await call('POST', '/o/cd93/api/admin/spaces', NEW_SPACE);
    expect(first.body).toMatchObject({ answerWithinDays: 21 });
    await call('POST', '/o/cd93/api/admin/settings', { answerWithinDays: 30 }, { 'if-match': '"0"' });
    const second = await call('POST', '/o/cd93/api/admin/spaces', { ...NEW_SPACE, slug: 'groupe-rsa-est' });
    expect(second.body).toMatchObject({ answerWithinDays: 30 });
  });

  it('is for administrators only: 401 anonymous, 403 a space’s professional, whatever the operation', async () => {
    const { call, as } = await setup();
    const routes: Array<[string, string, unknown?, Record<string, string>?]> = [
      ['GET', '/api/admin/spaces'],
      ['POST', '/api/admin/spaces', NEW_SPACE],
      ['POST', '/api/admin/spaces/groupe-rsa-nord', { name: 'X y' }, { 'if-match': '"1"' }],
      ['POST', '/api/admin/spaces/groupe-rsa-nord/archive', { archived: true }, { 'if-match': '"1"' }],
      ['GET', '/api/admin/staff'],
      ['POST', '/api/admin/staff', { email: 'a@b.example', role: 'professional', spaceIds: [] }],
      ['GET', '/api/admin/settings'],
      ['POST', '/api/admin/settings', { name: 'X' }, { 'if-match': '"0"' }],
      ['GET', '/api/admin/audit'],
    ];
    for (const [who, status, code] of [
      [null, 401, 'authRequired'],
      [PRO, 403, 'adminOnly'],
    ] as const) {
      as(who);
      for (const [method, path, body, headers] of routes) {
        const res = await call(method, path, body, headers);
        expect([path, res.status, res.body.error?.code]).toEqual([path, status, code]);
      }
    }
    as(ADMIN);
    expect((await call('GET', '/api/admin/audit')).body.items).toEqual([]);
  });

  it('pages the audit log newest first', async () => {
    const { call } = await setup();
    for (let v = 1; v <= 5; v += 1) {
      await call('POST', '/api/admin/spaces/groupe-rsa-nord', { answerWithinDays: 10 + v }, { 'if-match': `"${v}"` });
    }
    const first = await call('GET', '/api/admin/audit?limit=2');
    expect(first.body.items.map((e: { target: { version: number } }) => e.target.version)).toEqual([6, 5]);
    const second = await call('GET', `/api/admin/audit?limit=2&before=${first.body.next}`);
    expect(second.body.items.map((e: { target: { version: number } }) => e.target.version)).toEqual([4, 3]);
    const last = await call('GET', `/api/admin/audit?limit=2&before=${second.body.next}`);
    expect(last.body).toMatchObject({ next: null });
    expect((await call('GET', '/api/admin/audit?limit=0')).status).toBe(400);
  });
});
