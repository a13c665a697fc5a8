// Every route of the contract × every caller × every kind of contribution × the query
// values and machine events the contract allows: no answer holds a word or a shape its
// reader may not see (`visibility.fixtures.ts` says who may see what). The cases are
// generated from the route table, so a new route or a new field is checked without a
// new case: a projection forgotten anywhere shows up here.
import { roleMay } from '@participe/core';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { pathParams, pathTo } from '../contract/endpoints.js';
import { AuthorProofSchema } from '../contract/schemas.js';
import { createHandler } from './handler.js';
import type { Route } from './router.js';
import { ROUTES } from './routes.js';
import {
  BODIES,
  CALLERS,
  type CallerName,
  COMMANDS,
  contentEntryId,
  identityOf,
  MEMBER_IDS,
  memberIdMay,
  NOW,
  type Reader,
  RULES,
  readerOf,
  SHAPES,
  TARGETS,
  type Target,
  WORDS,
  type World,
  world,
} from './visibility.fixtures.js';

type Query = Record<string, string>;

/** The values each query parameter can take: every enum value, the space, the private words. */
function queryVariants(route: Route, w: World): Query[] {
  const shape = (route.query?.shape ?? {}) as Record<string, z.ZodMiniType>;
  const base: Query = 'space' in shape ? { space: w.slug } : {};
  const variants: Query[] = [{}, base];
  for (const [key, schema] of Object.entries(shape)) {
    let def = schema._zod.def as { type: string; innerType?: z.ZodMiniType; element?: z.ZodMiniType; entries?: object };
    while (def.type === 'optional') def = def.innerType!._zod.def as typeof def;
    if (def.type === 'array') def = def.element!._zod.def as typeof def;
    const values =
      def.type === 'enum'
        ? Object.values(def.entries!).map(String)
        : key === 'q'
          ? Object.values(WORDS)
          : key === 'member'
            ? [MEMBER_IDS.concerned]
            : [];
    for (const value of values) variants.push({ ...base, [key]: value });
  }
  return variants;
}

/** Routes about one contribution read the target; the others are the same for every target. */
const aboutContribution = (r: Route) =>
  (r.tag !== 'content' && r.tag !== 'practices' && pathParams(r.path).includes('id')) ||
  pathParams(r.path).includes('code') ||
  r.body === AuthorProofSchema;

function pathOf(r: Route, w: World, target: Target, query: Query): string {
  const c = w.created[target];
  const path = pathTo(r.path, {
    // A practice route reads the group's sheet still being written.
    id: r.tag === 'content' ? contentEntryId(r.path) : r.tag === 'practices' ? w.practice.id : c.contribution.id,
    code: c.followUp.code,
    space: w.slug,
    kind: 'resource',
    member: MEMBER_IDS.concerned,
    meeting: w.meeting.id,
    attestation: w.attestation.id,
    account: w.staff.id,
    notification: w.dead,
  });
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}

/** `If-Match` with the version the caller last read: what the widgets send. */
async function ifMatch(r: Route, w: World, target: Target): Promise<Record<string, string>> {
  if (!r.headers?.includes('If-Match')) return {};
  if (r.operationId === 'updateMeeting') return { 'if-match': `"${w.meeting.version}"` };
  if (r.operationId === 'updateSpace' || r.operationId === 'archiveSpace') return { 'if-match': '"1"' };
  if (r.operationId === 'updateCouncilSettings') return { 'if-match': '"0"' };
  if (r.tag === 'content') return { 'if-match': '"1"' };
  if (r.operationId === 'putQuestionnaire' || r.operationId === 'putSpaceQuestionnaire') return { 'if-match': '"0"' };
  if (r.operationId === 'updatePractice' || r.operationId === 'sendPracticeCommand')
    return { 'if-match': `"${w.practice.version}"` };
  if (r.operationId === 'sendCycleCommand')
    return { 'if-match': `"${(await w.store.getCycleEvents('s_nord')).length}"` };
  return { 'if-match': `"${(await w.store.getContribution(w.created[target].contribution.id))!.version}"` };
}

/** What in `json` the reader may not see, as readable findings. */
function leaks(json: unknown, reader: Reader, op: Route['operationId']): string[] {
  const found = new Set<string>();
  const ids = new Set<string>(Object.values(MEMBER_IDS));
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'string') {
      for (const rule of RULES)
        if (v.includes(rule.word) && !rule.may(reader, op)) found.add(`${rule.word} at ${path}`);
      if (ids.has(v) && !memberIdMay(reader)) found.add(`member id ${v} at ${path}`);
    } else if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) walk(x, `${path}.${i}`);
    } else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      for (const s of SHAPES) if (s.found(o) && !s.may(reader)) found.add(`${s.name} at ${path}`);
      for (const [k, x] of Object.entries(o)) walk(x, `${path}.${k}`);
    }
  };
  walk(json, '');
  return [...found];
}

const handlerFor = (w: World) =>
  createHandler({
    store: w.store,
    admin: w.admin,
    deadLetters: w.outbox,
    now: () => NOW,
    rateLimit: false,
    // The callers of this matrix are named by a header; tokens have tests of their own.
    authenticate: (request) => identityOf((request.headers.get('x-test-caller') ?? 'anonymous') as CallerName),
  });

async function call(
  w: World,
  r: Route,
  caller: CallerName,
  target: Target,
  query: Query,
  body?: unknown,
  /** `/o/{slug}`: the same route at another organisation's address. */
  prefix = '',
) {
  const headers: Record<string, string> = {
    'x-test-caller': caller,
    ...(caller === 'author' ? { 'x-participe-secret': w.created[target].followUp.secret } : {}),
    ...(await ifMatch(r, w, target)),
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
  };
  const res = await handlerFor(w)(
    new Request(`http://api.test${prefix}${pathOf(r, w, target, query)}`, {
      method: r.method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
    { ip: '192.0.2.1' },
  );
  // A feed (`.ics`) is text: its words are searched for leaks as they are.
  const text = await res.text();
  const json = res.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : text;
  return { status: res.status, json: json as unknown };
}

/**
 * The machine events a caller may try: each one its role may send (a refusal carries no
 * data, so one refused event stands for the others).
 */
function commandsFor(r: Route, caller: CallerName): Array<(typeof COMMANDS)[keyof typeof COMMANDS] | undefined> {
  if (r.operationId !== 'sendContributionEvent') return [undefined];
  const role = caller === 'author' ? 'author' : caller === 'outsider' ? null : identityOf(caller)?.role;
  const allowed = Object.values(COMMANDS).filter((c) => role && roleMay(role, c.type));
  return allowed.length > 0 ? allowed : [COMMANDS['contribution.review']];
}

describe('what each caller sees: every route × every caller × every kind of contribution', () => {
  it('has a body for every operation that takes one', () => {
    expect(ROUTES.filter((r) => r.body && !BODIES[r.operationId]).map((r) => r.operationId)).toEqual([]);
  });

  it('finds a leak when there is one (the check below can fail)', () => {
    const reader = readerOf('anonymous', 'published', false);
    expect(
      leaks({ items: [{ status: 'decided', answer: { text: WORDS.decision } }] }, reader, 'listContributions'),
    ).toEqual(['status "decided" at .items.0', `${WORDS.decision} at .items.0.answer.text`]);
    expect(
      leaks({ decidedBy: { role: 'professional', id: MEMBER_IDS.professional } }, reader, 'getContribution'),
    ).toEqual([`member id ${MEMBER_IDS.professional} at .decidedBy.id`]);
  });

  for (const r of ROUTES.filter((route) => route.method === 'GET')) {
    it(`${r.method} ${r.path}`, async () => {
      const w = await world();
      const findings: string[] = [];
      let answered = 0;
      for (const target of aboutContribution(r) ? TARGETS : (['published'] as const)) {
        for (const query of queryVariants(r, w)) {
          for (const caller of CALLERS) {
            const { status, json } = await call(w, r, caller, target, query);
            if (status < 300) answered += 1;
            for (const leak of leaks(json, readerOf(caller, target, false), r.operationId)) {
              findings.push(`${caller} on ${target} ${JSON.stringify(query)} (${status}): ${leak}`);
            }
          }
        }
      }
      expect(findings.slice(0, 20)).toEqual([]);
      expect(answered, 'some calls succeed, so answers were looked at').toBeGreaterThan(0);
    }, 30_000);
  }

  for (const r of ROUTES.filter((route) => route.method !== 'GET')) {
    it(`${r.method} ${r.path}`, async () => {
      const findings: string[] = [];
      let answered = 0;
      for (const target of aboutContribution(r) ? TARGETS : (['published'] as const)) {
        for (const caller of CALLERS) {
          for (const command of commandsFor(r, caller)) {
            // A write changes the world: each one starts from a fresh world.
            const w = await world();
            const body = command ?? BODIES[r.operationId]!(w, target);
            const { status, json } = await call(w, r, caller, target, {}, body);
            if (status < 300) answered += 1;
            const reader = readerOf(caller, target, r.body === AuthorProofSchema);
            for (const leak of leaks(json, reader, r.operationId)) {
              findings.push(`${caller} on ${target} ${command?.type ?? ''} (${status}): ${leak}`);
            }
          }
        }
      }
      expect(findings.slice(0, 20)).toEqual([]);
      expect(answered, 'some calls succeed, so answers were looked at').toBeGreaterThan(0);
    }, 60_000);
  }
});

/**
 * The same group (id, slug, members) in another organisation, with nothing else in it: a
 * route at its address that answered with anything of the first would be a leak between councils.
 */
async function twinCouncil(w: World) {
  await w.store.createOrganisation({
    id: 'o_autre',
    slug: 'autre',
    name: 'Autre conseil',
    kind: 'commune',
    settings: {},
    createdAt: NOW.toISOString(),
  });
  const other = w.store.forOrganisation('o_autre');
  await other.putSpace((await w.store.getSpace('s_nord'))!);
  for (const m of await w.store.listMembers('s_nord')) await other.putMember(m);
  return other;
}

/** What of the first council an answer at the twin's address holds: its words, its ids, its codes. */
function foreign(json: unknown, w: World): string[] {
  const text = typeof json === 'string' ? json : JSON.stringify(json);
  const theirs = [
    ...Object.values(WORDS),
    ...Object.values(w.created).flatMap((c) => [c.contribution.id, c.followUp.code]),
    w.meeting.id,
    w.attestation.id,
  ];
  return theirs.filter((x) => text.includes(x));
}

describe('another council: every route × every caller at its address shows and changes nothing of this one', () => {
  const AT = '/o/autre';

  for (const r of ROUTES.filter((route) => route.method === 'GET')) {
    it(`${r.method} ${r.path}`, async () => {
      const w = await world();
      await twinCouncil(w);
      const findings: string[] = [];
      for (const target of aboutContribution(r) ? TARGETS : (['published'] as const)) {
        for (const query of queryVariants(r, w)) {
          for (const caller of CALLERS) {
            const { status, json } = await call(w, r, caller, target, query, undefined, AT);
            for (const leak of foreign(json, w))
              findings.push(`${caller} on ${target} ${JSON.stringify(query)} (${status}): ${leak}`);
          }
        }
      }
      expect(findings.slice(0, 20)).toEqual([]);
    }, 30_000);
  }

  for (const r of ROUTES.filter((route) => route.method !== 'GET')) {
    it(`${r.method} ${r.path}`, async () => {
      const w = await world();
      const other = await twinCouncil(w);
      const before = JSON.stringify(await w.store.listContributions({ limit: 100 }));
      const findings: string[] = [];
      for (const target of aboutContribution(r) ? TARGETS : (['published'] as const)) {
        for (const caller of CALLERS) {
          for (const command of commandsFor(r, caller)) {
            const body = command ?? BODIES[r.operationId]!(w, target);
            const { status, json } = await call(w, r, caller, target, {}, body, AT);
            for (const leak of foreign(json, w)) findings.push(`${caller} on ${target} (${status}): ${leak}`);
          }
        }
      }
      expect(findings.slice(0, 20)).toEqual([]);
      // Nothing of the first council changed; what was written went to the twin.
      expect(JSON.stringify(await w.store.listContributions({ limit: 100 }))).toBe(before);
      for (const c of Object.values(w.created)) expect(await other.getContribution(c.contribution.id)).toBeNull();
    }, 60_000);
  }
});
