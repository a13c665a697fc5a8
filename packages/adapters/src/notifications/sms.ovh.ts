// OVHcloud's SMS API (`POST /sms/{serviceName}/jobs`). Chosen as the French provider: a
// French company whose SMS platform and data stay in France and the EU, used by many local
// authorities, with replies (senderForResponse) so that "STOP" reaches us. Requests are signed
// as OVHcloud documents: `"$1$" + SHA1_HEX(AS+"+"+CK+"+"+METHOD+"+"+URL+"+"+BODY+"+"+TIMESTAMP)`.
import { createHash } from 'node:crypto';
import { withRequestsInFlight } from './limit.js';
import { type OutgoingSms, postToGateway, type SmsGateway, SmsGatewayError, SmsRejectedError } from './sms.js';

export interface OvhSmsGatewayOptions {
  /** @default 'https://eu.api.ovh.com/1.0' */
  endpoint?: string;
  applicationKey: string;
  applicationSecret: string;
  consumerKey: string;
  /** The SMS account, e.g. `sms-ab12345-1`. */
  serviceName: string;
  /**
   * An approved alphanumeric sender (`VILLE`). Without it (the default), messages come from a
   * number that can be answered (`senderForResponse`), so replies such as STOP come back.
   */
  sender?: string;
  /** @default 15_000 */
  timeoutMs?: number;
  /** Messages on their way at once (`withRequestsInFlight`). @default 2 */
  maxInFlight?: number;
}

/**
 * Each message is one job with the notification id as its `tag`: OVHcloud does not deduplicate
 * requests, but a message sent again after a crash carries the same tag in the account's
 * history. `noStopClause`: these are transactional messages; our own text says how to stop.
 */
export function createOvhSmsGateway(options: OvhSmsGatewayOptions): SmsGateway {
  const endpoint = (options.endpoint ?? 'https://eu.api.ovh.com/1.0').replace(/\/+$/, '');
  const timeout = options.timeoutMs ?? 15_000;
  // OVHcloud refuses a timestamp far from its own clock: the difference is read once.
  let skew: Promise<number> | undefined;
  const serverSkew = () =>
    (skew ??= fetch(`${endpoint}/auth/time`, { signal: AbortSignal.timeout(timeout) })
      .then((r) => r.text())
      .then((t) => Number(t) - Math.floor(Date.now() / 1000))
      .then((d) => (Number.isFinite(d) ? d : 0))
      .catch((error: unknown) => {
        skew = undefined;
        throw new SmsGatewayError(`OVHcloud could not be reached (${(error as Error).name})`);
      }));

  return withRequestsInFlight(
    {
      async send(sms: OutgoingSms) {
        const url = `${endpoint}/sms/${encodeURIComponent(options.serviceName)}/jobs`;
        const body = JSON.stringify({
          message: sms.text,
          receivers: [sms.to],
          ...(options.sender ? { sender: options.sender } : { senderForResponse: true }),
          noStopClause: true,
          priority: 'high',
          coding: '7bit',
          charset: 'UTF-8',
          tag: sms.id.slice(0, 128),
        });
        const timestamp = String(Math.floor(Date.now() / 1000) + (await serverSkew()));
        const signature = `$1$${createHash('sha1')
          .update([options.applicationSecret, options.consumerKey, 'POST', url, body, timestamp].join('+'))
          .digest('hex')}`;
        const response = await postToGateway(
          url,
          {
            headers: {
              'Content-Type': 'application/json;charset=utf-8',
              'X-Ovh-Application': options.applicationKey,
              'X-Ovh-Consumer': options.consumerKey,
              'X-Ovh-Timestamp': timestamp,
              'X-Ovh-Signature': signature,
            },
            body,
            timeoutMs: timeout,
          },
          'OVHcloud',
        );
        const answer = (await response.json().catch(() => null)) as {
          ids?: unknown[];
          invalidReceivers?: unknown[];
        } | null;
        if (!response.ok) throw new SmsGatewayError(`OVHcloud answered HTTP ${response.status}`, response.status);
        if (answer?.invalidReceivers?.length) {
          throw new SmsRejectedError('OVHcloud refused the number for good (invalid receiver)');
        }
        const id = answer?.ids?.[0];
        return id === undefined ? {} : { providerId: String(id) };
      },
    },
    options.maxInFlight,
  );
}
