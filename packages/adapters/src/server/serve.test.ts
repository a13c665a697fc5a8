import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { space } from '../testing/fixtures.js';
import { createHandler, type Handler } from './handler.js';
import { type Served, serve } from './serve.js';

/** A raw request with a chunked body and no Content-Length, sent in pieces. */
function chunked(url: string, pieces: number, size: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', (e) => (e.message.includes('EPIPE') || e.message.includes('ECONNRESET') ? undefined : reject(e)));
    const piece = 'x'.repeat(size);
    let n = 0;
    const next = () => {
      if (n++ >= pieces) return req.end();
      if (req.write(piece)) setImmediate(next);
      else req.once('drain', next);
    };
    next();
  });
}

describe('serve', () => {
  let served: Served | undefined;
  afterEach(async () => {
    await served?.close();
    served = undefined;
  });

  it('serves the handler on loopback and passes the socket address, not a header', async () => {
    let seen: string | undefined;
    const echo: Handler = async (_request, info) => {
      seen = info?.ip;
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    served = await serve(echo, { port: 0 });
    const res = await fetch(`${served.url}/api/health`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(res.status).toBe(200);
    expect(seen).toBe('127.0.0.1');
  });

  it('stops a chunked body over 64 KiB with a 413 and stores nothing', async () => {
    const store = new MemoryStore();
    await store.putSpace(space());
    served = await serve(createHandler({ store, rateLimit: false }), { port: 0 });
    const res = await chunked(`${served.url}/api/contributions`, 200, 4096);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'payloadTooLarge' } });
    expect((await store.listContributions({})).items).toHaveLength(0);
    // The server is still fine for the next client.
    expect((await fetch(`${served.url}/api/health`)).status).toBe(200);
  });
});
