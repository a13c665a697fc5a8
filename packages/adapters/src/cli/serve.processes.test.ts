// Two `participe serve` processes on one PostgreSQL database (DATABASE_URL; skipped without
// it): they migrate together, both dispatch the outbox, and every notification leaves once —
// e-mails as .eml files in one shared folder, text messages to a FAKE SMS gateway on loopback.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startFakeSmsProvider } from '../notifications/testing/fake-sms.js';
import { DATABASE_URL } from '../postgres/pg.testing.js';
import { createParticipeService } from '../service/service.js';
import { space } from '../testing/fixtures.js';
import { readThenWrite } from '../testing/read-then-write.js';
import { openDatabase } from './database.js';
import { finished, startCli } from './testing/run.js';

const SECRET = 'two-processes-secret-that-is-long-enough-00';
const EMAIL = 'dominique.exemple@example.fr';
const PHONE = '06 98 76 54 32';
const COUNT = 16;

function post(url: string, body: string, key: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, agent: false },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          text += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Resolves with the first JSON log line whose `msg` is `msg`; keeps everything printed in `out`. */
function watch(stream: NodeJS.ReadableStream, out: { text: string }) {
  const waiting: { msg: string; resolve: (l: Record<string, unknown>) => void }[] = [];
  const seen: Record<string, unknown>[] = [];
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    out.text += chunk;
    rest += chunk;
    for (let nl = rest.indexOf('\n'); nl >= 0; nl = rest.indexOf('\n')) {
      const line = JSON.parse(rest.slice(0, nl)) as Record<string, unknown>;
      rest = rest.slice(nl + 1);
      seen.push(line);
      for (const w of waiting.filter((w) => w.msg === line['msg'])) w.resolve(line);
    }
  });
  return (msg: string) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const line = seen.find((l) => l['msg'] === msg);
      if (line) resolve(line);
      else waiting.push({ msg, resolve });
    });
}

describe.skipIf(!DATABASE_URL)('two participe serve processes on one PostgreSQL', () => {
  it('deliver each notification exactly once (file mailer and fake SMS gateway), and log no contact', async () => {
    const url = DATABASE_URL!;
    const schema = `participe_two_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const fake = await startFakeSmsProvider();
    fake.delayMs = 100;
    const mailDir = mkdtempSync(join(tmpdir(), 'participe-two-mail-'));
    const env = {
      DATABASE_URL: url,
      PARTICIPE_DATABASE_SCHEMA: schema,
      PARTICIPE_TOKEN_SECRET: SECRET,
      PARTICIPE_MAIL_DIR: mailDir,
      PARTICIPE_SMS_URL: fake.formUrl,
      PARTICIPE_SMS_QUIET_HOURS: 'off',
      PARTICIPE_NOTIFY_INTERVAL: '1',
      PARTICIPE_PORT: '0',
      PARTICIPE_RATE_LIMIT: 'off',
    };
    const children = [startCli(['serve'], env), startCli(['serve'], env)];
    const exits = children.map(finished);
    const outs = children.map(() => ({ text: '' }));
    const waits = children.map((c, i) => watch(c.stdout!, outs[i]!));
    try {
      // Both migrate at once (advisory lock), then listen.
      const bases = (await Promise.all(waits.map((w) => w('listening')))).map((l) => l['url'] as string);
      const db = await openDatabase({ kind: 'postgres', url, schema });
      try {
        await db.store.putSpace(space());
        const ids: string[] = [];
        for (let i = 0; i < COUNT; i++) {
          const contact =
            i % 2 === 0 ? { email: EMAIL, consent: true } : { phone: PHONE, consent: true, smsConsent: true };
          const body = JSON.stringify({
            spaceId: 'groupe-rsa-nord',
            kind: 'proposal',
            title: `Proposition ${i}`,
            body: 'Le premier bus arrive après l’heure du rendez-vous.',
            theme: 'mobilite',
            author: { pseudonym: 'Dominique' },
            contact,
          });
          const created = await post(`${bases[i % 2]}/api/contributions`, body, `two-${i}-000000000000000`);
          expect(created.status, created.body).toBe(201);
          ids.push((JSON.parse(created.body) as { contribution: { id: string } }).contribution.id);
        }
        // Answered while both dispatchers run: the notifications land in the outbox as they go.
        const staff = readThenWrite(
          createParticipeService({ store: db.store }).as({
            role: 'professional',
            memberId: 'pro_1',
            spaceIds: ['groupe-rsa-nord'],
          }),
        );
        for (const id of ids) {
          await staff.sendContributionEvent(id, { type: 'contribution.review', data: {} });
          await staff.sendContributionEvent(id, {
            type: 'contribution.decide',
            data: { answer: { verdict: 'accepted', text: 'Un bus partira à 8 h 10.', service: 'Mobilité' } },
          });
          await staff.sendContributionEvent(id, { type: 'contribution.publish', data: {} });
        }
        const q = (sql: string) => admin.query(sql.replaceAll('%s', schema));
        for (;;) {
          const { rows } = await q('SELECT count(*)::int AS n FROM %s.notifications WHERE sent_at IS NULL');
          if (rows[0].n === 0) break;
          await new Promise((r) => setTimeout(r, 200));
        }
        const notifications = (await q('SELECT id, recipient FROM %s.notifications')).rows as {
          id: string;
          recipient: { email?: string };
        }[];
        expect(notifications).toHaveLength(COUNT);
        // Let a late duplicate, if any, reach the gateway and the folder before counting.
        await new Promise((r) => setTimeout(r, 2500));

        const mailed = readdirSync(mailDir).map(
          (f) => /^Message-ID: <([^@>]+)@/im.exec(readFileSync(join(mailDir, f), 'utf8'))?.[1],
        );
        const texted = fake.received.map((m) => m.id);
        const expectedMail = notifications.filter((n) => n.recipient.email).map((n) => n.id);
        const expectedSms = notifications.filter((n) => !n.recipient.email).map((n) => n.id);
        expect(mailed.sort()).toEqual(expectedMail.sort());
        expect(texted.sort()).toEqual(expectedSms.sort());
        expect(new Set(fake.received.map((m) => m.to))).toEqual(new Set(['+33698765432']));
      } finally {
        await db.close();
      }
    } finally {
      for (const c of children) c.kill('SIGTERM');
      const done = await Promise.all(exits);
      await fake.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
      for (const [i, d] of done.entries()) {
        expect(d.code, d.stderr).toBe(0);
        const printed = outs[i]!.text + d.stderr;
        expect(printed).not.toContain(EMAIL);
        for (const form of ['06 98 76 54 32', '0698765432', '698765432']) expect(printed).not.toContain(form);
      }
    }
  }, 180_000);
});
