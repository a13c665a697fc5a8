// The OpenAPI document's servers: the default council at `/api/…` and each council of a
// multi-council server at `/o/{slug}/api/…`. Every documented path, with every documented
// method, reaches its route at both addresses (whatever it then answers, never "no such
// route", "no such council" or "wrong method"), and the document a council's address serves
// names that council.
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { createCouncils } from '../testing/fixtures.js';
import { createHandler } from './handler.js';
import { openApiDocument } from './openapi.js';
import { ROUTES } from './routes.js';

interface Server {
  url: string;
  variables?: Record<string, { default: string }>;
}
interface Doc {
  servers: Server[];
  paths: Record<string, Record<string, unknown>>;
}

const ROUTING_ERRORS = ['routeNotFound', 'organisationNotFound', 'methodNotAllowed'];

/** A server's URL with its variables set, e.g. `/o/{slug}` → `/o/cd93`. */
const expand = (server: Server, values: Record<string, string>) =>
  server.url.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? server.variables?.[name]?.default ?? '');

async function council() {
  const store = new MemoryStore();
  await createCouncils(store, [{ id: 'o_cd93', slug: 'cd93' }], '2026-01-01T00:00:00.000Z');
  return createHandler({ store, rateLimit: false });
}

describe('the OpenAPI document’s servers', () => {
  const doc = openApiDocument(ROUTES) as unknown as Doc;

  it('names the default council’s address and a council’s, with its slug as a variable', () => {
    expect(doc.servers.map((s) => s.url)).toEqual(['/', '/o/{slug}']);
    expect(doc.servers[1]?.variables?.['slug']).toMatchObject({ default: 'default' });
    // Joined with a path, the server gives the addresses the handler serves.
    expect(`${expand(doc.servers[1]!, { slug: 'cd93' })}${Object.keys(doc.paths)[0]}`).toMatch(/^\/o\/cd93\/api\//);
  });

  it('resolves every documented path and method on both prefixes', async () => {
    const handle = await council();
    const prefixes = doc.servers.map((s) => expand(s, { slug: 'cd93' }).replace(/\/$/, ''));
    expect(prefixes).toEqual(['', '/o/cd93']);
    const misses: string[] = [];
    let calls = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const method of Object.keys(operations)) {
        for (const prefix of prefixes) {
          const url = `http://participe.test${prefix}${path.replace(/\{(\w+)\}/g, 'x_1')}`;
          const write = method !== 'get';
          const res = await handle(
            new Request(url, {
              method: method.toUpperCase(),
              ...(write ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}),
            }),
          );
          calls += 1;
          const body = (await res.json().catch(() => null)) as { error?: { code: string } } | null;
          const code = body?.error?.code;
          if (res.status === 405 || (code && ROUTING_ERRORS.includes(code))) misses.push(`${method} ${url}: ${code}`);
        }
      }
    }
    expect(misses).toEqual([]);
    expect(calls).toBe(ROUTES.length * 2);
  });

  it('answers an address of no council with organisationNotFound, as the check above would catch', async () => {
    const handle = await council();
    const res = await handle(new Request('http://participe.test/o/nulle-part/api/spaces'));
    expect([res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([
      404,
      'organisationNotFound',
    ]);
  });

  it('serves at a council’s address a document that names that council first', async () => {
    const handle = await council();
    const own = (await (await handle(new Request('http://participe.test/o/cd93/api/openapi.json'))).json()) as Doc;
    expect(own.servers[0]).toMatchObject({ url: '/o/{slug}', variables: { slug: { default: 'cd93' } } });
    expect(own.paths).toEqual(doc.paths);
    const root = (await (await handle(new Request('http://participe.test/api/openapi.json'))).json()) as Doc;
    expect(root.servers).toEqual(doc.servers);
  });
});
