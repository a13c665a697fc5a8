// Notification ids are random per council, so two councils may hold the same id. Every update
// of the outbox (done, failed, defer) names the council and touches that council's row only.
// Memory, PGlite, and the PostgreSQL server at DATABASE_URL when it is set.
import type { Mailer, NotificationRecord, OrganisationStore, ParticipeStore } from '@participe/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import type { SqlDriver } from '../postgres/driver.js';
import { createSqlOutbox, migrateOutbox } from '../postgres/outbox.sql.js';
import { DATABASE_URL, pgTestDatabase } from '../postgres/pg.testing.js';
import { openPglite, type PgliteDatabase } from '../postgres/pglite.driver.js';
import { storeInFreshSchema } from '../postgres/schema.testing.js';
import { author, contribution, createCouncils, space } from '../testing/fixtures.js';
import { dispatchNotifications, type PendingNotifications } from './dispatch.js';
import { createMemoryOutbox, type OutboxQueue, storeOutbox } from './outbox.js';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const COUNCILS = [
  { id: 'o_a', slug: 'conseil-a' },
  { id: 'o_b', slug: 'conseil-b' },
] as const;
const SAME = 'n_same';
const LEASE_MS = 1000;

type Store = Omit<ParticipeStore, keyof PendingNotifications> & OrganisationStore & PendingNotifications;

/** Both councils, each with a contribution and an unsent notification of the same id. */
async function seed(store: Store) {
  await createCouncils(store, COUNCILS, T0.toISOString());
  for (const { id } of COUNCILS) {
    const council = store.forOrganisation(id);
    await council.putSpace(space());
    const c = contribution({ apply: [{ type: 'contribution.submit', actor: author }] });
    await council.createContribution({ view: c.initialView, events: [c.created], private: c.private });
    const notice: NotificationRecord = {
      id: SAME,
      contributionId: c.id,
      kind: 'answerPublished',
      to: { email: `personne@${id.replace('_', '-')}.example`, consent: true },
      payload: { title: 'Un titre' },
      createdAt: T0.toISOString(),
      sentAt: null,
    };
    await council.appendEvent({
      contributionId: c.id,
      expectedVersion: 1,
      event: c.steps[0]!.event,
      view: c.steps[0]!.view,
      notifications: [notice],
    });
  }
}

const sentAt = async (store: Store, organisation: string) =>
  (await store.forOrganisation(organisation).listNotifications()).map((n) => n.sentAt);
const pending = async (store: Store) =>
  (await store.listPendingNotifications(10)).map((n) => `${n.organisation}/${n.id}`).sort();
const claimed = async (outbox: OutboxQueue, when: Date) =>
  (await outbox.claim(10, when)).map((n) => `${n.organisation}/${n.id}#${n.attempts}`).sort();

let pglite: PgliteDatabase;
beforeAll(async () => {
  pglite = await openPglite();
}, 60_000);
afterAll(async () => {
  await pglite?.close();
});

interface Opened {
  store: Store;
  driver: SqlDriver | null;
  close(): Promise<void>;
}

/** Each case on a store of its own: a memory store, a PGlite schema, a PostgreSQL schema. */
const OPEN: Record<string, () => Promise<Opened>> = {
  memory: async () => ({ store: new MemoryStore() as unknown as Store, driver: null, close: async () => {} }),
  PGlite: async () => {
    let driver: SqlDriver | null = null;
    const store = await storeInFreshSchema(pglite, (d) => {
      driver = d;
      return d;
    });
    return { store: store as unknown as Store, driver, close: () => store.close() };
  },
  PostgreSQL: async () => {
    const db = await pgTestDatabase(DATABASE_URL!);
    return { store: db.store as unknown as Store, driver: db.driver, close: () => db.store.close() };
  },
};

type Make = (o: Opened) => OutboxQueue;
const alone: Make = (o) => storeOutbox(o.store);
const sql: Make = (o) => createSqlOutbox(o.driver!, { leaseMs: LEASE_MS });
/** [store, outbox, how it is made, whether it keeps attempts (the store alone does not)] */
const CASES: Array<[string, string, Make, boolean]> = [
  ['memory', 'the store alone', alone, false],
  ['memory', 'the memory outbox', (o) => createMemoryOutbox(o.store, { leaseMs: LEASE_MS }), true],
  ['PGlite', 'the store alone', alone, false],
  ['PGlite', 'the PostgreSQL outbox', sql, true],
  ...(DATABASE_URL
    ? ([
        ['PostgreSQL', 'the store alone', alone, false],
        ['PostgreSQL', 'the PostgreSQL outbox', sql, true],
      ] as Array<[string, string, Make, boolean]>)
    : []),
];

describe.each(CASES)('one notification id in two councils: %s, %s', (backend, _outbox, make, keepsAttempts) => {
  const each = async (check: (store: Store, outbox: OutboxQueue) => Promise<void>) => {
    const opened = await OPEN[backend]!();
    try {
      await seed(opened.store);
      if (opened.driver) await migrateOutbox(opened.driver);
      await check(opened.store, make(opened));
    } finally {
      await opened.close();
    }
  };

  it('finishing one council’s notification leaves the other council’s pending', async () => {
    await each(async (store, outbox) => {
      expect(await claimed(outbox, T0)).toEqual([`o_a/${SAME}#0`, `o_b/${SAME}#0`]);
      await outbox.done({ id: SAME, organisation: 'o_a' }, at(1));
      expect(await sentAt(store, 'o_a')).toEqual([at(1).toISOString()]);
      expect(await sentAt(store, 'o_b')).toEqual([null]);
      expect(await pending(store)).toEqual([`o_b/${SAME}`]);
      await outbox.done({ id: SAME, organisation: 'o_b' }, at(2));
      expect(await sentAt(store, 'o_b')).toEqual([at(2).toISOString()]);
      expect(await pending(store)).toEqual([]);
    });
  }, 120_000);

  // The store alone keeps no attempts: nothing to tell apart there.
  it.skipIf(!keepsAttempts)(
    'a failure or a deferral counts on its council’s notification only',
    async () => {
      await each(async (store, outbox) => {
        expect(await claimed(outbox, T0)).toEqual([`o_a/${SAME}#0`, `o_b/${SAME}#0`]);
        await outbox.defer({ id: SAME, organisation: 'o_a' }, at(60));
        // B's claim has lapsed; A is kept for later.
        expect(await claimed(outbox, at(2))).toEqual([`o_b/${SAME}#0`]);
        await outbox.failed({ id: SAME, organisation: 'o_b' }, at(3), { error: 'SmtpError 451', retryAt: at(30) });
        expect(await claimed(outbox, at(31))).toEqual([`o_b/${SAME}#1`]);
        await outbox.done({ id: SAME, organisation: 'o_b' }, at(32));
        // A's turn: B's failure was not counted on it.
        expect(await claimed(outbox, at(61))).toEqual([`o_a/${SAME}#0`]);
        expect(await sentAt(store, 'o_a')).toEqual([null]);
        await outbox.done({ id: SAME, organisation: 'o_a' }, at(62));
        expect(await pending(store)).toEqual([]);
      });
    },
    120_000,
  );

  it('the dispatcher marks what it sent in the council it sent it for', async () => {
    await each(async (store, outbox) => {
      // A's mail server refuses for now; B's message goes.
      const mailer: Mailer = {
        async send(email) {
          if (email.to.endsWith('@o-a.example')) throw Object.assign(new Error('try later'), { name: 'SmtpError' });
          return { messageId: `<${email.id}@test>` };
        },
      };
      const result = await dispatchNotifications({
        store,
        mailer,
        outbox,
        now: () => T0,
        followUpUrl: ({ spaceSlug, contributionId }) => `https://participe.example/${spaceSlug}/${contributionId}`,
      });
      expect(result.sent).toEqual([SAME]);
      expect(result.failed.map((f) => f.id)).toEqual([SAME]);
      expect(await sentAt(store, 'o_b')).toEqual([T0.toISOString()]);
      expect(await sentAt(store, 'o_a')).toEqual([null]);
      expect(await pending(store)).toEqual([`o_a/${SAME}`]);
    });
  }, 120_000);
});
