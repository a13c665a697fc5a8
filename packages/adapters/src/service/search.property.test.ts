// Search, filters and figures see exactly what the caller sees: for random groups of
// contributions in every state, every caller and every filter, a filtered list is the
// caller's unfiltered list filtered by what its views show, and the figures are counted
// from that same list. A hidden contribution's words, a contribution waiting for approval,
// an unpublished decision: none of them can be found or counted by someone who cannot read it.
import {
  CONTRIBUTION_KINDS,
  CONTRIBUTION_STATUSES,
  type ContributionStatus,
  daysWaiting,
  isOverdue,
  type ParticipeStore,
  STATUS_TRAITS,
} from '@participe/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore, median } from '../memory/memory.store.js';
import { DATABASE_URL, pgStoreInFreshSchema } from '../postgres/pg.testing.js';
import type { PgliteDatabase } from '../postgres/pglite.driver.js';
import { openPglite } from '../postgres/pglite.driver.js';
import { storeInFreshSchema } from '../postgres/schema.testing.js';
import { fold } from '../shared/cursor.js';
import { space } from '../testing/fixtures.js';
import type { ContributionForCaller, ContributionListQuery, Identity } from './api.js';
import { ParticipeApiError } from './errors.js';
import { createParticipeService } from './service.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const SLUG = 'groupe-rsa-nord';
/** Words no other text of a contribution contains, nor each other. */
const WORDS = ['tramway', 'boulangerie', 'piscine', 'jardin', 'lavoir', 'kiosque'] as const;
const THEMES = ['mobilite', 'logement'] as const;
const TERRITORIES = ['Les Tilleuls', 'La Gare'] as const;
const FATES = [
  'draft',
  'waiting',
  'published',
  'underReview',
  'decided',
  'answered',
  'hidden',
  'hiddenDecided',
  'withdrawn',
] as const;
type Fate = (typeof FATES)[number];

const CALLERS = {
  anonymous: null,
  concerned: { role: 'concerned', memberId: 'm_c', spaceIds: [SLUG] },
  professional: { role: 'professional', memberId: 'pro_1', spaceIds: [SLUG] },
  facilitator: { role: 'facilitator', memberId: 'fac_1', spaceIds: [SLUG] },
  outsider: { role: 'professional', memberId: 'pro_9', spaceIds: ['ailleurs'] },
} as const satisfies Record<string, Identity | null>;
type CallerName = keyof typeof CALLERS;

/** The statuses a caller may filter on: those its views can show (`decided` is the staff's). */
function statusesShownTo(caller: CallerName, withSpace: boolean): ContributionStatus[] {
  const reader = withSpace ? caller : 'anonymous';
  if (reader === 'professional') return [...CONTRIBUTION_STATUSES];
  return CONTRIBUTION_STATUSES.filter(
    (s) => STATUS_TRAITS[s].publicAs === s && (reader === 'facilitator' || STATUS_TRAITS[s].public),
  );
}

interface Seed {
  words: readonly string[];
  kind: (typeof CONTRIBUTION_KINDS)[number];
  theme: (typeof THEMES)[number];
  territory: (typeof TERRITORIES)[number] | null;
  fate: Fate;
}

const seeds = fc.array(
  fc.record({
    words: fc.subarray([...WORDS], { minLength: 1, maxLength: 2 }),
    kind: fc.constantFrom(...CONTRIBUTION_KINDS),
    theme: fc.constantFrom(...THEMES),
    territory: fc.option(fc.constantFrom(...TERRITORIES), { nil: null }),
    fate: fc.constantFrom(...FATES),
  }),
  { minLength: 1, maxLength: 6 },
);

/** A group with one contribution per seed, each brought to its fate through the API. */
async function build(store: ParticipeStore, list: readonly Seed[]) {
  await store.putSpace(space());
  const service = createParticipeService({ store, now: () => NOW });
  const pro = service.as(CALLERS.professional);
  const fac = service.as(CALLERS.facilitator);
  const citizen = service.as(null);
  const at = async (id: string) => (await store.getContribution(id))!.version;
  for (const seed of list) {
    if (seed.fate === 'waiting') await store.putSpace(space({ premoderation: true }));
    const created = await citizen.createContribution({
      spaceId: SLUG,
      kind: seed.kind,
      title: `Idée ${seed.words[0]}`,
      body: `${seed.words.join(' ')} pour tous.`,
      theme: seed.theme,
      ...(seed.territory ? { territory: seed.territory } : {}),
      author: { pseudonym: 'Camille' },
      ...(seed.fate === 'draft' ? { draft: true } : {}),
    });
    await store.putSpace(space());
    const id = created.contribution.id;
    const fate: Fate = seed.fate;
    if (['underReview', 'decided', 'answered', 'hiddenDecided'].includes(fate)) {
      await pro.sendContributionEvent(id, { type: 'contribution.review', data: {} }, { expectedVersion: await at(id) });
    }
    if (['decided', 'answered', 'hiddenDecided'].includes(fate)) {
      const answer = { verdict: 'declined' as const, text: 'Pas cette année, faute de budget.', service: 'Mobilités' };
      await pro.sendContributionEvent(
        id,
        { type: 'contribution.decide', data: { answer } },
        { expectedVersion: await at(id) },
      );
    }
    if (fate === 'answered') {
      await pro.sendContributionEvent(
        id,
        { type: 'contribution.publish', data: {} },
        { expectedVersion: await at(id) },
      );
    }
    if (fate === 'hidden' || fate === 'hiddenDecided') {
      await fac.sendContributionEvent(
        id,
        { type: 'contribution.hide', data: { reason: 'Propos injurieux.' } },
        { expectedVersion: await at(id) },
      );
    }
    if (fate === 'withdrawn') {
      await citizen.sendContributionEvent(
        id,
        { type: 'contribution.withdraw', data: {} },
        { secret: created.followUp.secret },
      );
    }
  }
  return service;
}

type Service = Awaited<ReturnType<typeof build>>;

/** Every page of a list, or the refusal's status. */
async function listAll(
  service: Service,
  caller: CallerName,
  query: ContributionListQuery,
): Promise<ContributionForCaller[] | number> {
  const api = service.as(CALLERS[caller]);
  const out: ContributionForCaller[] = [];
  let cursor: string | undefined;
  try {
    do {
      const page = await api.listContributions({ ...query, limit: 100, ...(cursor ? { cursor } : {}) });
      out.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  } catch (e) {
    if (e instanceof ParticipeApiError) return e.status;
    throw e;
  }
  return out;
}

/** Whether what the caller sees of `view` matches the filter: the filter's meaning, on the view. */
function shows(view: ContributionForCaller, q: ContributionListQuery): boolean {
  const content = view.content;
  if (q.status && !q.status.includes(view.status)) return false;
  if (q.kind && content?.kind !== q.kind) return false;
  if (q.theme && content?.theme !== q.theme) return false;
  if (q.territory && content?.territory !== q.territory) return false;
  if (q.q) {
    const text = content ? fold(`${content.title} ${content.body}`) : '';
    if (
      !fold(q.q)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .every((t) => text.includes(t))
    )
      return false;
  }
  return true;
}

/** Every filter the list offers, each alone, with and without the space. */
const filters = (withSpace: boolean): ContributionListQuery[] => {
  const base: ContributionListQuery = withSpace ? { space: SLUG } : {};
  return [
    ...WORDS.map((q) => ({ ...base, q })),
    ...CONTRIBUTION_KINDS.map((kind) => ({ ...base, kind })),
    ...THEMES.map((theme) => ({ ...base, theme })),
    ...TERRITORIES.map((territory) => ({ ...base, territory })),
    ...CONTRIBUTION_STATUSES.map((status) => ({ ...base, status: [status] })),
  ];
};

const ids = (views: readonly ContributionForCaller[]) => views.map((v) => v.id).sort();

async function check(store: ParticipeStore, list: readonly Seed[]) {
  const service = await build(store, list);
  for (const caller of Object.keys(CALLERS) as CallerName[]) {
    for (const withSpace of [false, true]) {
      const everything = await listAll(service, caller, withSpace ? { space: SLUG } : {});
      if (typeof everything === 'number') throw new Error(`unfiltered list refused with ${everything}`);
      for (const q of filters(withSpace)) {
        const got = await listAll(service, caller, q);
        const where = `${caller} ${JSON.stringify(q)}`;
        if (q.status && !statusesShownTo(caller, withSpace).includes(q.status[0]!)) {
          expect(got, where).toBe(400);
          continue;
        }
        expect(typeof got === 'number' ? got : ids(got), where).toEqual(ids(everything.filter((v) => shows(v, q))));
      }
    }
    // The figures are those of what the caller lists in the group, drafts aside.
    const listed = (await listAll(service, caller, { space: SLUG })) as ContributionForCaller[];
    const counted = listed.filter((v) => v.status !== 'draft');
    const byStatus: Record<string, number> = {};
    const byTheme: Record<string, number> = {};
    for (const v of counted) {
      byStatus[v.status] = (byStatus[v.status] ?? 0) + 1;
      if (v.content) byTheme[v.content.theme] = (byTheme[v.content.theme] ?? 0) + 1;
    }
    const window = { answerWithinDays: space().answerWithinDays };
    expect(await service.as(CALLERS[caller]).getStats(SLUG), `stats for ${caller}`).toEqual({
      total: counted.length,
      byStatus,
      byTheme,
      medianDaysToAnswer: median(counted.filter((v) => v.answer?.publishedAt).map((v) => daysWaiting(v, NOW) ?? 0)),
      overdue: counted.filter((v) => isOverdue(v, window, NOW)).length,
    });
  }
}

async function checkIn(open: () => Promise<ParticipeStore>, list: readonly Seed[]) {
  const store = await open();
  try {
    await check(store, list);
  } finally {
    await store.close();
  }
}

describe('search, filters and figures by caller', () => {
  it('memory store', async () => {
    await fc.assert(
      fc.asyncProperty(seeds, (list) => check(new MemoryStore(), list)),
      { numRuns: 40 },
    );
  }, 60_000);

  describe('PostgreSQL (PGlite): French stemming, SQL filters and figures', () => {
    let db: PgliteDatabase;
    beforeAll(async () => {
      db = await openPglite();
    }, 60_000);
    afterAll(async () => {
      await db.close();
    });

    it('PGlite', async () => {
      await fc.assert(
        fc.asyncProperty(seeds, (list) => checkIn(() => storeInFreshSchema(db), list)),
        { numRuns: 8 },
      );
    }, 120_000);
  });

  it.skipIf(!DATABASE_URL)(
    'PostgreSQL server (DATABASE_URL; skipped without it)',
    async () => {
      await fc.assert(
        fc.asyncProperty(seeds, (list) => checkIn(() => pgStoreInFreshSchema(DATABASE_URL!), list)),
        { numRuns: 8 },
      );
    },
    120_000,
  );
});
