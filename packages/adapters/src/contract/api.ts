// The API's call shapes, derived from the contract: what a caller passes and gets back for
// each operation, and what an implementation receives and answers. One convention for every
// operation, so no method is written by hand: its path parameters in order, then its body
// (every POST has one), then an options object holding its query values and the options
// its request headers carry (`expectedVersion` for `If-Match`…). For example
// `sendContributionEvent(id, command, { expectedVersion: 3 })`.
// The run-time part is small on purpose: the browser's client loads it with `endpoints.ts`
// only, never a schema (`import type` below costs nothing at run time).
import type * as z from 'zod/mini';
import {
  type Endpoint,
  type HeaderOptionValues,
  type PathParam,
  pathParams,
  REQUEST_HEADERS,
  type RequestHeader,
} from './endpoint.js';
import type { Endpoints, OperationId } from './endpoints.js';
import type { Operations } from './operations.js';

type Row<K extends OperationId> = Operations[K];
type Path<K extends OperationId> = Endpoints[K]['path'];

/** The options an operation's request headers become, e.g. `{ expectedVersion?: number }` for `If-Match`. */
type HeaderOptions<E> = E extends { headers: readonly (infer H extends RequestHeader)[] }
  ? { [O in (typeof REQUEST_HEADERS)[H]]?: HeaderOptionValues[O] }
  : unknown;

type Schema<R, F extends string> = R extends { [P in F]: infer S extends z.ZodMiniType } ? S : never;

/** One string per path parameter, in order. */
type ParamArgs<P extends string> = P extends `${string}{${string}}${infer Rest}` ? [string, ...ParamArgs<Rest>] : [];

/** The body a caller sends (defaults may be left out). */
export type BodyOf<K extends OperationId> = z.input<Schema<Row<K>, 'body'>>;
/** The query values a caller sends. */
export type QueryOf<K extends OperationId> = [Schema<Row<K>, 'query'>] extends [never]
  ? unknown
  : z.input<Schema<Row<K>, 'query'>>;
export type OptionsOf<K extends OperationId> = QueryOf<K> & HeaderOptions<Endpoints[K]>;
/** What an operation answers on success. */
export type ResultOf<K extends OperationId> = z.output<Row<K>['ok']['schema']>;

type BodyArg<K extends OperationId> = [Schema<Row<K>, 'body'>] extends [never] ? [] : [body: BodyOf<K>];
type OptionsArg<K extends OperationId> = keyof OptionsOf<K> extends never ? [] : [options?: OptionsOf<K>];
export type ArgsOf<K extends OperationId> = [...ParamArgs<Path<K>>, ...BodyArg<K>, ...OptionsArg<K>];

/** The API as a caller sees it: one method per operation, named by its `operationId`. */
export type ApiOf<K extends OperationId = OperationId> = {
  [I in K]: (...args: ArgsOf<I>) => Promise<ResultOf<I>>;
};

/** What an implementation receives: path parameters, the query and body as validated, header options. */
export type InputOf<K extends OperationId> = {
  params: Record<PathParam<Path<K>>, string>;
  query: [Schema<Row<K>, 'query'>] extends [never] ? Record<string, never> : z.output<Schema<Row<K>, 'query'>>;
  body: [Schema<Row<K>, 'body'>] extends [never] ? undefined : z.output<Schema<Row<K>, 'body'>>;
} & HeaderOptions<Endpoints[K]>;

/** The body an implementation receives, as the contract validated it. */
export type ValidBody<K extends OperationId> = InputOf<K>['body'];
/** The query an implementation receives, as the contract validated it. */
export type ValidQuery<K extends OperationId> = InputOf<K>['query'];

type ResponseHeaders<K extends OperationId> = Row<K>['ok'] extends { headers: readonly (infer H extends string)[] }
  ? H
  : never;

/** What an implementation answers: the body, and only the response headers its row declares. */
export type ReplyOf<K extends OperationId> = {
  body: ResultOf<K>;
} & ([ResponseHeaders<K>] extends [never] ? unknown : { headers?: Partial<Record<ResponseHeaders<K>, string>> });

/** An operation's input before validation, whatever the operation. */
export interface CallInput {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  idempotencyKey?: string;
  expectedVersion?: number;
  secret?: string;
}

/** Positional arguments → the operation's input, by the convention above. */
export function inputOf(endpoint: Endpoint, args: readonly unknown[]): CallInput {
  const names = pathParams(endpoint.path);
  const params: Record<string, string> = {};
  names.forEach((name, i) => {
    params[name] = args[i] as string;
  });
  const hasBody = endpoint.method !== 'GET';
  const body = hasBody ? args[names.length] : undefined;
  const query = { ...(args[names.length + (hasBody ? 1 : 0)] as object | undefined) } as Record<string, unknown>;
  const input: CallInput = { params, query, body };
  for (const header of endpoint.headers ?? []) {
    const option = REQUEST_HEADERS[header];
    if (query[option] !== undefined) (input as unknown as Record<string, unknown>)[option] = query[option];
    delete query[option];
  }
  return input;
}

/**
 * One method per operation of `endpoints` (the whole table, or a part of it such as the
 * citizen widgets' `PUBLIC_ENDPOINTS`), each turning its arguments into an input and
 * handing it to `call`. The table is a parameter, so a client carries only the part it binds.
 */
export function bindOperations<K extends OperationId>(
  endpoints: Pick<Endpoints, K>,
  call: (id: K, endpoint: Endpoint, input: CallInput) => Promise<unknown>,
): ApiOf<K> {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const id of Object.keys(endpoints) as K[]) {
    const endpoint: Endpoint = endpoints[id];
    api[id] = (...args) => call(id, endpoint, inputOf(endpoint, args));
  }
  return api as unknown as ApiOf<K>;
}
