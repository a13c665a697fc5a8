import {
  type ContributionInput,
  type CreatedContribution,
  isUnacknowledged,
  type ParticipeBackend,
} from '@participe/core';
import { keyValueTable } from './idb.js';

/** A submission waiting for the server, stored before the first attempt. */
export interface OutboxEntry {
  idempotencyKey: string;
  body: ContributionInput & { website?: string };
  /** ISO instant; entries are delivered oldest first. */
  queuedAt: string;
}

export type OutboxEvent =
  | { type: 'delivered'; idempotencyKey: string; created: CreatedContribution }
  /**
   * The server answered no with a 4xx (invalid, conflict, unknown space): resending would not help.
   * `error` is what the back end threw, as it threw it (`toBackendError` reads it).
   */
  | { type: 'rejected'; idempotencyKey: string; error: unknown };

export interface Outbox {
  /**
   * Stores the submission durably, then sends it. Without an acknowledgement (offline, a
   * timeout, a 5xx) it stays queued and the promise rejects as the back end threw; it is
   * delivered later by `flush`, or by the retries `start` schedules. A 4xx removes it.
   */
  send(request: Pick<OutboxEntry, 'body' | 'idempotencyKey'>): Promise<CreatedContribution>;
  /** Sends every queued entry, oldest first; stops at the first one not acknowledged. */
  flush(): Promise<void>;
  pending(): Promise<OutboxEntry[]>;
  has(idempotencyKey: string): Promise<boolean>;
  subscribe(listener: (event: OutboxEvent) => void): () => void;
  /**
   * Flushes now, whenever `target` fires `online`, and again with backoff while something
   * is queued and unacknowledged. Returns a function that stops listening and retrying.
   */
  start(target?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): () => void;
}

export interface OutboxOptions {
  /** The IndexedDB database. @default 'participe-outbox' */
  name?: string;
  now?: () => Date;
  /**
   * Retries after a failure without acknowledgement, once started: a random wait between
   * half and all of `baseMs · 2ⁿ` (at most `maxMs`), so that clients spread out after an outage.
   * @default { baseMs: 2000, maxMs: 300000 }
   */
  retry?: { baseMs?: number; maxMs?: number };
}

/**
 * An outbox in front of `backend.createContribution`: each submission is written to
 * IndexedDB before it is sent and removed only once the server acknowledged it (or refused
 * it for good with a 4xx). No answer, a timeout or a 5xx keeps it, and a started outbox
 * tries again with backoff, in this tab or the next one opened. The idempotency key makes
 * every re-send safe: the server stores it once. Within the page, one key is never in
 * flight twice, and flushes never overlap.
 */
export function createOutbox(backend: Pick<ParticipeBackend, 'createContribution'>, opts: OutboxOptions = {}): Outbox {
  const table = keyValueTable<OutboxEntry>(opts.name ?? 'participe-outbox', 'outbox');
  const listeners = new Set<(event: OutboxEvent) => void>();
  const inFlight = new Map<string, Promise<CreatedContribution>>();
  let flushing: Promise<void> | null = null;
  // Retries with backoff, only while started: `failures` in a row sets the next wait.
  let started = 0;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | 0 = 0;
  const { baseMs = 2_000, maxMs = 300_000 } = opts.retry ?? {};
  const retryLater = () => {
    if (started && !timer) {
      const wait = Math.min(maxMs, baseMs * 2 ** failures++) * (0.5 + Math.random() / 2);
      timer = setTimeout(() => {
        timer = 0;
        outbox.flush().catch(() => undefined);
      }, wait);
    }
  };
  const emit = (event: OutboxEvent) => {
    for (const listener of listeners) listener(event);
  };

  function deliver(entry: OutboxEntry): Promise<CreatedContribution> {
    const key = entry.idempotencyKey;
    const running = inFlight.get(key);
    if (running) return running;
    const attempt = (async () => {
      try {
        const created = await backend.createContribution(entry.body, key);
        failures = 0;
        await table.delete(key);
        emit({ type: 'delivered', idempotencyKey: key, created });
        return created;
      } catch (error) {
        if (isUnacknowledged(error)) retryLater();
        else {
          await table.delete(key);
          emit({ type: 'rejected', idempotencyKey: key, error });
        }
        throw error;
      } finally {
        inFlight.delete(key);
      }
    })();
    inFlight.set(key, attempt);
    return attempt;
  }

  const outbox: Outbox = {
    async send({ body, idempotencyKey }) {
      const entry: OutboxEntry = { idempotencyKey, body, queuedAt: (opts.now?.() ?? new Date()).toISOString() };
      await table.put(idempotencyKey, entry);
      return deliver(entry);
    },
    flush() {
      flushing ??= (async () => {
        for (const entry of await outbox.pending()) {
          try {
            await deliver(entry);
          } catch (e) {
            if (isUnacknowledged(e)) break;
          }
        }
      })().finally(() => {
        flushing = null;
      });
      return flushing;
    },
    pending: async () => (await table.values()).sort((a, b) => a.queuedAt.localeCompare(b.queuedAt)),
    has: async (key) => (await table.get(key)) !== undefined,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start(target = globalThis) {
      // A failing flush leaves its entries queued for the next `online`: nothing to report.
      const onOnline = () => {
        outbox.flush().catch(() => undefined);
      };
      started += 1;
      target.addEventListener('online', onOnline);
      onOnline();
      return () => {
        target.removeEventListener('online', onOnline);
        if (!--started) {
          clearTimeout(timer);
          timer = 0;
        }
      };
    },
  };
  return outbox;
}
