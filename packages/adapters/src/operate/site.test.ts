import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import * as prom from 'prom-client';
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { createHandler } from '../server/handler.js';
import { space } from '../testing/fixtures.js';
import { testTokens } from '../testing/tokens.js';
import { createServerMetrics, type ServerMetrics } from './metrics.js';
import type { Readiness } from './readiness.js';
import { createRequestLog } from './request-log.js';
import { createRouteNamer, createSite, type SiteOptions } from './site.js';

const TOKENS = testTokens();
const EMAIL = 'camille.martin@example.fr';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const text: string[] = [];
  const logger = pino(
    { level: 'debug' },
    {
      write(line: string) {
        text.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      },
    },
  );
  return { logger, lines, text };
}

const READY: Readiness = { status: 'ready', checks: { store: 'ok', migrations: 'ok', dispatcher: 'running' } };

describe('the serve layer', () => {
  let store: MemoryStore;
  let logs: ReturnType<typeof capture>;
  let metrics: ServerMetrics;
  let readiness: Readiness;
  const site = (over: Partial<SiteOptions> = {}) =>
    createSite({
      api: createHandler({ store, tokens: TOKENS.service, rateLimit: false }),
      log: createRequestLog(logs.logger, { trustRequestId: false }),
      metrics,
      metricsToken: null,
      ready: async () => readiness,
      widgets: null,
      staticDir: null,
      ...over,
    });
  const call = (handler: ReturnType<typeof createSite>, path: string, init: RequestInit = {}) =>
    handler(new Request(`http://participe.test${path}`, init), { ip: '192.0.2.1' });

  beforeEach(async () => {
    store = new MemoryStore();
    await store.putSpace(space());
    logs = capture();
    metrics = createServerMetrics(prom, {
      figures: async () => [
        {
          slug: 'cd93',
          awaiting: 4,
          overdue: 1,
          outboxPending: 3,
          outboxDead: 0,
          outboxOldestAt: Date.parse('2026-03-02T09:00:00.000Z'),
        },
      ],
      now: () => Date.parse('2026-03-02T09:01:30.000Z'),
    });
    readiness = READY;
  });

  it('logs one line per request — id, method, route, status, duration — and never a body, contact, token, code or query', async () => {
    const handler = site();
    const token = await TOKENS.sign({ role: 'facilitator', memberId: 'f_1', spaceIds: ['s_nord'] });
    const created = await call(handler, `/api/contributions?contact=${encodeURIComponent(EMAIL)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': 'key-0123456789abcdef',
        'user-agent': `Mozilla/5.0 (${EMAIL})`,
      },
      body: JSON.stringify({
        spaceId: 'groupe-rsa-nord',
        kind: 'proposal',
        title: `Écrire à ${EMAIL}`,
        body: `Mon adresse : ${EMAIL}`,
        theme: 'mobilite',
        author: { pseudonym: 'Camille' },
        contact: { email: EMAIL, consent: true },
      }),
    });
    expect(created.status).toBe(201);
    const { contribution, followUp } = (await created.json()) as {
      contribution: { id: string };
      followUp: { code: string; secret: string };
    };
    await call(handler, `/api/follow-up/${followUp.code}?email=${EMAIL}`);
    await call(handler, `/api/contributions/${contribution.id}`, {
      headers: { 'x-participe-secret': followUp.secret },
    });
    await call(handler, '/api/spaces/s_nord/members', { headers: { authorization: `Bearer ${token}` } });
    await call(handler, `/api/${EMAIL}`);
    await call(handler, `/${EMAIL}`);

    const all = logs.text.join('');
    for (const secret of [EMAIL, encodeURIComponent(EMAIL), followUp.code, followUp.secret, token, 'contact=', '?']) {
      expect(all).not.toContain(secret);
    }
    const requests = logs.lines.filter((l) => l['msg'] === 'request');
    expect(requests.map((l) => [l['method'], l['route'], l['status']])).toEqual([
      ['POST', '/api/contributions', 201],
      ['GET', '/api/follow-up/{code}', 200],
      ['GET', '/api/contributions/{id}', 200],
      ['GET', '/api/spaces/{space}/members', 200],
      ['GET', 'unmatched', 404],
      ['GET', 'unmatched', 404],
    ]);
    for (const l of requests) {
      expect(l['reqId']).toMatch(/^[0-9a-f-]{36}$/);
      expect(typeof l['ms']).toBe('number');
    }
    expect(created.headers.get('x-request-id')).toBe(requests[0]!['reqId']);
  });

  it('serves a council’s API at /o/{slug}/api and names its routes without the slug', async () => {
    await store.createOrganisation({
      id: 'o_cd93',
      slug: 'cd93',
      name: 'Conseil départemental',
      kind: 'département',
      settings: {},
      createdAt: '2026-03-01T00:00:00.000Z',
    });
    await store.forOrganisation('o_cd93').putSpace(space());
    const handler = site();
    expect((await call(handler, '/o/cd93/api/spaces/groupe-rsa-nord')).status).toBe(200);
    expect((await call(handler, '/o/nowhere/api/spaces')).status).toBe(404);
    expect((await call(handler, '/o/cd93/elsewhere')).status).toBe(404);
    const requests = logs.lines.filter((l) => l['msg'] === 'request');
    expect(requests.map((l) => [l['route'], l['status']])).toEqual([
      ['/o/{organisation}/api/spaces/{space}', 200],
      ['/o/{organisation}/api/spaces', 404],
      ['unmatched', 404],
    ]);
    expect(logs.text.join('')).not.toContain('cd93');
  });

  it('takes the request id from X-Request-Id only behind a trusted proxy', async () => {
    const asked = { headers: { 'x-request-id': 'proxy-id-12345678' } };
    expect((await call(site(), '/api/health', asked)).headers.get('x-request-id')).not.toBe('proxy-id-12345678');
    const trusted = site({ log: createRequestLog(logs.logger, { trustRequestId: true }) });
    expect((await call(trusted, '/api/health', asked)).headers.get('x-request-id')).toBe('proxy-id-12345678');
    expect(
      (await call(trusted, '/api/health', { headers: { 'x-request-id': 'a@b.example' } })).headers.get('x-request-id'),
    ).not.toBe('a@b.example');
  });

  it('counts requests by method, route template and status, and shows the outbox backlog', async () => {
    const handler = site();
    await call(handler, '/api/contributions/c_unknown');
    await call(handler, '/api/spaces');
    const scraped = await call(handler, '/metrics');
    expect(scraped.status).toBe(200);
    expect(scraped.headers.get('content-type')).toContain('text/plain');
    const text = await scraped.text();
    expect(text).toContain(
      'participe_http_request_duration_seconds_count{method="GET",route="/api/contributions/{id}",status="404"} 1',
    );
    expect(text).toContain(
      'participe_http_request_duration_seconds_count{method="GET",route="/api/spaces",status="200"} 1',
    );
    expect(text).not.toContain('c_unknown');
    expect(text).toContain('participe_outbox_pending{organisation="cd93"} 3');
    expect(text).toContain('participe_outbox_oldest_pending_age_seconds{organisation="cd93"} 90');
    expect(text).toContain('process_cpu_seconds_total');
  });

  it('asks for the metrics token when one is set', async () => {
    const handler = site({ metricsToken: 'metrics-token-0123456789' });
    expect((await call(handler, '/metrics')).status).toBe(401);
    expect((await call(handler, '/metrics', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const ok = await call(handler, '/metrics', { headers: { authorization: 'Bearer metrics-token-0123456789' } });
    expect(ok.status).toBe(200);
  });

  it('answers /api/ready with each check: 200 when ready, 503 otherwise', async () => {
    const handler = site();
    const ready = await call(handler, '/api/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual(READY);
    readiness = { status: 'notReady', checks: { store: 'unreachable', migrations: 'unknown', dispatcher: 'running' } };
    const down = await call(handler, '/api/ready');
    expect(down.status).toBe(503);
    expect(((await down.json()) as Readiness).checks.store).toBe('unreachable');
    expect((await call(handler, '/api/ready', { method: 'POST' })).status).toBe(405);
  });

  it("serves the widgets' folder under its path and the council's pages at /, nothing outside them", async () => {
    const root = mkdtempSync(join(tmpdir(), 'participe-site-'));
    const widgets = join(root, 'widgets');
    const pages = join(root, 'pages');
    mkdirSync(join(pages, 'suivi'), { recursive: true });
    mkdirSync(widgets);
    writeFileSync(join(widgets, 'participe-contribution-form.js'), 'export {};');
    writeFileSync(join(pages, 'index.html'), '<h1>Accueil</h1>');
    writeFileSync(join(pages, 'suivi', 'index.html'), '<h1>Suivi</h1>');
    writeFileSync(join(pages, '.env'), 'SECRET=1');
    writeFileSync(join(root, 'outside.txt'), 'no');
    const handler = site({ widgets: { path: '/participe/', dir: widgets }, staticDir: pages });

    const script = await call(handler, '/participe/participe-contribution-form.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('access-control-allow-origin')).toBe('*');
    expect(await (await call(handler, '/')).text()).toBe('<h1>Accueil</h1>');
    const suivi = await call(handler, '/suivi');
    expect(await suivi.text()).toBe('<h1>Suivi</h1>');
    expect(suivi.headers.get('content-security-policy')).toContain("default-src 'self'");
    const etag = suivi.headers.get('etag')!;
    expect((await call(handler, '/suivi', { headers: { 'if-none-match': etag } })).status).toBe(304);
    for (const path of ['/.env', '/%2e%2e/outside.txt', '/../outside.txt', '/participe/../outside.txt', '/nope.html']) {
      expect((await call(handler, path)).status, path).toBe(404);
    }
    expect((await call(handler, '/', { method: 'POST' })).status).toBe(404);
    const logged = logs.lines.filter((l) => l['msg'] === 'request').map((l) => [l['route'], l['path']]);
    expect(logged.slice(0, 3)).toEqual([
      ['widgets', '/participe/participe-contribution-form.js'],
      ['static', '/'],
      ['static', '/suivi'],
    ]);
  });
});

describe('route names', () => {
  it('name a path by its template, literal segments first', () => {
    const name = createRouteNamer([
      { path: '/api/spaces/{space}' },
      { path: '/api/spaces/{space}/members' },
      { path: '/api/spaces/composition' },
    ]);
    expect(name('/api/spaces/s_nord')).toBe('/api/spaces/{space}');
    expect(name('/api/spaces/composition')).toBe('/api/spaces/composition');
    expect(name('/api/spaces/s_nord/members')).toBe('/api/spaces/{space}/members');
    expect(name('/api/spaces/')).toBeNull();
    expect(name('/api/other')).toBeNull();
  });
});
