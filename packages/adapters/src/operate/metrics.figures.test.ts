// Each council's figures in `/metrics`: contributions waiting for their answer and overdue
// (past their own space's delay), the outbox's pending, set-aside and oldest waiting
// notification, labelled by the council's slug. Two councils share space ids on purpose, with
// different delays: a figure joined across councils would come out wrong. On PGlite, and on
// PostgreSQL when DATABASE_URL is set; every figure below is worked out by hand.
import type { NotificationRecord } from '@participe/core';
import { pino } from 'pino';
import * as prom from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDriver } from '../postgres/driver.js';
import { createSqlOutbox, migrateOutbox } from '../postgres/outbox.sql.js';
import { DATABASE_URL, pgTestDatabase } from '../postgres/pg.testing.js';
import type { PostgresStore } from '../postgres/postgres.store.js';
import { pgliteTestDatabase } from '../postgres/schema.testing.js';
import { organisationFigures } from '../postgres/status.js';
import { createHandler } from '../server/handler.js';
import { author, contribution, createCouncils, pro, space } from '../testing/fixtures.js';
import { storeBuilt } from '../testing/store-contract.js';
import { createServerMetrics } from './metrics.js';
import { createRequestLog } from './request-log.js';
import { createSite } from './site.js';

const NOW = Date.parse('2026-06-01T12:00:00.000Z');
const t = (day: string, time = '09:00') => `${day}T${time}:00.000Z`;
const A = { id: 'o_cd93', slug: 'cd93' };
const B = { id: 'o_lyon', slug: 'lyon' };

const waiting = (id: string, spaceId: string, at: string) =>
  contribution({ id, spaceId, at, apply: [{ type: 'contribution.submit', actor: author, at }] });
const answered = (id: string) =>
  contribution({
    id,
    spaceId: 's_nord',
    at: t('2026-01-05'),
    apply: [
      { type: 'contribution.submit', actor: author, at: t('2026-01-05') },
      { type: 'contribution.review', actor: pro },
      {
        type: 'contribution.decide',
        actor: pro,
        answer: { verdict: 'accepted', text: 'Nous avons étudié la demande.', service: 'Mobilité' },
      },
      { type: 'contribution.publish', actor: pro, at: t('2026-01-20') },
    ] as never,
  });

const notice = (id: string, contributionId: string, createdAt: string): NotificationRecord => ({
  id,
  contributionId,
  kind: 'answerPublished',
  to: { email: 'auteur@example.fr', consent: true },
  payload: {},
  createdAt,
  sentAt: null,
});

async function seed(store: PostgresStore, driver: SqlDriver) {
  await createCouncils(store, [A, B], t('2026-01-01'));
  // A: Nord answers within 30 days, Sud within 10.
  const a = store.forOrganisation(A.id);
  await a.putSpace(space({ answerWithinDays: 30 }));
  await a.putSpace(space({ id: 's_sud', slug: 'groupe-sud', name: 'Groupe Sud', answerWithinDays: 10 }));
  await storeBuilt(a, waiting('a1', 's_nord', t('2026-03-01'))); // 92 days: overdue
  await storeBuilt(a, waiting('a2', 's_nord', t('2026-05-20'))); // 12 days: not overdue here (it would be in B's Nord)
  await storeBuilt(a, waiting('a3', 's_sud', t('2026-05-21', '12:00'))); // 11 whole days > 10: overdue
  await storeBuilt(a, waiting('a4', 's_sud', t('2026-05-22', '12:00'))); // exactly 10 days: not yet
  await storeBuilt(a, contribution({ id: 'a5', spaceId: 's_nord' })); // a draft: not waiting
  await storeBuilt(a, answered('a6'), [
    notice('n_wait', 'a6', t('2026-06-01', '11:58')),
    notice('n_dead', 'a6', t('2026-06-01', '10:00')),
    notice('n_sent', 'a6', t('2026-06-01', '08:00')),
  ]);
  // B: the same space id, answering within 5 days.
  const b = store.forOrganisation(B.id);
  await b.putSpace(space({ answerWithinDays: 5 }));
  await storeBuilt(b, waiting('a1', 's_nord', t('2026-05-01'))); // the same id as A's, 31 days: overdue
  await storeBuilt(b, answered('b2'));

  // One sent, one set aside after its last attempt, one still claimed (pending).
  await migrateOutbox(driver);
  const outbox = createSqlOutbox(driver);
  const at = new Date(NOW - 60_000);
  const claimed = await outbox.claim(10, at);
  expect(claimed.map((n) => n.id).sort()).toEqual(['n_dead', 'n_sent', 'n_wait']);
  // Each update names the notification's council (ids are unique within a council only).
  const of = (id: string) => claimed.find((n) => n.id === id)!;
  await outbox.done(of('n_sent'), at);
  await outbox.failed(of('n_dead'), at, { error: 'SmtpError 550', retryAt: null });
}

const EXPECTED = [
  'participe_contributions_awaiting_answer{organisation="cd93"} 4',
  'participe_contributions_awaiting_answer{organisation="default"} 0',
  'participe_contributions_awaiting_answer{organisation="lyon"} 1',
  'participe_contributions_overdue{organisation="cd93"} 2',
  'participe_contributions_overdue{organisation="default"} 0',
  'participe_contributions_overdue{organisation="lyon"} 1',
  'participe_outbox_pending{organisation="cd93"} 1',
  'participe_outbox_pending{organisation="default"} 0',
  'participe_outbox_pending{organisation="lyon"} 0',
  'participe_outbox_dead{organisation="cd93"} 1',
  'participe_outbox_dead{organisation="default"} 0',
  'participe_outbox_dead{organisation="lyon"} 0',
  // n_wait was written at 11:58, the scrape is at 12:00.
  'participe_outbox_oldest_pending_age_seconds{organisation="cd93"} 120',
  'participe_outbox_oldest_pending_age_seconds{organisation="default"} 0',
  'participe_outbox_oldest_pending_age_seconds{organisation="lyon"} 0',
];

function figuresOn(open: () => Promise<{ store: PostgresStore; driver: SqlDriver }>) {
  let store: PostgresStore;
  let driver: SqlDriver;
  let clock = NOW;
  let reads = 0;
  let scrape: () => Promise<string>;

  beforeAll(async () => {
    ({ store, driver } = await open());
    await seed(store, driver);
    const site = createSite({
      api: createHandler({ store, rateLimit: false }),
      log: createRequestLog(pino({ level: 'silent' }), { trustRequestId: false }),
      metrics: createServerMetrics(prom, {
        figures: (now) => {
          reads += 1;
          return organisationFigures(driver, now);
        },
        now: () => clock,
      }),
      metricsToken: null,
      ready: async () => ({ status: 'ready', checks: { store: 'ok', migrations: 'ok', dispatcher: 'running' } }),
      widgets: null,
      staticDir: null,
    });
    scrape = async () => (await site(new Request('http://participe.test/metrics'), { ip: '192.0.2.1' })).text();
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  it('gives each council its waiting and overdue contributions and its outbox, by slug', async () => {
    const text = await scrape();
    const lines = text.split('\n').filter((l) => /^participe_(contributions|outbox)_/.test(l));
    expect(lines.sort()).toEqual([...EXPECTED].sort());
  });

  it('reads the store at most once every five seconds, and a council’s new contribution shows after that', async () => {
    clock = NOW;
    await scrape();
    const before = reads;
    await storeBuilt(store.forOrganisation(B.id), waiting('b3', 's_nord', t('2026-05-31')));
    clock = NOW + 4_000;
    await Promise.all([scrape(), scrape()]);
    expect(reads).toBe(before);
    expect(await scrape()).toContain('participe_contributions_awaiting_answer{organisation="lyon"} 1');
    clock = NOW + 5_000;
    const text = await scrape();
    expect(reads).toBe(before + 1);
    expect(text).toContain('participe_contributions_awaiting_answer{organisation="lyon"} 2');
    // One more day waited, not past five: still one overdue.
    expect(text).toContain('participe_contributions_overdue{organisation="lyon"} 1');
  });
}

describe('per-council metrics on PGlite', () => {
  figuresOn(pgliteTestDatabase);
});

describe.skipIf(!DATABASE_URL)('per-council metrics on PostgreSQL', () => {
  figuresOn(() => pgTestDatabase(DATABASE_URL!));
});
