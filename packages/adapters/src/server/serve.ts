// Serves a fetch-style handler with node:http. The client address given to the handler
// is the socket's, never a header, so rate limits cannot be dodged by a forged header.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough, Readable } from 'node:stream';
import type { Handler } from './handler.js';

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

export function serve(handler: Handler, options: ServeOptions = {}): Promise<Served> {
  const host = options.host ?? '127.0.0.1';
  let closed: Promise<void> | null = null;
  const closing = () => closed !== null;
  const server = createServer(async (req, res) => {
    // Once answered, a connection that is kept alive would hold `close()` until it times out.
    res.once('finish', () => {
      if (closing()) setImmediate(() => server.closeIdleConnections());
    });
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
      let whole = true;
      if (early) {
        if (body) req.unpipe(body);
        body?.destroy();
        whole = await drain(req);
      }
      // A body too large to read is cut once the answer is out: the client may then lose it.
      res.once('finish', () => {
        if (!whole) req.destroy();
      });
      await write(res, response, early || closing());
    } catch {
      if (!res.headersSent) {
        res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
        res.end('Bad request');
      } else res.destroy();
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
