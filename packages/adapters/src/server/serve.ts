// Serves a fetch-style handler with node:http. The client address given to the handler
// is the socket's, never a header, so rate limits cannot be dodged by a forged header.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough, Readable } from 'node:stream';
import type { Handler } from './handler.js';
import { builtFrom, type Incoming, type Reply } from './incoming.js';

export interface ServeOptions {
  /** @default 0 (any free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Slow clients are cut off: a whole request within this time. @default 30000 */
  requestTimeoutMs?: number;
  /** What `close()` gives requests in progress to finish before their connections are cut. @default 10000 */
  closeTimeoutMs?: number;
}

export interface Served {
  server: Server;
  port: number;
  host: string;
  /** e.g. `http://127.0.0.1:8080` */
  url: string;
  /**
   * Stops accepting connections, lets the requests in progress finish (each answered with
   * `Connection: close`), then resolves. Connections still busy after `timeoutMs`
   * (default: `closeTimeoutMs`) are cut. Calling it again returns the same promise.
   */
  close(options?: { timeoutMs?: number }): Promise<void>;
}

/**
 * An answer given before the whole body arrived (a 429, a 413…) is read by a client that
 * sends its whole body before reading only if the server reads that body too: closing a
 * socket with unread bytes sends a reset, and the client loses the answer. So the rest of
 * the body is read and dropped, up to this much and this long; past that, the connection
 * is cut (a body that large is no client's request).
 */
const DRAIN_BYTES = 1024 * 1024;
const DRAIN_MS = 5_000;

/** Reads what is left of the request's body and drops it; `false` when it had to stop early. */
function drain(req: IncomingMessage): Promise<boolean> {
  if (req.complete) return Promise.resolve(true);
  const declared = Number(req.headers['content-length'] ?? '0');
  if (Number.isFinite(declared) && declared > DRAIN_BYTES) return Promise.resolve(false);
  return new Promise((resolve) => {
    let seen = 0;
    const done = (whole: boolean) => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('close', onClose);
      req.pause();
      resolve(whole);
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.byteLength;
      if (seen > DRAIN_BYTES) done(false);
    };
    const onEnd = () => done(true);
    const onClose = () => done(req.complete);
    const timer = setTimeout(() => done(false), DRAIN_MS);
    req.on('data', onData).once('end', onEnd).once('close', onClose);
    req.resume();
  });
}

function toRequest(req: IncomingMessage, signal: AbortSignal, body: PassThrough | null): Request {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    try {
      headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
    } catch {
      // A header value fetch's Headers refuses is dropped; node already checked the syntax.
    }
  }
  // The host part is fixed: a forged Host header cannot change how the path is read.
  return new Request(new URL(req.url ?? '/', 'http://localhost'), {
    method: req.method ?? 'GET',
    headers,
    signal,
    ...(body ? { body: Readable.toWeb(body) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
}

/**
 * A node request as the handler reads it: headers from node's own table, the URL parsed
 * once, the body read from the socket only when the route takes one. No `AbortController`
 * unless a `Request` is asked for: nothing else listens for a client that goes away.
 */
function nodeIncoming(req: IncomingMessage, res: ServerResponse): Incoming {
  let url: URL | undefined;
  let request: Request | undefined;
  const incoming: Incoming = {
    method: req.method ?? 'GET',
    headers: {
      get(name) {
        const value = req.headers[name];
        // Repeated headers: node keeps `set-cookie` as a list, joins the others with ', ' as fetch does.
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    },
    url: () => {
      url ??= new URL(req.url ?? '/', 'http://localhost');
      return url;
    },
    body: (limit) => readBody(req, limit),
    request: () => {
      if (!request) {
        const aborter = new AbortController();
        if (res.closed) {
          if (!res.writableFinished) aborter.abort();
        } else res.once('close', () => !res.writableFinished && aborter.abort());
        request = builtFrom(toRequest(req, aborter.signal, null), incoming);
      }
      return request;
    },
  };
  return incoming;
}

/**
 * The body, up to `limit` bytes: `null` past it, the stream paused with the rest unread
 * (for `drain`). Rejects when the client goes away before the end.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const stop = () => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > limit) {
        stop();
        req.pause();
        resolve(null);
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    const onClose = () => {
      stop();
      reject(new Error('client went away before the end of the body'));
    };
    req.on('data', onData).once('end', onEnd).once('error', onError).once('close', onClose);
    req.resume();
  });
}

/** The reply's headers as node writes them: one name each, in lower case (fetch's `Headers` joins repeats with ', '). */
function writeReply(res: ServerResponse, reply: Reply, close: boolean): void {
  const headers: Record<string, string> = {};
  for (const name in reply.headers) {
    const key = name.toLowerCase();
    const value = reply.headers[name]!;
    headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
  }
  if (reply.body !== null) headers['content-length'] = String(Buffer.byteLength(reply.body));
  if (close) headers['connection'] = 'close';
  res.writeHead(reply.status, headers);
  res.end(reply.body);
}

/** After an answer given before the whole body arrived: `false` when the connection must be cut. */
async function afterEarly(req: IncomingMessage, body: PassThrough | null): Promise<boolean> {
  if (body) req.unpipe(body);
  body?.destroy();
  return drain(req);
}

async function write(res: ServerResponse, response: Response, close: boolean): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : null;
  if (body) headers['content-length'] = String(body.byteLength);
  // Shutting down, or answered early: the client opens its next request on a new connection.
  if (close) headers['connection'] = 'close';
  res.writeHead(response.status, headers);
  res.end(body);
}

function badRequest(res: ServerResponse): void {
  if (!res.headersSent) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
    res.end('Bad request');
  } else res.destroy();
}

export function serve(handler: Handler, options: ServeOptions = {}): Promise<Served> {
  const host = options.host ?? '127.0.0.1';
  let closed: Promise<void> | null = null;
  const closing = () => closed !== null;
  const server = createServer(async (req, res) => {
    // Once answered, a connection that is kept alive would hold `close()` until it times out.
    res.once('finish', () => {
      if (closing()) setImmediate(() => server.closeIdleConnections());
    });
    if (handler.node) {
      try {
        const reply = await handler.node(nodeIncoming(req, res), { ip: req.socket.remoteAddress ?? 'unknown' });
        if (reply) {
          const early = !req.complete;
          const whole = early ? await afterEarly(req, null) : true;
          // A body too large to read is cut once the answer is out: the client may then lose it.
          if (!whole) res.once('finish', () => req.destroy());
          writeReply(res, reply, early || closing());
          return;
        }
      } catch {
        return badRequest(res);
      }
    }
    const aborter = new AbortController();
    // Only a client that leaves before the answer is out aborts the work; aborting after a
    // finished response would build a DOMException on every request for nothing.
    res.on('close', () => {
      if (!res.writableFinished) aborter.abort();
    });
    // The handler reads the body through a pipe it may cancel: cancelling stops the pipe,
    // not the socket, so what is left can still be read here (see `drain`).
    const method = req.method ?? 'GET';
    const body = method !== 'GET' && method !== 'HEAD' ? req.pipe(new PassThrough()) : null;
    try {
      const request = toRequest(req, aborter.signal, body);
      const response = await handler(request, { ip: req.socket.remoteAddress ?? 'unknown' });
      const early = !req.complete;
      const whole = early ? await afterEarly(req, body) : true;
      // A body too large to read is cut once the answer is out: the client may then lose it.
      res.once('finish', () => {
        if (!whole) req.destroy();
      });
      await write(res, response, early || closing());
    } catch {
      badRequest(res);
    }
  });
  server.requestTimeout = options.requestTimeoutMs ?? 30_000;
  server.headersTimeout = Math.min(server.requestTimeout, 20_000);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        server,
        port,
        host,
        url: `http://${shown}:${port}`,
        close: (closeOptions = {}) => {
          closed ??= new Promise<void>((done, fail) => {
            const timeoutMs = closeOptions.timeoutMs ?? options.closeTimeoutMs ?? 10_000;
            const cut = setTimeout(() => server.closeAllConnections(), timeoutMs);
            // Stops listening at once; idle kept-alive connections close now, busy ones
            // after their answer (see 'finish' above).
            server.close((e) => {
              clearTimeout(cut);
              if (e) fail(e);
              else done();
            });
            server.closeIdleConnections();
          });
          return closed;
        },
      });
    });
  });
}
