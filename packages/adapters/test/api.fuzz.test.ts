// No input may produce a 5xx, and nothing may be half-written. fast-check sends thousands
// of random and malformed requests to the real handler on a real store, then checks every
// stored contribution: its number of events is its version, and its projection equals
// replay(events). Run: npx vitest run --project adapters test/api.fuzz
import { type ContributionView, type ParticipeStore, replay, toView } from '@participe/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandler, type Handler } from '../src/server/handler.js';
import { space } from '../src/testing/fixtures.js';
import { testTokens } from '../src/testing/tokens.js';
import { openFuzzStore } from './fuzz-store.js';

const TOKENS = testTokens({ now: () => NOW });
const NOW = new Date('2026-03-02T09:00:00.000Z');
/** Requests per property; two properties make the total. */
const RUNS = Number(process.env['PARTICIPE_FUZZ_RUNS'] ?? 2600);

const SQL = ["' OR 1=1 --", "'; DROP TABLE contributions; --", '$1', '\\x00', "E'\\\\'", 'a & b | !c', '(:*', "');--"];
const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=1>',
  '{{7*7}}',
  '$' + '{7*7}',
];
const UNICODE = ['\u0000', '\ud800', '\udfff', 'a\ud83dz', '👶🏽', 'e\u0301', '\u202eabc', '\ufeff', '\u200b', '𝔘𝔫𝔦'];
const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'title',
  'type',
  'data',
  'website',
];

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(...SQL, ...MARKUP, ...UNICODE, '', ' ', '\t\n', 'x'.repeat(121), 'x'.repeat(4001)),
  fc.constant('é'.repeat(40_000)),
);
const junk: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 3 }),
  ),
})).value;
const deep = fc.integer({ min: 10, max: 3000 }).map((n) => JSON.parse(`${'['.repeat(n)}${']'.repeat(n)}`) as unknown);

const validBody = fc.record({
  spaceId: fc.constantFrom('s_nord', 'groupe-rsa-nord', 's_mod'),
  kind: fc.constantFrom('observation', 'proposal', 'question', 'testimony'),
  title: fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom(...SQL, ...MARKUP, '👶🏽 crèche')),
  body: fc.oneof(fc.string({ minLength: 1, maxLength: 60 }), fc.constantFrom(...SQL, ...MARKUP)),
  theme: fc.constantFrom('mobilite', 'logement', 'sante'),
  author: fc.record({ pseudonym: fc.constantFrom('Camille', 'Sam', '<b>Nadia</b>') }),
});
/** A valid body with some fields removed or replaced by junk. */
const createBody = fc
  .tuple(
    validBody,
    fc.array(
      fc.tuple(
        fc.constantFrom(
          'spaceId',
          'kind',
          'title',
          'body',
          'theme',
          'author',
          'channel',
          'contact',
          'assisted',
          'website',
          'draft',
          '__proto__',
        ),
        fc.option(junk, { nil: undefined }),
      ),
      { maxLength: 2 },
    ),
  )
  .map(([body, edits]) => {
    const out: Record<string, unknown> = { ...body };
    for (const [key, value] of edits) {
      if (value === undefined) delete out[key];
      else Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  });

const EVENT_TYPES = [
  'contribution.edit',
  'contribution.submit',
  'contribution.approve',
  'contribution.hide',
  'contribution.restore',
  'contribution.withdraw',
  'contribution.review',
  'contribution.decide',
  'contribution.publish',
  'contribution.commit',
  'contribution.start',
  'contribution.progress',
  'contribution.complete',
];
const goodData = fc.constantFrom<Record<string, unknown>>(
  {},
  { reason: 'Le texte cite le nom d’une personne.' },
  { title: 'Un bus à 8 h 10', theme: 'mobilite' },
  { answer: { verdict: 'accepted', text: 'Un bus partira à 8 h 10 dès la rentrée.', service: 'Mobilité' } },
  { answer: { verdict: 'declined', text: 'Trop court', service: 'Mobilité' } },
  { commitment: { id: 'k_1', what: 'Ajouter un départ à 8 h 10', owner: 'Mobilité', due: '2026-09-01' } },
  { update: { commitmentId: 'k_1', text: 'Horaire voté.', percent: 50 } },
);
const command = fc.record({
  type: fc.oneof(fc.constantFrom(...EVENT_TYPES), text),
  data: fc.oneof(goodData, junk),
});
const cycleCommand = fc.oneof(
  fc.constantFrom(
    { type: 'cycle.advance' },
    { type: 'cycle.back', reason: 'Nous devons revoir le diagnostic.' },
    { type: 'cycle.problem.state', statement: 'Nous, habitants, considérons que…' },
    { type: 'cycle.facts', facts: { memberCount: 3 } },
  ),
  fc.record({ type: text, reason: junk }),
);

/** What the world has produced so far: ids, secrets, keys a later request may reuse. */
interface Pool {
  ids: string[];
  secrets: string[];
  codes: string[];
  keys: string[];
}

type Spec = {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
};

/** Bodies of the professional routes: mostly plausible, sometimes wrong in one field. */
function backofficeBody(pool: Pool): fc.Arbitrary<unknown> {
  const someId = fc.oneof(
    fc.constantFrom(...(pool.ids.length ? pool.ids : ['c_missing'])),
    fc.constantFrom('m_c', 'fac_1', 'x'),
    text,
  );
  const day = fc.oneof(fc.constantFrom('2026-03-10', '2026-13-40', ''), text);
  return fc.oneof(
    fc.record(
      { reason: fc.oneof(fc.constantFrom('insult', 'spam', 'other', 'nope'), text), note: fc.oneof(text, junk) },
      { requiredKeys: [] },
    ),
    fc.record({
      items: fc.oneof(
        fc.array(fc.record({ id: someId, expectedVersion: fc.oneof(fc.integer({ min: -1, max: 9 }), junk) }), {
          maxLength: 4,
        }),
        junk,
      ),
    }),
    fc.record(
      {
        displayName: text,
        role: fc.constantFrom('concerned', 'partner', 'facilitator', 'boss'),
        joinedOn: day,
        leavesAtRenewal: fc.oneof(fc.boolean(), junk),
      },
      { requiredKeys: [] },
    ),
    fc.record(
      {
        on: day,
        place: text,
        attendance: fc.oneof(fc.array(someId, { maxLength: 4 }), junk),
        minutes: fc.oneof(text, junk),
      },
      { requiredKeys: [] },
    ),
    fc.record(
      {
        memberId: someId,
        skills: fc.oneof(fc.array(fc.constantFrom('speakingInPublic', 'teamwork', 'flying'), { maxLength: 3 }), junk),
        signedBy: text,
      },
      { requiredKeys: [] },
    ),
  );
}

function specs(pool: Pool, tokens: string[]): fc.Arbitrary<Spec> {
  const pick = (list: string[], fallback: string): fc.Arbitrary<string> =>
    fc.nat().map((n) => list[n % list.length] ?? fallback);
  const id = fc.oneof(
    pick(pool.ids, 'c_missing'),
    fc.constantFrom('c_missing', '%00', '..%2F..', '%E0%A4%A', 'a'.repeat(65), '%F0%9F%91%B6', 'c_1%27%20OR%201=1'),
    fc.string({ maxLength: 12 }).map(encodeURIComponent),
  );
  const spaceRef = fc.oneof(
    fc.constantFrom('groupe-rsa-nord', 's_nord', 's_mod', 'nope', '%00'),
    fc.string().map(encodeURIComponent),
  );
  const cursor = fc.oneof(
    fc.base64String({ maxLength: 40 }),
    fc.constantFrom('WyJ4IiwieSJd', 'WyIyMDI2LTAxLTAxVDAwOjAwOjAwLjAwMFoiLCJjXzEiXQ', '%00', 'null', 'W10'),
    fc.string({ maxLength: 20 }),
  );
  const query = fc
    .record(
      {
        space: spaceRef,
        status: fc.oneof(fc.constantFrom('published', 'draft,hidden', 'decided', 'underReview', ''), fc.string()),
        kind: fc.oneof(fc.constantFrom('proposal', 'idea'), text),
        theme: text,
        territory: text,
        overdue: fc.constantFrom('true', 'false', 'maybe'),
        q: fc.oneof(text, fc.constantFrom(...SQL)),
        cursor,
        limit: fc.constantFrom('1', '20', '100', '0', '-1', '1000', 'abc', '1e3'),
        locale: fc.constantFrom('fr', 'en', 'de'),
        phase: fc.constantFrom('diagnose', 'nope'),
      },
      { requiredKeys: [] },
    )
    .map((q) => {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(q)) params.set(k, String(v));
      const s = params.toString();
      return s ? `?${s}` : '';
    });
  const GET = 'GET';
  const POST = 'POST';
  /** A path and the method it is made for; the method is sometimes swapped for another below. */
  const path = fc.oneof(
    fc
      .tuple(
        fc.constantFrom(
          '/api/contributions',
          '/api/phases',
          '/api/resources',
          '/api/practices',
          '/api/glossary',
          '/api/guide',
        ),
        query,
      )
      .map(([p, q]) => [p + q, GET] as const),
    fc.constant(['/api/contributions', POST] as const),
    id.map((i) => [`/api/contributions/${i}`, GET] as const),
    id.map((i) => [`/api/contributions/${i}/timeline`, GET] as const),
    id.map((i) => [`/api/contributions/${i}/events`, POST] as const),
    fc
      .oneof(pick(pool.codes, 'AAA-AAA'), fc.string().map(encodeURIComponent))
      .map((c) => [`/api/follow-up/${c}`, GET] as const),
    spaceRef.chain((s) =>
      fc
        .constantFrom('', '/members', '/composition', '/stats', '/cycle', '/diagnostics')
        .map((x) => [`/api/spaces/${s}${x}`, GET] as const),
    ),
    spaceRef.map((s) => [`/api/spaces/${s}/cycle/events`, POST] as const),
    // The professional side: moderation, publishing together, members, meetings, attestations.
    id.map((i) => [`/api/contributions/${i}/reports`, POST] as const),
    id.map((i) => [`/api/contributions/${i}/reports/keep`, POST] as const),
    spaceRef.chain((s) =>
      fc
        .constantFrom('/moderation?reason=spam&olderThanDays=0', '/moderation?queue=nope', '/meetings', '/attestations')
        .map((x) => [`/api/spaces/${s}${x}`, GET] as const),
    ),
    spaceRef.chain((s) =>
      fc
        .constantFrom('/answers/publish', '/members', '/meetings', '/attestations')
        .map((x) => [`/api/spaces/${s}${x}`, POST] as const),
    ),
    fc
      .tuple(spaceRef, id, fc.constantFrom('/members/', '/meetings/'))
      .map(([s, i, x]) => [`/api/spaces/${s}${x}${i}`, POST] as const),
    fc.tuple(spaceRef, id).map(([s, i]) => [`/api/spaces/${s}/attestations/${i}`, GET] as const),
    spaceRef.map((s) => [`/api/spaces/${s}/diagnostics`, POST] as const),
    // The council's content (its editors') and administration (its administrators').
    id.map((i) => [`/api/resources/${i}`, 'PUT'] as const),
    fc.constantFrom(
      ['/api/resources/porte-a-porte', 'PUT'] as const,
      ['/api/diagnostics/questionnaire', 'PUT'] as const,
      ['/api/admin/practices', GET] as const,
      ['/api/admin/spaces', POST] as const,
      ['/api/admin/staff', POST] as const,
      ['/api/admin/settings', POST] as const,
      ['/api/admin/audit', GET] as const,
    ),
    fc.constantFrom(
      ['/api/spaces', GET] as const,
      ['/api/health', GET] as const,
      ['/api/openapi.json', GET] as const,
      ['/api/diagnostics/questionnaire', GET] as const,
      ['/api/privacy/export', POST] as const,
      ['/api/privacy/erase', POST] as const,
      ['/api', GET] as const,
      ['/', GET] as const,
    ),
    fc.string({ maxLength: 30 }).map((s) => [`/api/${encodeURIComponent(s)}`, GET] as const),
  );
  const json = fc.oneof(
    { weight: 4, arbitrary: createBody },
    { weight: 3, arbitrary: command },
    { weight: 1, arbitrary: cycleCommand },
    {
      weight: 1,
      arbitrary: fc.record({
        followUpCode: fc.oneof(pick(pool.codes, 'AAA-AAA'), text),
        secret: fc.oneof(pick(pool.secrets, 'x'), text),
      }),
    },
    { weight: 1, arbitrary: fc.record({ answers: fc.oneof(junk, fc.dictionary(fc.string({ maxLength: 12 }), junk)) }) },
    { weight: 1, arbitrary: backofficeBody(pool) },
    { weight: 1, arbitrary: junk },
    { weight: 1, arbitrary: deep },
  );
  const body = fc.oneof(
    { weight: 8, arbitrary: json.map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: fc.constantFrom('', '{', '{"title": }', 'null', '[]', '"text"', '{"a":1}}', '\u0000') },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 30 }) },
  );
  const auth = fc.oneof(
    fc.constant(undefined),
    pick(tokens, 'x').map((t) => `Bearer ${t}`),
    pick(pool.secrets, 'x').map((s) => `Secret ${s}`),
    fc.constantFrom(
      'Bearer ',
      'Bearer pt1.e30.AAAA',
      'Bearer x.y.z',
      'Basic YWRtaW46YWRtaW4=',
      'Secret ',
      'Secret \u00e9',
    ),
  );
  const headers = fc
    .record(
      {
        'content-type': fc.constantFrom(
          'application/json',
          'application/json; charset=utf-8',
          'text/plain',
          'application/json; charset=latin1',
          'multipart/form-data',
        ),
        authorization: auth,
        'x-participe-secret': fc.oneof(pick(pool.secrets, 'x'), fc.constantFrom('nope', '')),
        'if-match': fc.constantFrom('"1"', '"2"', '3', 'W/"1"', '*', 'abc', '"-1"', '"99999999999"'),
        'idempotency-key': fc.oneof(
          pick(pool.keys, 'k'.repeat(16)),
          fc.uuid(),
          fc.constantFrom('short', 'ü'.repeat(20), 'x'.repeat(200)),
        ),
        'accept-language': fc.constantFrom('en', 'fr', 'de, en;q=0.5', 'en;q=abc', ''),
      },
      { requiredKeys: [] },
    )
    .map((h) => Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined)) as Record<string, string>);
  const otherMethod = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD');
  return fc
    .record({
      target: path,
      swap: fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: otherMethod }),
      headers,
      body: fc.option(body, { nil: undefined, freq: 8 }),
    })
    .map(({ target, swap, headers: h, body: b }) => {
      const [p, natural] = target as readonly [string, string];
      const method = swap ?? natural;
      return { method, path: p, headers: h, ...(method === 'GET' || method === 'HEAD' ? {} : { body: b }) };
    });
}

/** Plain JSON equality: a store that drops `undefined` fields is still equal. */
const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe('fuzzing the HTTP API', () => {
  let store: ParticipeStore;
  let kind: string;
  let handle: Handler;
  let sent = 0;
  const statuses = new Map<number, number>();
  const pool: Pool = { ids: [], secrets: [], codes: [], keys: [] };
  const decoys: string[] = [];
  const tokens: string[] = [];

  beforeAll(async () => {
    ({ store, kind } = await openFuzzStore());
    await store.putSpace(space());
    await store.putSpace(space({ id: 's_mod', slug: 'groupe-modere', premoderation: true }));
    await store.putMember({
      id: 'fac_1',
      spaceId: 's_nord',
      displayName: 'Animatrice',
      role: 'facilitator',
      joinedOn: '2026-01-01',
      leftOn: null,
      consents: [],
    });
    handle = createHandler({ store, tokens: TOKENS.service, now: () => NOW, rateLimit: false });
    for (const [role, memberId] of [
      ['professional', 'pro_1'],
      ['facilitator', 'fac_1'],
      ['concerned', 'm_1'],
    ] as const) {
      tokens.push(await TOKENS.sign({ role, memberId, spaceIds: ['groupe-rsa-nord', 's_mod'] }));
    }
    // The council's editor and administrator, in no space: last, so the members keep their indices.
    tokens.push(await TOKENS.sign({ role: 'professional', memberId: 'acc_editor', spaceIds: [], editor: true }));
    tokens.push(await TOKENS.sign({ role: 'professional', memberId: 'acc_admin', spaceIds: [], admin: true }));
  }, 60_000);
  afterAll(async () => {
    console.log(
      `fuzz on ${kind}: ${sent} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
    await store.close();
  });

  async function send(spec: Spec): Promise<void> {
    let request: Request;
    try {
      request = new Request(`http://api.test${spec.path}`, {
        method: spec.method,
        headers: spec.headers,
        ...(spec.body !== undefined ? { body: spec.body as BodyInit } : {}),
      });
    } catch {
      return; // Not a request any client could send (a header fetch refuses).
    }
    const res = await handle(request, { ip: '192.0.2.1' });
    sent += 1;
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    const raw = await res.text();
    expect(res.status, `${spec.method} ${spec.path} → ${raw.slice(0, 300)}`).toBeLessThan(500);
    if (res.status >= 400) {
      expect(JSON.parse(raw)).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
      return;
    }
    if (spec.method === 'POST' && spec.path === '/api/contributions' && res.status === 201) {
      const out = JSON.parse(raw) as {
        contribution: { id: string; content: { title: string } };
        followUp: { code: string; secret: string };
      };
      const sentBody = JSON.parse(typeof spec.body === 'string' ? spec.body : '{}') as {
        title?: unknown;
        website?: unknown;
      };
      if (sentBody.website !== undefined && sentBody.website !== '' && sentBody.website !== null) {
        decoys.push(out.contribution.id);
        return;
      }
      // Stored and returned exactly as sent.
      expect(out.contribution.content.title).toBe(sentBody.title);
      pool.ids.push(out.contribution.id);
      pool.secrets.push(out.followUp.secret);
      pool.codes.push(out.followUp.code);
      if (spec.headers['idempotency-key']) pool.keys.push(spec.headers['idempotency-key']);
    }
  }

  it('never answers 5xx to creates and commands, mostly valid, partly broken', { timeout: 120_000 }, async () => {
    const focused = fc.oneof(
      fc.record({ body: createBody, key: fc.option(fc.uuid(), { nil: undefined }) }).map(({ body, key }) => ({
        method: 'POST',
        path: '/api/contributions',
        headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
        body: JSON.stringify(body),
      })),
      fc.record({ n: fc.nat(), cmd: command, as: fc.nat(4) }).map(({ n, cmd, as }) => {
        const i = pool.ids.length ? n % pool.ids.length : 0;
        const authorization = as < 3 ? `Bearer ${tokens[as]}` : undefined;
        return {
          method: 'POST',
          path: `/api/contributions/${pool.ids[i] ?? 'c_missing'}/events`,
          headers: {
            'content-type': 'application/json',
            ...(authorization ? { authorization } : { 'x-participe-secret': pool.secrets[i] ?? 'x' }),
          },
          body: JSON.stringify(cmd),
        };
      }),
    );
    await fc.assert(fc.asyncProperty(focused, send), { numRuns: RUNS });
  });

  it('never answers 5xx to anything else: methods, paths, headers, queries, bodies', { timeout: 120_000 }, async () => {
    await fc.assert(fc.asyncProperty(specs(pool, tokens), send), { numRuns: RUNS });
    expect(sent).toBeGreaterThanOrEqual(Math.min(5000, RUNS * 2 * 0.95));
  });

  it('left nothing half-written: every projection is its replayed history', { timeout: 120_000 }, async () => {
    let views = 0;
    let versions = 0;
    let events = 0;
    for (const spaceId of ['s_nord', 's_mod']) {
      let cursor: string | null = null;
      do {
        const page: { items: ContributionView[]; nextCursor: string | null } = await store.listContributions({
          spaceId,
          limit: 100,
          ...(cursor ? { cursor } : {}),
        });
        for (const view of page.items) {
          const history = await store.getEvents(view.id);
          views += 1;
          versions += view.version;
          events += history.length;
          expect(history.map((e) => e.seq)).toEqual(history.map((_, i) => i + 1));
          expect(plain(toView(replay(history)))).toEqual(plain(view));
          expect(await store.getPrivate(view.id)).not.toBeNull();
        }
        cursor = page.nextCursor;
      } while (cursor);
    }
    console.log(`checked ${views} contributions, ${events} events`);
    expect(events).toBe(versions);
    expect(views).toBeGreaterThan(50);
    for (const id of decoys) expect(await store.getContribution(id)).toBeNull();
  });
});
