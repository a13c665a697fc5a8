// The PostgreSQL outbox in batches: a batch costs the same few statements whatever its size
// (the claim reads what its messages need; outcomes are recorded together), and two
// dispatchers on one database, each claiming and sending several at once, send every
// notification exactly once. PGlite, and the PostgreSQL server at DATABASE_URL when it is set.
import type { Mailer, NotificationRecord, OutgoingEmail } from '@participe/core';
import { afterAll, describe, expect, it } from 'vitest';
import type { SqlDriver, SqlExecutor } from '../postgres/driver.js';
import { createSqlOutbox, migrateOutbox } from '../postgres/outbox.sql.js';
import { pgDriver } from '../postgres/pg.driver.js';
import { DATABASE_URL, pgTestDatabase } from '../postgres/pg.testing.js';
import { openPglite, type PgliteDatabase, pgliteDriver } from '../postgres/pglite.driver.js';
import { PostgresStore } from '../postgres/postgres.store.js';
import { storeInFreshSchema } from '../postgres/schema.testing.js';
import { author, contribution, createCouncils, space } from '../testing/fixtures.js';
import { dispatchNotifications, type SmsChannel } from './dispatch.js';
import { createNumberHasher, type OutgoingSms } from './sms.js';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const COUNCILS = [
  { id: 'o_nord', slug: 'conseil-nord' },
  { id: 'o_sud', slug: 'conseil-sud' },
] as const;
const SENDER = 'Participation <participation@nord.example>';
const hashNumber = createNumberHasher('a-server-secret-that-is-long-enough-0');

/** Counts the statements sent through a driver (BEGIN and COMMIT included). */
function counting(driver: SqlDriver) {
  let statements = 0;
  const executor = (x: SqlExecutor): SqlExecutor => ({
    query: (sql, params, options) => {
      statements += 1;
      return x.query(sql, params, options);
    },
  });
  const counted: SqlDriver = {
    ...executor(driver),
    transaction: (fn) => {
      statements += 2;
      return driver.transaction((tx) => fn(executor(tx)));
    },
    close: () => driver.close(),
  };
  return {
    driver: counted,
    /** Statements since the last call. */
    take() {
      const n = statements;
      statements = 0;
      return n;
    },
  };
}

interface Database {
  /** The store, on `driver`. */
  store: PostgresStore;
  driver: SqlDriver;
  /** Another connection to the same schema, as a second process has. */
  other(): SqlDriver;
  close(): Promise<void>;
}

// One PGlite for the file, opened by the first test that needs it; a schema per test.
let pglite: PgliteDatabase | undefined;
afterAll(() => pglite?.close());

const BACKENDS: Record<string, () => Promise<Database>> = {
  PGlite: async () => {
    pglite ??= await openPglite();
    const db = pglite;
    let driver: SqlDriver | null = null;
    const store = await storeInFreshSchema(db, (d) => {
      driver = d;
      return d;
    });
    return { store, driver: driver!, other: () => pgliteDriver(db), close: () => store.close() };
  },
  ...(DATABASE_URL
    ? {
        PostgreSQL: async (): Promise<Database> => {
          const url = DATABASE_URL!;
          const db = await pgTestDatabase(url);
          const [{ schema }] = (await db.query<{ schema: string }>('SELECT current_schema() AS schema')) as [
            { schema: string },
          ];
          const others: SqlDriver[] = [];
          return {
            store: db.store,
            driver: db.driver,
            other: () => others[others.push(pgDriver({ connectionString: url, schema, max: 4 })) - 1]!,
            close: async () => {
              for (const o of others) await o.close();
              await db.store.close();
            },
          };
        },
      }
    : {}),
};

/**
 * `perCouncil` answered contributions in each council, each with one pending notification:
 * e-mails, and every fifth a phone number only (SMS). The north council has its own sender.
 */
async function seed(store: PostgresStore, perCouncil: number) {
  await createCouncils(store, COUNCILS, T0.toISOString());
  await store.putOrganisationSettings('o_nord', { mailFrom: SENDER });
  for (const { id: org } of COUNCILS) {
    const council = store.forOrganisation(org);
    await council.putSpace(space({ name: `Groupe ressource de ${org}` }));
    for (let k = 0; k < perCouncil; k++) {
      const c = contribution({ apply: [{ type: 'contribution.submit', actor: author }] });
      const to: NotificationRecord['to'] =
        k % 5 === 4
          ? { phone: `06 39 98 ${String(k).padStart(2, '0')} 00`, consent: true, smsConsent: true }
          : { email: `auteur-${k}@${org.replace('_', '-')}.example`, consent: true };
      await council.createContribution({ view: c.initialView, events: [c.created], private: c.private });
      await council.appendEvent({
        contributionId: c.id,
        expectedVersion: 1,
        event: c.steps[0]!.event,
        view: c.steps[0]!.view,
        notifications: [
          {
            id: `n_${k}`,
            contributionId: c.id,
            kind: 'answerPublished',
            to,
            payload: { title: `Proposition ${k}` },
            createdAt: new Date(T0.getTime() + k * 1000).toISOString(),
            sentAt: null,
          },
        ],
      });
    }
  }
}

/** A mailer and an SMS gateway that keep what they are given, each after a short, varying wait. */
function recorders() {
  const emails: Array<OutgoingEmail & { id: string }> = [];
  const texts: OutgoingSms[] = [];
  const pause = (i: number) => new Promise((resolve) => setTimeout(resolve, i % 3));
  const mailer: Mailer = {
    async send(email) {
      await pause(emails.length);
      emails.push(email as OutgoingEmail & { id: string });
      return {};
    },
  };
  const sms = (optOuts: SmsChannel['optOuts']): SmsChannel => ({
    gateway: {
      async send(text) {
        await pause(texts.length);
        texts.push(text);
        return {};
      },
    },
    optOuts,
    hashNumber,
    quietHours: false,
  });
  return { emails, texts, mailer, sms };
}

describe.each(Object.keys(BACKENDS))('the outbox in batches (%s)', (backend) => {
  /** `check` on a seeded database of its own; then nothing may be left unsent, in either council. */
  const seeded = async (perCouncil: number, check: (db: Database) => Promise<void>) => {
    const db = await BACKENDS[backend]!();
    try {
      await seed(db.store, perCouncil);
      await migrateOutbox(db.driver);
      await check(db);
      for (const { id: org } of COUNCILS) {
        const left = (await db.store.forOrganisation(org).listNotifications()).filter((n) => n.sentAt === null);
        expect(left).toEqual([]);
      }
    } finally {
      await db.close();
    }
  };

  it('claims, reads, sends and records a batch in the same number of statements, whatever its size', async () => {
    await seeded(15, async (db) => {
      // Everything the dispatcher does, store reads included, goes through the counted driver.
      const counted = counting(db.driver);
      const store = new PostgresStore(counted.driver);
      const outbox = createSqlOutbox(counted.driver);
      const { emails, texts, mailer, sms } = recorders();
      const channel = sms(outbox);
      // A number that answered STOP: skipped, read with the batch's other numbers.
      await outbox.optOut(hashNumber('+33639980400'), T0);
      const run = (limit: number) =>
        dispatchNotifications({
          store,
          mailer,
          outbox,
          sms: channel,
          limit,
          concurrency: 3,
          now: () => T0,
          followUpUrl: ({ spaceSlug, followUpCode }) => `https://ville.example/${spaceSlug}/${followUpCode}`,
        });
      counted.take();

      // Both batches hold e-mails and text messages (so one read of STOP answers each).
      const small = await run(5);
      const statementsSmall = counted.take();
      const large = await run(20);
      const statementsLarge = counted.take();
      expect(small.sent.length + small.skipped.length).toBe(5);
      expect(large.sent.length + large.skipped.length).toBe(20);
      // Per-message reads or writes would make the second batch cost about four times the first.
      expect(statementsLarge).toBe(statementsSmall);
      expect(statementsLarge).toBeLessThanOrEqual(10);

      const rest = await run(50);
      expect(rest.sent.length + rest.skipped.length).toBe(5);
      expect(rest.failed).toEqual([]);
      expect(await run(50)).toEqual({ sent: [], failed: [], skipped: [], deferred: [] });
      // Each message from its council's data: its group, the author's code, the council's sender.
      expect(emails).toHaveLength(24);
      for (const email of emails) {
        const org = /@(o-\w+)\.example$/.exec(email.to)![1]!.replace('-', '_');
        expect(email.subject).toContain(`Groupe ressource de ${org}`);
        expect(email.text).toMatch(/https:\/\/ville\.example\/groupe-rsa-nord\/CODE-C_\d+/);
        expect(email.from).toBe(org === 'o_nord' ? SENDER : undefined);
      }
      // Three numbers per council, one of which answered STOP (in both councils: a person's STOP holds everywhere).
      expect(texts.map((t) => t.to).sort()).toEqual(['+33639980900', '+33639980900', '+33639981400', '+33639981400']);
      expect([...small.skipped, ...large.skipped, ...rest.skipped].map((s) => s.reason)).toEqual([
        'optedOut',
        'optedOut',
      ]);
    });
  }, 120_000);

  it('when the STOP list cannot be read, the batch’s text messages wait for a later run and its e-mails leave', async () => {
    await seeded(5, async (db) => {
      const outbox = createSqlOutbox(db.driver);
      const { emails, texts, mailer, sms } = recorders();
      const unreadable = async (): Promise<never> => {
        throw new Error('connection lost');
      };
      const run = (optOuts: SmsChannel['optOuts'], at: Date) =>
        dispatchNotifications({ store: db.store, mailer, outbox, sms: sms(optOuts), now: () => at });
      const first = await run({ ...outbox, isOptedOut: unreadable, optedOutAmong: unreadable }, T0);
      expect(first.sent).toHaveLength(8);
      expect(first.failed.map((f) => f.id)).toEqual(['n_4', 'n_4']);
      expect(first.failed.some((f) => f.dead)).toBe(false);
      expect(texts).toEqual([]);
      // After the backoff, with the list readable again.
      const later = await run(outbox, new Date(T0.getTime() + 3_600_000));
      expect(later.sent).toEqual(['n_4', 'n_4']);
      expect(emails).toHaveLength(8);
      expect(texts).toHaveLength(2);
    });
  }, 120_000);

  it('two dispatchers at once, each sending several at a time, send every notification exactly once', async () => {
    await seeded(30, async (db) => {
      const { emails, texts, mailer, sms } = recorders();
      // Each with its own connection, store and outbox, as two processes have.
      const dispatcher = async (driver: SqlDriver) => {
        const store = new PostgresStore(driver);
        const outbox = createSqlOutbox(driver);
        const channel = sms(outbox);
        for (let runs = 0; runs < 100; runs++) {
          const r = await dispatchNotifications({ store, mailer, outbox, sms: channel, limit: 7, concurrency: 3 });
          expect(r.failed).toEqual([]);
          if (r.sent.length + r.skipped.length + r.deferred.length === 0) return;
        }
      };
      await Promise.all([dispatcher(db.driver), dispatcher(db.other())]);

      const sent = [...emails.map((e) => e.to), ...texts.map((t) => t.to)];
      expect(sent).toHaveLength(60);
      // Each address and number once: addresses are per council; a number is in both councils.
      expect(new Set(emails.map((e) => e.to)).size).toBe(48);
      expect(new Set(emails.map((e) => `${e.from}/${e.id}`)).size).toBe(48);
      expect(texts.map((t) => t.to).sort()).toEqual(
        [4, 9, 14, 19, 24, 29].flatMap((k) => Array(2).fill(`+3363998${String(k).padStart(2, '0')}00`)),
      );
    });
  }, 180_000);
});
