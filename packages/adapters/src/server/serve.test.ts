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

  it('close() stops accepting, lets a request in progress finish, then resolves', async () => {
    const gate = held();
    const s = await serve(gate.handler, { port: 0 });
    const pending = raw(s.url, '/slow');
    await gate.reached;
    let closed = false;
    const closing = s.close().then(() => {
      closed = true;
    });
    // No new connection once close() has begun.
    await expect(raw(s.url, '/next')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(closed).toBe(false);
    gate.release();
    expect(await pending).toEqual({ status: 200, body: '{"done":true}', connection: 'close' });
    await closing;
    expect(closed).toBe(true);
  });

  it('close() cuts what is still running after its time limit', async () => {
    const gate = held();
    const s = await serve(gate.handler, { port: 0 });
    const pending = raw(s.url, '/never');
    await gate.reached;
    await s.close({ timeoutMs: 100 });
    await expect(pending).rejects.toMatchObject({ code: 'ECONNRESET' });
  });
});

/** A handler that waits, once reached, until released. */
function held() {
  let reach = () => {};
  let release = () => {};
  const reached = new Promise<void>((r) => {
    reach = r;
  });
  const released = new Promise<void>((r) => {
    release = r;
  });
  const handler: Handler = async () => {
    reach();
    await released;
    return new Response('{"done":true}', { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { handler, reached, release };
}

interface RawAnswer {
  status: number;
  body: string;
  connection: string | undefined;
}

/** A GET on a connection of its own (no keep-alive agent), as a client at shutdown would. */
function raw(base: string, path: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
