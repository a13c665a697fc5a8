/** A token bucket per client: `capacity` requests at once, refilled at `refillPerSecond`. */
export interface RateLimitOptions {
  /** @default 120 */
  capacity?: number;
  /** @default 4 */
  refillPerSecond?: number;
  /** Buckets kept at most; the fullest are dropped first (a full bucket is the default anyway). @default 50000 */
  maxClients?: number;
}

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

export function createRateLimiter(options: RateLimitOptions = {}) {
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
