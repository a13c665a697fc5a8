import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves in-memory files on loopback, `/<prefix>/<file>`; `/blank` is an empty page to open
 * before the throttled navigation. `no-store`: every run fetches everything again.
 */
export async function serve(sites: Map<string, Map<string, { body: Buffer; type: string }>>): Promise<Served> {
  const server = createServer((req, res) => {
    const [, prefix = '', file = ''] = (req.url ?? '/').split('?')[0]!.split('/');
    const hit =
      prefix === 'blank'
        ? { body: Buffer.from('<!doctype html>'), type: 'text/html' }
        : sites.get(prefix)?.get(file || 'index.html');
    if (!hit) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': `${hit.type}; charset=utf-8`, 'cache-control': 'no-store' }).end(hit.body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
