import { describe, expect, it } from 'vitest';
import { createRouter, type Route } from './router.js';
import { ROUTES } from './routes.js';

const route = (operationId: string, method: Route['method'], path: string) =>
  ({ ...ROUTES[0]!, operationId, method, path }) as Route;

describe('createRouter', () => {
  const match = createRouter(ROUTES);

  it('finds every route of the contract at its own path, with its parameters decoded', () => {
    for (const r of ROUTES) {
      const names = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const path = r.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(`${name} é/1`));
      const found = match(r.method, path);
      expect(found.kind, `${r.method} ${r.path}`).toBe('found');
      if (found.kind !== 'found') continue;
      // Another route may take the same path first (the contract's order decides); it is the same shape.
      expect(found.route.path.split('/').length).toBe(r.path.split('/').length);
      if (found.route === r) expect(found.params).toEqual(Object.fromEntries(names.map((n) => [n, `${n} é/1`])));
    }
  });

  it('takes the first route that matches, fixed segments or parameters alike', () => {
    const m = createRouter([
      route('a', 'GET', '/api/things/{id}'),
      route('b', 'GET', '/api/things/new'),
      route('c', 'POST', '/api/things/new'),
    ]);
    expect(m('GET', '/api/things/new')).toMatchObject({
      kind: 'found',
      route: { operationId: 'a' },
      params: { id: 'new' },
    });
    expect(m('POST', '/api/things/new')).toMatchObject({ kind: 'found', route: { operationId: 'c' }, params: {} });
  });

  it('lists the methods of the routes at a path asked with another method', () => {
    const m = createRouter([route('a', 'GET', '/api/things/{id}'), route('b', 'POST', '/api/things/{id}')]);
    expect(m('DELETE', '/api/things/x')).toEqual({ kind: 'wrongMethod', allow: ['GET', 'POST'] });
  });

  it('matches nothing with an empty or undecodable parameter, another length or another fixed segment', () => {
    const m = createRouter([route('a', 'GET', '/api/things/{id}/parts')]);
    expect(m('GET', '/api/things//parts')).toEqual({ kind: 'none' });
    expect(m('GET', '/api/things/%E0%A4%A/parts')).toEqual({ kind: 'none' });
    expect(m('GET', '/api/things/x')).toEqual({ kind: 'none' });
    expect(m('GET', '/api/things/x/parts/y')).toEqual({ kind: 'none' });
    expect(m('GET', '/api/thing/x/parts')).toEqual({ kind: 'none' });
    expect(m('GET', '/api/things/x/parts')).toMatchObject({ kind: 'found', params: { id: 'x' } });
  });
});
