import type { BackendError, ContributionInput, CreatedContribution, ParticipeBackend } from '@participe/core';
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
   * The server answered no (invalid, conflict, unknown space): resending would not help.
   * `error` is what the back end threw, as it threw it (`toBackendError` reads it).
   */
  | { type: 'rejected'; idempotencyKey: string; error: unknown };

export interface Outbox {
  /**
   * Stores the submission durably, then sends it. Offline, it stays queued and the promise
   * rejects with `{ kind: 'offline' }`; it is delivered later by `flush`. Other failures are
   * passed on as the back end threw them.
   */
  send(request: Pick<OutboxEntry, 'body' | 'idempotencyKey'>): Promise<CreatedContribution>;
  /** Sends every queued entry, oldest first; stops at the first `offline`. */
  flush(): Promise<void>;
  pending(): Promise<OutboxEntry[]>;
  has(idempotencyKey: string): Promise<boolean>;
  subscribe(listener: (event: OutboxEvent) => void): () => void;
  /** Flushes now and whenever `target` fires `online`. Returns a function that stops listening. */
  start(target?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): () => void;
}

/**
 * No answer: the submission stays queued. Only this kind is read here; the outbox passes
 * failures on untouched, so a page that never queues anything carries no mapper twice.
 */
const offline = (e: unknown) => (e as Partial<BackendError> | null)?.kind === 'offline';

/**
 * An outbox in front of `backend.createContribution`: each submission is written to
 * IndexedDB before it is sent and removed only once the server acknowledged it (or refused
 * it for good). The idempotency key makes every re-send safe: the server stores it once.
 * Within the page, one key is never in flight twice, and flushes never overlap.
 */
export function createOutbox(
  backend: Pick<ParticipeBackend, 'createContribution'>,
  opts: { name?: string; now?: () => Date } = {},
): Outbox {
  const table = keyValueTable<OutboxEntry>(opts.name ?? 'participe-outbox', 'outbox');
  const listeners = new Set<(event: OutboxEvent) => void>();
  const inFlight = new Map<string, Promise<CreatedContribution>>();
  let flushing: Promise<void> | null = null;
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
        await table.delete(key);
        emit({ type: 'delivered', idempotencyKey: key, created });
        return created;
      } catch (error) {
        if (!offline(error)) {
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
            if (offline(e)) break;
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
      target.addEventListener('online', onOnline);
      onOnline();
      return () => target.removeEventListener('online', onOnline);
    },
  };
  return outbox;
}
