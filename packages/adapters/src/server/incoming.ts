// What the API handler reads of a request, and what it answers. A fetch `Request` is read
// through `fromRequest`; `serve` reads node's `IncomingMessage` directly (`serve.ts`): for
// the API's JSON routes, building a `Request` (its `Headers`, its URL, a web stream for the
// body) and reading a `Response` back was a quarter of the server's CPU (bench/http).

export interface HeaderSource {
  /** The header's value, `null` when absent; the name in lower case. */
  get(name: string): string | null;
}

export interface Incoming {
  readonly method: string;
  readonly headers: HeaderSource;
  /** The request's URL, its host part fixed by `serve`; read once. Throws when it is not one. */
  url(): URL;
  /**
   * The body's bytes, at most `limit` of them: `null` past the limit (the rest is left
   * unread). Rejects when the client went away before the end of the body.
   */
  body(limit: number): Promise<Uint8Array | null>;
  /** The request as a fetch `Request` (without its body), for `authenticate` and `onError`. */
  request(): Request;
}

/** An answer of the API: JSON or text, or no body at all (204, 304, `HEAD`). */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

export const toResponse = (reply: Reply): Response =>
  new Response(reply.body, { status: reply.status, headers: reply.headers });

/** A fetch `Request` as the handler reads it. */
export function fromRequest(request: Request): Incoming {
  let url: URL | undefined;
  return {
    method: request.method,
    headers: request.headers,
    url: () => {
      url ??= new URL(request.url);
      return url;
    },
    body: (limit) => readStream(request.body, limit),
    request: () => request,
  };
}

async function readStream(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return bytes;
}

// The `Request` built for a node request, back to what it was built from: the request log
// names both by the same id.
const sources = new WeakMap<Request, object>();

/** What `request` was built from by `serve`'s direct path, if it was. */
export const sourceOf = (request: Request): object | undefined => sources.get(request);

export const builtFrom = (request: Request, source: object): Request => {
  sources.set(request, source);
  return request;
};
