// Finds the operation of the contract a request is for. The routes are the contract's rows
// (`routes.ts`): the handler dispatches on them and the OpenAPI document is generated from them.
import type { Endpoint, OperationId } from '../contract/endpoints.js';
import type { OperationSpec } from '../contract/operations.js';

export type Method = Endpoint['method'];

/** One operation of the contract, whole: its endpoint and its row. */
export type Route = { operationId: OperationId } & Endpoint & OperationSpec;

interface Compiled {
  route: Route;
  segments: string[];
}

export type Match =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrongMethod'; allow: Method[] }
  | { kind: 'none' };

export function createRouter(routes: readonly Route[]) {
  const compiled: Compiled[] = routes.map((r) => ({ route: r, segments: r.path.split('/').slice(1) }));
  return (method: string, pathname: string): Match => {
    const parts = pathname.split('/').slice(1);
    const allow: Method[] = [];
    for (const c of compiled) {
      if (c.segments.length !== parts.length) continue;
      const params: Record<string, string> = Object.create(null);
      let ok = true;
      for (let i = 0; i < parts.length && ok; i++) {
        const seg = c.segments[i]!;
        const part = parts[i]!;
        if (seg.startsWith('{')) {
          const value = safeDecode(part);
          if (value === null || value === '') ok = false;
          else params[seg.slice(1, -1)] = value;
        } else ok = seg === part;
      }
      if (!ok) continue;
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
