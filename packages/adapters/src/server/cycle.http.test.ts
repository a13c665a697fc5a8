// A group steers its cycle through the API, over real HTTP, on the memory store, PGlite and
// PostgreSQL (with DATABASE_URL): the facilitator moves it forward, states the problem in
// the words of the people concerned, goes back to an earlier phase with a reason, records
// an evaluation from several viewpoints; every move is kept (role, when, from → to, why),
// and the public reads them by role, never by person. Wrong requests name their field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { space } from '../testing/fixtures.js';
import { closeStores, EVERY_STORE, type TestStore } from '../testing/stores.js';
import { testTokens } from '../testing/tokens.js';
import { createHandler } from './handler.js';
import { type Served, serve } from './serve.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const FACILITATOR = { role: 'facilitator', memberId: 'm_fac', spaceIds: ['groupe-rsa-nord'] } as const;
const CONCERNED = { role: 'concerned', memberId: 'm_c', spaceIds: ['groupe-rsa-nord'] } as const;
const OUTSIDER = { role: 'facilitator', memberId: 'm_x', spaceIds: ['autre-groupe'] } as const;
const STATEMENT = 'Nous, habitants, considérons que notre problème principal est le bus qui passe trop tard le matin.';
const REASON = 'Les habitants du quartier Sud ne se retrouvent pas dans ce problème.';

afterAll(closeStores);

describe.each(EVERY_STORE)('the cycle steered by the group through the API (%s)', (_name, open) => {
  let served: Served;
  let store: TestStore;
  const tokens: Record<'facilitator' | 'concerned' | 'outsider', string> = {
    facilitator: '',
    concerned: '',
    outsider: '',
  };
  const URL = '/api/spaces/groupe-rsa-nord/cycle';

  async function call(path: string, init: { method?: string; token?: string; body?: unknown; ifMatch?: string } = {}) {
    const res = await fetch(`${served.url}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.ifMatch === undefined ? {} : { 'if-match': init.ifMatch }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the parts each test reads
    return { status: res.status, etag: res.headers.get('etag'), json: (await res.json()) as any };
  }

  /** One step as the facilitator, from the cycle's current ETag. */
  async function step(body: unknown, token = tokens.facilitator) {
    const { etag } = await call(URL);
    return call(`${URL}/events`, { method: 'POST', token, body, ifMatch: etag ?? '' });
  }

  beforeAll(async () => {
    store = await open();
    await store.putSpace(space());
    for (const [id, role, displayName] of [
      ['m_fac', 'facilitator', 'Dominique Facilitatrice'],
      ['m_c', 'concerned', 'Camille Habitante'],
    ] as const) {
      await store.putMember({
        id,
        spaceId: 's_nord',
        displayName,
        role,
        joinedOn: '2026-01-10',
        leftOn: null,
        consents: [],
      });
    }
    const t = testTokens({ now: () => NOW });
    served = await serve(createHandler({ store, tokens: t.service, now: () => NOW, rateLimit: false }), {
      port: 0,
    });
    tokens.facilitator = await t.sign(FACILITATOR);
    tokens.concerned = await t.sign(CONCERNED);
    tokens.outsider = await t.sign(OUTSIDER);
  }, 60_000);

  afterAll(async () => {
    await served?.close();
    await store?.close();
  });

  it('moves forward and back with a recorded reason; the public sees each move by role', {
    timeout: 60_000,
  }, async () => {
    const advance = { type: 'cycle.advance' };
    expect((await call(`${URL}/events`, { method: 'POST', body: advance, ifMatch: '"0"' })).status).toBe(401);
    expect((await call(`${URL}/events`, { method: 'POST', token: tokens.facilitator, body: advance })).status).toBe(
      428,
    );
    expect((await step(advance, tokens.outsider)).status).toBe(403);
    expect((await step(advance, tokens.concerned)).status).toBe(403);
    expect((await step(advance)).json).toMatchObject({ phase: 'diagnose', round: 1 });

    // The people concerned state their problem themselves; the facilitator may write their words.
    expect((await step({ type: 'cycle.problem.state', statement: STATEMENT }, tokens.concerned)).status).toBe(200);
    expect((await step(advance)).json.phase).toBe('coConstruct');

    // Going back needs a real reason and an earlier phase of the round; each error names its field.
    const short = await step({ type: 'cycle.back', reason: 'non' });
    expect(short.status).toBe(422);
    expect(short.json.error.issues).toEqual([
      { path: 'reason', message: expect.stringContaining('10\u00a0caractères') },
    ]);
    const later = await step({ type: 'cycle.back', reason: REASON, to: 'act' });
    expect(later.status).toBe(422);
    expect(later.json.error.issues).toEqual([
      {
        path: 'to',
        message: 'On ne revient qu’à une phase déjà passée de ce tour. Phases possibles\u00a0: mobilise, diagnose.',
      },
    ]);
    const unknown = await step({ type: 'cycle.back', reason: REASON, to: 'ailleurs' });
    expect(unknown.status).toBe(422);
    expect(unknown.json.error.issues[0].path).toBe('to');

    const { etag } = await call(URL);
    const back = await call(`${URL}/events`, {
      method: 'POST',
      token: tokens.facilitator,
      body: { type: 'cycle.back', reason: REASON, to: 'mobilise' },
      ifMatch: etag!,
    });
    expect(back.status).toBe(200);
    expect(back.json.phase).toBe('mobilise');
    // Two facilitators from the same read: the second is told the cycle moved.
    const stale = await call(`${URL}/events`, {
      method: 'POST',
      token: tokens.facilitator,
      body: advance,
      ifMatch: etag!,
    });
    expect(stale.status).toBe(409);

    const publicView = await call(URL);
    expect(publicView.status).toBe(200);
    expect(publicView.json.history.map((h: { from: string; to: string }) => `${h.from}→${h.to}`)).toEqual([
      'mobilise→diagnose',
      'diagnose→coConstruct',
      'coConstruct→mobilise',
    ]);
    expect(publicView.json.history.at(-1)).toEqual({
      from: 'coConstruct',
      to: 'mobilise',
      round: 1,
      direction: 'back',
      at: NOW.toISOString(),
      actor: { role: 'facilitator', id: null },
      reason: REASON,
    });
    // The problem stays stated: going back is not starting again.
    expect(publicView.json.problemStatement.text).toBe(STATEMENT);
    const body = JSON.stringify(publicView.json);
    expect(body).not.toMatch(/m_fac|m_c\b|Dominique|Camille/);
    // Members see who moved it, by member id (a name is never in the cycle).
    const asMember = await call(URL, { token: tokens.concerned });
    expect(asMember.json.history.at(-1).actor).toEqual({ role: 'facilitator', id: 'm_fac' });
    expect(JSON.stringify(asMember.json)).not.toMatch(/Dominique|Camille/);
  });

  it('records an evaluation from several viewpoints, each in its words', { timeout: 60_000 }, async () => {
    // From the previous test's `mobilise`, to `evaluate` through recorded facts is the
    // machine's test; here the store gets a group already in `evaluate`.
    const events = (await store.getCycleEvents('s_nord')).length;
    const at = NOW.toISOString();
    const system = { role: 'system' as const, id: null };
    const fac = { role: 'facilitator' as const, id: 'm_fac' };
    const steps = [
      { type: 'cycle.advance', actor: fac, at },
      { type: 'cycle.advance', actor: fac, at },
      { type: 'cycle.facts', facts: { contributionCount: 1, unansweredCount: 0 }, actor: system, at },
      { type: 'cycle.advance', actor: fac, at },
      { type: 'cycle.override', reason: 'Le budget sera voté en juin.', actor: fac, at },
      { type: 'cycle.advance', actor: fac, at },
      { type: 'cycle.facts', facts: { commitmentCount: 1, commitmentsWithProgress: 1 }, actor: system, at },
      { type: 'cycle.advance', actor: fac, at },
    ] as const;
    for (const [i, e] of steps.entries()) {
      expect(await store.appendCycleEvent('s_nord', events + i, e as never)).toBe(true);
    }
    // The facts are computed from the stores at each step: this group has no contribution,
    // so the API's own view of `act` → `evaluate` is what the stored steps say.
    const before = await call(URL);
    expect(before.json.phase).toBe('evaluate');

    const one = await step({
      type: 'cycle.evaluation.record',
      viewpoints: [],
      summary: '',
      views: { residents: 'Oui.' },
    });
    expect(one.status).toBe(422);
    expect(one.json.error.issues).toEqual([{ path: 'viewpoints', message: expect.stringContaining('deux regards') }]);
    const recorded = await step({
      type: 'cycle.evaluation.record',
      viewpoints: [],
      summary: 'Un bilan partagé en réunion publique.',
      views: {
        residents: 'Le bus du matin passe enfin avant 8 h.',
        elected: 'Une ligne de budget pérenne.',
      },
    });
    expect(recorded.status).toBe(200);
    const publicView = await call(URL);
    expect(publicView.json.evaluation).toMatchObject({
      viewpoints: ['residents', 'elected'],
      views: { residents: 'Le bus du matin passe enfin avant 8 h.', elected: 'Une ligne de budget pérenne.' },
    });
    expect(publicView.json.canAdvance).toBe(true);
  });
});
