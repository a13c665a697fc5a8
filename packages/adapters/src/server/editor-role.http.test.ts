// The council's editor, through the HTTP handler: they edit its content and review the
// groups' practice sheets, and are refused the administration (spaces, staff, settings,
// audit log, notifications set aside); its administrator still does both. Sessions and API
// tokens carry the role alike; an API token gets it with the `edit` scope.
import { contentPacks } from '@participe/core';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import type { Identity } from '../service/api.js';
import { createParticipeService } from '../service/service.js';
import { space } from '../testing/fixtures.js';
import { practiceContent } from '../testing/practice.fixtures.js';
import { testTokens } from '../testing/tokens.js';
import { createHandler } from './handler.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const EDITOR: Identity = { role: 'professional', memberId: 'acc_editeur', spaceIds: [], editor: true };
const ADMIN: Identity = { role: 'professional', memberId: 'acc_admin', spaceIds: [], admin: true };
const RESOURCE = contentPacks.fr.resources[0]!;

interface Answer {
  version?: number;
  status?: string;
  editor?: boolean;
  admin?: boolean;
  error?: { code: string; message: string };
  [key: string]: unknown;
}

async function world() {
  const store = new MemoryStore();
  await store.putSpace(space());
  await store.putMember({
    id: 'fac_1',
    spaceId: 's_nord',
    displayName: 'Animatrice',
    role: 'facilitator',
    joinedOn: '2026-01-10',
    leftOn: null,
    consents: [],
  });
  // A sheet the group wrote and submitted: what an editor publishes.
  const fac = createParticipeService({ store, now: () => NOW }).as({
    role: 'facilitator',
    memberId: 'fac_1',
    spaceIds: ['s_nord'],
  });
  const practice = await fac.createPractice('s_nord', practiceContent());
  const submitted = await fac.sendPracticeCommand(practice.id, { type: 'practice.submit' }, { expectedVersion: 1 });
  const tokens = testTokens({ now: () => NOW });
  const handle = createHandler({ store, tokens: tokens.service, now: () => NOW, rateLimit: false });
  const call = async (
    path: string,
    init: { token?: string; method?: string; body?: unknown; ifMatch?: number } = {},
  ): Promise<{ status: number; json: Answer }> => {
    const res = await handle(
      new Request(`http://api.test${path}`, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers: {
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(init.ifMatch === undefined ? {} : { 'if-match': `"${init.ifMatch}"` }),
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      }),
      { ip: '192.0.2.1' },
    );
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : {}) as Answer };
  };
  return { store, tokens, call, practice: submitted };
}

/** What an editor may do, each call from the same world: a resource, its history, a practice published. */
async function editsAndPublishes(w: Awaited<ReturnType<typeof world>>, token: string) {
  const edited = { ...RESOURCE, summary: { standard: 'Aller voir les habitants chez eux, à deux.' } };
  const put = await w.call(`/api/resources/${RESOURCE.id}`, { token, method: 'PUT', body: edited, ifMatch: 1 });
  const history = await w.call(`/api/content/resource/${RESOURCE.id}/history`, { token });
  const queue = await w.call('/api/admin/practices', { token });
  const published = await w.call(`/api/practices/${w.practice.id}/events`, {
    token,
    body: { type: 'practice.publish' },
    ifMatch: w.practice.version,
  });
  return { put, history, queue, published };
}

/** The resource as it is, saved again by `token`. */
const putResource = (w: Awaited<ReturnType<typeof world>>, token: string, ifMatch?: number) =>
  w.call(`/api/resources/${RESOURCE.id}`, { token, method: 'PUT', body: RESOURCE, ...(ifMatch ? { ifMatch } : {}) });

/** The administration's calls, each a valid one: only the right is missing for an editor. */
async function administers(w: Awaited<ReturnType<typeof world>>, token: string) {
  return {
    createSpace: await w.call('/api/admin/spaces', {
      token,
      body: { slug: 'groupe-rsa-sud', name: 'Groupe Sud', policyArea: 'Insertion', territory: 'Sud' },
    }),
    inviteStaff: await w.call('/api/admin/staff', {
      token,
      body: { email: 'alex.durand@departement.example', role: 'professional', spaceIds: [], editor: true },
    }),
    settings: await w.call('/api/admin/settings', { token, body: { answerWithinDays: 30 }, ifMatch: 0 }),
    audit: await w.call('/api/admin/audit', { token }),
    deadLetters: await w.call('/api/admin/outbox/dead', { token }),
    staff: await w.call('/api/admin/staff', { token }),
  };
}

describe('the council’s editor', () => {
  it('edits a resource (with If-Match), reads its history and publishes a submitted practice sheet', {
    timeout: 60_000,
  }, async () => {
    const w = await world();
    const done = await editsAndPublishes(w, await w.tokens.sign(EDITOR));
    expect(done.put.status, JSON.stringify(done.put.json)).toBe(200);
    expect(done.put.json.version).toBe(2);
    expect(done.history.status).toBe(200);
    // The history says an editor saved it, not an administrator.
    expect((done.history.json as unknown as Array<{ actor: unknown }>)[0]?.actor).toEqual({
      id: 'acc_editeur',
      role: 'editor',
    });
    expect(done.queue.status).toBe(200);
    expect(done.published.status, JSON.stringify(done.published.json)).toBe(200);
    expect(done.published.json.status).toBe('published');
    // The public page shows the edit.
    const read = await w.call(`/api/resources/${RESOURCE.id}`);
    expect(read.json['summary']).toEqual({ standard: 'Aller voir les habitants chez eux, à deux.' });
  });

  it('is refused the administration: 403 on space create, staff invite, settings, audit log, dead letters', {
    timeout: 60_000,
  }, async () => {
    const w = await world();
    const refused = await administers(w, await w.tokens.sign(EDITOR));
    for (const [name, answer] of Object.entries(refused)) {
      expect(answer.status, `${name}: ${JSON.stringify(answer.json)}`).toBe(403);
      expect(answer.json.error?.code, name).toBe('adminOnly');
    }
    // Nothing was written: no space, no invitation.
    expect(await w.store.getSpace('groupe-rsa-sud')).toBeNull();
  });

  it('still needs If-Match, and a plain professional is refused the content with the editor’s reason', {
    timeout: 60_000,
  }, async () => {
    const w = await world();
    const editor = await w.tokens.sign(EDITOR);
    expect((await putResource(w, editor)).status).toBe(428);
    const pro = await w.tokens.sign({ role: 'professional', memberId: 'pro_1', spaceIds: ['s_nord'] });
    const refused = await putResource(w, pro, 1);
    expect(refused.status).toBe(403);
    expect(refused.json.error?.code).toBe('editorOnly');
    const publish = await w.call(`/api/practices/${w.practice.id}/events`, {
      token: pro,
      body: { type: 'practice.publish' },
      ifMatch: w.practice.version,
    });
    expect(publish.status).toBe(403);
  });
});

describe('the council’s administrator keeps every right of an editor', () => {
  it('edits, publishes, and administers', { timeout: 60_000 }, async () => {
    const w = await world();
    const token = await w.tokens.sign(ADMIN);
    const done = await editsAndPublishes(w, token);
    expect([done.put.status, done.history.status, done.queue.status, done.published.status]).toEqual([
      200, 200, 200, 200,
    ]);
    expect((done.history.json as unknown as Array<{ actor: unknown }>)[0]?.actor).toEqual({
      id: 'acc_admin',
      role: 'admin',
    });
    const admin = await administers(w, token);
    expect(admin.createSpace.status).toBe(201);
    // The invitation grants the editor role, and the staff list says so.
    expect(admin.inviteStaff.status).toBe(201);
    expect(admin.inviteStaff.json).toMatchObject({ editor: true, admin: false, status: 'invited' });
    expect(admin.settings.status).toBe(200);
    expect(admin.audit.status).toBe(200);
    expect(admin.deadLetters.status).toBe(200);
    expect(admin.staff.status).toBe(200);
  });
});

describe('the OpenAPI document', () => {
  it('says which council role each content and administration operation needs', { timeout: 60_000 }, async () => {
    const w = await world();
    const doc = (await w.call('/api/openapi.json')).json as unknown as {
      paths: Record<string, Record<string, { description: string }>>;
    };
    const who = (path: string, method: string) => doc.paths[path]?.[method]?.description;
    const EDITORS = 'Who: Editors of the council, and its administrators.';
    const ADMINS = 'Who: Administrators of the council (not its editors).';
    expect(who('/api/resources/{id}', 'put')).toBe(EDITORS);
    expect(who('/api/phases/{id}', 'put')).toBe(EDITORS);
    expect(who('/api/diagnostics/questionnaire', 'put')).toBe(EDITORS);
    expect(who('/api/content/{kind}/{id}/history', 'get')).toBe(EDITORS);
    expect(who('/api/admin/practices', 'get')).toBe(EDITORS);
    expect(who('/api/admin/spaces', 'post')).toBe(ADMINS);
    expect(who('/api/admin/staff', 'post')).toBe(ADMINS);
    expect(who('/api/admin/settings', 'post')).toBe(ADMINS);
    expect(who('/api/admin/audit', 'get')).toBe(ADMINS);
  });
});

describe('an API token with the `edit` scope', () => {
  it('edits the content as an editor; a `read` token of the same editor does not', { timeout: 60_000 }, async () => {
    const w = await world();
    const edit = await w.tokens.sign(EDITOR, { scopes: ['edit'] });
    const done = await editsAndPublishes(w, edit);
    expect([done.put.status, done.published.status]).toEqual([200, 200]);
    // `edit` is the content and the review, never the administration, even for an administrator's token.
    const adminEdit = await w.tokens.sign(ADMIN, { scopes: ['edit'] });
    expect((await administers(w, adminEdit)).createSpace.status).toBe(403);
    const read = await w.tokens.sign(EDITOR, { scopes: ['read'] });
    const refused = await putResource(w, read, 2);
    expect(refused.status).toBe(403);
    expect(refused.json.error?.code).toBe('roleForbidden');
  });
});
