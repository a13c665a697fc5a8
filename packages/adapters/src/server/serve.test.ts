import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
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

  // A client that sends its whole body before reading (as many do) must still read an
  // answer given before the body arrived: the server reads the rest of a body up to 1 MiB,
  // then answers with `Connection: close`, and no reset can throw the answer away.
  const bucketOfOne = { capacity: 1, refillPerSecond: 0.001 };
  // `direct`: the API's requests read straight from node (`handler.node`), not through fetch.
  it.each([
    { status: 429, code: 'rateLimited', framing: 'content-length', rateLimit: bucketOfOne, direct: false },
    { status: 429, code: 'rateLimited', framing: 'chunked', rateLimit: bucketOfOne, direct: false },
    { status: 413, code: 'payloadTooLarge', framing: 'chunked', rateLimit: false, direct: false },
    { status: 429, code: 'rateLimited', framing: 'content-length', rateLimit: bucketOfOne, direct: true },
    { status: 429, code: 'rateLimited', framing: 'chunked', rateLimit: bucketOfOne, direct: true },
    { status: 413, code: 'payloadTooLarge', framing: 'chunked', rateLimit: false, direct: true },
    { status: 413, code: 'payloadTooLarge', framing: 'content-length', rateLimit: false, direct: true },
  ] as const)(
    'answers early with $status ($framing body, direct: $direct): the client reads the status on a real socket',
    async ({ status, rateLimit, code, framing, direct }) => {
      const store = new MemoryStore();
      await store.putSpace(space());
      const inner = createHandler({ store, rateLimit });
      let answered = () => {};
      const early = new Promise<void>((r) => {
        answered = r;
      });
      const viaFetch: Handler = async (request, info) => {
        const response = await inner(request, info);
        if (response.status === status) answered();
        return response;
      };
      served = await serve(
        direct
          ? Object.assign(viaFetch, {
              node: async (...args: Parameters<NonNullable<Handler['node']>>) => {
                const reply = await inner.node!(...args);
                if (reply?.status === status) answered();
                return reply;
              },
            })
          : viaFetch,
      );
      // The write bucket holds one request: the next write is refused. (Reads have their own
      // bucket, so draining it with a GET would leave the POST free to reach the body limit.)
      if (rateLimit) {
        const drain = await fetch(`${served.url}/api/contributions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        });
        expect(drain.status).not.toBe(429);
        await drain.arrayBuffer();
      }
      const answer = await sendAllThenRead(served.port, 512 * 1024, framing, early);
      expect(answer.error, `no reset: ${answer.error}`).toBeUndefined();
      expect(answer.head).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      expect(answer.head.toLowerCase()).toContain('connection: close');
      expect(JSON.parse(answer.body)).toMatchObject({ error: { code } });
      expect((await store.listContributions({})).items).toHaveLength(0);
    },
    20_000,
  );

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

/**
 * A POST on a raw socket that sends 128 KiB of its body (past the 64 KiB limit), waits until
 * the server has answered (`answered`), sends the rest, and only then reads: what a reset
 * would lose.
 */
function sendAllThenRead(
  port: number,
  size: number,
  framing: 'content-length' | 'chunked',
  answered: Promise<void>,
): Promise<{ head: string; body: string; error: string | undefined }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.pause();
    let received = '';
    let error: string | undefined;
    socket.on('error', (e: NodeJS.ErrnoException) => {
      error = e.code ?? e.message;
    });
    socket.on('close', () => {
      const [head = '', rest = ''] = received.split('\r\n\r\n');
      // A chunked answer: the JSON is the first chunk.
      const body = /transfer-encoding: chunked/i.test(head) ? (rest.split('\r\n')[1] ?? '') : rest;
      resolve({ head, body, error });
    });
    socket.on('connect', async () => {
      const length = framing === 'content-length' ? `Content-Length: ${size}` : 'Transfer-Encoding: chunked';
      socket.write(
        `POST /api/contributions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${length}\r\n\r\n`,
      );
      const piece = Buffer.alloc(16 * 1024, 0x20);
      const frame = (b: Buffer) =>
        framing === 'chunked'
          ? Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from('\r\n')])
          : b;
      const write = (b: Buffer) =>
        new Promise<void>((done) => {
          if (socket.destroyed || socket.write(b)) done();
          else {
            socket.once('drain', done);
            socket.once('close', done);
          }
        });
      for (let sent = 0; sent < size && !socket.destroyed; sent += piece.length) {
        await write(frame(piece));
        if (sent === 128 * 1024) {
          await answered;
          // Time for a server that cuts at once to have done so; what is checked does not depend on it.
          await delay(100);
        }
      }
      if (framing === 'chunked') await write(Buffer.from('0\r\n\r\n'));
      socket.setEncoding('utf8');
      socket.on('data', (d: string) => {
        received += d;
      });
      socket.resume();
    });
  });
}
