// The generic gateway: one HTML-form POST per message, as most SMS providers and in-house
// relays accept (`to`, `text`, and the notification id). Field names and extra fields are
// settings, so a provider without an adapter of its own is a configuration, not code.
import { withRequestsInFlight } from './limit.js';
import { type OutgoingSms, postToGateway, type SmsGateway, SmsGatewayError, SmsRejectedError } from './sms.js';

export interface HttpFormSmsGatewayOptions {
  /** Where to POST, e.g. `https://sms.ville.example/send`. Credentials in it are used, never logged. */
  url: string;
  /** Form field names. @default { to: 'to', text: 'text', id: 'id' } */
  fields?: { to?: string; text?: string; id?: string };
  /** Fields sent with every message, e.g. `{ sender: 'VILLE', api_key: '…' }`. */
  extra?: Record<string, string>;
  /** Headers sent with every message, e.g. `{ Authorization: 'Bearer …' }`. */
  headers?: Record<string, string>;
  /** @default 15_000 */
  timeoutMs?: number;
  /** Messages on their way at once (`withRequestsInFlight`). @default 2 */
  maxInFlight?: number;
}

/** Statuses that say the request (the number) will never be accepted as it is. */
const REJECTED = new Set([400, 404, 410, 422]);

/**
 * POSTs `application/x-www-form-urlencoded` with the number in E.164, the text and the
 * notification id, which also goes as `Idempotency-Key` (a provider that honours it sends a
 * message retried after a crash once). A 2xx is accepted; 400, 404, 410 or 422 means the
 * number is refused for good; anything else is tried again later.
 */
export function createHttpFormSmsGateway(options: HttpFormSmsGatewayOptions): SmsGateway {
  const url = new URL(options.url);
  const auth = url.username
    ? `Basic ${btoa(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`)}`
    : null;
  url.username = '';
  url.password = '';
  const f = { to: 'to', text: 'text', id: 'id', ...options.fields };
  return withRequestsInFlight(
    {
      async send(sms: OutgoingSms) {
        const body = new URLSearchParams({ ...options.extra, [f.to]: sms.to, [f.text]: sms.text, [f.id]: sms.id });
        const response = await postToGateway(
          url,
          {
            headers: {
              'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8',
              'Idempotency-Key': sms.id,
              ...(auth ? { Authorization: auth } : {}),
              ...options.headers,
            },
            body,
            timeoutMs: options.timeoutMs ?? 15_000,
          },
          'The SMS gateway',
        );
        // The body may quote the number: read (to free the connection), never kept.
        const text = await response.text().catch(() => '');
        if (REJECTED.has(response.status)) {
          throw new SmsRejectedError(`The SMS gateway refused the number for good (HTTP ${response.status})`);
        }
        if (!response.ok)
          throw new SmsGatewayError(`The SMS gateway answered HTTP ${response.status}`, response.status);
        const id = /"(?:id|message_?id|messageId)"\s*:\s*"?([A-Za-z0-9_-]{1,64})/.exec(text)?.[1];
        return id ? { providerId: id } : {};
      },
    },
    options.maxInFlight,
  );
}
