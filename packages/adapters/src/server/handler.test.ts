import type { ParticipeStore } from '@participe/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { space } from '../testing/fixtures.js';
import { testTokens } from '../testing/tokens.js';
import { createHandler, type Handler, type HandlerOptions } from './handler.js';
import { ROUTES } from './routes.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const IP = { ip: '192.0.2.1' };

const input = (over: Record<string, unknown> = {}) => ({
  spaceId: 'groupe-rsa-nord',
  kind: 'proposal',
  title: 'Un bus plus tôt le matin',
  body: 'Le premier bus arrive après l’heure du rendez-vous.',
  theme: 'mobilite',
  author: { pseudonym: 'Camille' },
  ...over,
});

function req(
  method: string,
  path: string,
  opts: { body?: unknown; raw?: BodyInit; headers?: Record<string, string> } = {},
) {
  const hasBody = opts.body !== undefined || opts.raw !== undefined;
  return new Request(`http://api.test${path}`, {
    method,
    headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...opts.headers },
    ...(hasBody ? { body: opts.raw ?? JSON.stringify(opts.body) } : {}),
    ...(opts.raw instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
}

type ErrorJson = { error: { code: string; message: string; issues: Array<{ path: string; message: string }> } };

describe('createHandler', () => {
  let store: MemoryStore;
  let handle: Handler;
  let clock = NOW;
  const tokens = testTokens({ now: () => clock });
  const make = (over: Partial<HandlerOptions> = {}) =>
    createHandler({ store, tokens: tokens.service, now: () => NOW, rateLimit: false, ...over });
  beforeEach(async () => {
    store = new MemoryStore();
    await store.putSpace(space());
    handle = make();
  });

  it('sends security headers and JSON on success and on error', async () => {
    for (const r of [req('GET', '/api/health'), req('GET', '/api/nope')]) {
      const res = await handle(r, IP);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('set-cookie')).toBeNull();
    }
  });

  it('answers errors in French by default and in English on request, naming the fields', async () => {
    const fr = await handle(req('POST', '/api/contributions', { body: input({ title: 42, kind: 'idea' }) }), IP);
    expect(fr.status).toBe(422);
    const frBody = (await fr.json()) as ErrorJson;
    expect(frBody.error.code).toBe('invalidInput');
    expect(frBody.error.message).toMatch(/^Certaines informations/);
    expect(frBody.error.issues).toContainEqual({ path: 'title', message: expect.stringMatching(/texte.*exemple/) });
    expect(frBody.error.issues).toContainEqual({ path: 'kind', message: expect.stringContaining('proposal') });
    const en = await handle(
      req('POST', '/api/contributions', {
        body: input({ title: 42 }),
        headers: { 'accept-language': 'en-GB,fr;q=0.5' },
      }),
      IP,
    );
    const enBody = (await en.json()) as ErrorJson;
    expect(enBody.error.message).toMatch(/^Some information/);
    expect(enBody.error.issues[0]).toEqual({ path: 'title', message: expect.stringContaining('example') });
  });

  it('refuses unknown routes (404) and wrong methods (405 with Allow)', async () => {
    expect((await handle(req('GET', '/api/nothing/here'), IP)).status).toBe(404);
    expect((await handle(req('GET', '/elsewhere'), IP)).status).toBe(404);
    expect((await handle(req('GET', '/api/contributions/%E0%A4%A'), IP)).status).toBe(404);
    const res = await handle(req('DELETE', '/api/contributions'), IP);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST');
  });

  it('takes JSON only (415), UTF-8 only and well-formed (400)', async () => {
    const text = await handle(
      req('POST', '/api/contributions', { raw: 'title=x', headers: { 'content-type': 'text/plain' } }),
      IP,
    );
    expect(text.status).toBe(415);
    const latin1 = await handle(
      req('POST', '/api/contributions', { raw: '{}', headers: { 'content-type': 'application/json; charset=latin1' } }),
      IP,
    );
    expect(latin1.status).toBe(415);
    const bad = await handle(req('POST', '/api/contributions', { raw: '{"title": ' }), IP);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorJson).error.code).toBe('badJson');
    const notUtf8 = await handle(req('POST', '/api/contributions', { raw: new Uint8Array([0x7b, 0xff, 0x7d]) }), IP);
    expect(((await notUtf8.json()) as ErrorJson).error.code).toBe('badEncoding');
  });

  it('refuses bodies over 64 KiB, counting the bytes read, not the declared length', async () => {
    const big = JSON.stringify(input({ body: 'x'.repeat(70_000) }));
    expect((await handle(req('POST', '/api/contributions', { raw: big }), IP)).status).toBe(413);
    // A stream without Content-Length: only the bytes tell.
    const chunk = new TextEncoder().encode('x'.repeat(16_384));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 10) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const res = await handle(req('POST', '/api/contributions', { raw: stream }), IP);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(10);
    expect((await store.listContributions({})).items).toHaveLength(0);
  });

  it('answers a filled honeypot with a 201 and stores nothing', async () => {
    const res = await handle(
      req('POST', '/api/contributions', { body: input({ website: 'https://spam.example' }) }),
      IP,
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as { followUp: { code: string } };
    expect(body.followUp.code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    expect((await store.listContributions({})).items).toHaveLength(0);
  });

  it('rate-limits per socket address with Retry-After, ignoring X-Forwarded-For unless told', async () => {
    handle = make({ rateLimit: { capacity: 3, refillPerSecond: 1 } });
    const forged = { 'x-forwarded-for': '203.0.113.9' };
    for (let i = 0; i < 3; i++)
      expect((await handle(req('GET', '/api/health', { headers: forged }), IP)).status).toBe(200);
    const limited = await handle(req('GET', '/api/health', { headers: { 'x-forwarded-for': '203.0.113.10' } }), IP);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(((await limited.json()) as ErrorJson).error.message).toContain('Réessayez dans 1');
    expect((await handle(req('GET', '/api/health'), { ip: '192.0.2.2' })).status).toBe(200);

    handle = make({ rateLimit: { capacity: 1, refillPerSecond: 1 }, trustProxy: 1 });
    const viaProxy = (client: string) => req('GET', '/api/health', { headers: { 'x-forwarded-for': `${client}` } });
    expect((await handle(viaProxy('203.0.113.1'), IP)).status).toBe(200);
    expect((await handle(viaProxy('203.0.113.1'), IP)).status).toBe(429);
    expect((await handle(viaProxy('203.0.113.2'), IP)).status).toBe(200);
  });

  it('allows only listed origins, never with credentials', async () => {
    handle = make({ corsOrigins: ['https://www.departement.example'] });
    const ok = await handle(req('GET', '/api/health', { headers: { origin: 'https://www.departement.example' } }), IP);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://www.departement.example');
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await handle(req('GET', '/api/health', { headers: { origin: 'https://evil.example' } }), IP);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await handle(
      req('OPTIONS', '/api/contributions', {
        headers: { origin: 'https://www.departement.example', 'access-control-request-method': 'POST' },
      }),
      IP,
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST');
    const refused = await handle(
      req('OPTIONS', '/api/contributions', { headers: { origin: 'https://evil.example' } }),
      IP,
    );
    expect(refused.status).toBe(403);
  });

  it('checks bearer tokens: signature, expiry, and a pluggable authenticate', async () => {
    const good = await tokens.sign({ role: 'professional', memberId: 'pro_1', spaceIds: ['groupe-rsa-nord'] });
    clock = new Date('2026-02-27T09:00:00.000Z');
    const expired = await tokens.sign({ role: 'professional', memberId: 'pro_1', spaceIds: [] }, { days: 1 });
    clock = NOW;
    // Signed by another server's keys.
    const forged = await testTokens({ now: () => NOW }).sign({ role: 'professional', memberId: null, spaceIds: [] });
    const members = (token: string) =>
      handle(req('GET', '/api/spaces/groupe-rsa-nord/members', { headers: { authorization: `Bearer ${token}` } }), IP);
    expect((await members(good)).status).toBe(200);
    const exp = await members(expired);
    expect(exp.status).toBe(401);
    expect(((await exp.json()) as ErrorJson).error.code).toBe('tokenExpired');
    expect((await members(forged)).status).toBe(401);
    expect((await members('pt1.e30.AAAA')).status).toBe(401);

    handle = make({
      authenticate: (r) =>
        r.headers.get('x-council-user') ? { role: 'facilitator', memberId: 'f', spaceIds: ['s_nord'] } : null,
    });
    const custom = await handle(req('GET', '/api/spaces/s_nord/members', { headers: { 'x-council-user': 'f' } }), IP);
    expect(custom.status).toBe(200);
  });

  it('replays an idempotent create over HTTP and says so', async () => {
    const key = { 'idempotency-key': '0b7f4c1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b' };
    const first = await handle(req('POST', '/api/contributions', { body: input(), headers: key }), IP);
    expect(first.status).toBe(201);
    const again = await handle(req('POST', '/api/contributions', { body: input(), headers: key }), IP);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const a = (await first.json()) as { contribution: { id: string } };
    expect(await again.json()).toEqual(a);
    expect(first.headers.get('location')).toBe(`/api/contributions/${a.contribution.id}`);
    const other = await handle(
      req('POST', '/api/contributions', { body: input({ title: 'Autre' }), headers: key }),
      IP,
    );
    expect(other.status).toBe(409);
  });

  it('uses If-Match for versions: a stale write is a 409 that shows the current version', async () => {
    const created = (await (
      await handle(req('POST', '/api/contributions', { body: input({ draft: true }) }), IP)
    ).json()) as {
      contribution: { id: string };
      followUp: { secret: string };
    };
    const path = `/api/contributions/${created.contribution.id}/events`;
    const author = { 'x-participe-secret': created.followUp.secret };
    const submit = { type: 'contribution.submit', data: {} };
    expect(
      (await handle(req('POST', path, { body: submit, headers: { ...author, 'if-match': 'abc' } }), IP)).status,
    ).toBe(400);
    const ok = await handle(req('POST', path, { body: submit, headers: { ...author, 'if-match': '"1"' } }), IP);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');
    const edit = { type: 'contribution.edit', data: { title: 'Un bus à 8 h 10' } };
    const stale = await handle(req('POST', path, { body: edit, headers: { ...author, 'if-match': '"1"' } }), IP);
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as ErrorJson).error.message).toContain('version 2');
  });

  it('stores text exactly as sent and returns it as data', async () => {
    const title = "<script>alert(1)</script> ' OR 1=1 -- 👶🏽 “à 7 h”\t\u200b";
    const body = 'Ligne 1\r\nLigne 2 ; DROP TABLE contributions; <img src=x onerror=alert(1)> \u0001 e\u0301';
    const res = await handle(req('POST', '/api/contributions', { body: input({ title, body }) }), IP);
    const created = (await res.json()) as { contribution: { id: string }; followUp: { secret: string } };
    const got = await handle(
      req('GET', `/api/contributions/${created.contribution.id}`, {
        headers: { authorization: `Secret ${created.followUp.secret}` },
      }),
      IP,
    );
    const view = (await got.json()) as { content: { title: string; body: string } };
    expect(view.content.title).toBe(title);
    expect(view.content.body).toBe(body);
    const nul = await handle(
      req('POST', '/api/contributions', { raw: JSON.stringify(input({ title: 'a\u0000b' })) }),
      IP,
    );
    expect(nul.status).toBe(422);
    const lone = await handle(
      req('POST', '/api/contributions', { raw: JSON.stringify(input({ body: 'x\ud800y' })) }),
      IP,
    );
    expect(((await lone.json()) as ErrorJson).error.issues[0]?.path).toBe('body');
  });

  it('never leaks an unexpected error: a 500 with a plain message, reported to onError', async () => {
    const onError = vi.fn();
    const broken = new Proxy(store, {
      get: (target, prop) => {
        if (prop === 'listSpaces') return () => Promise.reject(new Error('disk on fire'));
        const value = Reflect.get(target, prop as keyof ParticipeStore, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    handle = make({ store: broken, onError });
    const res = await handle(req('GET', '/api/spaces'), IP);
    expect(res.status).toBe(500);
    const body = (await res.json()) as ErrorJson;
    expect(body.error.code).toBe('internal');
    expect(JSON.stringify(body)).not.toContain('disk on fire');
    expect(onError).toHaveBeenCalledOnce();
  });

  it('answers HEAD like GET without a body', async () => {
    const res = await handle(req('HEAD', '/api/health'), IP);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('publishes an OpenAPI 3.1 document listing every route, whose references all resolve', async () => {
    const doc = (await (await handle(req('GET', '/api/openapi.json'), IP)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { operationId: string; parameters: unknown[]; responses: object }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const r of ROUTES) {
      const op = doc.paths[r.path]?.[r.method.toLowerCase()];
      expect(op?.operationId, `${r.method} ${r.path}`).toBe(r.operationId);
      expect(Object.keys(op?.responses ?? {})).toContain(String(r.ok.status));
    }
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(\w+)\/(\w+)"/g)];
    expect(refs.length).toBeGreaterThan(50);
    const components = doc.components as unknown as Record<string, Record<string, unknown>>;
    for (const [, kind, name] of refs) expect(components[kind!]?.[name!], `${kind}/${name}`).toBeDefined();
    expect(JSON.stringify(doc.components.schemas['CreateContributionRequest'])).toContain('website');
  });
});
