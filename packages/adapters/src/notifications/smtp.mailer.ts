import type { ConnectionOptions } from 'node:tls';
import { type Mailer, RecipientRejectedError } from '@participe/core';
import { loadOptional } from '../shared/optional.js';
import { inFlight } from './limit.js';
import { composeMessage, type Sender } from './message.js';

export interface SmtpMailerOptions {
  host: string;
  /** @default 465 when `secure`, 587 otherwise */
  port?: number;
  /**
   * TLS from the first byte (usually port 465). With `false`, the connection is upgraded
   * with STARTTLS when the server offers it. @default false
   */
  secure?: boolean;
  /** Refuse to send in clear when the server does not offer STARTTLS. @default false */
  requireTLS?: boolean;
  auth?: { user: string; pass: string };
  /** The sender, e.g. `{ name: 'Ville de Exemple – Participation', address: 'ne-pas-repondre@ville.example' }`. */
  from: Sender;
  /** Where a reply goes, e.g. the participation team's address. */
  replyTo?: string;
  /** Node TLS options, e.g. `{ ca }` for a council's own certificate authority. */
  tls?: ConnectionOptions;
  /** For each of connecting, the greeting and an idle socket. @default 30_000 */
  timeoutMs?: number;
  /** The name this machine gives in `EHLO`. @default the host name */
  name?: string;
  /**
   * Messages on their way at once, each on its own connection (the dispatcher sends several
   * of a batch together): keep it within what the relay accepts. @default 2
   */
  maxConnections?: number;
}

export interface SmtpMailer extends Mailer {
  /** Connects and authenticates without sending: check the configuration at start-up. */
  verify(): Promise<void>;
  close(): void;
}

/** Sends through an SMTP server (the council's relay, or a transactional e-mail service). */
export function createSmtpMailer(options: SmtpMailerOptions): SmtpMailer {
  const secure = options.secure ?? false;
  const timeout = options.timeoutMs ?? 30_000;
  // nodemailer is an optional peer dependency: loaded here, so a missing one is reported
  // by the first `verify()` or `send()` (a server verifies its mailer at start-up).
  const transport = loadOptional('nodemailer', 'Sending e-mail over SMTP', () => import('nodemailer')).then((m) =>
    m.default.createTransport({
      host: options.host,
      port: options.port ?? (secure ? 465 : 587),
      secure,
      requireTLS: options.requireTLS ?? false,
      ...(options.auth ? { auth: options.auth } : {}),
      ...(options.tls ? { tls: options.tls } : {}),
      ...(options.name ? { name: options.name } : {}),
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
      disableFileAccess: true,
      disableUrlAccess: true,
    }),
  );
  // Reported by the calls that await it; this only keeps an unused mailer from crashing Node.
  transport.catch(() => {});
  const limit = inFlight(options.maxConnections ?? 2);
  return {
    async send(email) {
      const message = composeMessage(email, {
        from: options.from,
        ...(options.replyTo ? { replyTo: options.replyTo } : {}),
      });
      try {
        const info = await limit(async () => (await transport).sendMail(message));
        return { messageId: info.messageId };
      } catch (error) {
        throw recipientRejected(error) ?? error;
      }
    },
    async verify() {
      await (await transport).verify();
    },
    close() {
      transport.then((t) => t.close()).catch(() => {});
    },
  };
}

/** A 5xx answer to `RCPT TO` is about this address for good; anything else may pass next time. */
function recipientRejected(error: unknown): RecipientRejectedError | null {
  const e = (error ?? {}) as { code?: string; command?: string; responseCode?: number };
  const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600;
  if (e.code !== 'EENVELOPE' || e.command !== 'RCPT TO' || !permanent) return null;
  // Neither the server's words nor the original error: both usually repeat the address.
  return new RecipientRejectedError(`The mail server refused the recipient for good (SMTP ${e.responseCode})`);
}
