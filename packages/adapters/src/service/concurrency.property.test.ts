// Concurrent changes never silently replace each other. Every operation of the contract
// that reads `If-Match`, called by every member role without it, is refused with a 428
// that names the header and a valid example, and writes nothing. And whatever the order in
// which two professionals' requests reach the store, when both decide the same contribution
// from the version they read, exactly one answer stands and the other is told so (409).
import { contentPacks, getDefaultQuestionnaire, MEMBER_ROLES, type ParticipeStore } from '@participe/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINTS, type Endpoint, OPERATION_IDS, pathTo } from '../contract/endpoints.js';
import { MemoryStore } from '../memory/memory.store.js';
import { openPglite, type PgliteDatabase } from '../postgres/pglite.driver.js';
import { storeInFreshSchema } from '../postgres/schema.testing.js';
import { createHandler } from '../server/handler.js';
import { space } from '../testing/fixtures.js';
import type { Identity } from './api.js';
import { ParticipeApiError } from './errors.js';
import { createParticipeService } from './service.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const SLUG = 'groupe-rsa-nord';
const member = (role: Identity['role'], memberId = `m_${role}`): Identity => ({ role, memberId, spaceIds: [SLUG] });

/** The operations that change something versioned: those whose endpoint reads `If-Match`. */
const VERSIONED = OPERATION_IDS.filter((id) => (ENDPOINTS[id] as Endpoint).headers?.includes('If-Match'));

/** A group with a contribution under review, a meeting and a cycle, and how to read each one's version. */
async function world(store: ParticipeStore) {
  await store.putSpace(space());
  const service = createParticipeService({ store, now: () => NOW });
  const fac = service.as(member('facilitator'));
  const created = await service.as(null).createContribution({
    spaceId: SLUG,
    kind: 'proposal',
    title: 'Un bus plus tôt',
    body: 'Le premier bus arrive après l’heure du rendez-vous.',
    theme: 'mobilite',
    author: { pseudonym: 'Camille' },
  });
  const id = created.contribution.id;
  await service
    .as(member('professional'))
    .sendContributionEvent(
      id,
      { type: 'contribution.review', data: {} },
      { expectedVersion: created.contribution.version },
    );
  const meeting = await fac.createMeeting(SLUG, { on: '2026-02-10', place: 'Salle 2', attendance: [] });
  const practice = await fac.createPractice(SLUG, { title: 'Un minibus pour les réunions du soir' });
  const versions = async () => ({
    practice: (await service.as(member('facilitator')).getPractice(practice.id)).version,
    contribution: (await store.getContribution(id))!.version,
    meeting: (await store.getMeeting(meeting.id))!.version,
    cycle: (await store.getCycleEvents('s_nord')).length,
    space: await store.getSpace('s_nord'),
  });
  return { service, id, meeting, practice, versions };
}

/** The council's content: an entry of each kind, sent back as read. */
const CONTENT_ENTRIES = {
  putPhase: contentPacks.fr.phases[0]!,
  putResource: contentPacks.fr.resources[0]!,
  putGuideEntry: contentPacks.fr.guide[0]!,
  putGlossaryEntry: contentPacks.fr.glossary[0]!,
} as const;
const CONTENT_REQUESTS = Object.fromEntries(
  Object.entries(CONTENT_ENTRIES).map(([op, entry]) => [
    op,
    () => ({ path: pathTo(ENDPOINTS[op as keyof typeof CONTENT_ENTRIES].path, { id: entry.id }), body: entry }),
  ]),
);

/** A request each versioned operation accepts from the right member, without `If-Match`. */
const REQUESTS: Record<string, (w: Awaited<ReturnType<typeof world>>) => { path: string; body: unknown }> = {
  sendContributionEvent: (w) => ({
    path: pathTo(ENDPOINTS.sendContributionEvent.path, { id: w.id }),
    body: { type: 'contribution.decide', data: { answer: { verdict: 'accepted', text: 'Oui.', service: 'CCAS' } } },
  }),
  updateMeeting: (w) => ({
    path: pathTo(ENDPOINTS.updateMeeting.path, { space: SLUG, meeting: w.meeting.id }),
    body: { on: '2026-02-11', place: 'Salle 3', attendance: [] },
  }),
  sendCycleCommand: () => ({
    path: pathTo(ENDPOINTS.sendCycleCommand.path, { space: SLUG }),
    body: { type: 'cycle.advance' },
  }),
  updateSpace: () => ({ path: pathTo(ENDPOINTS.updateSpace.path, { space: SLUG }), body: { premoderation: true } }),
  archiveSpace: () => ({ path: pathTo(ENDPOINTS.archiveSpace.path, { space: SLUG }), body: { archived: true } }),
  updateCouncilSettings: () => ({ path: ENDPOINTS.updateCouncilSettings.path, body: { answerWithinDays: 30 } }),
  ...CONTENT_REQUESTS,
  putQuestionnaire: () => ({ path: ENDPOINTS.putQuestionnaire.path, body: getDefaultQuestionnaire('fr') }),
  updatePractice: (w) => ({
    path: pathTo(ENDPOINTS.updatePractice.path, { id: w.practice.id }),
    body: { title: 'Un minibus le soir' },
  }),
  sendPracticeCommand: (w) => ({
    path: pathTo(ENDPOINTS.sendPracticeCommand.path, { id: w.practice.id }),
    body: { type: 'practice.submit' },
  }),
  putSpaceQuestionnaire: () => ({
    path: pathTo(ENDPOINTS.putSpaceQuestionnaire.path, { space: SLUG }),
    body: getDefaultQuestionnaire('fr'),
  }),
};

describe('If-Match is required of members for every versioned change', () => {
  it('knows which operations are versioned (from the contract)', () => {
    expect([...VERSIONED].sort()).toEqual(Object.keys(REQUESTS).sort());
  });

  for (const op of VERSIONED) {
    it.each(MEMBER_ROLES)(
      `${op} as %s, without If-Match or with *: 428 naming the header, nothing written`,
      async (role) => {
        const store = new MemoryStore();
        const w = await world(store);
        const before = await w.versions();
        const handle = createHandler({ store, now: () => NOW, rateLimit: false, authenticate: () => member(role) });
        const { path, body } = REQUESTS[op]!(w);
        for (const [locale, ifMatch] of [
          ['fr', undefined],
          ['en', '*'],
        ] as const) {
          const res = await handle(
            new Request(`http://api.test${path}`, {
              method: (ENDPOINTS[op] as Endpoint).method,
              headers: {
                'content-type': 'application/json',
                'accept-language': locale,
                ...(ifMatch ? { 'if-match': ifMatch } : {}),
              },
              body: JSON.stringify(body),
            }),
          );
          expect(res.status, `${op} as ${role} (${locale})`).toBe(428);
          const { error } = (await res.json()) as { error: { code: string; message: string } };
          expect(error.code).toBe('preconditionRequired');
          expect(error.message).toContain('If-Match: "3"');
        }
        // In-process, the same rule.
        const api = w.service.as(member(role)) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
        const args =
          op === 'sendContributionEvent'
            ? [w.id, body]
            : op === 'updatePractice' || op === 'sendPracticeCommand'
              ? [w.practice.id, body]
              : op === 'updateMeeting'
                ? [SLUG, w.meeting.id, body]
                : op === 'updateCouncilSettings' || op === 'putQuestionnaire'
                  ? [body]
                  : op in CONTENT_ENTRIES
                    ? [CONTENT_ENTRIES[op as keyof typeof CONTENT_ENTRIES].id, body]
                    : [SLUG, body];
        await expect(api[op]!(...args)).rejects.toMatchObject({ status: 428, code: 'preconditionRequired' });
        expect(await w.versions()).toEqual(before);
      },
    );
  }

  it('lets the author, acting with the secret, leave it out', async () => {
    const store = new MemoryStore();
    await store.putSpace(space());
    const citizen = createParticipeService({ store, now: () => NOW }).as(null);
    const created = await citizen.createContribution({
      spaceId: SLUG,
      kind: 'question',
      title: 'À qui écrire ?',
      body: 'Je ne sais pas à qui écrire.',
      theme: 'mobilite',
      author: { pseudonym: 'Sam' },
    });
    const edited = await citizen.sendContributionEvent(
      created.contribution.id,
      { type: 'contribution.edit', data: { title: 'À qui écrire, svp ?' } },
      { secret: created.followUp.secret },
    );
    expect(edited.version).toBe(created.contribution.version + 1);
  });
});

/** The store, each of its calls started when the scheduler says so: every order of two requests' steps. */
function scheduled(store: ParticipeStore, s: fc.Scheduler): ParticipeStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        s
          .schedule(Promise.resolve(), String(prop))
          .then(() => (value as (...a: unknown[]) => unknown).apply(target, args));
    },
  });
}

const texts = fc.tuple(
  fc.string({ minLength: 1, maxLength: 30 }).filter((t) => t.trim().length > 0 && !t.includes('\u0000')),
  fc.string({ minLength: 1, maxLength: 30 }).filter((t) => t.trim().length > 0 && !t.includes('\u0000')),
);

/**
 * Two professionals decide at once: without `If-Match` both are refused (428); from the
 * version they both read, one answer stands and the other gets a 409.
 */
async function race(store: ParticipeStore, s: fc.Scheduler, [first, second]: [string, string]) {
  const w = await world(store);
  const { contribution: version } = await w.versions();
  const service = createParticipeService({ store: scheduled(store, s), now: () => NOW });
  const decide = (who: string, text: string, expectedVersion?: number) =>
    service
      .as(member('professional', who))
      .sendContributionEvent(
        w.id,
        {
          type: 'contribution.decide',
          data: { answer: { verdict: 'accepted', text: `${who}: ${text}`, service: 'CCAS' } },
        },
        expectedVersion === undefined ? {} : { expectedVersion },
      )
      .then(
        () => ({ who, status: 200 }),
        (e: unknown) => ({
          who,
          status: e instanceof ParticipeApiError ? e.status : 500,
          code: (e as ParticipeApiError).code,
        }),
      );
  // Without If-Match, neither may believe their answer stands: both are refused, nothing is written.
  const blind = await s.waitFor(Promise.all([decide('pro_a', first), decide('pro_b', second)]));
  expect(blind.map((o) => o.status)).toEqual([428, 428]);
  expect((await store.getContribution(w.id))?.version).toBe(version);
  const outcomes = await s.waitFor(Promise.all([decide('pro_a', first, version), decide('pro_b', second, version)]));
  const won = outcomes.filter((o) => o.status === 200);
  expect(won, JSON.stringify(outcomes)).toHaveLength(1);
  expect(outcomes.find((o) => o.status !== 200)).toMatchObject({ status: 409, code: 'versionConflict' });
  const stored = await store.getContribution(w.id);
  expect(stored?.version).toBe(version + 1);
  expect(stored?.answer?.text.startsWith(`${won[0]!.who}:`)).toBe(true);
  expect((await store.getEvents(w.id)).filter((e) => e.type === 'contribution.decide')).toHaveLength(1);
}

describe('two professionals decide at once', () => {
  it('memory store: one answer stands, whatever the order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), texts, (s, t) => race(new MemoryStore(), s, t)),
      { numRuns: 60 },
    );
  }, 60_000);

  describe('PGlite', () => {
    let db: PgliteDatabase;
    beforeAll(async () => {
      db = await openPglite();
    }, 60_000);
    afterAll(async () => {
      await db.close();
    });

    it('one answer stands, whatever the order', async () => {
      await fc.assert(
        fc.asyncProperty(fc.scheduler(), texts, async (s, t) => {
          const store = await storeInFreshSchema(db);
          try {
            await race(store, s, t);
          } finally {
            await store.close();
          }
        }),
        { numRuns: 10 },
      );
    }, 120_000);
  });
});
