// The outbox as the dispatcher sees it: claim what is due, then say how it went. Three
// implementations: the store alone (one process, retry on every pass: the behaviour before
// queues), memory (tests, one process) and PostgreSQL (`createSqlOutbox`: several processes,
// `FOR UPDATE SKIP LOCKED`, leases, backoff and a dead-letter state).
import type { NotificationRecord } from '@participe/core';
import type { PendingNotifications } from './dispatch.js';

/** A notification claimed for one attempt, with the attempts made before it. */
export type ClaimedNotification = NotificationRecord & {
  attempts: number;
  /** The organisation (council) that wrote it, whose store holds its contribution. @default 'default' */
  organisation?: string;
  /**
   * What its message needs, read with the claim by an outbox that shares the store's database
   * (`createSqlOutbox`): a batch then costs the same few statements however many it holds.
   * Without it, the dispatcher reads the store once per notification.
   */
  context?: DeliveryContext;
};

/** What the store holds for one notification's message, read in the notification's council. */
export interface DeliveryContext {
  /** Its contribution's space; `null` if the contribution or the space is gone. */
  space: { name: string; slug: string } | null;
  /** The author's follow-up code; `null` if the private part is gone. */
  followUpCode: string | null;
  /** The council's own sender (`organisations.settings.mailFrom`), or `undefined` for the mailer's. */
  mailFrom: string | undefined;
}

/** How one claimed notification ended, as the outbox records it. */
export type Settlement =
  /** Sent, or handled without sending (skipped): never claimed again. */
  | { key: NotificationKey; outcome: 'done'; at: Date }
  /** One more failed attempt (see `OutboxQueue.failed`). */
  | { key: NotificationKey; outcome: 'failed'; at: Date; failure: { error: string; retryAt: Date | null } }
  /** Not now (quiet hours), without counting an attempt. */
  | { key: NotificationKey; outcome: 'deferred'; until: Date };

/**
 * Which notification an update is about. Ids are random per council, so two councils may
 * hold the same id: an update names the council too, and touches that council's row only.
 * A bare id is the `default` council's.
 */
export type NotificationKey = string | { id: string; organisation?: string };

/** The council and the id of `key`. */
export const keyOf = (key: NotificationKey): { id: string; organisation: string } =>
  typeof key === 'string'
    ? { id: key, organisation: 'default' }
    : { id: key.id, organisation: key.organisation ?? 'default' };

export interface OutboxQueue {
  /**
   * Up to `limit` notifications due at `now`, oldest first, that no other process holds. A
   * claim lasts a lease: if this process dies before `done`/`failed`, they come back.
   */
  claim(limit: number, now: Date): Promise<ClaimedNotification[]>;
  /** Sent, or handled without sending (skipped): never claimed again. */
  done(key: NotificationKey, at: Date): Promise<void>;
  /**
   * One more failed attempt. `retryAt`: when to try again; `null`: give up (the dead-letter
   * state, listed for administrators). `error` names the kind of failure, never a contact.
   */
  failed(key: NotificationKey, at: Date, failure: { error: string; retryAt: Date | null }): Promise<void>;
  /** Not now (quiet hours): claimed again from `until`, without counting an attempt. */
  defer(key: NotificationKey, until: Date): Promise<void>;
  /**
   * A whole batch's outcomes at once, in a constant number of statements; all or nothing.
   * Without it, the dispatcher calls `done`, `failed` and `defer` for each.
   */
  settle?(settlements: readonly Settlement[]): Promise<void>;
}

/** A notification given up on, as administrators see it: no contact, no text. */
export interface DeadNotification {
  id: string;
  contributionId: string;
  kind: NotificationRecord['kind'];
  channel: 'email' | 'sms' | 'none';
  attempts: number;
  lastError: string | null;
  createdAt: string;
  deadAt: string;
}

/** Which dead letters: one council's (its administrators', over HTTP), or every council's (the CLI). */
export interface DeadLetterScope {
  /** The council (organisation id). @default every council */
  organisation?: string;
  /** Only this notification. */
  id?: string;
  /** Those after this one in the list's order (set aside first, then id): the next page. */
  after?: { deadAt: string; id: string };
}

/** An outbox that keeps its failures, for administrators (`participe outbox dead`, `GET /api/admin/outbox/dead`). */
export interface DeadLetters {
  /** Oldest set aside first. */
  listDead(limit: number, scope?: DeadLetterScope): Promise<DeadNotification[]>;
  /** Puts a dead notification back in the queue, its attempts reset; `false` if it is not dead (in `scope`). */
  revive(id: string, at: Date, scope?: Pick<DeadLetterScope, 'organisation'>): Promise<boolean>;
}

/** Whether `n` is in `scope`, and after its cursor: the order of `listDead` (set aside first, then id). */
export function inDeadScope(
  n: { id: string; deadAt: string; organisation: string },
  scope: DeadLetterScope = {},
): boolean {
  if (scope.organisation !== undefined && n.organisation !== scope.organisation) return false;
  if (scope.id !== undefined && n.id !== scope.id) return false;
  const after = scope.after;
  if (!after) return true;
  const at = Date.parse(n.deadAt) - Date.parse(after.deadAt);
  return at > 0 || (at === 0 && n.id > after.id);
}

/** When to try again after `attempts` failures, and when to stop. */
export interface RetryPolicy {
  /** Attempts in all, the first one included; then the dead-letter state. @default 8 */
  maxAttempts?: number;
  /** The wait after the first failure, doubled after each. @default 60_000 */
  baseDelayMs?: number;
  /** @default 21_600_000 (6 hours) */
  maxDelayMs?: number;
}

/** `null`: no more attempts. */
export function nextAttempt(attempts: number, at: Date, policy: RetryPolicy = {}): Date | null {
  if (attempts >= (policy.maxAttempts ?? 8)) return null;
  const delay = Math.min(
    (policy.baseDelayMs ?? 60_000) * 2 ** Math.max(0, attempts - 1),
    policy.maxDelayMs ?? 21_600_000,
  );
  return new Date(at.getTime() + delay);
}

/** The kind of an error, for the dead-letter list and logs: its name, code and status, never its message. */
export function errorKind(error: unknown): string {
  const e = (error ?? {}) as { name?: unknown; code?: unknown; status?: unknown; responseCode?: unknown };
  const name = typeof e.name === 'string' ? e.name : typeof error;
  const code = typeof e.code === 'string' || typeof e.code === 'number' ? ` ${e.code}` : '';
  const status =
    typeof e.status === 'number' ? ` ${e.status}` : typeof e.responseCode === 'number' ? ` ${e.responseCode}` : '';
  return `${name}${code}${status}`.slice(0, 120);
}

/** The store alone: one process, a failure is tried again on the next pass, nothing is given up. */
export function storeOutbox(store: PendingNotifications): OutboxQueue {
  return {
    async claim(limit) {
      return (await store.listPendingNotifications(limit)).map((n) => ({ ...n, attempts: 0 }));
    },
    async done(key, at) {
      const { id, organisation } = keyOf(key);
      await store.markNotificationSent(id, at.toISOString(), organisation);
    },
    async failed() {},
    async defer() {},
  };
}

interface MemoryState {
  attempts: number;
  dueAt: number;
  claimedUntil: number;
  lastError: string | null;
  deadAt: string | null;
}

/** In memory, over any store: backoff and dead letters for one process (tests, the memory store). */
export function createMemoryOutbox(
  store: PendingNotifications & {
    listNotifications(contributionId?: string): Promise<NotificationRecord[]>;
  },
  options: {
    leaseMs?: number;
    /** The council whose store this is: the only one its dead letters belong to. @default 'default' */
    organisation?: string;
  } = {},
): OutboxQueue & DeadLetters {
  const organisation = options.organisation ?? 'default';
  const lease = options.leaseMs ?? 300_000;
  // Keyed by council and id: the same id in two councils is two notifications.
  const state = new Map<string, MemoryState>();
  const slot = (key: NotificationKey) => {
    const { id, organisation: org } = keyOf(key);
    return `${org}\u0000${id}`;
  };
  const of = (key: NotificationKey) => {
    const known = state.get(slot(key));
    if (known) return known;
    const fresh: MemoryState = { attempts: 0, dueAt: 0, claimedUntil: 0, lastError: null, deadAt: null };
    state.set(slot(key), fresh);
    return fresh;
  };
  return {
    async claim(limit, now) {
      const t = now.getTime();
      const pending = await store.listPendingNotifications(limit + state.size);
      const due = pending.filter((n) => {
        const s = state.get(slot(n));
        return !s || (s.deadAt === null && s.dueAt <= t && s.claimedUntil <= t);
      });
      return due.slice(0, limit).map((n) => {
        const s = of(n);
        s.claimedUntil = t + lease;
        return { ...n, attempts: s.attempts };
      });
    },
    async done(key, at) {
      const { id, organisation: org } = keyOf(key);
      await store.markNotificationSent(id, at.toISOString(), org);
      state.delete(slot(key));
    },
    async failed(key, at, failure) {
      const s = of(key);
      s.attempts += 1;
      s.claimedUntil = 0;
      s.lastError = failure.error;
      if (failure.retryAt === null) s.deadAt = at.toISOString();
      else s.dueAt = failure.retryAt.getTime();
    },
    async defer(key, until) {
      const s = of(key);
      s.claimedUntil = 0;
      s.dueAt = until.getTime();
    },
    async listDead(limit, scope) {
      // This store's notifications: its council's.
      const all = await store.listNotifications();
      const stateOf = (n: NotificationRecord) => state.get(slot({ id: n.id, organisation }));
      return all
        .filter((n) => stateOf(n)?.deadAt && n.sentAt === null)
        .map((n): DeadNotification => {
          const s = stateOf(n)!;
          return {
            id: n.id,
            contributionId: n.contributionId,
            kind: n.kind,
            channel: channelOf(n.to),
            attempts: s.attempts,
            lastError: s.lastError,
            createdAt: n.createdAt,
            deadAt: s.deadAt!,
          };
        })
        .filter((d) => inDeadScope({ ...d, organisation }, scope))
        .sort((a, b) => Date.parse(a.deadAt) - Date.parse(b.deadAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .slice(0, limit);
    },
    async revive(id, _at, scope) {
      const s = state.get(slot({ id, organisation }));
      if (!s?.deadAt || (scope?.organisation !== undefined && scope.organisation !== organisation)) return false;
      state.delete(slot({ id, organisation }));
      return true;
    },
  };
}

export const channelOf = (to: NotificationRecord['to']): DeadNotification['channel'] =>
  to?.email ? 'email' : to?.phone ? 'sms' : 'none';
