// Serves a fetch-style handler with node:http. The client address given to the handler
// is the socket's, never a header, so rate limits cannot be dodged by a forged header.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
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

function toRequest(req: IncomingMessage, signal: AbortSignal): Request {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    try {
      headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
    } catch {
      // A header value fetch's Headers refuses is dropped; node already checked the syntax.
    }
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // The host part is fixed: a forged Host header cannot change how the path is read.
  return new Request(new URL(req.url ?? '/', 'http://localhost'), {
    method,
    headers,
    signal,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
}

async function write(res: ServerResponse, response: Response, closing: () => boolean): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : null;
  if (body) headers['content-length'] = String(body.byteLength);
  // Shutting down: the client opens its next request elsewhere, not on this connection.
  if (closing()) headers['connection'] = 'close';
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
    res.on('close', () => aborter.abort());
    try {
      const request = toRequest(req, aborter.signal);
      const response = await handler(request, { ip: req.socket.remoteAddress ?? 'unknown' });
      // The handler answered before reading the whole body (a 413): once the answer is
      // out, close rather than read the rest.
      res.once('finish', () => {
        if (!req.complete) req.destroy();
      });
      await write(res, response, closing);
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
