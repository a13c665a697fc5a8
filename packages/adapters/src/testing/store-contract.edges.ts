// More of the store contract: failures, races, text and time edges. Registered inside
// `describeStoreContract`, so every adapter runs them; they assert what the port
// promises, never how an adapter keeps it.
import { daysWaiting, isOverdue, type ParticipeStore } from '@participe/core';
import { expect, it } from 'vitest';
import { author, contribution, pro } from './fixtures.js';

type Open = () => ParticipeStore;

const ids = async (store: ParticipeStore, f: Parameters<ParticipeStore['listContributions']>[0]) =>
  (await store.listContributions(f)).items.map((v) => v.id);

export function storeContractEdges(
  current: Open,
  storeBuilt: (s: ParticipeStore, c: ReturnType<typeof contribution>) => Promise<void>,
) {
  it('writes nothing of a command that fails midway (a follow-up code already used)', async () => {
    const store = current();
    const first = contribution();
    await storeBuilt(store, first);
    const second = contribution();
    const idempotency = { key: 'k-fail', requestHash: 'h', status: 201, body: {}, createdAt: second.view.createdAt };
    await expect(
      store.createContribution({
        view: second.initialView,
        events: [second.created],
        private: { ...second.private, followUpCode: first.private.followUpCode },
        idempotency,
      }),
    ).rejects.toThrow();
    expect(await store.getContribution(second.id)).toBeNull();
    expect(await store.getEvents(second.id)).toEqual([]);
    expect(await store.getPrivate(second.id)).toBeNull();
    expect(await store.getIdempotency('k-fail')).toBeNull();
    expect(await store.findByFollowUpCode(first.private.followUpCode)).toBe(first.id);
    // The key is free again: the retry with a fresh code goes through.
    expect(
      await store.createContribution({
        view: second.initialView,
        events: [second.created],
        private: second.private,
        idempotency,
      }),
    ).toEqual({ ok: true });
  });

  it('creates with its events in one write, and a failure midway leaves none of them', async () => {
    const store = current();
    const submitted = () => contribution({ apply: [{ type: 'contribution.submit', actor: author }] });
    const sent = submitted();
    expect(await store.createContribution({ view: sent.view, events: sent.events, private: sent.private })).toEqual({
      ok: true,
    });
    expect(await store.getContribution(sent.id)).toEqual(sent.view);
    expect(await store.getEvents(sent.id)).toEqual(sent.events);

    // The last part of the write fails: the follow-up code is the first contribution's.
    const failed = submitted();
    const idempotency = { key: 'k-midway', requestHash: 'h', status: 201, body: {}, createdAt: failed.view.createdAt };
    await expect(
      store.createContribution({
        view: failed.view,
        events: failed.events,
        private: { ...failed.private, followUpCode: sent.private.followUpCode },
        idempotency,
      }),
    ).rejects.toThrow();
    // A history that is not one: the submission at seq 3, or the view not at the last event.
    const gap = submitted();
    const shifted = [gap.events[0]!, { ...gap.events[1]!, seq: 3 }];
    await expect(store.createContribution({ view: gap.view, events: shifted, private: gap.private })).rejects.toThrow();
    await expect(
      store.createContribution({ view: gap.initialView, events: gap.events, private: gap.private }),
    ).rejects.toThrow();
    for (const c of [failed, gap]) {
      expect(await store.getContribution(c.id)).toBeNull();
      expect(await store.getEvents(c.id)).toEqual([]);
      expect(await store.getPrivate(c.id)).toBeNull();
    }
    expect(await store.getIdempotency('k-midway')).toBeNull();
    expect(await store.findByFollowUpCode(gap.private.followUpCode)).toBeNull();
  });

  it('stores one contribution for ten concurrent creates with the same idempotency key', async () => {
    const store = current();
    const attempts = Array.from({ length: 10 }, () => contribution());
    const results = await Promise.all(
      attempts.map((c, i) =>
        store.createContribution({
          view: c.initialView,
          events: [c.created],
          private: c.private,
          idempotency: {
            key: 'k-race',
            requestHash: `h${i}`,
            status: 201,
            body: { id: c.id },
            createdAt: c.view.createdAt,
          },
        }),
      ),
    );
    const winners = results.flatMap((r, i) => (r.ok ? [attempts[i]!] : []));
    expect(winners).toHaveLength(1);
    for (const r of results) if (!r.ok) expect(r.existing.body).toEqual({ id: winners[0]!.id });
    const stored = await Promise.all(attempts.map((c) => store.getContribution(c.id)));
    expect(stored.filter(Boolean)).toHaveLength(1);
  });

  it('keeps text exactly as sent: accents, emoji, combining marks, right-to-left, invisible characters', async () => {
    const store = current();
    const title = 'e\u0301te\u0301 👩🏽‍🦱 ﷺ مرحبا \u200b\u2028\u00a0« guillemets » 𝔘';
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is text a citizen may type.
    const body = 'Tab\tnouvelle\nligne\r\n"guillemets" \\ barre </script> ${x} %s \u{10ffff}';
    const c = contribution({ title, body, territory: 'Quartier Ōmura – Nord' });
    await storeBuilt(store, c);
    const view = await store.getContribution(c.id);
    expect(view?.content.title).toBe(title);
    expect(view?.content.body).toBe(body);
    expect(view?.content.territory).toBe('Quartier Ōmura – Nord');
    expect((await store.getEvents(c.id))[0]?.data).toEqual(c.events[0]?.data);
  });

  it('keeps text it cannot hold exactly (NUL, a lone surrogate) out whole, or keeps it exactly', async () => {
    const store = current();
    for (const title of ['avant\u0000après', 'moitié \ud83d seule']) {
      const c = contribution({ title });
      const outcome = await storeBuilt(store, c).then(
        () => 'stored',
        (e: unknown) => e,
      );
      if (outcome === 'stored') {
        expect((await store.getContribution(c.id))?.content.title).toBe(title);
      } else {
        expect(outcome).toBeInstanceOf(Error);
        expect(await store.getContribution(c.id)).toBeNull();
        expect(await store.getEvents(c.id)).toEqual([]);
        expect(await store.findByFollowUpCode(c.private.followUpCode)).toBeNull();
      }
    }
  });

  it('counts overdue in whole days exactly as isOverdue does', async () => {
    const store = current();
    const publishedAt = '2026-01-02T00:00:00.000Z';
    const c = contribution({ apply: [{ type: 'contribution.submit', actor: author, at: publishedAt }] });
    await storeBuilt(store, c);
    const day = 86_400_000;
    const start = Date.parse(publishedAt);
    for (const offset of [0, 60 * day, 61 * day - 1, 61 * day, 61 * day + 1, 400 * day]) {
      const window = { now: new Date(start + offset).toISOString(), answerWithinDays: 60 };
      const expected = isOverdue(c.view, window, window.now) ? [c.id] : [];
      expect(await ids(store, { overdue: window })).toEqual(expected);
      expect((await store.stats('s_nord', window)).overdue).toBe(expected.length);
    }
    // Odd windows a caller might pass: the store agrees with isOverdue, and does not throw.
    const later = new Date(start + 90 * day).toISOString();
    for (const window of [
      { now: later, answerWithinDays: -1 },
      { now: later, answerWithinDays: 0 },
      { now: later, answerWithinDays: 88.5 },
      { now: later, answerWithinDays: 89.5 },
      { now: later, answerWithinDays: Number.NaN },
      { now: later, answerWithinDays: Number.POSITIVE_INFINITY },
      { now: 'pas une date', answerWithinDays: 60 },
    ]) {
      const expected = isOverdue(c.view, window, window.now) ? [c.id] : [];
      expect(await ids(store, { overdue: window }), JSON.stringify(window)).toEqual(expected);
      expect((await store.stats('s_nord', window)).overdue).toBe(expected.length);
    }
    expect(await ids(store, { status: [] })).toEqual([]);
    expect(await ids(store, { status: ['accepted'], overdue: { now: later, answerWithinDays: 1 } })).toEqual([]);
  });

  it('gives the median whole days to a published answer', async () => {
    const store = current();
    const answeredAfter = (days: number) => {
      const submitted = '2026-01-05T08:00:00.000Z';
      const published = new Date(Date.parse(submitted) + days * 86_400_000 + 3_600_000).toISOString();
      return contribution({
        at: '2026-01-05T07:00:00.000Z',
        apply: [
          { type: 'contribution.submit', actor: author, at: submitted },
          { type: 'contribution.review', actor: pro },
          {
            type: 'contribution.decide',
            actor: pro,
            answer: { verdict: 'answered', text: 'Voici la réponse.', service: 'CCAS' },
          },
          { type: 'contribution.publish', actor: pro, at: published },
        ],
      });
    };
    const built = [answeredAfter(10), answeredAfter(30)];
    for (const c of built) await storeBuilt(store, c);
    const window = { now: '2026-06-01T00:00:00.000Z', answerWithinDays: 60 };
    expect(built.map((c) => daysWaiting(c.view, window.now))).toEqual([10, 30]);
    expect((await store.stats('s_nord', window)).medianDaysToAnswer).toBe(20);
    await storeBuilt(store, answeredAfter(3));
    expect((await store.stats('s_nord', window)).medianDaysToAnswer).toBe(10);
  });

  it('pages through search results with the cursor, each match once', async () => {
    const store = current();
    const matching = Array.from({ length: 7 }, (_, i) =>
      contribution({ title: `Logements numéro ${i}`, at: new Date(Date.UTC(2026, 2, 1, i % 3)).toISOString() }),
    );
    const other = contribution({ title: 'Horaires du bus' });
    for (const c of [...matching, other]) await storeBuilt(store, c);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listContributions({ q: 'logement', limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((v) => v.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect([...seen].sort()).toEqual(matching.map((c) => c.id).sort());
    expect(seen).toHaveLength(7);
  });
}
