// How many calls of one kind run at once: the dispatcher's messages of a batch, the SMTP
// mailer's connections, an SMS provider's requests. The others wait their turn, in order.
import type { SmsGateway } from './sms.js';

/** Runs each `work` when fewer than `max` (at least 1) are running. */
export function inFlight(max: number): <T>(work: () => Promise<T>) => Promise<T> {
  const bound = Math.max(1, Math.floor(max));
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (work) => {
    if (running >= bound) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await work();
    } finally {
      // The next in line takes this place; otherwise it is free.
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}

/** Runs `work` on every item, at most `max` at a time; resolves when all have ended. */
export async function eachInFlight<T>(
  items: readonly T[],
  max: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  const limit = inFlight(max);
  await Promise.all(items.map((item, i) => limit(() => work(item, i))));
}

/**
 * `gateway`, with at most `max` messages on their way at once (the dispatcher sends several
 * of a batch together): the provider's own limit on simultaneous requests. @default 2
 */
export function withRequestsInFlight(gateway: SmsGateway, max = 2): SmsGateway {
  const limit = inFlight(max);
  return { send: (sms) => limit(() => gateway.send(sms)) };
}
