// What one operation of the API is at run time for a client: its method, its path and the
// request headers it reads, and the two helpers that turn a path and its parameters into a
// URL. The smallest part of the contract: every client loads it, the browser's included.

/** Request headers an operation reads, each with the option that carries it in a client call. */
export const REQUEST_HEADERS = {
  'Idempotency-Key': 'idempotencyKey',
  'If-Match': 'expectedVersion',
  'X-Participe-Secret': 'secret',
} as const;
export type RequestHeader = keyof typeof REQUEST_HEADERS;

/** What each header's option holds: `If-Match` is sent as `"<version>"`. */
export interface HeaderOptionValues {
  idempotencyKey: string;
  expectedVersion: number;
  secret: string;
}

export interface Endpoint {
  /** `PUT` replaces an entry whole (the content editors' saves); `POST` does everything else that writes. */
  method: 'GET' | 'POST' | 'PUT';
  /** OpenAPI style, `/api/contributions/{id}`: each `{…}` is a path parameter, in call order. */
  path: `/api/${string}`;
  headers?: readonly RequestHeader[];
  /** A POST that changes nothing (it reads, with a body): safe to send again. */
  safe?: true;
}

/** The names of a path's parameters: `'/api/spaces/{space}/members/{member}'` → `'space' | 'member'`. */
export type PathParam<P extends string> = P extends `${string}{${infer N}}${infer Rest}` ? N | PathParam<Rest> : never;

/** The path parameters' names at run time, in order. */
export const pathParams = (path: string): string[] => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/** A path with its parameters filled in: `pathTo('/api/contributions/{id}', { id })`. */
export const pathTo = (path: string, params: Readonly<Record<string, string>>): string =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
