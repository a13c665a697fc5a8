import {
  DEFAULT_ORGANISATION,
  type Mailer,
  type NotificationLocale,
  type NotificationRecord,
  type OrganisationStore,
  type ParticipeStore,
  RecipientRejectedError,
  renderNotification,
} from '@participe/core';
import type { AdminStore } from '../service/admin.store.js';
import { councilSettingsOf } from '../service/council-settings.js';
import { eachInFlight } from './limit.js';
import {
  type ClaimedNotification,
  type DeliveryContext,
  errorKind,
  nextAttempt,
  type OutboxQueue,
  type RetryPolicy,
  type Settlement,
  storeOutbox,
} from './outbox.js';
import { type QuietHours, quietUntil, type SmsGateway, type SmsOptOuts, SmsRejectedError, toE164 } from './sms.js';
import { renderSms, type SmsWording } from './sms.text.js';

/**
 * The outbox's part of the store: every council's pending notifications, each with its
 * council, and marking one sent in its council (ids are unique within a council only). The
 * memory and PostgreSQL stores do both; a store without the council marks by id alone.
 */
export interface PendingNotifications {
  listPendingNotifications(limit: number): Promise<Array<NotificationRecord & { organisation?: string }>>;
  markNotificationSent(id: string, at: string, organisation?: string): Promise<boolean>;
}

/** The part of the store the dispatcher reads and writes. */
export type NotificationStore = Pick<ParticipeStore, 'getContribution' | 'getPrivate' | 'getSpace' | 'forgetContacts'> &
  PendingNotifications & {
    /** Each council's own store: a notification's contribution is read in its organisation's. */
    forOrganisation?(organisation: string): Pick<ParticipeStore, 'getContribution' | 'getPrivate' | 'getSpace'>;
    /** The councils: a notification leaves from its council's own sender when it has one. */
    getOrganisation?: OrganisationStore['getOrganisation'];
  };

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
  /**
   * How many of a run's messages are on their way at once (each its own SMTP connection or
   * request to the SMS provider: keep it within what the relay and the provider allow). `1`
   * sends one after the other. @default 4
   */
  concurrency?: number;
  /**
   * Where notifications are claimed from and their failures kept. @default the store alone
   * (`storeOutbox`: one process, a failure is tried again on the next run, never given up).
   * With PostgreSQL, `createSqlOutbox(driver)`: several processes, backoff, dead letters.
   */
  outbox?: OutboxQueue;
  /** Backoff and the attempts before the dead-letter state (for an outbox that keeps them). */
  retry?: RetryPolicy;
  /** Text messages for authors who left a phone number only. Without it they are skipped (`noEmail`). */
  sms?: SmsChannel;
  /**
   * The administration's council settings (back office): its mail sender wins over the
   * organisation's (`councilSettingsOf`). Without it, the organisation's settings alone.
   */
  admin?: Pick<AdminStore, 'getSettings'>;
}

/** How text messages leave. */
export interface SmsChannel {
  gateway: SmsGateway;
  /** Who answered STOP (see `createSmsInbound`). */
  optOuts: SmsOptOuts;
  /** `createNumberHasher(secret)`: the opt-out list holds keyed hashes only. */
  hashNumber: (e164: string) => string;
  /** @default 'falc' */
  wording?: SmsWording;
  /** `false`: at any hour. @default 08:00 to 21:00, Europe/Paris */
  quietHours?: QuietHours | false;
  /** The link in the message, at most `SMS_LINK_MAX` characters (else the code is given). @default `followUpUrl` */
  followUpUrl?: string | ((target: FollowUpTarget) => string);
  /** For numbers typed without one, e.g. `06 12 34 56 78`. @default '33' */
  countryCode?: string;
}

export type SkipReason =
  /** A phone number only and no SMS channel: they read it with their follow-up code. */
  | 'noEmail'
  /** A phone number only, given without consent to text messages (contacts from before SMS). */
  | 'noSmsConsent'
  /** The number answered STOP. */
  | 'optedOut'
  /** The mail server (or the SMS provider) refused the address or number for good. */
  | 'recipientRejected';

export interface DispatchResult {
  /** Ids of the notifications handed to the mailer and marked sent. */
  sent: string[];
  /**
   * Still pending: tried again after a backoff. `error` may quote the mail server. `dead`: the
   * last attempt allowed failed; the notification waits for an administrator (`participe outbox dead`).
   */
  failed: { id: string; error: unknown; dead?: true }[];
  /** Marked as handled without an e-mail, so they do not block the queue. */
  skipped: { id: string; reason: SkipReason }[];
  /** Text messages kept for the morning (quiet hours): not dropped, sent from `until`. */
  deferred: { id: string; until: string }[];
}

/**
 * One pass over the outbox: claims a batch, renders, sends (up to `concurrency` at once), then
 * records every outcome. Delivery is at least once: a send that fails stays pending, and a
 * crash between the send and the record sends the same message (same words, same Message-ID)
 * again once the claim's lease ends.
 *
 * With `createSqlOutbox`, a batch costs a constant number of statements, whatever its size:
 * the claim reads what the messages need (contribution, follow-up code, space, council's
 * sender), STOP answers are read once, and the outcomes are recorded together (`settle`).
 */
export async function dispatchNotifications(options: DispatchOptions): Promise<DispatchResult> {
  const now = options.now ?? (() => new Date());
  const result: DispatchResult = { sent: [], failed: [], skipped: [], deferred: [] };
  const outbox = options.outbox ?? storeOutbox(options.store);
  const claimed = await outbox.claim(options.limit ?? 50, now());
  if (claimed.length === 0) return result;
  const optedOut = await optedOutIn(claimed, options.sms);
  const ended: Ended[] = new Array(claimed.length);
  await eachInFlight(claimed, options.concurrency ?? 4, async (notification, i) => {
    try {
      ended[i] = { notification, outcome: await deliver(notification, options, now(), optedOut) };
    } catch (error) {
      const at = now();
      const retryAt = nextAttempt(notification.attempts + 1, at, options.retry);
      ended[i] = { notification, error, at, retryAt };
    }
  });
  const at = now();
  const settlements = ended.map((e): Settlement => {
    if ('error' in e) {
      return {
        key: e.notification,
        outcome: 'failed',
        at: e.at,
        failure: { error: errorKind(e.error), retryAt: e.retryAt },
      };
    }
    return typeof e.outcome === 'object'
      ? { key: e.notification, outcome: 'deferred', until: e.outcome.until }
      : { key: e.notification, outcome: 'done', at };
  });
  const unrecorded = await settle(outbox, settlements);
  ended.forEach((e, i) => {
    const { id } = e.notification;
    if ('error' in e) {
      // Recording the failure may fail too: the claim's lease then brings it back.
      result.failed.push({ id, error: e.error, ...(e.retryAt === null ? { dead: true as const } : {}) });
    } else if (unrecorded[i] !== undefined) {
      result.failed.push({ id, error: unrecorded[i] });
    } else if (typeof e.outcome === 'object') {
      result.deferred.push({ id, until: e.outcome.until.toISOString() });
    } else if (e.outcome === 'sent') {
      result.sent.push(id);
    } else {
      result.skipped.push({ id, reason: e.outcome });
    }
  });
  return result;
}

type Outcome = 'sent' | SkipReason | { until: Date };

type Ended =
  | { notification: ClaimedNotification; outcome: Outcome }
  | { notification: ClaimedNotification; error: unknown; at: Date; retryAt: Date | null };

/**
 * Records the outcomes: in one call when the outbox can (`settle`), else one by one. Returns,
 * by index, the error that kept a sent, skipped or deferred notification from being recorded
 * (it comes back once its lease ends). A failure that could not be recorded is not reported.
 */
async function settle(outbox: OutboxQueue, settlements: readonly Settlement[]): Promise<unknown[]> {
  const errors: unknown[] = [];
  if (outbox.settle) {
    try {
      await outbox.settle(settlements);
    } catch (error) {
      settlements.forEach((s, i) => {
        if (s.outcome !== 'failed') errors[i] = error;
      });
    }
    return errors;
  }
  for (const [i, s] of settlements.entries()) {
    try {
      if (s.outcome === 'done') await outbox.done(s.key, s.at);
      else if (s.outcome === 'deferred') await outbox.defer(s.key, s.until);
      else await outbox.failed(s.key, s.at, s.failure).catch(() => {});
    } catch (error) {
      errors[i] = error;
    }
  }
  return errors;
}

/** Whether a number answered STOP: the batch's numbers read at once when the list allows it. */
type OptedOut = (hash: string) => Promise<boolean>;

/** The number a notification would be texted to (E.164), or `null` if it goes by e-mail or nowhere. */
function smsNumberOf(n: ClaimedNotification, sms: SmsChannel | undefined): string | null {
  if (n.to?.email || !n.to?.phone || !sms || n.to.smsConsent !== true) return null;
  return toE164(n.to.phone, sms.countryCode);
}

async function optedOutIn(claimed: readonly ClaimedNotification[], sms: SmsChannel | undefined): Promise<OptedOut> {
  if (!sms) return async () => false;
  const batch = sms.optOuts.optedOutAmong?.bind(sms.optOuts);
  if (!batch) return (hash) => sms.optOuts.isOptedOut(hash);
  const hashes = claimed.flatMap((n) => {
    const number = smsNumberOf(n, sms);
    return number ? [sms.hashNumber(number)] : [];
  });
  if (hashes.length === 0) return async () => false;
  // Unreadable: each text message fails (and is tried again later); e-mails still leave.
  const stopped = await batch(hashes).catch((error: unknown) => error);
  return async (hash) => {
    if (!(stopped instanceof Set)) throw stopped;
    return stopped.has(hash);
  };
}

/** What the message needs: read with the claim, or else from the notification's council's store. */
async function contextOf(n: ClaimedNotification, options: DispatchOptions): Promise<DeliveryContext> {
  if (n.context) return n.context;
  // The dispatcher is server-wide; what it reads about a notification is its council's.
  const server = options.store;
  const store =
    n.organisation && n.organisation !== DEFAULT_ORGANISATION && server.forOrganisation
      ? server.forOrganisation(n.organisation)
      : server;
  const [view, priv] = await Promise.all([store.getContribution(n.contributionId), store.getPrivate(n.contributionId)]);
  const space = view ? await store.getSpace(view.spaceId) : null;
  // The council's own sender (its administrator's in the back office, else `participe org
  // settings --mail-from`), or `undefined` for the mailer's.
  const { mailFrom } = await councilSettingsOf(n.organisation ?? DEFAULT_ORGANISATION, {
    organisations: server.getOrganisation ? { getOrganisation: (id) => server.getOrganisation!(id) } : null,
    admin: options.admin ?? null,
  });
  return {
    space: space ? { name: space.name, slug: space.slug } : null,
    followUpCode: priv?.followUpCode ?? null,
    mailFrom,
  };
}

const targetOf = (n: ClaimedNotification, context: DeliveryContext): FollowUpTarget => ({
  contributionId: n.contributionId,
  spaceSlug: context.space?.slug ?? null,
  followUpCode: context.followUpCode,
});

const urlFor = (url: DispatchOptions['followUpUrl'], target: FollowUpTarget) =>
  typeof url === 'function' ? url(target) : url;

async function deliver(
  n: ClaimedNotification,
  options: DispatchOptions,
  at: Date,
  optedOut: OptedOut,
): Promise<Outcome> {
  const to = n.to?.email;
  if (!to) return n.to?.phone && options.sms ? deliverSms(n, options.sms, options, at, optedOut) : 'noEmail';
  const context = await contextOf(n, options);
  const target = targetOf(n, context);
  const url = urlFor(options.followUpUrl, target);
  const from = context.mailFrom;
  const rendered = renderNotification(n, {
    locale: options.locale ?? 'fr',
    ...(context.space ? { spaceName: context.space.name } : {}),
    ...(url === undefined ? {} : { followUpUrl: url }),
    ...(target.followUpCode ? { followUpCode: target.followUpCode } : {}),
  });
  try {
    await options.mailer.send({ to, ...rendered, id: n.id, ...(from ? { from } : {}) });
  } catch (error) {
    if (error instanceof RecipientRejectedError) return 'recipientRejected';
    throw error;
  }
  return 'sent';
}

async function deliverSms(
  n: ClaimedNotification,
  sms: SmsChannel,
  options: DispatchOptions,
  at: Date,
  optedOut: OptedOut,
): Promise<Outcome> {
  if (n.to?.smsConsent !== true) return 'noSmsConsent';
  const number = smsNumberOf(n, sms);
  if (!number) return 'recipientRejected';
  if (await optedOut(sms.hashNumber(number))) return 'optedOut';
  const until = sms.quietHours === false ? null : quietUntil(at, sms.quietHours);
  if (until) return { until };
  const target = targetOf(n, await contextOf(n, options));
  const url = urlFor(sms.followUpUrl ?? options.followUpUrl, target);
  const text = renderSms(n, {
    wording: sms.wording ?? 'falc',
    ...(url === undefined ? {} : { followUpUrl: url }),
    ...(target.followUpCode ? { followUpCode: target.followUpCode } : {}),
  });
  try {
    await sms.gateway.send({ to: number, text, id: n.id });
  } catch (error) {
    if (error instanceof SmsRejectedError) return 'recipientRejected';
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
 * server's lifetime. Its timer does not keep Node alive. Several processes on one database each
 * run one, with `outbox: createSqlOutbox(driver)`: each notification is claimed by one of them.
 * With the store alone (the default outbox), run one per database.
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
