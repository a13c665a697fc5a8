// Who is asking, and how often they may. Behind a reverse proxy every request comes from the
// proxy's address: the client is read from the forwarded-address header, but only as far as
// the hops we trust (proxy-addr walks the chain from our socket outwards), so a client
// cannot pick its own bucket by sending the header itself.
import proxyAddr from 'proxy-addr';

/** A token bucket: `capacity` requests at once, refilled at `refillPerSecond`. */
export interface Bucket {
  /** @default 120 */
  capacity?: number;
  /** @default 4 */
  refillPerSecond?: number;
}

/**
 * A token bucket per client, reads and writes apart: reading the list a hundred times does not
 * stop someone from sending their contribution. `capacity`/`refillPerSecond` set both.
 */
export interface RateLimitOptions extends Bucket {
  /** GET, HEAD, OPTIONS. @default `{ capacity, refillPerSecond }` */
  read?: Bucket;
  /** Every other method. @default `{ capacity, refillPerSecond }` */
  write?: Bucket;
  /** Buckets kept at most, per kind; the fullest are dropped first (a full bucket is the default anyway). @default 50000 */
  maxClients?: number;
}

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

export function createRateLimiter(options: Bucket & { maxClients?: number } = {}) {
  const capacity = options.capacity ?? 120;
  const rate = options.refillPerSecond ?? 4;
  const maxClients = options.maxClients ?? 50_000;
  const buckets = new Map<string, { tokens: number; at: number }>();

  function prune(nowMs: number) {
    for (const [key, b] of buckets) {
      if (b.tokens + ((nowMs - b.at) / 1000) * rate >= capacity) buckets.delete(key);
    }
    // Still too many clients at once: forget the oldest, they are the closest to full.
    for (const key of buckets.keys()) {
      if (buckets.size <= maxClients * 0.9) break;
      buckets.delete(key);
    }
  }

  return function take(client: string, nowMs: number = Date.now()): Take {
    const b = buckets.get(client) ?? { tokens: capacity, at: nowMs };
    const tokens = Math.min(capacity, b.tokens + (Math.max(0, nowMs - b.at) / 1000) * rate);
    if (tokens < 1) {
      buckets.set(client, { tokens, at: nowMs });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / rate)) };
    }
    // Re-insert so the map's order is least recently seen first.
    buckets.delete(client);
    buckets.set(client, { tokens: tokens - 1, at: nowMs });
    if (buckets.size > maxClients) prune(nowMs);
    return { ok: true };
  };
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Two buckets per client: one for reads, one for writes. */
export function createRateLimits(options: RateLimitOptions = {}) {
  const both = {
    ...(options.capacity === undefined ? {} : { capacity: options.capacity }),
    ...(options.refillPerSecond === undefined ? {} : { refillPerSecond: options.refillPerSecond }),
    ...(options.maxClients === undefined ? {} : { maxClients: options.maxClients }),
  };
  const read = createRateLimiter({ ...both, ...options.read });
  const write = createRateLimiter({ ...both, ...options.write });
  return (client: string, method: string, nowMs: number = Date.now()): Take =>
    (READS.has(method) ? read : write)(client, nowMs);
}

/**
 * Which proxies' forwarded-address header to believe: a number of hops (every socket is one of
 * ours, the last `n` entries were added by them), or addresses and CIDR ranges
 * (`['10.0.0.0/8', '192.0.2.10']`, or proxy-addr's names `loopback`, `linklocal`, `uniquelocal`).
 */
export type TrustedProxies = number | readonly string[];

/** The headers a proxy names the client in. `forwarded` is RFC 7239's `Forwarded: for=…`. */
export const CLIENT_ADDRESS_HEADERS = ['x-forwarded-for', 'x-real-ip', 'forwarded'] as const;
export type ClientAddressHeader = (typeof CLIENT_ADDRESS_HEADERS)[number];

export interface ClientAddressOptions {
  /** @default 0: only the socket address counts */
  trustProxy?: TrustedProxies;
  /** @default 'x-forwarded-for' */
  header?: ClientAddressHeader;
}

/** `Forwarded: for=192.0.2.60;proto=https, for="[2001:db8::1]:4711"` → the `for` addresses, in order. */
function forwardedFor(value: string): string[] {
  const out: string[] = [];
  for (const element of value.split(',')) {
    const m = /(?:^|;)\s*for\s*=\s*("?)([^";]*)\1/i.exec(element.trim());
    if (!m) continue;
    let addr = (m[2] ?? '').trim();
    if (addr.startsWith('[')) addr = addr.slice(1, addr.indexOf(']'));
    else if (/^[0-9.]+:\d+$/.test(addr)) addr = addr.slice(0, addr.lastIndexOf(':'));
    if (addr) out.push(addr);
  }
  return out;
}

/**
 * `(headers, socketAddress) => client address`. The chain is read from the socket outwards and
 * stops at the first address that is not a trusted proxy: that one is the client.
 */
export function createClientAddress(options: ClientAddressOptions = {}) {
  const trust = options.trustProxy ?? 0;
  const header = options.header ?? 'x-forwarded-for';
  const none = typeof trust === 'number' ? trust <= 0 : trust.length === 0;
  const trusted =
    typeof trust === 'number' ? (_addr: string, i: number) => i < trust : proxyAddr.compile([...trust] as string[]);
  return (headers: Pick<Headers, 'get'>, socketAddress: string | undefined): string => {
    const socket = socketAddress ?? 'unknown';
    if (none || socketAddress === undefined) return socket;
    const raw = headers.get(header);
    if (!raw) return socket;
    const chain = header === 'forwarded' ? forwardedFor(raw) : raw.split(',').map((s) => s.trim());
    // proxy-addr reads the request's socket and X-Forwarded-For: give it the chain we read.
    const request = {
      socket: { remoteAddress: socket },
      connection: { remoteAddress: socket },
      headers: { 'x-forwarded-for': chain.filter(Boolean).join(', ') },
    } as unknown as Parameters<typeof proxyAddr>[0];
    try {
      return proxyAddr(request, trusted);
    } catch {
      // A malformed entry: the socket is the only address we know for sure.
      return socket;
    }
  };
}
