// The route matrix: every route × every role, in a fresh world per case, and the status
// each caller gets. `routes.test.ts` checks the statuses and bodies, `openapi.test.ts`
// checks that every answer is documented (status, headers, error code).
import { contentPacks, getDefaultQuestionnaire } from '@participe/core';
import { MemoryStore } from '../memory/memory.store.js';
import type { Identity } from '../service/api.js';
import { createParticipeService } from '../service/service.js';
import { space } from '../testing/fixtures.js';
import { practiceContent } from '../testing/practice.fixtures.js';
import { testTokens } from '../testing/tokens.js';
import { createHandler } from './handler.js';
import type { Route } from './router.js';

/** One token service for the matrix: every token is an API token with the `admin` scope. */
export const TOKENS = testTokens({ now: () => NOW });
export const NOW = new Date('2026-03-02T09:00:00.000Z');

export const ROLES = [
  'anonymous',
  'author',
  'concerned',
  'professional',
  'elected',
  'partner',
  'facilitator',
  'outsider',
  'badToken',
  /** A professional of this space's slug and id, but in another council: their token is refused at `/api`. */
  'otherCouncil',
  /** An editor of the council, in no space: its content and the practice review, no administration. */
  'editor',
  /** An administrator of the council, in no space: the administration, and everything an editor does. */
  'administrator',
] as const;
/** The council's staff, above the spaces: where a case says nothing of them, they get what an outsider gets. */
const COUNCIL_STAFF: readonly Role[] = ['editor', 'administrator'];
export type Role = (typeof ROLES)[number];

/** A fresh world per case: a space with members, a published contribution and a draft. */
export async function world() {
  const store = new MemoryStore();
  await store.putSpace(space());
  for (const [id, role] of [
    ['m_c', 'concerned'],
    ['pro_1', 'professional'],
    ['fac_1', 'facilitator'],
  ] as const) {
    await store.putMember({
      id,
      spaceId: 's_nord',
      displayName: `Membre ${id}`,
      role,
      joinedOn: '2026-01-10',
      leftOn: null,
      consents: [],
    });
  }
  const citizen = createParticipeService({ store, now: () => NOW }).as(null);
  const body = {
    spaceId: 's_nord',
    kind: 'proposal' as const,
    title: 'Un bus plus tôt',
    body: 'Le bus du matin passe trop tard.',
    theme: 'mobilite',
    author: { pseudonym: 'Camille' },
  };
  const published = await citizen.createContribution(body);
  const draft = await citizen.createContribution({ ...body, title: 'Brouillon', draft: true });
  // A decided answer (to publish), a citizen's report, a meeting and an attestation.
  const service = createParticipeService({ store, now: () => NOW });
  const pro = service.as({ role: 'professional', memberId: 'pro_1', spaceIds: ['s_nord'] });
  const fac = service.as({ role: 'facilitator', memberId: 'fac_1', spaceIds: ['s_nord'] });
  const toDecide = await citizen.createContribution({ ...body, title: 'À décider' });
  const reviewed = await pro.sendContributionEvent(
    toDecide.contribution.id,
    { type: 'contribution.review', data: {} },
    { expectedVersion: toDecide.contribution.version },
  );
  const decided = await pro.sendContributionEvent(
    toDecide.contribution.id,
    {
      type: 'contribution.decide',
      data: { answer: { verdict: 'accepted', text: 'Nous le faisons.', service: 'Service mobilité' } },
    },
    { expectedVersion: reviewed.version },
  );
  await citizen.reportContribution(published.contribution.id, { reason: 'spam' });
  const meeting = await fac.createMeeting('s_nord', { on: '2026-02-10', place: 'Salle 2', attendance: ['m_c'] });
  const attestation = await fac.issueAttestation('s_nord', {
    memberId: 'm_c',
    skills: ['speakingInPublic'],
    signedBy: 'Animation du groupe',
  });
  // A practice sheet the group is still writing, complete enough to submit.
  const practice = await fac.createPractice('s_nord', practiceContent());
  return { store, published, draft, decided, meeting, attestation, practice };
}

export async function headersFor(role: Role, secret: string): Promise<Record<string, string>> {
  const token = (identity: Identity) => TOKENS.sign(identity);
  const member = (r: Identity['role'], memberId: string) => ({ role: r, memberId, spaceIds: ['groupe-rsa-nord'] });
  switch (role) {
    case 'anonymous':
      return {};
    case 'author':
      return { 'x-participe-secret': secret };
    case 'outsider':
      return {
        authorization: `Bearer ${await token({ role: 'professional', memberId: 'pro_9', spaceIds: ['ailleurs'] })}`,
      };
    case 'badToken':
      return { authorization: 'Bearer pt1.eyJ4IjoxfQ.c2lnbmF0dXJl' };
    case 'otherCouncil':
      return {
        authorization: `Bearer ${await TOKENS.sign(member('professional', 'pro_1'), { organisation: { id: 'o_lyon', slug: 'lyon' } })}`,
      };
    case 'professional':
      return { authorization: `Bearer ${await token(member('professional', 'pro_1'))}` };
    case 'facilitator':
      return { authorization: `Bearer ${await token(member('facilitator', 'fac_1'))}` };
    case 'editor':
      return {
        authorization: `Bearer ${await token({ role: 'professional', memberId: 'ed_1', spaceIds: [], editor: true })}`,
      };
    case 'administrator':
      return {
        authorization: `Bearer ${await token({ role: 'professional', memberId: 'adm_1', spaceIds: [], admin: true })}`,
      };
    default:
      return { authorization: `Bearer ${await token(member(role, `m_${role}`))}` };
  }
}

export type World = Awaited<ReturnType<typeof world>>;
export interface Case {
  /** Path with its parameters filled in, from the world. */
  path: (w: World) => string;
  body?: (w: World) => unknown;
  /** Whose secret the `author` role holds. @default the published contribution's */
  secretOf?: (w: World) => string;
  /** The version sent as `If-Match`, as the widgets do, on the routes that read it (members must). */
  ifMatch?: (w: World) => Promise<number> | number;
  expect: Partial<Record<Role, number>> & { default: number };
}

const ALL_200 = { default: 200, badToken: 401 };
/** Members of the space; 401 without a token, 403 for another space's token. */
const MEMBERS = { default: 200, anonymous: 401, author: 401, outsider: 403, badToken: 401 };
/** Only a given role of the space: everyone else with a token gets a 403. */
const STAFF_ONLY = { default: 403, anonymous: 401, author: 401, badToken: 401 };
const FACILITATORS = { ...STAFF_ONLY, facilitator: 200 };
/** The administration: its administrators only, not its editors. */
const ADMINS_ONLY = { ...STAFF_ONLY, administrator: 200 };
/** The council's content and practice review: its editors, and its administrators, who are editors too. */
const EDITORS = { ...STAFF_ONLY, editor: 200, administrator: 200 };
/** A group's unpublished practice sheet: its members and the council's editors; a 404 for anyone else, as if it did not exist. */
const PRACTICE_GROUP = (ok: number) => ({ default: ok, anonymous: 404, author: 404, outsider: 404, badToken: 401 });
/** The council's editors (and administrators) read and review every group's sheets. */
const EDITORS_TOO = (ok: number) => ({ editor: ok, administrator: ok });
const proof = (w: World) => ({ followUpCode: w.published.followUp.code, secret: w.published.followUp.secret });

/** Key: `METHOD path` as in the route table. */
export const MATRIX: Record<string, Case> = {
  'GET /api/contributions': { path: () => '/api/contributions?space=groupe-rsa-nord', expect: ALL_200 },
  'POST /api/contributions': {
    path: () => '/api/contributions',
    body: () => ({
      spaceId: 'groupe-rsa-nord',
      kind: 'question',
      title: 'Comment déclarer une reprise d’emploi ?',
      body: 'Je ne sais pas à qui le dire.',
      theme: 'emploi-insertion',
      author: { pseudonym: 'Sam' },
    }),
    expect: { default: 201, badToken: 401 },
  },
  // The draft: only its author and the staff of its space see it.
  'GET /api/contributions/{id}': {
    path: (w) => `/api/contributions/${w.draft.contribution.id}`,
    secretOf: (w) => w.draft.followUp.secret,
    expect: { default: 404, author: 200, professional: 200, facilitator: 200, badToken: 401 },
  },
  'GET /api/contributions/{id}/timeline': {
    path: (w) => `/api/contributions/${w.draft.contribution.id}/timeline`,
    secretOf: (w) => w.draft.followUp.secret,
    expect: { default: 404, author: 200, professional: 200, facilitator: 200, badToken: 401 },
  },
  'GET /api/follow-up/{code}': { path: (w) => `/api/follow-up/${w.published.followUp.code}`, expect: ALL_200 },
  // Review is a professional's step; the author may act, but not this.
  'POST /api/contributions/{id}/events': {
    path: (w) => `/api/contributions/${w.published.contribution.id}/events`,
    body: () => ({ type: 'contribution.review', data: {} }),
    ifMatch: (w) => w.published.contribution.version,
    expect: { default: 403, professional: 200, anonymous: 401, badToken: 401 },
  },
  'GET /api/spaces': { path: () => '/api/spaces', expect: ALL_200 },
  'GET /api/spaces/{space}': { path: () => '/api/spaces/groupe-rsa-nord', expect: ALL_200 },
  'GET /api/spaces/{space}/members': {
    path: () => '/api/spaces/groupe-rsa-nord/members',
    expect: { default: 200, anonymous: 401, author: 401, outsider: 403, badToken: 401 },
  },
  'GET /api/spaces/{space}/composition': { path: () => '/api/spaces/groupe-rsa-nord/composition', expect: ALL_200 },
  'GET /api/spaces/{space}/stats': { path: () => '/api/spaces/s_nord/stats', expect: ALL_200 },
  'GET /api/open-data': { path: () => '/api/open-data', expect: ALL_200 },
  'GET /api/board': { path: () => '/api/board?year=2026', expect: ALL_200 },
  'GET /api/spaces/{space}/board': { path: () => '/api/spaces/groupe-rsa-nord/board', expect: ALL_200 },
  'GET /api/spaces/{space}/cycle': { path: () => '/api/spaces/groupe-rsa-nord/cycle', expect: ALL_200 },
  'POST /api/spaces/{space}/cycle/events': {
    path: () => '/api/spaces/groupe-rsa-nord/cycle/events',
    body: () => ({ type: 'cycle.advance' }),
    ifMatch: async (w) => (await w.store.getCycleEvents('s_nord')).length,
    expect: { default: 403, professional: 200, facilitator: 200, anonymous: 401, author: 401, badToken: 401 },
  },
  'GET /api/diagnostics/questionnaire': { path: () => '/api/diagnostics/questionnaire?locale=en', expect: ALL_200 },
  'POST /api/spaces/{space}/diagnostics': {
    path: () => '/api/spaces/groupe-rsa-nord/diagnostics',
    body: () => ({ answers: {} }),
    expect: { default: 201, anonymous: 401, author: 401, outsider: 403, badToken: 401 },
  },
  'GET /api/spaces/{space}/diagnostics': {
    path: () => '/api/spaces/groupe-rsa-nord/diagnostics',
    expect: { default: 200, anonymous: 401, author: 401, outsider: 403, badToken: 401 },
  },
  'POST /api/privacy/export': { path: () => '/api/privacy/export', body: proof, expect: ALL_200 },
  'POST /api/privacy/erase': { path: () => '/api/privacy/erase', body: proof, expect: ALL_200 },
  'GET /api/phases': { path: () => '/api/phases', expect: ALL_200 },
  'GET /api/phases/{id}': { path: () => '/api/phases/diagnose', expect: ALL_200 },
  'GET /api/resources': { path: () => '/api/resources?phase=mobilise', expect: ALL_200 },
  'GET /api/resources/{id}': { path: () => `/api/resources/${contentPacks.fr.resources[0]!.id}`, expect: ALL_200 },
  'GET /api/practices': { path: () => '/api/practices', expect: ALL_200 },
  'GET /api/practices/{id}': { path: () => `/api/practices/${contentPacks.fr.practices[0]!.id}`, expect: ALL_200 },
  'GET /api/practices/search': { path: () => '/api/practices/search?q=mobilit%C3%A9&phase=act', expect: ALL_200 },
  'GET /api/practices/{id}/related': {
    path: () => `/api/practices/${contentPacks.fr.practices[0]!.id}/related`,
    expect: ALL_200,
  },
  // A draft is its group's: anyone else is told it does not exist.
  'GET /api/practices/{id}/versions': {
    path: (w) => `/api/practices/${w.practice.id}/versions`,
    expect: { ...PRACTICE_GROUP(200), ...EDITORS_TOO(200) },
  },
  'POST /api/practices/{id}': {
    path: (w) => `/api/practices/${w.practice.id}`,
    body: () => practiceContent({ title: 'Un minibus pour les réunions du soir' }),
    ifMatch: () => 1,
    expect: { ...PRACTICE_GROUP(200), ...EDITORS_TOO(200) },
  },
  'POST /api/practices/{id}/events': {
    path: (w) => `/api/practices/${w.practice.id}/events`,
    body: () => ({ type: 'practice.submit' }),
    ifMatch: () => 1,
    expect: { ...PRACTICE_GROUP(200), ...EDITORS_TOO(200) },
  },
  'GET /api/spaces/{space}/practices': {
    path: () => '/api/spaces/groupe-rsa-nord/practices',
    expect: { ...MEMBERS, ...EDITORS_TOO(200) },
  },
  'POST /api/spaces/{space}/practices': {
    path: () => '/api/spaces/groupe-rsa-nord/practices',
    body: () => ({ title: 'Un café des parents le samedi' }),
    expect: { ...MEMBERS, default: 201, ...EDITORS_TOO(201) },
  },
  'GET /api/admin/practices': { path: () => '/api/admin/practices', expect: EDITORS },
  'GET /api/glossary': { path: () => '/api/glossary?locale=en', expect: ALL_200 },
  'GET /api/guide': { path: () => '/api/guide', expect: ALL_200 },
  // The council's content is edited by its editors and administrators (see server/content.http.test.ts).
  'PUT /api/phases/{id}': {
    path: () => '/api/phases/diagnose',
    body: () => contentPacks.fr.phases.find((p) => p.id === 'diagnose'),
    ifMatch: () => 1,
    expect: EDITORS,
  },
  'PUT /api/resources/{id}': {
    path: () => `/api/resources/${contentPacks.fr.resources[0]!.id}`,
    body: () => contentPacks.fr.resources[0],
    ifMatch: () => 1,
    expect: EDITORS,
  },
  'PUT /api/guide/{id}': {
    path: () => `/api/guide/${contentPacks.fr.guide[0]!.id}`,
    body: () => contentPacks.fr.guide[0],
    ifMatch: () => 1,
    expect: EDITORS,
  },
  'PUT /api/glossary/{id}': {
    path: () => `/api/glossary/${contentPacks.fr.glossary[0]!.id}`,
    body: () => contentPacks.fr.glossary[0],
    ifMatch: () => 1,
    expect: EDITORS,
  },
  'PUT /api/diagnostics/questionnaire': {
    path: () => '/api/diagnostics/questionnaire',
    body: () => getDefaultQuestionnaire('fr'),
    ifMatch: () => 0,
    expect: EDITORS,
  },
  'GET /api/spaces/{space}/diagnostics/questionnaire': {
    path: () => '/api/spaces/groupe-rsa-nord/diagnostics/questionnaire',
    expect: ALL_200,
  },
  'PUT /api/spaces/{space}/diagnostics/questionnaire': {
    path: () => '/api/spaces/groupe-rsa-nord/diagnostics/questionnaire',
    body: () => getDefaultQuestionnaire('fr'),
    ifMatch: () => 0,
    expect: EDITORS,
  },
  'GET /api/content/{kind}/{id}/history': {
    path: () => `/api/content/resource/${contentPacks.fr.resources[0]!.id}/history`,
    expect: EDITORS,
  },
  // The administration is the council administrators' (whose tokens say `admin`; see
  // service/admin.test.ts): no member of a space, whatever their role, gets in.
  'GET /api/admin/spaces': { path: () => '/api/admin/spaces', expect: ADMINS_ONLY },
  'POST /api/admin/spaces': {
    path: () => '/api/admin/spaces',
    body: () => ({ slug: 'groupe-rsa-sud', name: 'Groupe Sud', policyArea: 'Insertion', territory: 'Sud' }),
    expect: { ...ADMINS_ONLY, administrator: 201 },
  },
  'POST /api/admin/spaces/{space}': {
    path: () => '/api/admin/spaces/groupe-rsa-nord',
    body: () => ({ premoderation: true }),
    ifMatch: () => 1,
    expect: ADMINS_ONLY,
  },
  'POST /api/admin/spaces/{space}/archive': {
    path: () => '/api/admin/spaces/groupe-rsa-nord/archive',
    body: () => ({ archived: true }),
    ifMatch: () => 1,
    expect: ADMINS_ONLY,
  },
  'GET /api/admin/staff': { path: () => '/api/admin/staff', expect: ADMINS_ONLY },
  'POST /api/admin/staff': {
    path: () => '/api/admin/staff',
    body: () => ({ email: 'camille@departement.example', role: 'professional', spaceIds: ['groupe-rsa-nord'] }),
    expect: { ...ADMINS_ONLY, administrator: 201 },
  },
  'POST /api/admin/staff/{account}/revoke': {
    path: () => '/api/admin/staff/acc_1/revoke',
    body: () => ({}),
    // No such account in this world: past the right, the administrator is told so.
    expect: { ...ADMINS_ONLY, administrator: 404 },
  },
  'GET /api/admin/settings': { path: () => '/api/admin/settings', expect: ADMINS_ONLY },
  'POST /api/admin/settings': {
    path: () => '/api/admin/settings',
    body: () => ({ answerWithinDays: 30 }),
    ifMatch: () => 0,
    expect: ADMINS_ONLY,
  },
  'GET /api/admin/audit': { path: () => '/api/admin/audit', expect: ADMINS_ONLY },
  // The memory store's outbox sets nothing aside: `dead-letters.http.test.ts` has an administrator's answers.
  'GET /api/admin/outbox/dead': { path: () => '/api/admin/outbox/dead', expect: ADMINS_ONLY },
  'POST /api/admin/outbox/dead/{notification}/revive': {
    path: () => '/api/admin/outbox/dead/n_1/revive',
    body: () => ({}),
    expect: { ...ADMINS_ONLY, administrator: 404 },
  },
  'GET /api/health': { path: () => '/api/health', expect: ALL_200 },
  'POST /api/contributions/{id}/reports': {
    path: (w) => `/api/contributions/${w.published.contribution.id}/reports`,
    body: () => ({ reason: 'insult', note: 'La deuxième phrase' }),
    expect: { default: 202, badToken: 401 },
  },
  'POST /api/contributions/{id}/reports/keep': {
    path: (w) => `/api/contributions/${w.published.contribution.id}/reports/keep`,
    body: () => ({ reason: 'Critique d’un service, sans insulte.' }),
    expect: FACILITATORS,
  },
  'GET /api/spaces/{space}/moderation': {
    path: () => '/api/spaces/groupe-rsa-nord/moderation?reason=spam&olderThanDays=0',
    expect: FACILITATORS,
  },
  'POST /api/spaces/{space}/answers/publish': {
    path: () => '/api/spaces/groupe-rsa-nord/answers/publish',
    body: (w) => ({ items: [{ id: w.decided.id, expectedVersion: w.decided.version }] }),
    expect: { ...STAFF_ONLY, professional: 200 },
  },
  'POST /api/spaces/{space}/settings': {
    path: () => '/api/spaces/groupe-rsa-nord/settings',
    body: () => ({
      answerTemplates: [{ id: 'retenue', label: 'Retenue', verdict: 'accepted', text: 'Merci, nous la retenons.' }],
    }),
    expect: { ...STAFF_ONLY, professional: 200 },
  },
  'POST /api/spaces/{space}/members': {
    path: () => '/api/spaces/groupe-rsa-nord/members',
    body: () => ({ displayName: 'Alex P.', role: 'concerned', joinedOn: '2026-03-01' }),
    expect: { ...FACILITATORS, facilitator: 201 },
  },
  'POST /api/spaces/{space}/members/{member}': {
    path: () => '/api/spaces/groupe-rsa-nord/members/m_c',
    body: () => ({ leavesAtRenewal: true }),
    expect: FACILITATORS,
  },
  'GET /api/spaces/{space}/meetings': { path: () => '/api/spaces/groupe-rsa-nord/meetings', expect: MEMBERS },
  'GET /api/spaces/{space}/meetings.ics': { path: () => '/api/spaces/groupe-rsa-nord/meetings.ics', expect: ALL_200 },
  'GET /api/spaces/{space}/agenda': { path: () => '/api/spaces/groupe-rsa-nord/agenda', expect: ALL_200 },
  'POST /api/spaces/{space}/meetings': {
    path: () => '/api/spaces/groupe-rsa-nord/meetings',
    body: () => ({ on: '2026-03-10', place: 'Maison des solidarités', attendance: ['m_c', 'fac_1'] }),
    expect: { ...FACILITATORS, facilitator: 201 },
  },
  'POST /api/spaces/{space}/meetings/{meeting}': {
    path: (w) => `/api/spaces/groupe-rsa-nord/meetings/${w.meeting.id}`,
    body: () => ({ on: '2026-02-10', place: 'Salle 2', attendance: ['m_c'], minutes: 'Tour de table.' }),
    ifMatch: (w) => w.meeting.version,
    expect: FACILITATORS,
  },
  'POST /api/spaces/{space}/attestations': {
    path: () => '/api/spaces/groupe-rsa-nord/attestations',
    body: () => ({ memberId: 'm_c', skills: ['writingMinutes'], signedBy: 'Animation du groupe' }),
    expect: { ...FACILITATORS, facilitator: 201 },
  },
  'GET /api/spaces/{space}/attestations': { path: () => '/api/spaces/groupe-rsa-nord/attestations', expect: MEMBERS },
  // Another member's attestation is not theirs to read: it does not exist for them.
  'GET /api/spaces/{space}/attestations/{attestation}': {
    path: (w) => `/api/spaces/groupe-rsa-nord/attestations/${w.attestation.id}`,
    expect: { ...MEMBERS, default: 404, facilitator: 200 },
  },
  'GET /api/openapi.json': { path: () => '/api/openapi.json', expect: ALL_200 },
};

/** Calls `route` as `role` in a fresh world, as the matrix describes it. */
export async function callAs(r: Route, role: Role): Promise<{ res: Response; json: unknown; want: number }> {
  const c = MATRIX[`${r.method} ${r.path}`]!;
  const w = await world();
  const handle = createHandler({ store: w.store, tokens: TOKENS.service, now: () => NOW, rateLimit: false });
  const secret = (c.secretOf ?? ((x: World) => x.published.followUp.secret))(w);
  const path = c.path(w);
  const body = c.body?.(w);
  const res = await handle(
    new Request(`http://api.test${path}`, {
      method: r.method,
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(c.ifMatch ? { 'if-match': `"${await c.ifMatch(w)}"` } : {}),
        ...(await headersFor(role, secret)),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    }),
    { ip: '192.0.2.1' },
  );
  // A feed (`.ics`) is text, every other answer JSON.
  const text = await res.text();
  const json = res.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : text;
  // Another council's token is refused before any route runs, as a bad one is.
  const as = role === 'otherCouncil' ? 'badToken' : role;
  const outsider = COUNCIL_STAFF.includes(as) ? c.expect.outsider : undefined;
  return { res, json: json as unknown, want: c.expect[as] ?? outsider ?? c.expect.default };
}
