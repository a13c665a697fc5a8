// The server behind a small reverse proxy, all on loopback: 127.0.0.0/8 is one interface, so
// each party binds an address of its own (the proxy 127.0.0.10, clients .2, .3 and .4) and the
// server tells them apart exactly as it would on a real network.
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { createHandler } from './handler.js';
import { createClientAddress, createRateLimits } from './rate-limit.js';
import { type Served, serve } from './serve.js';

const PROXY_ADDRESS = '127.0.0.10';

function get(
  url: string,
  from: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; retryAfter: string | undefined }> {
  return new Promise((resolve, reject) => {
    const r = httpRequest(url, { method, localAddress: from, headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] as string }));
    });
    r.on('error', reject);
    r.end(method === 'POST' ? '{}' : undefined);
  });
}

/** Appends the client's socket address to X-Forwarded-For, as nginx's `$proxy_add_x_forwarded_for` does. */
function startProxy(target: URL): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const forwarded = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
    const upstream = httpRequest(
      new URL(req.url ?? '/', target),
      {
        method: req.method,
        localAddress: PROXY_ADDRESS,
        agent: false,
        headers: { ...req.headers, host: target.host, 'x-forwarded-for': forwarded },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

describe('rate limits behind a reverse proxy on loopback', () => {
  let served: Served;
  let proxy: { server: Server; url: string };

  beforeAll(async () => {
    const handler = createHandler({
      store: new MemoryStore(),
      rateLimit: { read: { capacity: 2, refillPerSecond: 0.01 }, write: { capacity: 1, refillPerSecond: 0.01 } },
      trustProxy: [PROXY_ADDRESS],
    });
    served = await serve(handler, { port: 0, host: '127.0.0.1' });
    proxy = await startProxy(new URL(served.url));
  });

  afterAll(async () => {
    await new Promise((r) => proxy.server.close(r));
    await served.close({ timeoutMs: 1000 });
  });

  it('limits two clients behind the same proxy separately, reads and writes apart', async () => {
    const health = `${proxy.url}/api/health`;
    expect((await get(health, '127.0.0.2')).status).toBe(200);
    expect((await get(health, '127.0.0.2')).status).toBe(200);
    const third = await get(health, '127.0.0.2');
    expect(third.status).toBe(429);
    expect(Number(third.retryAfter)).toBeGreaterThanOrEqual(1);
    // Another person on the same proxy still reads.
    expect((await get(health, '127.0.0.3')).status).toBe(200);
    // Writes have their own bucket: the first reader may still write once.
    expect((await get(`${proxy.url}/api/contributions`, '127.0.0.2', {}, 'POST')).status).not.toBe(429);
    expect((await get(`${proxy.url}/api/contributions`, '127.0.0.2', {}, 'POST')).status).toBe(429);
  });

  it('does not let a client choose its bucket with a forged header, direct or through the proxy', async () => {
    const direct = `${served.url}/api/health`;
    // Straight to the server: the socket is not a trusted proxy, the header is ignored.
    expect((await get(direct, '127.0.0.4', { 'x-forwarded-for': '198.51.100.1' })).status).toBe(200);
    expect((await get(direct, '127.0.0.4', { 'x-forwarded-for': '198.51.100.2' })).status).toBe(200);
    expect((await get(direct, '127.0.0.4', { 'x-forwarded-for': '198.51.100.3' })).status).toBe(429);
    // Through the proxy: the proxy appends the real address, and that one is the client.
    expect((await get(`${proxy.url}/api/health`, '127.0.0.4', { 'x-forwarded-for': '198.51.100.9' })).status).toBe(429);
  });
});

describe('createClientAddress', () => {
  const h = (init: Record<string, string>) => new Headers(init);

  it('reads RFC 7239 Forwarded and X-Real-IP from trusted proxies only', () => {
    const forwarded = createClientAddress({ trustProxy: ['10.0.0.0/8'], header: 'forwarded' });
    const value = 'for=198.51.100.7;proto=https, for="[2001:db8::1]:4711", for=10.1.2.3';
    expect(forwarded(h({ forwarded: value }), '10.0.0.1')).toBe('2001:db8::1');
    expect(forwarded(h({ forwarded: value }), '203.0.113.5')).toBe('203.0.113.5');
    const realIp = createClientAddress({ trustProxy: ['loopback'], header: 'x-real-ip' });
    expect(realIp(h({ 'x-real-ip': '198.51.100.8' }), '127.0.0.1')).toBe('198.51.100.8');
  });

  it('with a number of hops, trusts that many entries from the right', () => {
    const twoHops = createClientAddress({ trustProxy: 2 });
    expect(twoHops(h({ 'x-forwarded-for': '1.1.1.1, 198.51.100.1, 10.0.0.2' }), '10.0.0.1')).toBe('198.51.100.1');
  });

  it('counts reads and writes in separate buckets', () => {
    const take = createRateLimits({
      read: { capacity: 1, refillPerSecond: 1 },
      write: { capacity: 1, refillPerSecond: 1 },
    });
    expect(take('a', 'GET', 0).ok).toBe(true);
    expect(take('a', 'GET', 0).ok).toBe(false);
    expect(take('a', 'POST', 0).ok).toBe(true);
    expect(take('a', 'DELETE', 0).ok).toBe(false);
    expect(take('a', 'GET', 1000).ok).toBe(true);
  });
});
