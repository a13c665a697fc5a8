import { type Mailer, type OutgoingEmail, type ParticipeStore, RecipientRejectedError } from '@participe/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import type { PgliteDatabase as PGlite } from '../postgres/pglite.driver.js';
import { openPglite } from '../postgres/pglite.driver.js';
import { storeInFreshSchema } from '../postgres/schema.testing.js';
import type { ContributionCommand, CreateContributionRequest, Identity, ParticipeApi } from '../service/api.js';
import { createParticipeService } from '../service/service.js';
import { space } from '../testing/fixtures.js';
import { readThenWrite } from '../testing/read-then-write.js';
import { dispatchNotifications, startNotificationDispatcher } from './dispatch.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const SENT_AT = '2026-03-02T10:00:00.000Z';
const pro: Identity = { role: 'professional', memberId: 'pro_1', spaceIds: ['groupe-rsa-nord'] };
const fac: Identity = { role: 'facilitator', memberId: 'fac_1', spaceIds: ['s_nord'] };

/** A mailer that keeps what it is given; `fail` makes the next sends throw. */
function recordingMailer() {
  const sent: OutgoingEmail[] = [];
  let failure: (() => Error) | null = null;
  const mailer: Mailer & { sent: OutgoingEmail[]; failWith(f: (() => Error) | null): void } = {
    sent,
    failWith: (f) => {
      failure = f;
    },
    async send(email) {
      if (failure) throw failure();
      sent.push(email);
      return { messageId: `<${email.id}@test>` };
    },
  };
  return mailer;
}

const request = (over: Partial<CreateContributionRequest> = {}): CreateContributionRequest => ({
  spaceId: 'groupe-rsa-nord',
  kind: 'proposal',
  title: 'Un bus plus tôt le matin',
  body: 'Le premier bus arrive après l’heure du rendez-vous.',
  theme: 'mobilite',
  author: { pseudonym: 'Camille' },
  ...over,
});

const withEmail = { contact: { email: 'camille@exemple.fr', consent: true as const } };
const answer = { verdict: 'accepted' as const, text: 'Un bus partira à 8 h 10.', service: 'Direction de la mobilité' };

function dispatchSuite(name: string, openStore: () => Promise<ParticipeStore>) {
  describe(`dispatchNotifications (${name})`, () => {
    let store: ParticipeStore;
    let citizen: ParticipeApi;
    let staff: ParticipeApi;
    let mailer: ReturnType<typeof recordingMailer>;
    const run = (over: Partial<Parameters<typeof dispatchNotifications>[0]> = {}) =>
      dispatchNotifications({
        store,
        mailer,
        now: () => new Date(SENT_AT),
        followUpUrl: ({ spaceSlug, contributionId }) => `https://ville.example/${spaceSlug}/${contributionId}`,
        ...over,
      });
    const send = (id: string, command: ContributionCommand, as: ParticipeApi = staff) =>
      as.sendContributionEvent(id, command);
    const answerAndPublish = async (id: string) => {
      await send(id, { type: 'contribution.review', data: {} });
      await send(id, { type: 'contribution.decide', data: { answer } });
      await send(id, { type: 'contribution.publish', data: {} });
    };

    beforeEach(async () => {
      store = await openStore();
      await store.putSpace(space());
      const service = createParticipeService({ store, now: () => NOW });
      citizen = service.as(null);
      staff = readThenWrite(service.as(pro));
      mailer = recordingMailer();
      return () => store.close();
    });

    it('writes once to an author with a contact when the answer is published; never for the internal decision', async () => {
      const reachable = await citizen.createContribution(request(withEmail));
      const silent = await citizen.createContribution(request({ title: 'Une crèche ouverte plus tôt' }));
      for (const c of [reachable, silent]) {
        await send(c.contribution.id, { type: 'contribution.review', data: {} });
        await send(c.contribution.id, { type: 'contribution.decide', data: { answer } });
      }
      expect(await run()).toEqual({ sent: [], failed: [], skipped: [], deferred: [] });
      for (const c of [reachable, silent]) await send(c.contribution.id, { type: 'contribution.publish', data: {} });

      const first = await run();
      expect(mailer.sent).toHaveLength(1);
      const [mail] = mailer.sent;
      expect(first.sent).toEqual([mail?.id]);
      expect(mail).toMatchObject({
        to: 'camille@exemple.fr',
        subject: 'Votre contribution a reçu une réponse – Groupe ressource du secteur Nord',
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
      expect(mail?.text).toContain('«\u00a0Un bus plus tôt le matin\u00a0» a reçu une réponse.');
      expect(mail?.text).toContain('Votre contribution est acceptée.');
      expect(mail?.text).toContain(`https://ville.example/groupe-rsa-nord/${reachable.contribution.id}`);
      expect(mail?.text).toContain(`Votre code de suivi : ${reachable.followUp.code}.`);
      expect(mail?.text).not.toContain(reachable.followUp.secret);
      expect(await store.listNotifications(reachable.contribution.id)).toMatchObject([{ sentAt: SENT_AT }]);
      // No contact: the notice stays in the outbox for the record; they read it with their code.
      expect(await store.listNotifications(silent.contribution.id)).toMatchObject([{ to: null, sentAt: null }]);

      expect(await run()).toEqual({ sent: [], failed: [], skipped: [], deferred: [] });
      expect(mailer.sent).toHaveLength(1);
    });

    it('leaves a failed send pending and sends it once on the next run', async () => {
      const c = await citizen.createContribution(request(withEmail));
      await answerAndPublish(c.contribution.id);
      mailer.failWith(() => new Error('connect ECONNREFUSED 127.0.0.1:587'));
      const failed = await run();
      expect(failed.sent).toEqual([]);
      expect(failed.failed).toEqual([{ id: expect.any(String), error: expect.any(Error) }]);
      expect(await store.listPendingNotifications(10)).toHaveLength(1);

      mailer.failWith(null);
      expect((await run()).sent).toEqual([failed.failed[0]?.id]);
      expect(await run()).toEqual({ sent: [], failed: [], skipped: [], deferred: [] });
      expect(mailer.sent).toHaveLength(1);
      expect(await store.listPendingNotifications(10)).toEqual([]);
    });

    it('sends again, word for word, what a crash left unmarked: at least once, never lost', async () => {
      const c = await citizen.createContribution(request(withEmail));
      await answerAndPublish(c.contribution.id);
      const crashing = new Proxy(store, {
        get: (target, prop) => {
          if (prop === 'markNotificationSent') return () => Promise.reject(new Error('killed'));
          const value = Reflect.get(target, prop, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      expect((await run({ store: crashing })).failed).toHaveLength(1);
      expect((await run()).sent).toHaveLength(1);
      const [first, second] = mailer.sent;
      expect(second).toEqual(first);
      expect(first?.id).toBeTruthy();
    });

    it('tells the author about progress and about a hidden contribution', async () => {
      const c = await citizen.createContribution(request(withEmail));
      const id = c.contribution.id;
      await answerAndPublish(id);
      const commitment = { id: 'k_bus', what: 'Un bus à 8 h 10', owner: 'Service mobilité', due: '2026-09-01' };
      await send(id, { type: 'contribution.commit', data: { commitment } });
      await send(id, { type: 'contribution.start', data: {} });
      await send(id, {
        type: 'contribution.progress',
        data: { update: { commitmentId: 'k_bus', text: 'Le nouvel horaire est voté.', percent: 60 } },
      });
      const hidden = await citizen.createContribution(request({ ...withEmail, title: 'Le voisin du 3e' }));
      await send(
        hidden.contribution.id,
        { type: 'contribution.hide', data: { reason: 'Un nom cité.' } },
        citizenAs(fac),
      );

      expect((await run()).sent).toHaveLength(3);
      expect(mailer.sent.map((m) => m.subject.split(' – ')[0])).toEqual([
        'Votre contribution a reçu une réponse',
        'Du nouveau sur votre contribution',
        'Votre contribution n’est plus visible',
      ]);
      expect(mailer.sent[1]?.text).toContain(
        'Ce qui a été fait : Le nouvel horaire est voté.\nAvancement : 60\u00a0%.',
      );
      expect(mailer.sent[2]?.text).toContain('La raison donnée : Un nom cité.');
    });

    it('marks a phone-only contact and a refused address as handled so they do not block the queue', async () => {
      const phone = await citizen.createContribution(
        request({ contact: { phone: '06 00 00 00 00', consent: true }, title: 'Par téléphone' }),
      );
      const refused = await citizen.createContribution(
        request({ contact: { email: 'inconnu@exemple.fr', consent: true }, title: 'Adresse refusée' }),
      );
      const fine = await citizen.createContribution(request({ ...withEmail, title: 'Tout va bien' }));
      for (const c of [phone, refused, fine]) await answerAndPublish(c.contribution.id);
      const picky: Mailer = {
        send: (email) =>
          email.to === 'inconnu@exemple.fr'
            ? Promise.reject(new RecipientRejectedError('The mail server refused the recipient for good (SMTP 550)'))
            : mailer.send(email),
      };
      const result = await run({ mailer: picky, limit: 2 });
      expect(result.skipped.map((s) => s.reason)).toEqual(['noEmail', 'recipientRejected']);
      expect((await run({ mailer: picky, limit: 2 })).sent).toHaveLength(1);
      expect(mailer.sent.map((m) => m.to)).toEqual(['camille@exemple.fr']);
      expect(await store.listPendingNotifications(10)).toEqual([]);
    });

    it('sends nothing to an author who erased their data before the run', async () => {
      const c = await citizen.createContribution(request(withEmail));
      await answerAndPublish(c.contribution.id);
      await citizen.eraseMyData({ followUpCode: c.followUp.code, secret: c.followUp.secret });
      expect(await run()).toEqual({ sent: [], failed: [], skipped: [], deferred: [] });
      expect(mailer.sent).toEqual([]);
    });

    it('handles at most `limit` per run, oldest first', async () => {
      const ids: string[] = [];
      for (const title of ['Premier', 'Deuxième', 'Troisième']) {
        const c = await citizen.createContribution(request({ ...withEmail, title }));
        ids.push(c.contribution.id);
        await answerAndPublish(c.contribution.id);
      }
      expect((await run({ limit: 2 })).sent).toHaveLength(2);
      expect((await run({ limit: 2 })).sent).toHaveLength(1);
      expect(mailer.sent.map((m) => m.text.match(/«\u00a0(.+)\u00a0»/)?.[1])).toEqual([
        'Premier',
        'Deuxième',
        'Troisième',
      ]);
    });

    function citizenAs(identity: Identity): ParticipeApi {
      return readThenWrite(createParticipeService({ store, now: () => NOW }).as(identity));
    }
  });
}

dispatchSuite('memory', async () => new MemoryStore());

let db: PGlite;
beforeAll(async () => {
  db = await openPglite();
}, 60_000);
afterAll(async () => {
  await db.close();
});
dispatchSuite('PGlite', () => storeInFreshSchema(db));

describe('startNotificationDispatcher', () => {
  it('runs now, then on its interval and on demand, and stops cleanly', async () => {
    const store = new MemoryStore();
    await store.putSpace(space());
    const service = createParticipeService({ store, now: () => NOW });
    const staff = readThenWrite(service.as(pro));
    const publish = async () => {
      const c = await service.as(null).createContribution(request(withEmail));
      await staff.sendContributionEvent(c.contribution.id, { type: 'contribution.review', data: {} });
      await staff.sendContributionEvent(c.contribution.id, { type: 'contribution.decide', data: { answer } });
      await staff.sendContributionEvent(c.contribution.id, { type: 'contribution.publish', data: {} });
    };
    await publish();
    const mailer = recordingMailer();
    const onRun = vi.fn();
    const dispatcher = startNotificationDispatcher({ store, mailer, intervalMs: 20, onRun });
    await vi.waitFor(() => expect(mailer.sent).toHaveLength(1));

    await publish();
    expect((await dispatcher.runNow()).sent).toHaveLength(1);
    await publish();
    await vi.waitFor(() => expect(mailer.sent).toHaveLength(3));
    expect(onRun).toHaveBeenCalled();

    await dispatcher.stop();
    await publish();
    await new Promise((r) => setTimeout(r, 80));
    expect(mailer.sent).toHaveLength(3);
  });

  it('forgets the contact of a contribution closed longer than the retention, once its e-mail is sent', async () => {
    const store = new MemoryStore();
    await store.putSpace(space());
    const service = createParticipeService({ store, now: () => NOW });
    const c = await service.as(null).createContribution(request(withEmail));
    const staff = readThenWrite(service.as(pro));
    await staff.sendContributionEvent(c.contribution.id, { type: 'contribution.review', data: {} });
    await staff.sendContributionEvent(c.contribution.id, {
      type: 'contribution.decide',
      data: { answer: { ...answer, verdict: 'declined' } },
    });
    await staff.sendContributionEvent(c.contribution.id, { type: 'contribution.publish', data: {} });
    const mailer = recordingMailer();
    let now = NOW;
    const run = (days: number | null) =>
      startNotificationDispatcher({ store, mailer, now: () => now, forgetContactsAfterDays: days, intervalMs: 60_000 });
    // Declined today: the e-mail goes, the contact stays for the retention period.
    const first = run(30);
    await vi.waitFor(() => expect(mailer.sent).toHaveLength(1));
    await first.stop();
    expect((await store.getPrivate(c.contribution.id))?.contact).not.toBeNull();
    // 31 days later, nothing left to send: the contact is deleted; `null` would have kept it.
    now = new Date(NOW.getTime() + 31 * 86_400_000);
    const keep = run(null);
    await keep.runNow();
    await keep.stop();
    expect((await store.getPrivate(c.contribution.id))?.contact).not.toBeNull();
    const later = run(30);
    await later.runNow();
    await later.stop();
    expect((await store.getPrivate(c.contribution.id))?.contact).toBeNull();
    expect((await store.listNotifications(c.contribution.id)).map((n) => n.to)).toEqual([null]);
  });

  it('scans for contacts to forget at most once an hour, not at every pass', async () => {
    const store = new MemoryStore();
    const forget = vi.spyOn(store, 'forgetContacts');
    let now = NOW;
    const dispatcher = startNotificationDispatcher({
      store,
      mailer: recordingMailer(),
      now: () => now,
      intervalMs: 60_000,
    });
    await vi.waitFor(() => expect(forget).toHaveBeenCalledTimes(1));
    await dispatcher.runNow();
    await dispatcher.runNow();
    expect(forget).toHaveBeenCalledTimes(1);
    now = new Date(NOW.getTime() + 3_600_000);
    await dispatcher.runNow();
    expect(forget).toHaveBeenCalledTimes(2);
    expect(forget).toHaveBeenLastCalledWith(new Date(now.getTime() - 180 * 86_400_000).toISOString());
    await dispatcher.stop();
  });

  it('reports a run that failed as a whole and keeps going', async () => {
    const store = new MemoryStore();
    let down = true;
    const flaky = new Proxy(store, {
      get: (target, prop) => {
        if (prop === 'listPendingNotifications' && down) return () => Promise.reject(new Error('store down'));
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const onError = vi.fn(() => {
      down = false;
    });
    const onRun = vi.fn();
    const dispatcher = startNotificationDispatcher({
      store: flaky,
      mailer: recordingMailer(),
      intervalMs: 10,
      onRun,
      onError,
    });
    await vi.waitFor(() => expect(onRun).toHaveBeenCalled());
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'store down' }));
    await dispatcher.stop();
  });
});
