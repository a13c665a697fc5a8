// `serve` answers the API's requests straight from node (no fetch `Request`/`Response`):
// every answer must be the one the fetch path gives, header for header.
import { pino } from 'pino';
import * as prom from 'prom-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { createServerMetrics } from '../operate/metrics.js';
import { createRequestLog } from '../operate/request-log.js';
import { createSite } from '../operate/site.js';
import { space } from '../testing/fixtures.js';
import { createHandler, type Handler } from './handler.js';
import { type Served, serve } from './serve.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const ORIGIN = 'https://www.departement.example';
const json = { 'content-type': 'application/json' };
const input = {
  spaceId: 'groupe-rsa-nord',
  kind: 'proposal',
  title: 'Un bus plus tôt le matin',
  body: 'Le premier bus arrive après l’heure du rendez-vous.',
  theme: 'mobilite',
  author: { pseudonym: 'Lune' },
};

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Headers that differ from one answer to the next whatever the path: the time and the connection's. */
const VARYING = new Set(['date', 'keep-alive', 'connection']);

async function call(base: string, path: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(`${base}${path}`, init);
  const headers: Record<string, string> = {};
  res.headers.forEach((value, key) => {
    if (!VARYING.has(key)) headers[key] = value;
  });
  return { status: res.status, headers, body: await res.text() };
}

describe('serve: the direct node path for the API', () => {
  const servers: Served[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  let store: MemoryStore;
  let handler: Handler;
  beforeEach(async () => {
    store = new MemoryStore();
    await store.putSpace(space());
    handler = createHandler({ store, now: () => NOW, rateLimit: false, corsOrigins: [ORIGIN] });
  });

  /** The same handler served twice: straight from node, and through fetch only (no `node`). */
  async function both(h: Handler) {
    let direct = 0;
    const counted: Handler = Object.assign((request: Request, info?: { ip?: string }) => h(request, info), {
      node: async (...args: Parameters<NonNullable<Handler['node']>>) => {
        direct += 1;
        return h.node!(...args);
      },
    });
    const viaNode = await serve(counted);
    const viaFetch = await serve((request, info) => h(request, info));
    servers.push(viaNode, viaFetch);
    return { viaNode: viaNode.url, viaFetch: viaFetch.url, direct: () => direct };
  }

  it('gives the same status, headers and body as the fetch path, for answers and errors alike', async () => {
    const { viaNode, viaFetch, direct } = await both(handler);
    const created = await call(viaNode, '/api/contributions', {
      method: 'POST',
      headers: json,
      body: JSON.stringify(input),
    });
    expect(created.status).toBe(201);
    const { contribution, followUp } = JSON.parse(created.body) as {
      contribution: { id: string };
      followUp: { secret: string };
    };
    const id = contribution.id;
    const author = { 'x-participe-secret': followUp.secret };
    const mine = await call(viaFetch, `/api/contributions/${id}`, { headers: author });
    expect(mine.status).toBe(200);

    const cases: Array<[string, RequestInit?]> = [
      [`/api/contributions/${id}`],
      [`/api/contributions/${id}`, { headers: author }],
      [`/api/contributions/${id}`, { headers: { ...author, 'if-none-match': mine.headers['etag'] ?? 'none' } }],
      [`/api/contributions/${id}`, { method: 'HEAD' }],
      ['/api/contributions?space=groupe-rsa-nord', { headers: { origin: ORIGIN, 'accept-language': 'en' } }],
      ['/api/contributions?space=groupe-rsa-nord&limit=abc'],
      ['/api/contributions/absent'],
      ['/api/nothing-here'],
      ['/o/no-such-council/api/contributions'],
      [
        '/api/contributions',
        { method: 'OPTIONS', headers: { origin: ORIGIN, 'access-control-request-method': 'POST' } },
      ],
      ['/api/contributions', { method: 'OPTIONS', headers: { origin: 'https://elsewhere.example' } }],
      [`/api/contributions/${id}`, { method: 'PUT' }],
      ['/api/contributions', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }],
      ['/api/contributions', { method: 'POST', headers: json, body: '{"spaceId": ' }],
      ['/api/contributions', { method: 'POST', headers: json, body: new Uint8Array([0x7b, 0xff, 0x7d]) }],
      ['/api/contributions', { method: 'POST', headers: json, body: JSON.stringify({ ...input, title: '' }) }],
      ['/api/contributions', { method: 'POST', headers: json, body: JSON.stringify({ pad: 'x'.repeat(70_000) }) }],
      ['/api/contributions', { method: 'GET', headers: { authorization: 'Bearer not-a-token' } }],
    ];
    for (const [path, init] of cases) {
      const a = await call(viaNode, path, init);
      const b = await call(viaFetch, path, init);
      expect(a, `${init?.method ?? 'GET'} ${path}`).toEqual(b);
    }
    // Every one of them went the direct way on the first server (and the create before them).
    expect(direct()).toBe(cases.length + 1);
    // The refused bodies wrote nothing.
    expect((await store.listContributions({})).items).toHaveLength(1);
  });

  it('says the field in error, and a too large body is a 413 with the connection closed', async () => {
    const { viaNode } = await both(handler);
    const bad = await call(viaNode, '/api/contributions', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ ...input, title: '' }),
    });
    expect(bad.status).toBe(422);
    const { issues } = (JSON.parse(bad.body) as { error: { issues: Array<{ path: string }> } }).error;
    expect(issues.map((i) => i.path)).toContain('title');
    const res = await fetch(`${viaNode}/api/contributions`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ ...input, body: 'x'.repeat(70_000) }),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('connection')).toBe('close');
    expect(await res.json()).toMatchObject({ error: { code: 'payloadTooLarge' } });
  });

  it('survives a client that leaves in the middle of its body, and stores nothing', async () => {
    const { viaNode } = await both(handler);
    const { connect } = await import('node:net');
    const url = new URL(viaNode);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write(
          'POST /api/contributions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"spaceId":',
        );
        setTimeout(() => socket.destroy(), 50);
      });
      socket.on('close', () => resolve());
      socket.on('error', () => {});
    });
    expect((await call(viaNode, '/api/contributions?space=groupe-rsa-nord')).status).toBe(200);
    expect((await store.listContributions({})).items).toHaveLength(0);
  });

  it('gives a pluggable authenticate a fetch Request with the headers and URL the client sent', async () => {
    const seen: Array<{ url: string; who: string | null; aborted: boolean }> = [];
    const h = createHandler({
      store,
      rateLimit: false,
      authenticate: (request) => {
        seen.push({ url: request.url, who: request.headers.get('x-who'), aborted: request.signal.aborted });
        return null;
      },
    });
    const { viaNode, direct } = await both(h);
    const res = await fetch(`${viaNode}/api/contributions?space=groupe-rsa-nord`, { headers: { 'x-who': 'Lune' } });
    expect(res.status).toBe(200);
    expect(direct()).toBe(1);
    expect(seen).toEqual([
      { url: 'http://localhost/api/contributions?space=groupe-rsa-nord', who: 'Lune', aborted: false },
    ]);
  });

  it('is timed, counted and logged by the site as the fetch path is, with the request id it answers with', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const log = createRequestLog(logger, { trustRequestId: false });
    const metrics = createServerMetrics(prom);
    const failing = createHandler({
      store: Object.assign(Object.create(store), {
        getContribution: () => Promise.reject(new Error('database gone')),
      }) as MemoryStore,
      now: () => NOW,
      rateLimit: false,
      onError: (error, request) => log.error(error, request),
    });
    const site = createSite({
      api: failing,
      log,
      metrics,
      metricsToken: null,
      ready: async () => ({ status: 'ready', checks: { store: 'ok', migrations: 'ok', dispatcher: 'running' } }),
      widgets: null,
      staticDir: null,
    });
    expect(site.node).toBeTypeOf('function');
    const s = await serve(site);
    servers.push(s);
    const res = await fetch(`${s.url}/api/contributions/c_secret123`);
    expect(res.status).toBe(500);
    const reqId = res.headers.get('x-request-id');
    expect(reqId).toMatch(/^[0-9a-f-]{36}$/);
    const request = lines.find((l) => l['msg'] === 'request');
    expect(request).toMatchObject({ reqId, method: 'GET', route: '/api/contributions/{id}', status: 500 });
    // The error is logged under the same id, without the id of the contribution asked for.
    expect(lines.find((l) => l['msg'] === 'unexpected error')).toMatchObject({ reqId });
    expect(JSON.stringify(lines)).not.toContain('c_secret123');
    expect((await metrics.scrape()).body).toMatch(/route="\/api\/contributions\/\{id\}",status="500"/);
    // The probe is not the API's: the fetch path answers it.
    expect((await fetch(`${s.url}/api/ready`)).status).toBe(200);
  });
});
