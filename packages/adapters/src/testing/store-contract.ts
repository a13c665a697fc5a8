// The contract every ParticipeStore must meet. Each adapter's test file calls
// `describeStoreContract(name, open)`: memory, PGlite and a real PostgreSQL server run
// exactly the same assertions.
import { ERASED_TEXT, type NotificationRecord, type ParticipeStore, replay, toView } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { author, contribution, facilitator, pro, space } from './fixtures.js';
import { storeContractBackoffice } from './store-contract.backoffice.js';
import { storeContractEdges } from './store-contract.edges.js';
import { storeContractTenants } from './store-contract.tenants.js';

type Built = ReturnType<typeof contribution>;

/**
 * Stores a fixture contribution with all its events, as the service would; its last event
 * writes `notifications` (the outbox rows an answer's publication writes).
 */
export async function storeBuilt(store: ParticipeStore, c: Built, notifications: readonly NotificationRecord[] = []) {
  const created = await store.createContribution({ view: c.initialView, events: [c.created], private: c.private });
  if (!created.ok) throw new Error('fixture create failed');
  let version = 1;
  for (const step of c.steps) {
    const last = version === c.steps.length;
    const r = await store.appendEvent({
      contributionId: c.id,
      expectedVersion: version,
      event: step.event,
      view: step.view,
      ...(last && notifications.length ? { notifications } : {}),
    });
    if (!r.ok) throw new Error(`fixture append failed: ${r.reason}`);
    version += 1;
  }
}

const answered = (verdict: 'accepted' | 'declined' = 'accepted', answerAt = '2026-01-21T10:00:00.000Z') => [
  { type: 'contribution.submit' as const, actor: author },
  { type: 'contribution.review' as const, actor: pro },
  {
    type: 'contribution.decide' as const,
    actor: pro,
    answer: { verdict, text: 'Nous avons étudié la demande avec le service des transports.', service: 'Mobilité' },
  },
  { type: 'contribution.publish' as const, actor: pro, at: answerAt },
];

export function describeStoreContract(name: string, open: () => Promise<ParticipeStore>) {
  describe(`store contract: ${name}`, () => {
    let store: ParticipeStore;
    beforeEach(async () => {
      store = await open();
      await store.putSpace(space());
    });
    afterEach(async () => {
      await store.close();
    });

    storeContractEdges(() => store, storeBuilt);
    storeContractBackoffice(() => store);
    storeContractTenants(() => store);

    it('stores a contribution with its first event, private part and follow-up code', async () => {
      const c = contribution({
        title: 'Crèche : horaires 👶 <b>élargis</b> “à 7 h”',
        body: "L'accueil ferme à 18 h ; ' OR 1=1 --",
      });
      await storeBuilt(store, c);
      expect(await store.getContribution(c.id)).toEqual(c.view);
      expect(await store.getEvents(c.id)).toEqual(c.events);
      expect(await store.getPrivate(c.id)).toEqual(c.private);
      expect(await store.findByFollowUpCode(c.private.followUpCode)).toBe(c.id);
      expect(await store.findByFollowUpCode('NOPE')).toBeNull();
      expect(await store.getContribution('c_missing')).toBeNull();
    });

    it('keeps the projection equal to replay(events) after every event', async () => {
      const c = contribution({ apply: answered() });
      await storeBuilt(store, c);
      const events = await store.getEvents(c.id);
      expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(toView(replay(events))).toEqual(await store.getContribution(c.id));
    });

    it('refuses a stale write: conflict, and nothing is written', async () => {
      const c = contribution({ apply: [{ type: 'contribution.submit', actor: author }] });
      await storeBuilt(store, c);
      const other = contribution({ id: c.id, apply: [{ type: 'contribution.submit', actor: author }] });
      const stale = await store.appendEvent({
        contributionId: c.id,
        expectedVersion: 1,
        event: other.steps[0]!.event,
        view: other.steps[0]!.view,
      });
      expect(stale).toEqual({ ok: false, reason: 'conflict', currentVersion: 2 });
      expect(await store.getEvents(c.id)).toHaveLength(2);
      expect(await store.getContribution(c.id)).toEqual(c.view);
      const missing = await store.appendEvent({
        contributionId: 'c_nowhere',
        expectedVersion: 1,
        event: { ...other.steps[0]!.event, contributionId: 'c_nowhere' },
        view: other.steps[0]!.view,
      });
      expect(missing).toEqual({ ok: false, reason: 'notFound' });
    });

    it('lets exactly one of two concurrent writers win', async () => {
      const c = contribution({
        apply: [
          { type: 'contribution.submit', actor: author },
          { type: 'contribution.review', actor: pro },
        ],
      });
      await storeBuilt(store, c);
      const decide = (text: string) =>
        contribution({
          id: c.id,
          apply: [
            { type: 'contribution.submit', actor: author },
            { type: 'contribution.review', actor: pro },
            { type: 'contribution.decide', actor: pro, answer: { verdict: 'accepted', text, service: 'Mobilité' } },
          ],
        }).steps[2]!;
      const a = decide('Réponse de la première personne.');
      const b = decide('Réponse de la seconde personne.');
      const results = await Promise.all([
        store.appendEvent({ contributionId: c.id, expectedVersion: 3, event: a.event, view: a.view }),
        store.appendEvent({ contributionId: c.id, expectedVersion: 3, event: b.event, view: b.view }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'conflict', currentVersion: 4 }]);
      expect(await store.getEvents(c.id)).toHaveLength(4);
    });

    it('returns the first response for a reused idempotency key, and stores nothing more', async () => {
      const c = contribution();
      const idem = { key: 'k-123', requestHash: 'h1', status: 201, body: { id: c.id }, createdAt: c.view.createdAt };
      expect(
        await store.createContribution({
          view: c.initialView,
          events: [c.created],
          private: c.private,
          idempotency: idem,
        }),
      ).toEqual({ ok: true });
      const again = contribution();
      const second = await store.createContribution({
        view: again.initialView,
        events: [again.created],
        private: again.private,
        idempotency: { ...idem, requestHash: 'h2' },
      });
      expect(second).toEqual({ ok: false, reason: 'idempotencyKeyTaken', existing: idem });
      expect(await store.getContribution(again.id)).toBeNull();
      expect(await store.getIdempotency('k-123')).toEqual(idem);
      expect(await store.getIdempotency('k-none')).toBeNull();
    });

    it('filters by status, kind, theme, territory and overdue, newest first', async () => {
      const a = contribution({
        kind: 'question',
        theme: 'logement',
        territory: 'Les Tilleuls',
        apply: [{ type: 'contribution.submit', actor: author, at: '2026-01-02T00:00:00.000Z' }],
      });
      const b = contribution({ apply: answered('accepted') });
      const d = contribution();
      for (const c of [a, b, d]) await storeBuilt(store, c);
      const ids = async (f: Parameters<ParticipeStore['listContributions']>[0]) =>
        (await store.listContributions(f)).items.map((v) => v.id);
      expect(await ids({ spaceId: 's_nord' })).toEqual([d.id, b.id, a.id]);
      expect(await ids({ status: ['published'] })).toEqual([a.id]);
      expect(await ids({ kind: 'question' })).toEqual([a.id]);
      expect(await ids({ theme: 'logement' })).toEqual([a.id]);
      expect(await ids({ territory: 'Les Tilleuls' })).toEqual([a.id]);
      expect(await ids({ overdue: { now: '2026-06-01T00:00:00.000Z', answerWithinDays: 60 } })).toEqual([a.id]);
      expect(await ids({ overdue: { now: '2026-02-01T00:00:00.000Z', answerWithinDays: 60 } })).toEqual([]);
      expect(await ids({ spaceId: 's_other' })).toEqual([]);
    });

    it('searches the text in French: a singular finds the plural, case and accents aside', async () => {
      const a = contribution({ title: 'Des logements trop chers', body: 'Les loyers augmentent chaque année.' });
      const b = contribution({ title: 'Horaires de la crèche', body: 'Ouvrir plus tôt le matin.' });
      for (const c of [a, b]) await storeBuilt(store, c);
      expect((await store.listContributions({ q: 'logement' })).items.map((v) => v.id)).toEqual([a.id]);
      expect((await store.listContributions({ q: 'LOYERS' })).items.map((v) => v.id)).toEqual([a.id]);
      expect((await store.listContributions({ q: 'matin crèche' })).items.map((v) => v.id)).toEqual([b.id]);
      expect((await store.listContributions({ q: 'piscine' })).items).toEqual([]);
    });

    it('pages with a cursor: every item once, in order, then the end', async () => {
      const all = Array.from({ length: 45 }, (_, i) =>
        contribution({ at: new Date(Date.UTC(2026, 1, 1, 0, i % 40)).toISOString() }),
      );
      for (const c of all) await storeBuilt(store, c);
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.listContributions({ spaceId: 's_nord', limit: 20, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((v) => v.id));
        cursor = page.nextCursor ?? undefined;
        pages += 1;
      } while (cursor);
      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(45);
      const order = [...all].sort((x, y) =>
        x.view.createdAt === y.view.createdAt ? (x.id < y.id ? 1 : -1) : x.view.createdAt < y.view.createdAt ? 1 : -1,
      );
      expect(seen).toEqual(order.map((c) => c.id));
    });

    it('counts by status and theme, the median days to an answer and the overdue', async () => {
      const fast = contribution({
        at: '2026-01-01T00:00:00.000Z',
        apply: answered('accepted', '2026-01-11T00:00:00.000Z'),
      });
      const slow = contribution({
        at: '2026-01-01T00:00:00.000Z',
        theme: 'logement',
        apply: answered('declined', '2026-01-31T00:00:00.000Z'),
      });
      const late = contribution({
        apply: [{ type: 'contribution.submit', actor: author, at: '2026-01-02T00:00:00.000Z' }],
      });
      for (const c of [fast, slow, late]) await storeBuilt(store, c);
      const stats = await store.stats('s_nord', { now: '2026-06-01T00:00:00.000Z', answerWithinDays: 60 });
      expect(stats.total).toBe(3);
      expect(stats.byStatus).toEqual({ accepted: 1, declined: 1, published: 1 });
      expect(stats.byTheme).toEqual({ mobilite: 2, logement: 1 });
      expect(stats.overdue).toBe(1);
      expect(stats.medianDaysToAnswer).toBeGreaterThan(0);
      // A scope: only some statuses, and themes of fewer still (what a caller may read).
      const scoped = await store.stats(
        's_nord',
        { now: '2026-06-01T00:00:00.000Z', answerWithinDays: 60 },
        { statuses: ['declined', 'published'], themesOf: ['published'] },
      );
      expect(scoped).toEqual({
        total: 2,
        byStatus: { declined: 1, published: 1 },
        byTheme: { mobilite: 1 },
        medianDaysToAnswer: 29,
        overdue: 1,
      });
    });

    it('erases what the author wrote and how to reach them, keeps the answer', async () => {
      const c = contribution({ title: 'Mon histoire', apply: answered() });
      await storeBuilt(store, c);
      expect(await store.eraseAuthorData(c.id, '2026-03-01T00:00:00.000Z')).toBe(true);
      const view = await store.getContribution(c.id);
      expect(view?.content.title).toBe(ERASED_TEXT);
      expect(view?.answer?.text).toBe(c.view.answer?.text);
      const events = await store.getEvents(c.id);
      expect(JSON.stringify(events)).not.toContain('Mon histoire');
      expect((await store.getPrivate(c.id))?.contact).toBeNull();
      expect(await store.eraseAuthorData('c_missing', '2026-03-01T00:00:00.000Z')).toBe(false);
    });

    it('keeps spaces, members, the cycle history and diagnostic responses', async () => {
      expect((await store.getSpace('groupe-rsa-nord'))?.id).toBe('s_nord');
      expect((await store.getSpace('s_nord'))?.slug).toBe('groupe-rsa-nord');
      expect(await store.getSpace('nope')).toBeNull();
      expect((await store.listSpaces()).map((s) => s.id)).toEqual(['s_nord']);
      const member = {
        id: 'm_1',
        spaceId: 's_nord',
        displayName: 'Nadia',
        role: 'concerned' as const,
        joinedOn: '2026-01-10',
        leftOn: null,
        consents: [],
      };
      await store.putMember(member);
      await store.putMember({ ...member, leftOn: '2026-06-01' });
      expect(await store.listMembers('s_nord')).toEqual([{ ...member, leftOn: '2026-06-01' }]);
      const ev = { type: 'cycle.advance' as const, actor: facilitator, at: '2026-02-01T00:00:00.000Z' };
      expect(await store.appendCycleEvent('s_nord', 0, ev)).toBe(true);
      expect(await store.appendCycleEvent('s_nord', 0, ev)).toBe(false);
      expect(await store.getCycleEvents('s_nord')).toEqual([{ spaceId: 's_nord', seq: 1, event: ev }]);
      const response = {
        id: 'd_1',
        spaceId: 's_nord',
        questionnaireId: 'q',
        questionnaireVersion: 1,
        role: 'concerned' as const,
        answers: { q1: 'yes' },
        submittedAt: '2026-02-01T00:00:00.000Z',
      };
      await store.saveDiagnosticResponse(response);
      expect(await store.listDiagnosticResponses('s_nord')).toEqual([response]);
    });

    it('writes the notifications of an event with it', async () => {
      const c = contribution({ apply: answered() });
      const created = await store.createContribution({ view: c.initialView, events: [c.created], private: c.private });
      expect(created.ok).toBe(true);
      for (const [i, step] of c.steps.entries()) {
        const notifications =
          step.event.type === 'contribution.publish'
            ? [
                {
                  id: `n_${c.id}`,
                  contributionId: c.id,
                  kind: 'answerPublished' as const,
                  to: null,
                  payload: { verdict: 'accepted' },
                  createdAt: step.event.at,
                  sentAt: null,
                },
              ]
            : [];
        await store.appendEvent({
          contributionId: c.id,
          expectedVersion: i + 1,
          event: step.event,
          view: step.view,
          notifications,
        });
      }
      expect(await store.listNotifications(c.id)).toHaveLength(1);
      expect(await store.listNotifications('c_other')).toEqual([]);
    });
  });
}
