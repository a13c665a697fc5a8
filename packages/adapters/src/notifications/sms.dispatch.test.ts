// Text messages end to end against a FAKE SMS provider on loopback: the dispatcher, the
// generic form gateway and OVHcloud's, STOP through the inbound webhook, quiet hours, backoff
// and dead letters. Nothing leaves the machine.
import { Writable } from 'node:stream';
import type { Mailer, ParticipeStore } from '@participe/core';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { safeError } from '../operate/request-log.js';
import { createSqlOutbox, migrateOutbox } from '../postgres/outbox.sql.js';
import { openPglite, type PgliteDatabase, pgliteDriver } from '../postgres/pglite.driver.js';
import { storeInFreshSchema } from '../postgres/schema.testing.js';
import type { CreateContributionRequest, ParticipeApi } from '../service/api.js';
import { createParticipeService } from '../service/service.js';
import { space } from '../testing/fixtures.js';
import { readThenWrite } from '../testing/read-then-write.js';
import { type DispatchOptions, dispatchNotifications, type SmsChannel } from './dispatch.js';
import { createMemoryOutbox, type DeadLetters, type OutboxQueue } from './outbox.js';
import { createHttpFormSmsGateway } from './sms.http.js';
import { createSmsInbound } from './sms.inbound.js';
import { createMemoryOptOuts, createNumberHasher } from './sms.js';
import { createOvhSmsGateway } from './sms.ovh.js';
import { type FakeSmsProvider, startFakeSmsProvider } from './testing/fake-sms.js';

const PHONE = '06 12 34 56 78';
const E164 = '+33612345678';
/** 10:00 in Paris: messages may leave. */
const DAY = new Date('2026-03-02T09:00:00.000Z');
/** 22:30 in Paris: they wait for 08:00 (07:00 UTC). */
const NIGHT = new Date('2026-03-02T21:30:00.000Z');
const TOKEN = 'inbound-token-0123456789';

const pro = { role: 'professional' as const, memberId: 'pro_1', spaceIds: ['groupe-rsa-nord'] };
const request = (contact: CreateContributionRequest['contact']): CreateContributionRequest => ({
  spaceId: 'groupe-rsa-nord',
  kind: 'proposal',
  title: 'Un bus plus tôt le matin',
  body: 'Le premier bus arrive après l’heure du rendez-vous.',
  theme: 'mobilite',
  author: { pseudonym: 'Camille' },
  ...(contact ? { contact } : {}),
});
const phoneOnly = { phone: PHONE, consent: true as const, smsConsent: true as const };
const noMail: Mailer = {
  async send() {
    throw new Error('no e-mail in these tests');
  },
};

function smsSuite(name: string, open: () => Promise<{ store: ParticipeStore; outbox: OutboxQueue & DeadLetters }>) {
  describe(`SMS through the dispatcher, fake gateway on loopback (${name})`, () => {
    let fake: FakeSmsProvider;
    let store: ParticipeStore;
    let outbox: OutboxQueue & DeadLetters;
    let citizen: ParticipeApi;
    let staff: ParticipeApi;
    let clock: Date;
    const optOuts = createMemoryOptOuts();
    const hashNumber = createNumberHasher('a-server-secret-that-is-long-enough-0');
    let channel: SmsChannel;
    const run = (over: Partial<DispatchOptions> = {}) =>
      dispatchNotifications({
        store,
        mailer: noMail,
        outbox,
        sms: channel,
        now: () => clock,
        followUpUrl: ({ followUpCode }) => `https://ville.example/suivi/${followUpCode}`,
        retry: { maxAttempts: 3, baseDelayMs: 60_000 },
        ...over,
      });
    const answer = async (id: string) => {
      await staff.sendContributionEvent(id, { type: 'contribution.review', data: {} });
      await staff.sendContributionEvent(id, {
        type: 'contribution.decide',
        data: { answer: { verdict: 'accepted', text: 'Un bus partira à 8 h 10.', service: 'Mobilité' } },
      });
      await staff.sendContributionEvent(id, { type: 'contribution.publish', data: {} });
    };

    beforeAll(async () => {
      fake = await startFakeSmsProvider();
    });
    afterAll(() => fake.close());
    beforeEach(async () => {
      ({ store, outbox } = await open());
      await store.putSpace(space());
      const service = createParticipeService({ store, now: () => DAY });
      citizen = service.as(null);
      staff = readThenWrite(service.as(pro));
      fake.received.length = 0;
      fake.failNext(0);
      clock = DAY;
      channel = { gateway: createHttpFormSmsGateway({ url: fake.formUrl }), optOuts, hashNumber };
      return () => store.close();
    });

    it('a phone-only author who agreed gets one SMS when answered: FALC, GSM-7, the link, STOP', async () => {
      const c = await citizen.createContribution(request(phoneOnly));
      await answer(c.contribution.id);
      const result = await run();
      expect(result).toMatchObject({ sent: [expect.any(String)], failed: [], skipped: [], deferred: [] });
      expect(fake.received).toEqual([
        {
          to: E164,
          id: result.sent[0],
          via: 'form',
          text: `On a répondu à votre message. Pour lire, ouvrez : https://ville.example/suivi/${c.followUp.code} Pour ne plus avoir de SMS, répondez STOP.`,
        },
      ]);
      expect((await run()).sent).toEqual([]);
      expect(fake.received).toHaveLength(1);
    });

    it('writes no SMS to a number given without consent to text messages (contacts from before SMS)', async () => {
      const c = await citizen.createContribution(request({ phone: PHONE, consent: true }));
      await answer(c.contribution.id);
      expect((await run()).skipped).toEqual([{ id: expect.any(String), reason: 'noSmsConsent' }]);
      expect(fake.received).toEqual([]);
    });

    it('honours STOP sent to the inbound webhook: the number is stored hashed, and skipped from then on', async () => {
      const inbound = createSmsInbound({ token: TOKEN, optOuts, hashNumber });
      const refused = await inbound(
        new Request('http://api.test/api/sms/inbound?token=wrong-token-0000000', { method: 'POST' }),
      );
      expect(refused?.status).toBe(401);
      const stop = await inbound(
        new Request(`http://api.test/api/sms/inbound?token=${TOKEN}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'from=33612345678&text=Stop',
        }),
      );
      expect(stop?.status).toBe(204);
      expect(await optOuts.isOptedOut(hashNumber(E164))).toBe(true);
      const c = await citizen.createContribution(request(phoneOnly));
      await answer(c.contribution.id);
      expect((await run()).skipped).toEqual([{ id: expect.any(String), reason: 'optedOut' }]);
      expect(fake.received).toEqual([]);
      await optOuts.optOut('reset', DAY); // keeps the list non-empty; the next tests use another number
    });

    it('keeps a message answered at night for 08:00: deferred, not dropped', async () => {
      const c = await citizen.createContribution(request({ ...phoneOnly, phone: '07 00 00 00 01' }));
      await answer(c.contribution.id);
      clock = NIGHT;
      const night = await run();
      expect(night.deferred).toEqual([{ id: expect.any(String), until: '2026-03-03T07:00:00.000Z' }]);
      clock = new Date('2026-03-03T06:59:00.000Z');
      expect(await run()).toMatchObject({ sent: [], deferred: [] });
      clock = new Date('2026-03-03T07:00:00.000Z');
      expect((await run()).sent).toEqual([night.deferred[0]?.id]);
      expect(fake.received.map((m) => m.to)).toEqual(['+33700000001']);
    });

    it('retries a failing gateway with backoff, then sets it aside for administrators (dead letter)', async () => {
      const c = await citizen.createContribution(request({ ...phoneOnly, phone: '07 00 00 00 02' }));
      await answer(c.contribution.id);
      fake.failNext(10, 503);
      const first = await run();
      expect(first.failed).toEqual([{ id: expect.any(String), error: expect.any(Error) }]);
      // Not due yet: one minute of backoff.
      clock = new Date(DAY.getTime() + 59_000);
      expect((await run()).failed).toEqual([]);
      clock = new Date(DAY.getTime() + 60_000);
      expect((await run()).failed).toHaveLength(1);
      clock = new Date(DAY.getTime() + 180_000);
      const last = await run();
      expect(last.failed).toEqual([{ id: first.failed[0]?.id, error: expect.any(Error), dead: true }]);
      clock = new Date(DAY.getTime() + 86_400_000);
      expect((await run()).failed).toEqual([]);
      const dead = await outbox.listDead(10);
      expect(dead).toEqual([
        {
          id: first.failed[0]?.id,
          contributionId: c.contribution.id,
          kind: 'answerPublished',
          channel: 'sms',
          attempts: 3,
          lastError: 'SmsGatewayError 503',
          createdAt: expect.any(String),
          deadAt: expect.any(String),
        },
      ]);
      expect(JSON.stringify(dead)).not.toContain('0700000002');
      // An administrator puts it back once the gateway works again.
      fake.failNext(0);
      expect(await outbox.revive(dead[0]!.id, clock)).toBe(true);
      expect((await run()).sent).toEqual([dead[0]?.id]);
      expect(await outbox.listDead(10)).toEqual([]);
    });

    it('sends through OVHcloud’s API (signed request, the notification id as tag)', async () => {
      channel = {
        ...channel,
        gateway: createOvhSmsGateway({ ...fake.ovh, endpoint: `${fake.url}/1.0` }),
        wording: 'fr',
      };
      const c = await citizen.createContribution(request({ ...phoneOnly, phone: '07 00 00 00 03' }));
      await answer(c.contribution.id);
      const result = await run();
      expect(result.sent).toHaveLength(1);
      expect(fake.received).toEqual([
        {
          to: '+33700000003',
          id: result.sent[0],
          via: 'ovh',
          text: `Votre contribution a une réponse. Lisez-la ici : https://ville.example/suivi/${c.followUp.code} STOP pour ne plus recevoir de SMS.`,
        },
      ]);
    });

    it('never writes the number in the logs, whatever fails', async () => {
      let out = '';
      const logger = pino(
        { level: 'trace' },
        new Writable({
          write: (chunk, _e, done) => {
            out += String(chunk);
            done();
          },
        }),
      );
      const c = await citizen.createContribution(request({ ...phoneOnly, phone: '07 00 00 00 04' }));
      await answer(c.contribution.id);
      for (const status of [503, 422]) {
        fake.failNext(1, status);
        clock = new Date(clock.getTime() + 3_600_000);
        const r = await run();
        // As participe serve logs a pass: counts, and each error's kind and code only.
        logger.warn(
          { failed: r.failed.length, errors: r.failed.map((f) => safeError(f.error)), skipped: r.skipped },
          'notifications',
        );
        for (const f of r.failed)
          logger.warn({ message: (f.error as Error).message }, 'for the record: the message too');
      }
      expect(out).toContain('SmsGatewayError');
      expect(out).toContain('recipientRejected');
      for (const form of ['0700000004', '07 00 00 00 04', '33700000004', '700000004']) expect(out).not.toContain(form);
    });
  });
}

smsSuite('memory', async () => {
  const store = new MemoryStore();
  return { store, outbox: createMemoryOutbox(store) };
});

let db: PgliteDatabase;
beforeAll(async () => {
  db = await openPglite();
}, 60_000);
afterAll(() => db?.close());

smsSuite('PGlite, SQL outbox', async () => {
  const store = await storeInFreshSchema(db);
  const driver = pgliteDriver(db);
  await migrateOutbox(driver);
  return { store, outbox: createSqlOutbox(driver) };
});
