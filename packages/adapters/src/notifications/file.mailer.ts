import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Mailer, OutgoingEmail } from '@participe/core';
import { loadOptional } from '../shared/optional.js';
import { composeMessage, type Sender } from './message.js';

export interface FileMailerOptions {
  /** Created if missing. One `.eml` file per message lands here. */
  dir: string;
  /** @default 'Participe <participe@localhost>' */
  from?: Sender;
  replyTo?: string;
  /** The clock, for the file name and the `Date` header. @default () => new Date() */
  now?: () => Date;
}

export interface FileMailer extends Mailer {
  /** Also resolves to the path of the file written. */
  send(email: OutgoingEmail): Promise<{ messageId?: string; path: string }>;
}

/** Only letters, digits, `_` and `-` reach the file system. */
const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64);

/**
 * For development: each message is written as an RFC 5322 `.eml` file (UTF-8, CRLF), named
 * `2026-03-02T09-00-00-000Z_n_abc.eml`, which any mail client opens. Nothing leaves the machine.
 */
export function createFileMailer(options: FileMailerOptions): FileMailer {
  const from = options.from ?? 'Participe <participe@localhost>';
  const now = options.now ?? (() => new Date());
  // nodemailer composes the message (an optional peer dependency, loaded on the first send).
  let composer: Promise<import('nodemailer').Transporter> | undefined;
  const compose = () =>
    (composer ??= loadOptional('nodemailer', 'Writing e-mail as .eml files', () => import('nodemailer')).then((m) =>
      m.default.createTransport({ streamTransport: true, buffer: true, newline: 'windows' }),
    ));
  return {
    async send(email) {
      const date = now();
      const info = await (await compose()).sendMail(
        composeMessage(email, { from, date, ...(options.replyTo ? { replyTo: options.replyTo } : {}) }),
      );
      await mkdir(options.dir, { recursive: true });
      const stem = `${date.toISOString().replace(/[:.]/g, '-')}_${safe(email.id ?? '') || randomUUID()}`;
      // A resend in the same millisecond gets a file of its own rather than overwriting the first.
      for (let attempt = 0; ; attempt += 1) {
        const path = join(options.dir, attempt === 0 ? `${stem}.eml` : `${stem}-${attempt}.eml`);
        try {
          await writeFile(path, info.message as Buffer, { flag: 'wx' });
          return { messageId: info.messageId, path };
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 99) throw error;
        }
      }
    },
  };
}
