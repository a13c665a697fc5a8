import {
  type Mailer,
  type NotificationLocale,
  type NotificationRecord,
  type ParticipeStore,
  RecipientRejectedError,
  renderNotification,
} from '@participe/core';

/** The part of the store the dispatcher reads and writes. */
export type NotificationStore = Pick<
  ParticipeStore,
  'listPendingNotifications' | 'markNotificationSent' | 'getContribution' | 'getPrivate' | 'getSpace' | 'forgetContacts'
>;

/** What a follow-up link may be built from. */
export interface FollowUpTarget {
  contributionId: string;
  /** The space's slug, e.g. `groupe-rsa-nord`; `null` if the space is gone. */
  spaceSlug: string | null;
  /** The author's follow-up code, e.g. `K7P-4QX`; `null` if it is gone. */
  followUpCode: string | null;
}

export interface DispatchOptions {
  store: NotificationStore;
  mailer: Mailer;
  /** @default 'fr' */
  locale?: NotificationLocale;
  /**
   * Where the author reads the answer: one page for everyone
   * (`https://ville.example/participer/suivi`), or a function that builds it, e.g.
   * `({ spaceSlug, contributionId }) => \`https://ville.example/${spaceSlug}/${contributionId}\``.
   * Without it, the e-mail tells them to type their follow-up code on the site.
   */
  followUpUrl?: string | ((target: FollowUpTarget) => string);
  /** The clock for `sentAt`. @default () => new Date() */
  now?: () => Date;
  /** The most notifications one run handles, oldest first. @default 50 */
  limit?: number;
}

export type SkipReason =
  /** A phone number only: there is no e-mail to write to. They read it with their follow-up code. */
  | 'noEmail'
  /** The mail server refused the address for good. */
  | 'recipientRejected';

export interface DispatchResult {
  /** Ids of the notifications handed to the mailer and marked sent. */
  sent: string[];
  /** Still pending: the next run tries them again. `error` may quote the mail server. */
  failed: { id: string; error: unknown }[];
  /** Marked as handled without an e-mail, so they do not block the queue. */
  skipped: { id: string; reason: SkipReason }[];
}

/**
 * One pass over the outbox: reads the pending notifications, renders, sends, marks each one
 * sent. Delivery is at least once: a send that fails stays pending, and a crash between the
 * send and the mark sends the same message (same words, same Message-ID) again next run.
 */
export async function dispatchNotifications(options: DispatchOptions): Promise<DispatchResult> {
  const now = options.now ?? (() => new Date());
  const result: DispatchResult = { sent: [], failed: [], skipped: [] };
  const pending = await options.store.listPendingNotifications(options.limit ?? 50);
  for (const notification of pending) {
    try {
      const outcome = await deliver(notification, options);
      // `false` means another run marked it first: it was sent anyway, so it counts as sent.
      await options.store.markNotificationSent(notification.id, now().toISOString());
      if (outcome === 'sent') result.sent.push(notification.id);
      else result.skipped.push({ id: notification.id, reason: outcome });
    } catch (error) {
      result.failed.push({ id: notification.id, error });
    }
  }
  return result;
}

async function deliver(n: NotificationRecord, options: DispatchOptions): Promise<'sent' | SkipReason> {
  const to = n.to?.email;
  if (!to) return 'noEmail';
  const [view, priv] = await Promise.all([
    options.store.getContribution(n.contributionId),
    options.store.getPrivate(n.contributionId),
  ]);
  const space = view ? await options.store.getSpace(view.spaceId) : null;
  const target: FollowUpTarget = {
    contributionId: n.contributionId,
    spaceSlug: space?.slug ?? null,
    followUpCode: priv?.followUpCode ?? null,
  };
  const url = typeof options.followUpUrl === 'function' ? options.followUpUrl(target) : options.followUpUrl;
  const rendered = renderNotification(n, {
    locale: options.locale ?? 'fr',
    ...(space ? { spaceName: space.name } : {}),
    ...(url === undefined ? {} : { followUpUrl: url }),
    ...(target.followUpCode ? { followUpCode: target.followUpCode } : {}),
  });
  try {
    await options.mailer.send({ to, ...rendered, id: n.id });
  } catch (error) {
    if (error instanceof RecipientRejectedError) return 'recipientRejected';
    throw error;
  }
  return 'sent';
}

export interface NotificationDispatcherOptions extends DispatchOptions {
  /** Pause between two runs. A run that filled its `limit` is followed at once. @default 60_000 */
  intervalMs?: number;
  /** After each run, e.g. to log how many were sent and which failed. */
  onRun?: (result: DispatchResult) => void;
  /** When a whole run fails (the store is unreachable); the dispatcher keeps going. */
  onError?: (error: unknown) => void;
  /**
   * Retention: after a run (at most once an hour), contact details of contributions closed (core's
   * `CLOSED_STATUSES`) for this many days, with nothing left to send, are deleted
   * (`store.forgetContacts`). `null` keeps them until the author erases them.
   * @default 180
   */
  forgetContactsAfterDays?: number | null;
}

const RETENTION_EVERY_MS = 3_600_000;

export interface NotificationDispatcher {
  /** Runs now (after the run in progress, if any) and resolves with its result. */
  runNow(): Promise<DispatchResult>;
  /** No new run starts; resolves once the run in progress has finished. */
  stop(): Promise<void>;
}

/**
 * Runs `dispatchNotifications` now and then every `intervalMs`, one run at a time, for a
 * server's lifetime. Its timer does not keep Node alive. Run one dispatcher per database:
 * two would each send a message the other has not marked yet.
 */
export function startNotificationDispatcher(options: NotificationDispatcherOptions): NotificationDispatcher {
  const interval = options.intervalMs ?? 60_000;
  const limit = options.limit ?? 50;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<DispatchResult> | null = null;
  const retentionDays = options.forgetContactsAfterDays === undefined ? 180 : options.forgetContactsAfterDays;
  // Retention is counted in days: one scan an hour is plenty, not one per pass of the outbox.
  let lastRetention = Number.NEGATIVE_INFINITY;

  const runOnce = (): Promise<DispatchResult> => {
    running ??= dispatchNotifications({ ...options, limit })
      .then(async (result) => {
        const now = (options.now ?? (() => new Date()))().getTime();
        if (retentionDays !== null && now - lastRetention >= RETENTION_EVERY_MS) {
          lastRetention = now;
          await options.store.forgetContacts(new Date(now - retentionDays * 86_400_000).toISOString());
        }
        options.onRun?.(result);
        return result;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const schedule = (ms: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(tick, ms);
    if (typeof timer === 'object' && 'unref' in timer) timer.unref();
  };

  const tick = () => {
    runOnce().then(
      (r) => schedule(r.sent.length + r.skipped.length >= limit && r.failed.length === 0 ? 0 : interval),
      (error: unknown) => {
        options.onError?.(error);
        schedule(interval);
      },
    );
  };

  schedule(0);
  return {
    runNow: () => (running ? running.catch(() => undefined).then(runOnce) : runOnce()),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}
