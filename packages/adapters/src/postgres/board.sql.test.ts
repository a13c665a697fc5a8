// The public board's figures from seeded data, against numbers worked out by hand below, on
// the memory store, PGlite and (with DATABASE_URL) a PostgreSQL server: the SQL and the
// memory store must agree, and both must agree with the arithmetic.
import { randomBytes } from 'node:crypto';
import type { ParticipeStore } from '@participe/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalBackend } from '../local/local.backend.js';
import { MemoryStore } from '../memory/memory.store.js';
import { author, contribution, pro, space } from '../testing/fixtures.js';
import { storeBuilt } from '../testing/store-contract.js';
import { openPostgresStore } from './open.js';
import { pgDriver } from './pg.driver.js';
import { openPglite, type PgliteDatabase } from './pglite.driver.js';
import { storeInFreshSchema } from './schema.testing.js';

const NOW = '2026-06-01T12:00:00.000Z';
const t = (day: string, time = '09:00') => `${day}T${time}:00.000Z`;
const say = 'Nous avons étudié la demande avec le service concerné.';

/**
 * Submitted (so published at once: no premoderation), then answered with `verdict` on
 * `answerDay`, in `lang` when given (else stored without a language: French).
 */
const answered = (verdict: 'accepted' | 'declined' | 'answered', published: string, answer: string, lang?: string) => [
  { type: 'contribution.submit' as const, actor: author, at: published },
  { type: 'contribution.review' as const, actor: pro, at: published.replace('09:00', '10:00') },
  {
    type: 'contribution.decide' as const,
    actor: pro,
    answer: { verdict, text: say, service: 'Mobilité', ...(lang ? { lang } : {}) },
  },
  { type: 'contribution.publish' as const, actor: pro, at: answer },
];

// Nord answers within 30 days, Sud within 10.
function seed() {
  const N = (id: string, theme: string, apply: unknown[], lang?: string) =>
    contribution({
      id,
      spaceId: 's_nord',
      at: t('2025-12-01'),
      theme,
      title: `Titre ${id}`,
      ...(lang ? { lang } : {}),
      apply: apply as never,
    });
  const S = (id: string, theme: string, apply: unknown[]) =>
    contribution({ id, spaceId: 's_sud', at: t('2025-12-01'), theme, title: `Titre ${id}`, apply: apply as never });
  return [
    // 10 days (5 Jan 09:00 → 15 Jan 10:00); a commitment 40 % done, due 1 May: late.
    N('n1', 'mobilite', [
      ...answered('accepted', t('2026-01-05'), t('2026-01-15', '10:00')),
      {
        type: 'contribution.commit',
        actor: pro,
        commitment: {
          id: 'k1',
          what: 'Un bus à 8 h 10',
          owner: 'Mobilité',
          due: '2026-05-01',
          milestones: [{ id: 'm1', label: 'Vote', due: '2026-03-01' }],
        },
      },
      { type: 'contribution.start', actor: pro },
      {
        type: 'contribution.progress',
        actor: pro,
        at: t('2026-02-01'),
        update: { commitmentId: 'k1', text: 'Étude.', percent: 40 },
      },
    ]),
    // 29 days (10 Jan 09:00 → 9 Feb 08:00 is 29 days and 23 hours).
    N('n2', 'logement', answered('declined', t('2026-01-10'), t('2026-02-09', '08:00'))),
    // 32 days; a commitment done with its milestone met. Written and answered in English.
    N(
      'n3',
      'mobilite',
      [
        ...answered('accepted', t('2026-02-01'), t('2026-03-05'), 'en'),
        {
          type: 'contribution.commit',
          actor: pro,
          commitment: {
            id: 'k2',
            what: 'Un abri',
            owner: 'Voirie',
            due: '2026-12-31',
            milestones: [{ id: 'm2', label: 'Devis', due: '2026-04-01' }],
          },
        },
        { type: 'contribution.start', actor: pro },
        {
          type: 'contribution.progress',
          actor: pro,
          at: t('2026-03-20'),
          update: { commitmentId: 'k2', text: 'Posé.', percent: 100, milestonesMet: ['m2'] },
        },
      ],
      'en',
    ),
    // Waiting 92 days on 1 June: overdue in Nord. Written in English.
    N('n4', 'logement', [{ type: 'contribution.submit', actor: author, at: t('2026-03-01') }], 'en'),
    // Waiting 12 days: not overdue in Nord.
    N('n5', 'mobilite', [{ type: 'contribution.submit', actor: author, at: t('2026-05-20') }]),
    // Withdrawn, and a draft never sent: left out.
    N('n6', 'mobilite', [
      { type: 'contribution.submit', actor: author, at: t('2026-01-02') },
      { type: 'contribution.withdraw', actor: author, at: t('2026-01-03') },
    ]),
    N('n7', 'mobilite', []),
    // Waiting 17 days: overdue in Sud (10 days).
    S('s1', 'sante', [{ type: 'contribution.submit', actor: author, at: t('2026-05-15') }]),
    // Published in 2025, answered in 14 days.
    S('s2', 'sante', answered('answered', t('2025-12-20'), t('2026-01-03'))),
  ];
}

const SPACES = [
  { id: 's_nord', answerWithinDays: 30 },
  { id: 's_sud', answerWithinDays: 10 },
];

async function seeded(store: ParticipeStore) {
  await store.putSpace(space({ answerWithinDays: 30 }));
  await store.putSpace(space({ id: 's_sud', slug: 'groupe-sud', name: 'Groupe Sud', answerWithinDays: 10 }));
  for (const c of seed()) await storeBuilt(store, c);
  return store;
}

function checks(open: () => Promise<ParticipeStore>) {
  let store: ParticipeStore;
  beforeAll(async () => {
    store = await seeded(await open());
  }, 60_000);
  afterAll(async () => {
    await store.close?.();
  });

  it('one space: 5 received, 3 answered in 10, 29 and 32 days, one overdue', async () => {
    const b = await store.board({ spaces: [SPACES[0]!], now: NOW });
    expect(b).toMatchObject({
      received: 5,
      answered: 3,
      medianDaysToAnswer: 29,
      overdueCount: 1,
      overdue: [
        { id: 'n4', spaceId: 's_nord', title: 'Titre n4', lang: 'en', publishedAt: t('2026-03-01'), daysWaiting: 92 },
      ],
      byVerdict: [
        { verdict: 'accepted', count: 2 },
        { verdict: 'declined', count: 1 },
      ],
      byTheme: [
        { theme: 'logement', label: 'logement', received: 2, answered: 1 },
        { theme: 'mobilite', label: 'mobilite', received: 3, answered: 2 },
      ],
      byMonth: [
        { month: '2026-01', received: 2, answered: 2 },
        { month: '2026-02', received: 1, answered: 1 },
        { month: '2026-03', received: 1, answered: 0 },
        { month: '2026-05', received: 1, answered: 0 },
      ],
    });
    // (10 + 29 + 32) / 3; the 90th percentile sits 0.8 of the way from 29 to 32.
    expect(b.meanDaysToAnswer).toBeCloseTo(71 / 3, 9);
    expect(b.p90DaysToAnswer).toBeCloseTo(31.4, 9);
  });

  it('commitments: the late one first with its missed milestone, then the done one', async () => {
    const b = await store.board({ spaces: SPACES, now: NOW });
    expect(b.commitments).toEqual([
      {
        contributionId: 'n1',
        spaceId: 's_nord',
        title: 'Titre n1',
        // Stored without a language: French.
        titleLang: 'fr',
        lang: 'fr',
        id: 'k1',
        what: 'Un bus à 8 h 10',
        owner: 'Mobilité',
        due: '2026-05-01',
        percent: 40,
        done: false,
        late: true,
        milestones: [{ id: 'm1', label: 'Vote', due: '2026-03-01', metAt: null, late: true }],
      },
      {
        contributionId: 'n3',
        spaceId: 's_nord',
        title: 'Titre n3',
        titleLang: 'en',
        lang: 'en',
        id: 'k2',
        what: 'Un abri',
        owner: 'Voirie',
        due: '2026-12-31',
        percent: 100,
        done: true,
        late: false,
        milestones: [{ id: 'm2', label: 'Devis', due: '2026-04-01', metAt: t('2026-03-20'), late: false }],
      },
    ]);
  });

  it('the council: each space with its own delay; all years, then 2026 only', async () => {
    const all = await store.board({ spaces: SPACES, now: NOW });
    expect(all).toMatchObject({ received: 7, answered: 4, medianDaysToAnswer: 21.5, overdueCount: 2 });
    expect(all.overdue.map((o) => [o.id, o.daysWaiting, o.lang])).toEqual([
      ['n4', 92, 'en'],
      ['s1', 17, 'fr'], // stored without a language: French
    ]);
    expect(all.byVerdict.map((v) => v.verdict)).toEqual(['accepted', 'declined', 'answered']);
    expect(all.meanDaysToAnswer).toBeCloseTo(85 / 4, 9);
    expect(all.p90DaysToAnswer).toBeCloseTo(31.1, 9);
    const y2026 = await store.board({ spaces: SPACES, now: NOW, year: 2026 });
    expect(y2026).toMatchObject({ received: 6, answered: 3, overdueCount: 2 });
    expect(y2026.byMonth.map((m) => m.month)).not.toContain('2025-12');
    const none = await store.board({ spaces: [], now: NOW });
    expect(none).toMatchObject({ received: 0, answered: 0, medianDaysToAnswer: null, overdue: [], commitments: [] });
    expect(await store.board({ spaces: SPACES, now: NOW, overdueLimit: 1 })).toMatchObject({
      overdueCount: 2,
      overdue: [{ id: 'n4' }],
    });
  });
}

describe('board: memory store', () => checks(async () => new MemoryStore()));

describe('board: PGlite', () => {
  let db: PgliteDatabase;
  beforeAll(async () => {
    db = await openPglite();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });
  checks(() => storeInFreshSchema(db));
});

const url = process.env['DATABASE_URL'];
describe.skipIf(!url)('board: PostgreSQL server (DATABASE_URL)', () => {
  let admin: pg.Pool;
  const schema = `participe_board_${randomBytes(4).toString('hex')}`;
  beforeAll(() => {
    admin = new pg.Pool({ connectionString: url, max: 2 });
  });
  afterAll(async () => {
    await admin?.end();
  });
  checks(async () => {
    await admin.query(`CREATE SCHEMA ${schema}`);
    const driver = pgDriver({ connectionString: url!, schema, max: 4 });
    return openPostgresStore({
      ...driver,
      close: async () => {
        await driver.close();
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      },
    });
  });
});

describe('board through the API (in-process)', () => {
  it('a space by slug, the council, a year; 404 for an unknown space', async () => {
    const store = await seeded(new MemoryStore());
    const backend = createLocalBackend(store, { now: () => new Date(NOW) });
    expect(await backend.getBoard('groupe-sud')).toMatchObject({
      spaceId: 's_sud',
      year: null,
      received: 2,
      answered: 1,
    });
    expect(await backend.getBoard(null, { year: 2026 })).toMatchObject({ spaceId: null, year: 2026, received: 6 });
    expect(await backend.getBoard('nowhere')).toBeNull();
    // The API names each theme as the space does.
    const nord = await backend.getBoard('groupe-rsa-nord');
    expect(nord?.byTheme.map((t) => t.label)).toEqual(['Logement', 'Transports et mobilité']);
  });
});
