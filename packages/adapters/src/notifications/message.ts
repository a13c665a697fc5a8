// What the file and SMTP mailers share: one way to turn an `OutgoingEmail` into a MIME
// message, so the .eml a developer opens is the message the SMTP server would receive.
import type { OutgoingEmail } from '@participe/core';

/** `'Participe <ne-pas-repondre@ville.example>'` or `{ name, address }`. */
export type Sender = string | { name: string; address: string };

const addressOf = (sender: Sender): string =>
  typeof sender === 'string' ? (/<([^>]+)>/.exec(sender)?.[1] ?? sender).trim() : sender.address;

/** The id part of a Message-ID must be a dot-atom: anything else becomes `_`. */
const atom = (s: string) => s.replace(/[^A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]/g, '_').replace(/^\.+|\.+$/g, '') || '_';

/** `<n_123@ville.example>`: the same notification always gets the same Message-ID. */
export function messageIdFor(id: string, from: Sender): string {
  const domain = addressOf(from).split('@')[1] ?? 'localhost';
  return `<${atom(id)}@${atom(domain)}>`;
}

const ONE_LINE = /[\r\n]/;

/** The message as nodemailer's `sendMail` takes it (kept structural: nodemailer is optional). */
export interface ComposedMessage {
  from: Sender;
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  messageId?: string;
  replyTo?: string;
  date?: Date;
  disableFileAccess: true;
  disableUrlAccess: true;
}

export function composeMessage(
  email: OutgoingEmail,
  opts: { from: Sender; replyTo?: string; date?: Date },
): ComposedMessage {
  if (ONE_LINE.test(email.to) || ONE_LINE.test(email.subject) || ONE_LINE.test(email.from ?? '')) {
    throw new TypeError('OutgoingEmail: `to`, `subject` and `from` must be single lines');
  }
  // A council's own sender wins over the mailer's.
  const from = email.from ?? opts.from;
  for (const [name, value] of Object.entries(email.headers ?? {})) {
    if (!/^[!-9;-~]+$/.test(name) || ONE_LINE.test(value)) {
      throw new TypeError(`OutgoingEmail: header "${name}" must be a token with a single-line value`);
    }
  }
  return {
    from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    ...(email.html === undefined ? {} : { html: email.html }),
    ...(email.headers ? { headers: email.headers } : {}),
    ...(email.id === undefined ? {} : { messageId: messageIdFor(email.id, from) }),
    ...(opts.replyTo ? { replyTo: opts.replyTo } : {}),
    ...(opts.date ? { date: opts.date } : {}),
    // The message is only what we give: never a file or a URL fetched into it.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}
