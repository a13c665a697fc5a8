// After an author erases their data, nothing they wrote or gave is left anywhere: every
// text, JSON and search column of every table of the real schema is scanned for their
// words, on PGlite and on a PostgreSQL server. Each run writes random words along one
// life of a contribution (answered and followed up, edited then hidden, withdrawn with a
// reason, typed for someone by a facilitator), sent with an Idempotency-Key; then erases,
// scans, replays the first request with its key, and scans again.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import type { CreateContributionRequest, Identity } from '../service/api.js';
import { sha256Hex } from '../service/crypto.js';
import { createParticipeService } from '../service/service.js';
import { space } from '../testing/fixtures.js';
import { DATABASE_URL, pgTestDatabase, type TestDatabase } from './pg.testing.js';
import { openPglite, type PgliteDatabase } from './pglite.driver.js';
import { storeInFreshSchema } from './schema.testing.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const SLUG = 'groupe-rsa-nord';
const pro: Identity = { role: 'professional', memberId: 'pro_1', spaceIds: [SLUG] };
const fac: Identity = { role: 'facilitator', memberId: 'fac_1', spaceIds: [SLUG] };

/**
 * A word nobody else writes: `zq`, a tag of its own per field (so that two fields never
 * hold the same word, even shrunk), and consonants the French stemmer leaves whole.
 */
const word = (tag: string) =>
  fc
    .string({ unit: fc.constantFrom(...'bcdfghjklmnpqrstvwxz'), minLength: 8, maxLength: 8 })
    .map((s) => `zq${tag}${s}`);

const LIVES = ['answered', 'editedThenHidden', 'withdrawn', 'assisted'] as const;

const lives = fc.record({
  life: fc.constantFrom(...LIVES),
  title: word('ti'),
  body: word('bo'),
  pseudonym: word('ps'),
  territory: word('te'),
  email: word('em'),
  editTitle: word('et'),
  editBody: word('eb'),
  editTerritory: word('ep'),
  reason: word('re'),
  onBehalfOf: word('ob'),
  consentNote: word('cn'),
});
type Life = typeof lives extends fc.Arbitrary<infer T> ? T : never;

const WRITTEN = [
  'title',
  'body',
  'pseudonym',
  'territory',
  'email',
  'editTitle',
  'editBody',
  'editTerritory',
  'reason',
] as const;
const ASSISTED = ['onBehalfOf', 'consentNote'] as const;

/** What the author wrote or gave, as it could be found: whole, or stemmed (its first 9 letters). */
const traces = (l: Life): string[] =>
  [...WRITTEN, ...(l.life === 'assisted' ? ASSISTED : [])].map((field) => l[field].slice(0, 9));

/** Lives one contribution through the API, erases it, and replays its first request. */
async function live(store: import('@participe/core').ParticipeStore, l: Life, scan: () => Promise<string[]>) {
  await store.putSpace(space());
  const service = createParticipeService({ store, now: () => NOW });
  const citizen = service.as(null);
  const key = `cle-${l.title}-0123456789`;
  const request: CreateContributionRequest = {
    spaceId: SLUG,
    kind: 'proposal',
    title: `Titre ${l.title}`,
    body: `Texte ${l.body}`,
    theme: 'mobilite',
    territory: `Quartier ${l.territory}`,
    author: { pseudonym: `Camille ${l.pseudonym}` },
    contact: { email: `${l.email}@exemple.fr`, consent: true },
    ...(l.life === 'assisted'
      ? {
          channel: 'assisted' as const,
          assisted: {
            onBehalfOf: `Monsieur ${l.onBehalfOf}`,
            facilitatorId: 'fac_1',
            consentMethod: 'oral' as const,
            consentNote: `Accord ${l.consentNote}`,
          },
        }
      : {}),
  };
  const creator = service.as(l.life === 'assisted' ? fac : null);
  const created = await creator.createContribution(request, { idempotencyKey: key });
  const id = created.contribution.id;
  const { secret, code } = created.followUp;
  const version = async () => (await store.getContribution(id))!.version;
  const as = (who: Identity) => async (command: Parameters<typeof citizen.sendContributionEvent>[1]) =>
    service.as(who).sendContributionEvent(id, command, { expectedVersion: await version() });
  const asPro = as(pro);
  if (l.life === 'answered' || l.life === 'assisted') {
    await asPro({ type: 'contribution.review', data: {} });
    const answer = { verdict: 'accepted' as const, text: 'Nous le faisons.', service: 'Mobilités' };
    await asPro({ type: 'contribution.decide', data: { answer } });
    await asPro({ type: 'contribution.publish', data: {} });
    const commitment = { id: 'k_1', what: 'Un bus à 8 h 10', owner: 'Mobilités', due: '2026-09-01' };
    await asPro({ type: 'contribution.commit', data: { commitment } });
    await asPro({ type: 'contribution.start', data: {} });
    await asPro({
      type: 'contribution.progress',
      data: { update: { commitmentId: 'k_1', text: 'Voté.', percent: 50 } },
    });
  }
  if (l.life === 'editedThenHidden') {
    await citizen.sendContributionEvent(
      id,
      {
        type: 'contribution.edit',
        data: { title: `Titre ${l.editTitle}`, body: `Texte ${l.editBody}`, territory: `Rue ${l.editTerritory}` },
      },
      { secret },
    );
    await as(fac)({ type: 'contribution.hide', data: { reason: 'Un nom propre.' } });
  }
  if (l.life === 'withdrawn') {
    await citizen.sendContributionEvent(
      id,
      { type: 'contribution.withdraw', data: { reason: `Parce que ${l.reason}` } },
      { secret },
    );
  }
  expect(await scan(), 'the words are there before the erase (the scan can find them)').not.toEqual([]);

  await citizen.eraseMyData({ followUpCode: code, secret });
  expect(await scan(), 'after the erase').toEqual([]);

  // The first request again, with its key: the same contribution, without the words.
  const again = await creator.createContribution(request, { idempotencyKey: key });
  expect(again.contribution.id).toBe(id);
  const shown = JSON.stringify(again).toLowerCase();
  expect(
    traces(l).filter((t) => shown.includes(t)),
    'in the replayed answer',
  ).toEqual([]);
  expect(await scan(), 'after the replay').toEqual([]);
  for (const read of [citizen.getContribution(id), citizen.getTimeline(id)]) {
    const text = JSON.stringify(await read.catch(() => null)).toLowerCase();
    expect(
      traces(l).filter((t) => text.includes(t)),
      'in what the public reads',
    ).toEqual([]);
  }
}

/** Every text, JSON and search column of every table in the store's schema, and each trace found there. */
async function scanSchema(db: Pick<TestDatabase, 'query'>, l: Life): Promise<string[]> {
  const columns = await db.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema()
        AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'tsvector', 'ARRAY')
      ORDER BY table_name, column_name`,
  );
  const names = columns.map((c) => `${c.table_name}.${c.column_name}`);
  for (const must of [
    'contributions.view',
    'contributions.search',
    'contribution_events.event',
    'idempotency_keys.record',
    'notifications.payload',
  ]) {
    expect(names, 'the scan reads the real schema').toContain(must);
  }
  const found: string[] = [];
  for (const { table_name: t, column_name: c } of columns) {
    const rows = await db.query<{ trace: string }>(
      `SELECT trace FROM unnest($1::text[]) AS trace
        WHERE EXISTS (SELECT 1 FROM "${t}" WHERE lower("${c}"::text) LIKE '%' || trace || '%')`,
      [traces(l)],
    );
    for (const r of rows) found.push(`${r.trace} in ${t}.${c}`);
  }
  return found;
}

/** The memory store has no schema: everything it hands back is scanned instead. */
async function scanMemory(store: MemoryStore, l: Life, key: string): Promise<string[]> {
  const views = (await store.listContributions({ limit: 100 })).items;
  const parts: unknown[] = [
    views,
    await store.listNotifications(),
    await store.getIdempotency(`contribution.create:${await sha256Hex(key)}`),
  ];
  for (const v of views)
    parts.push(
      await store.getEvents(v.id),
      await store.getPrivate(v.id),
      await store.listReports({ spaceId: v.spaceId }),
    );
  const text = JSON.stringify(parts).toLowerCase();
  return traces(l).filter((t) => text.includes(t));
}

describe('erase forgets everything the author wrote or gave', () => {
  it('memory store: everything it hands back', async () => {
    await fc.assert(
      fc.asyncProperty(lives, async (l) => {
        const store = new MemoryStore();
        await live(store, l, () => scanMemory(store, l, `cle-${l.title}-0123456789`));
      }),
      { numRuns: 20 },
    );
  }, 60_000);

  describe('PGlite: every text, JSON and search column of the schema', () => {
    let db: PgliteDatabase;
    beforeAll(async () => {
      db = await openPglite();
    }, 60_000);
    afterAll(async () => {
      await db.close();
    });

    it('scans clean after the erase and after a replay of the first request', async () => {
      await fc.assert(
        fc.asyncProperty(lives, async (l) => {
          const store = await storeInFreshSchema(db);
          const query: TestDatabase['query'] = async (sql, params = []) =>
            (await db.query(sql, [...params])).rows as never;
          try {
            await live(store, l, () => scanSchema({ query }, l));
          } finally {
            await store.close();
          }
        }),
        { numRuns: 12 },
      );
    }, 120_000);
  });

  it.skipIf(!DATABASE_URL)(
    'PostgreSQL server (DATABASE_URL; skipped without it): scans clean',
    async () => {
      await fc.assert(
        fc.asyncProperty(lives, async (l) => {
          const db = await pgTestDatabase(DATABASE_URL!);
          try {
            await live(db.store, l, () => scanSchema(db, l));
          } finally {
            await db.store.close();
          }
        }),
        { numRuns: 8 },
      );
    },
    120_000,
  );
});
