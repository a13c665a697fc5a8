import type { AddressInfo } from 'node:net';
import { type OutgoingEmail, RecipientRejectedError } from '@participe/core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer, type SmtpMailerOptions } from './smtp.mailer.js';
import { parseMessage } from './testing/mime.js';

interface Received {
  from: string;
  to: string[];
  user: string | undefined;
  raw: string;
}

// A real SMTP server on loopback that keeps what it receives. STARTTLS is off so the test
// needs no certificate; `refuse@` gets a permanent 550, `later@` a temporary 451.
const received: Received[] = [];
// Messages between MAIL FROM and the end of their data, now and at the most.
const transactions = { open: 0, peak: 0 };
const server = new SMTPServer({
  logger: false,
  disabledCommands: ['STARTTLS'],
  allowInsecureAuth: true,
  authOptional: true,
  onAuth(auth, _session, callback) {
    if (auth.username === 'participe' && auth.password === 'secret') callback(null, { user: auth.username });
    else callback(new Error('Invalid username or password'));
  },
  onMailFrom(_address, _session, callback) {
    transactions.open += 1;
    transactions.peak = Math.max(transactions.peak, transactions.open);
    callback();
  },
  onRcptTo(address, _session, callback) {
    const refusal = (code: number, text: string) => Object.assign(new Error(text), { responseCode: code });
    if (address.address.startsWith('refuse@')) return callback(refusal(550, `5.1.1 <${address.address}> unknown`));
    if (address.address.startsWith('later@')) return callback(refusal(451, '4.3.0 try again later'));
    callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      transactions.open -= 1;
      received.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        to: session.envelope.rcptTo.map((r) => r.address),
        user: session.user as string | undefined,
        raw: Buffer.concat(chunks).toString('binary'),
      });
      callback();
    });
  },
});
let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const options = (over: Partial<SmtpMailerOptions> = {}): SmtpMailerOptions => ({
  host: '127.0.0.1',
  port,
  secure: false,
  auth: { user: 'participe', pass: 'secret' },
  from: { name: 'Ville d’Exemple – Participation', address: 'ne-pas-repondre@ville.example' },
  replyTo: 'participation@ville.example',
  timeoutMs: 5_000,
  ...over,
});

const email = (over: Partial<OutgoingEmail> = {}): OutgoingEmail => ({
  to: 'camille@exemple.fr',
  subject: 'Votre contribution a reçu une réponse – Groupe ressource du secteur Nord',
  text: 'Bonjour,\n\nVotre contribution «\u00a0Un bus plus tôt le matin\u00a0» a reçu une réponse.\nÇa avance : été 2026.\n',
  html: '<!doctype html><html lang="fr"><body><p>Réponse reçue, déjà élaborée.</p></body></html>',
  headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': 'fr' },
  id: 'n_01HZX',
  ...over,
});

describe('createSmtpMailer', () => {
  it('delivers a UTF-8 message with its sender, recipient, subject and stable Message-ID', async () => {
    const mailer = createSmtpMailer(options());
    const { messageId } = await mailer.send(email());
    expect(messageId).toBe('<n_01HZX@ville.example>');
    const got = received.at(-1);
    expect(got).toMatchObject({ from: 'ne-pas-repondre@ville.example', to: ['camille@exemple.fr'], user: 'participe' });

    const message = parseMessage(got?.raw ?? '');
    expect(message.headers.get('from')).toBe('Ville d’Exemple – Participation <ne-pas-repondre@ville.example>');
    expect(message.headers.get('to')).toBe('camille@exemple.fr');
    expect(message.headers.get('reply-to')).toBe('participation@ville.example');
    expect(message.headers.get('subject')).toBe(email().subject);
    expect(message.headers.get('message-id')).toBe('<n_01HZX@ville.example>');
    expect(message.headers.get('auto-submitted')).toBe('auto-generated');
    expect(message.headers.get('content-language')).toBe('fr');
    expect(message.parts.get('text/plain')?.replace(/\r\n/g, '\n')).toBe(email().text);
    expect(message.parts.get('text/html')).toContain('<p>Réponse reçue, déjà élaborée.</p>');
    mailer.close();
  });

  it('sends the same Message-ID when the same notification is sent again', async () => {
    const mailer = createSmtpMailer(options());
    await mailer.send(email({ id: 'n_again' }));
    await mailer.send(email({ id: 'n_again' }));
    const ids = received.slice(-2).map((r) => parseMessage(r.raw).headers.get('message-id'));
    expect(ids).toEqual(['<n_again@ville.example>', '<n_again@ville.example>']);
  });

  it('tells a refused address (never again) from a temporary refusal (try later), naming no address', async () => {
    const mailer = createSmtpMailer(options());
    const refused = await mailer.send(email({ to: 'refuse@exemple.fr' })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RecipientRejectedError);
    expect(String((refused as Error).message)).not.toContain('refuse@');
    const later = await mailer.send(email({ to: 'later@exemple.fr' })).catch((e: unknown) => e);
    expect(later).toBeInstanceOf(Error);
    expect(later).not.toBeInstanceOf(RecipientRejectedError);
  });

  it('fails on a wrong password and on a server that is not there, without claiming anything sent', async () => {
    const count = received.length;
    await expect(createSmtpMailer(options({ auth: { user: 'participe', pass: 'faux' } })).verify()).rejects.toThrow();
    await expect(createSmtpMailer(options()).verify()).resolves.toBeUndefined();
    const closed = new SMTPServer({ logger: false });
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const nowhere = createSmtpMailer(options({ port: deadPort }));
    const error = await nowhere.send(email()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(RecipientRejectedError);
    expect(received.length).toBe(count);
  });

  it('keeps at most `maxConnections` messages on their way at once, and sends them all', async () => {
    const mailer = createSmtpMailer(options({ maxConnections: 2 }));
    const before = received.length;
    // (A refused recipient in an earlier test left its transaction open: counted from here.)
    Object.assign(transactions, { open: 0, peak: 0 });
    const to = Array.from({ length: 6 }, (_, i) => `personne-${i}@exemple.fr`);
    await Promise.all(to.map((address, i) => mailer.send(email({ to: address, id: `n_${i}` }))));
    expect(
      received
        .slice(before)
        .flatMap((r) => r.to)
        .sort(),
    ).toEqual(to);
    expect(transactions.peak).toBeGreaterThanOrEqual(1);
    expect(transactions.peak).toBeLessThanOrEqual(2);
    mailer.close();
  });

  it('refuses a subject or header that would break onto a new line', async () => {
    const mailer = createSmtpMailer(options());
    await expect(mailer.send(email({ subject: 'Bonjour\r\nBcc: x@exemple.fr' }))).rejects.toThrow(/single lines/);
    await expect(mailer.send(email({ headers: { 'X-Test': 'a\nb' } }))).rejects.toThrow(/single-line/);
  });
});
