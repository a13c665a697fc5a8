// A fake OpenAgenda on loopback: the v2 routes the sync calls, as OpenAgenda's developer
// documentation describes them (requestAccessToken; events: list with `after` paging, put by
// external id, patch, delete; locations put by external id). It keeps events in memory and
// can be told to fail the next calls.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeEvent {
  uid: number;
  [field: string]: unknown;
}

export interface FakeOpenAgenda {
  /** `http://127.0.0.1:<port>/v2` */
  baseUrl: string;
  agendaUid: string;
  secretKey: string;
  publicKey: string;
  events: Map<number, FakeEvent>;
  locations: Map<string, { uid: number; [field: string]: unknown }>;
  /** Every call received: `METHOD /path`. */
  calls: string[];
  /** Statuses to answer the next calls with, first first (e.g. [503, 429]). */
  failNext: number[];
  close(): Promise<void>;
}

const body = (req: IncomingMessage) =>
  new Promise<unknown>((resolve, reject) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      try {
        resolve(data ? JSON.parse(data) : null);
      } catch (e) {
        reject(e);
      }
    });
  });

export async function startFakeOpenAgenda(agendaUid = '41630080'): Promise<FakeOpenAgenda> {
  const token = 'fake-access-token';
  const fake = {
    agendaUid,
    secretKey: 'oa_sk_fake',
    publicKey: 'oa_pk_fake',
    events: new Map<number, FakeEvent>(),
    locations: new Map<string, { uid: number }>(),
    calls: [] as string[],
    failNext: [] as number[],
  };
  let nextUid = 90_000_001;
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    fake.calls.push(`${req.method} ${url.pathname}`);
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(json));
    };
    const forced = fake.failNext.shift();
    if (forced)
      return send(forced, { message: 'fake OpenAgenda: forced failure' }, forced === 429 ? { 'retry-after': '0' } : {});
    const input = (await body(req)) as Record<string, unknown> | null;
    if (req.method === 'POST' && url.pathname === '/v2/requestAccessToken') {
      if (input?.code !== fake.secretKey) return send(401, { message: 'invalid secret key' });
      return send(200, { access_token: token, expires_in: 3600 });
    }
    const m = /^\/v2\/agendas\/([^/]+)\/(events|locations)(?:\/(.+))?$/.exec(url.pathname);
    if (!m || m[1] !== agendaUid) return send(404, { message: 'agenda not found' });
    const [, , kind, rest] = m;
    if (req.method === 'GET') {
      if (req.headers.key !== fake.publicKey && req.headers['access-token'] !== token)
        return send(403, { message: 'a key is required' });
      const all = [...fake.events.values()].sort((a, b) => a.uid - b.uid);
      const size = Number(url.searchParams.get('size') ?? '20');
      const after = Number(url.searchParams.getAll('after[]')[0] ?? '0');
      const page = all.filter((e) => e.uid > after).slice(0, size);
      const last = page.at(-1);
      const more = last !== undefined && all.some((e) => e.uid > last.uid);
      return send(200, { total: all.length, events: page, after: more ? [String(last.uid)] : null });
    }
    if (req.headers['access-token'] !== token) return send(401, { message: 'access token required' });
    if (kind === 'locations') {
      const ext = /^ext\/([^/]+)\/([^/]+)$/.exec(rest ?? '');
      if (req.method !== 'PUT' || !ext) return send(405, { message: 'not in the fake' });
      const key = `${ext[1]}/${ext[2]}`;
      const location = { ...(fake.locations.get(key) ?? { uid: nextUid++ }), ...input };
      fake.locations.set(key, location as { uid: number });
      return send(200, { location });
    }
    const ext = /^ext\/([^/]+)\/([^/]+)$/.exec(rest ?? '');
    if (req.method === 'PUT' && ext) {
      const value = decodeURIComponent(ext[2]!);
      const found = [...fake.events.values()].find((e) =>
        (e.extIds as Array<{ key: string; value: string }> | undefined)?.some(
          (x) => x.key === ext[1] && x.value === value,
        ),
      );
      if (!input?.title || !input.description || !Array.isArray(input.timings))
        return send(400, { message: 'title, description and timings are required' });
      const event = { ...(found ?? { uid: nextUid++ }), ...input, updatedAt: new Date().toISOString() } as FakeEvent;
      fake.events.set(event.uid, event);
      return send(200, { success: true, event });
    }
    const uid = Number(rest);
    const existing = fake.events.get(uid);
    if (!existing) return send(404, { message: `event ${rest} not found` });
    if (req.method === 'PATCH' || req.method === 'POST') {
      const event = { ...existing, ...input, uid, updatedAt: new Date().toISOString() };
      fake.events.set(uid, event);
      return send(200, { success: true, event });
    }
    if (req.method === 'DELETE') {
      fake.events.delete(uid);
      return send(200, { success: true, event: existing });
    }
    return send(405, { message: 'not in the fake' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...fake,
    baseUrl: `http://127.0.0.1:${port}/v2`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
