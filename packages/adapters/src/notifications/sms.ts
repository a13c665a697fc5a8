// Text messages for authors who left a phone number only. The port every gateway implements,
// the French number format, the opt-out list ("STOP") and quiet hours.
import { createHmac } from 'node:crypto';

/** One text message, ready to send. */
export interface OutgoingSms {
  /** E.164, e.g. `+33612345678`. Never logged, never put in an error message. */
  to: string;
  /** At most 160 GSM-7 characters (`renderSms` makes sure). */
  text: string;
  /**
   * A stable id: the notification's. A gateway passes it to the provider (a tag, a reference),
   * so a message sent again after a crash carries the same id as the first.
   */
  id: string;
}

export interface SmsGateway {
  /**
   * Resolves once the provider accepted the message; rejects otherwise, and then nothing may be
   * assumed sent. Throws `SmsRejectedError` when the number can never receive it.
   */
  send(sms: OutgoingSms): Promise<{ providerId?: string }>;
}

/** The provider refused the number for good (not a mobile, unknown). The message names no number. */
export class SmsRejectedError extends Error {
  override readonly name = 'SmsRejectedError';
}

/** The provider answered something else than "accepted": kept without the body, which may quote the number. */
export class SmsGatewayError extends Error {
  override readonly name = 'SmsGatewayError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * POSTs to a provider: no redirect followed, a timeout, and a failure to connect reported by
 * its kind only (`who could not be reached (TimeoutError)`), never with the request.
 */
export async function postToGateway(
  url: string | URL,
  init: { headers: Record<string, string>; body: string | URLSearchParams; timeoutMs: number },
  who: string,
): Promise<Response> {
  try {
    return await fetch(url, {
      method: 'POST',
      headers: init.headers,
      body: init.body,
      redirect: 'error',
      signal: AbortSignal.timeout(init.timeoutMs),
    });
  } catch (error) {
    throw new SmsGatewayError(`${who} could not be reached (${(error as Error).name})`);
  }
}

/**
 * A French number as typed in the form (`06 12 34 56 78`, `+33 6 12…`, `0033…`) in E.164
 * (`+33612345678`); `null` when it is not one. Numbers given with `+` (or as providers forward
 * them, `33612345678`) keep their country.
 */
export function toE164(phone: string, countryCode = '33'): string | null {
  const digits = phone.replace(/[\s.()-]/g, '');
  let e164: string;
  if (/^\+\d{8,15}$/.test(digits)) e164 = digits;
  else if (/^00\d{8,15}$/.test(digits)) e164 = `+${digits.slice(2)}`;
  else if (/^0\d{9}$/.test(digits)) e164 = `+${countryCode}${digits.slice(1)}`;
  // International without the `+`, as providers often forward a sender (`33612345678`).
  else if (/^[1-9]\d{10,14}$/.test(digits)) e164 = `+${digits}`;
  else return null;
  return /^\+[1-9]\d{7,14}$/.test(e164) ? e164 : null;
}

/**
 * The opt-out list holds keyed hashes (HMAC-SHA-256), never numbers: a plain hash of a phone
 * number is undone by trying the billion numbers there are. `secret` is the server's.
 */
export function createNumberHasher(secret: string): (e164: string) => string {
  const key = createHmac('sha256', secret).update('participe sms opt-out v1').digest();
  return (e164) => createHmac('sha256', key).update(e164).digest('hex');
}

/** Who answered STOP. Implemented in PostgreSQL (`createSqlOutbox`) and in memory. */
export interface SmsOptOuts {
  isOptedOut(numberHash: string): Promise<boolean>;
  /** Those of `numberHashes` that answered STOP, in one read (a batch of the outbox). */
  optedOutAmong?(numberHashes: readonly string[]): Promise<Set<string>>;
  /** Idempotent. */
  optOut(numberHash: string, at: Date): Promise<void>;
}

export function createMemoryOptOuts(): SmsOptOuts & { readonly size: number } {
  const set = new Map<string, string>();
  return {
    async isOptedOut(hash) {
      return set.has(hash);
    },
    async optedOutAmong(hashes) {
      return new Set(hashes.filter((h) => set.has(h)));
    },
    async optOut(hash, at) {
      if (!set.has(hash)) set.set(hash, at.toISOString());
    },
    get size() {
      return set.size;
    },
  };
}

/** The words that stop messages, as French and English operators read them. */
const STOP_WORDS = new Set(['STOP', 'STOPSMS', 'STOP SMS', 'ARRET', 'ARRÊT', 'UNSUBSCRIBE', 'DESABONNER']);

/** `true` when a reply asks for no more messages (`stop`, `STOP SMS`, `Stop.`). */
export const isStopReply = (text: string): boolean =>
  STOP_WORDS.has(
    text
      .trim()
      .toUpperCase()
      .replace(/[.!\s]+$/u, '')
      .replace(/\s+/g, ' '),
  );

/** No text message between these hours, local time: the first hour allowed, the first hour not. */
export interface QuietHours {
  /** @default 'Europe/Paris' */
  timeZone?: string;
  /** @default 8 */
  from?: number;
  /** @default 21 */
  until?: number;
}

function localMinutes(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return Number(parts['hour']) * 60 + Number(parts['minute']);
}

/**
 * `null` when a message may leave at `at`; otherwise the first moment it may (08:00 in Paris
 * by default), so that a message written at night is deferred, not dropped.
 */
export function quietUntil(at: Date, quiet: QuietHours = {}): Date | null {
  const timeZone = quiet.timeZone ?? 'Europe/Paris';
  const from = (quiet.from ?? 8) * 60;
  const until = (quiet.until ?? 21) * 60;
  const now = localMinutes(at, timeZone);
  if (now >= from && now < until) return null;
  const wait = (from - now + 1440) % 1440;
  const next = new Date(Math.floor(at.getTime() / 60_000) * 60_000 + wait * 60_000);
  // A change of clock (DST) during the night moves that by an hour: put it back on `from`.
  const drift = localMinutes(next, timeZone) - from;
  if (drift !== 0 && Math.abs(drift) <= 120) return new Date(next.getTime() - drift * 60_000);
  return next;
}
