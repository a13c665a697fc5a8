// Finds the operation of the contract a request is for. The routes are the contract's rows
// (`routes.ts`): the handler dispatches on them and the OpenAPI document is generated from them.
import type { Endpoint, OperationId } from '../contract/endpoints.js';
import type { OperationSpec } from '../contract/operations.js';

export type Method = Endpoint['method'];

/** One operation of the contract, whole: its endpoint and its row. */
export type Route = { operationId: OperationId } & Endpoint & OperationSpec;

/** A route as matched: its fixed segments compared first, its `{params}` read only when they all match. */
interface Compiled {
  route: Route;
  fixed: Array<[index: number, segment: string]>;
  params: Array<[index: number, name: string]>;
}

export type Match =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrongMethod'; allow: Method[] }
  | { kind: 'none' };

export function createRouter(routes: readonly Route[]) {
  // By number of segments, in the contract's order (the first route that matches wins).
  const bySize = new Map<number, Compiled[]>();
  for (const route of routes) {
    const segments = route.path.split('/').slice(1);
    const compiled: Compiled = { route, fixed: [], params: [] };
    segments.forEach((seg, i) => {
      if (seg.startsWith('{')) compiled.params.push([i, seg.slice(1, -1)]);
      else compiled.fixed.push([i, seg]);
    });
    bySize.set(segments.length, [...(bySize.get(segments.length) ?? []), compiled]);
  }
  return (method: string, pathname: string): Match => {
    const parts = pathname.split('/').slice(1);
    const allow: Method[] = [];
    candidates: for (const c of bySize.get(parts.length) ?? []) {
      for (const [i, seg] of c.fixed) if (parts[i] !== seg) continue candidates;
      const params: Record<string, string> = Object.create(null);
      for (const [i, name] of c.params) {
        const value = safeDecode(parts[i]!);
        if (value === null || value === '') continue candidates;
        params[name] = value;
      }
      if (c.route.method === method) return { kind: 'found', route: c.route, params };
      allow.push(c.route.method);
    }
    return allow.length > 0 ? { kind: 'wrongMethod', allow } : { kind: 'none' };
  };
}

/** `%E0%A4%A` is not a path segment: no route matches it (a 404, not a crash). */
function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}
