// The professional side through the real HTTP API on loopback, over PGlite and (when
// DATABASE_URL is set) the PostgreSQL server: roles, concurrent answers, all-or-none
// publishing, the notification outbox, moderation, meetings and attestations.
import { randomBytes } from 'node:crypto';
import type { ParticipeStore } from '@participe/core';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, createApiClient, isParticipeApiError } from '../src/http/index.js';
import { openPgStore } from '../src/postgres/open.js';
import { openPglite } from '../src/postgres/pglite.driver.js';
import { storeInFreshSchema } from '../src/postgres/schema.testing.js';
import { createHandler } from '../src/server/handler.js';
import { type Served, serve } from '../src/server/serve.js';
import type { Identity } from '../src/service/api.js';
import { space } from '../src/testing/fixtures.js';
import { readThenWrite } from '../src/testing/read-then-write.js';
import { testTokens } from '../src/testing/tokens.js';

const TOKENS = testTokens({ now: () => NOW });
const NOW = new Date('2026-03-02T09:00:00.000Z');

const MEMBERS = [
  ['m_c', 'concerned'],
  ['pro_1', 'professional'],
  ['pro_2', 'professional'],
  ['fac_1', 'facilitator'],
  ['part_1', 'partner'],
] as const;
type Who = (typeof MEMBERS)[number][0] | 'citizen';

interface World {
  store: ParticipeStore;
  served: Served;
  as(who: Who): ApiClient;
}

async function world(store: ParticipeStore, premoderation = false): Promise<World> {
  await store.putSpace(space({ premoderation }));
  for (const [id, role] of MEMBERS) {
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
  const handle = createHandler({ store, tokens: TOKENS.service, now: () => NOW, rateLimit: false });
  const served = await serve(handle);
  const tokens = new Map<string, string>();
  for (const [id, role] of MEMBERS) {
    const identity: Identity = { role, memberId: id, spaceIds: ['groupe-rsa-nord'] };
    tokens.set(id, await TOKENS.sign(identity));
  }
  return {
    store,
    served,
    // As the widgets call it: each versioned change sends the version just read (If-Match).
    as: (who) =>
      readThenWrite(
        createApiClient(`${served.url}/api`, { retries: 0, ...(who === 'citizen' ? {} : { token: tokens.get(who)! }) }),
      ),
  };
}

const proposal = (over: Record<string, unknown> = {}) => ({
  spaceId: 's_nord',
  kind: 'proposal' as const,
  title: 'Un bus plus tôt',
  body: 'Le bus du matin arrive après l’ouverture du guichet.',
  theme: 'mobilite',
  author: { pseudonym: 'Camille' },
  ...over,
});

const answer = (text: string) => ({
  type: 'contribution.decide' as const,
  data: { answer: { verdict: 'accepted' as const, text, service: 'Service mobilité' } },
});

/** The status and code an API call fails with. */
async function failure(call: Promise<unknown>): Promise<{ status: number; code: string; paths: string[] }> {
  try {
    await call;
  } catch (e) {
    if (isParticipeApiError(e)) return { status: e.status, code: e.code, paths: e.issues.map((i) => i.path) };
    throw e;
  }
  throw new Error('expected the call to fail');
}

function suite(name: string, open: () => Promise<ParticipeStore>) {
  describe(`back office through the API — ${name}`, () => {
    let w: World;
    afterEach(async () => {
      await w?.served.close();
      await w?.store.close();
    });

    it('a citizen or a partner cannot answer or moderate; a professional cannot change the author’s words', async () => {
      w = await world(await open());
      const created = await w.as('citizen').createContribution(proposal());
      const id = created.contribution.id;
      const partner = w.as('part_1');
      expect((await failure(partner.sendContributionEvent(id, { type: 'contribution.review', data: {} }))).status).toBe(
        403,
      );
      expect(
        (await failure(partner.sendContributionEvent(id, { type: 'contribution.hide', data: { reason: 'Non' } })))
          .status,
      ).toBe(403);
      expect((await failure(partner.listModerationQueue('s_nord'))).status).toBe(403);
      expect((await failure(w.as('citizen').sendContributionEvent(id, answer('Oui')))).status).toBe(401);
      // The author, with the secret, may not answer their own contribution either.
      expect(
        (await failure(w.as('citizen').sendContributionEvent(id, answer('Oui'), { secret: created.followUp.secret })))
          .status,
      ).toBe(403);
      expect(
        (await failure(w.as('m_c').sendContributionEvent(id, { type: 'contribution.review', data: {} }))).status,
      ).toBe(403);
      const edit = await failure(
        w.as('pro_1').sendContributionEvent(id, { type: 'contribution.edit', data: { title: 'Autre titre' } }),
      );
      expect(edit).toMatchObject({ status: 403, code: 'roleForbidden' });
      expect(
        (
          await failure(
            w.as('pro_1').addMember('s_nord', { displayName: 'X', role: 'concerned', joinedOn: '2026-03-01' }),
          )
        ).status,
      ).toBe(403);
      expect((await w.store.getEvents(id)).map((e) => e.type)).toEqual(['contribution.created', 'contribution.submit']);
      expect((await w.store.getContribution(id))?.content.title).toBe('Un bus plus tôt');
    });

    it('two professionals answer at once: one wins, the other gets a conflict, nothing is overwritten', async () => {
      w = await world(await open());
      const { contribution } = await w.as('citizen').createContribution(proposal());
      const reviewed = await w
        .as('pro_1')
        .sendContributionEvent(contribution.id, { type: 'contribution.review', data: {} });
      const results = await Promise.allSettled([
        w.as('pro_1').sendContributionEvent(contribution.id, answer('Réponse de la première'), {
          expectedVersion: reviewed.version,
        }),
        w
          .as('pro_2')
          .sendContributionEvent(contribution.id, answer('Réponse du second'), { expectedVersion: reviewed.version }),
      ]);
      const ok = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(ok).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toMatchObject({ status: 409, code: 'versionConflict' });
      const events = await w.store.getEvents(contribution.id);
      expect(events.filter((e) => e.type === 'contribution.decide')).toHaveLength(1);
      const winner = results.findIndex((r) => r.status === 'fulfilled');
      const stored = await w.store.getContribution(contribution.id);
      expect(stored?.answer?.text).toBe(winner === 0 ? 'Réponse de la première' : 'Réponse du second');
      expect(stored?.version).toBe(reviewed.version + 1);
      // The loser reads the current version and may still publish the winner's answer.
      const published = await w
        .as(winner === 0 ? 'pro_2' : 'pro_1')
        .sendContributionEvent(
          contribution.id,
          { type: 'contribution.publish', data: {} },
          { expectedVersion: stored!.version },
        );
      expect(published.status).toBe('accepted');
    });

    it('a notification is queued for every published answer (alone or in bulk), none for internal decisions', async () => {
      w = await world(await open());
      const citizen = w.as('citizen');
      const pro = w.as('pro_1');
      const withContact = await citizen.createContribution(
        proposal({ contact: { email: 'camille@exemple.fr', consent: true } }),
      );
      const withoutContact = await citizen.createContribution(proposal({ title: 'Sans contact' }));
      const third = await citizen.createContribution(proposal({ title: 'Troisième' }));
      const decided: Array<{ id: string; expectedVersion: number }> = [];
      for (const c of [withContact, withoutContact, third]) {
        await pro.sendContributionEvent(c.contribution.id, { type: 'contribution.review', data: {} });
        const v = await pro.sendContributionEvent(c.contribution.id, answer('Nous ajoutons un bus à 8 h 10.'));
        decided.push({ id: v.id, expectedVersion: v.version });
      }
      expect(await w.store.listNotifications()).toEqual([]);
      await pro.sendContributionEvent(third.contribution.id, { type: 'contribution.publish', data: {} });
      const bulk = await pro.publishAnswers('groupe-rsa-nord', { items: decided.slice(0, 2) });
      expect(bulk.published.map((v) => v.status)).toEqual(['accepted', 'accepted']);
      const notes = await w.store.listNotifications();
      expect(notes.map((n) => n.kind)).toEqual(['answerPublished', 'answerPublished', 'answerPublished']);
      const byId = new Map(notes.map((n) => [n.contributionId, n]));
      expect(byId.get(withContact.contribution.id)?.to).toMatchObject({ email: 'camille@exemple.fr' });
      // No contact: the notice exists with no recipient; the author reads it with the code.
      expect(byId.get(withoutContact.contribution.id)?.to).toBeNull();
      expect((await w.store.listPendingNotifications(10)).map((n) => n.contributionId)).toEqual([
        withContact.contribution.id,
      ]);
      const followed = await citizen.getContribution(
        (await citizen.resolveFollowUpCode(withoutContact.followUp.code)).contributionId,
      );
      expect(followed.answer?.text).toBe('Nous ajoutons un bus à 8 h 10.');
    });

    it('publishing together is all or none: one stale item names itself and nothing is published', async () => {
      w = await world(await open());
      const pro = w.as('pro_1');
      const items: Array<{ id: string; expectedVersion: number }> = [];
      for (const title of ['Un', 'Deux', 'Trois']) {
        const { contribution } = await w.as('citizen').createContribution(proposal({ title }));
        await pro.sendContributionEvent(contribution.id, { type: 'contribution.review', data: {} });
        const v = await pro.sendContributionEvent(contribution.id, answer(`Réponse ${title}`));
        items.push({ id: v.id, expectedVersion: v.version });
      }
      // Someone publishes the second one meanwhile.
      await w.as('pro_2').sendContributionEvent(items[1]!.id, { type: 'contribution.publish', data: {} });
      const refused = await failure(pro.publishAnswers('s_nord', { items }));
      expect(refused).toMatchObject({ status: 409, code: 'bulkRefused', paths: ['items.1'] });
      expect((await w.store.getContribution(items[0]!.id))?.status).toBe('decided');
      expect((await w.store.getContribution(items[2]!.id))?.status).toBe('decided');
      expect(await w.store.listNotifications()).toHaveLength(1);
      const invalid = await failure(pro.publishAnswers('s_nord', { items: [] }));
      expect(invalid).toMatchObject({ status: 422, paths: ['items'] });
    });

    it('reports reach the queue with their reason; hiding closes them and tells the author why', async () => {
      w = await world(await open());
      const citizen = w.as('citizen');
      const fac = w.as('fac_1');
      const a = await citizen.createContribution(
        proposal({ title: 'Signalée', contact: { email: 'a@exemple.fr', consent: true } }),
      );
      const b = await citizen.createContribution(proposal({ title: 'Gardée' }));
      await citizen.reportContribution(a.contribution.id, { reason: 'insult', note: 'Deuxième phrase' });
      // From an English page: the note keeps its language (RGAA 8.7 in the moderation queue).
      await citizen.reportContribution(b.contribution.id, { reason: 'spam', note: 'An advert', lang: 'en' });
      expect(
        (await failure(citizen.reportContribution(a.contribution.id, { reason: 'nope' as 'spam' }))).paths,
      ).toEqual(['reason']);
      expect(
        (await failure(citizen.reportContribution(a.contribution.id, { reason: 'spam', lang: 'pas une langue' })))
          .paths,
      ).toEqual(['lang']);
      const queue = await fac.listModerationQueue('s_nord');
      expect(queue.map((i) => [i.contribution.content.title, i.queue, i.reports.map((r) => r.reason)])).toEqual([
        ['Signalée', 'reported', ['insult']],
        ['Gardée', 'reported', ['spam']],
      ]);
      expect((await fac.listModerationQueue('s_nord', { reason: 'spam' })).map((i) => i.contribution.id)).toEqual([
        b.contribution.id,
      ]);
      expect(await fac.listModerationQueue('s_nord', { olderThanDays: 1 })).toEqual([]);
      await fac.sendContributionEvent(a.contribution.id, {
        type: 'contribution.hide',
        data: { reason: 'Propos injurieux envers une personne' },
      });
      expect(await fac.keepReported(b.contribution.id, { reason: 'Une critique, sans insulte.' })).toEqual({
        closed: 1,
      });
      const after = await fac.listModerationQueue('s_nord');
      expect(after.map((i) => [i.contribution.id, i.queue])).toEqual([[a.contribution.id, 'hidden']]);
      const reports = await w.store.listReports({ spaceId: 's_nord' });
      expect(reports.map((r) => r.closed?.outcome)).toEqual(['hidden', 'kept']); // nothing from the refused ones
      expect(reports.map((r) => r.lang)).toEqual([undefined, 'en']);
      const note = (await w.store.listNotifications(a.contribution.id)).find((n) => n.kind === 'contributionHidden');
      expect(note?.payload['reason']).toBe('Propos injurieux envers une personne');
      // The public still sees that something was hidden, without its words.
      const seen = await citizen.getContribution(a.contribution.id);
      expect(seen.status).toBe('hidden');
      expect(seen.content).toBeNull();
      await fac.sendContributionEvent(a.contribution.id, {
        type: 'contribution.restore',
        data: { reason: 'Texte reformulé avec l’auteur' },
      });
      expect(await fac.listModerationQueue('s_nord')).toEqual([]);
      // Hidden, then restored: the author is told both times, with the reason.
      const told = (await w.store.listNotifications(a.contribution.id)).map((n) => [n.kind, n.payload['reason']]);
      expect(told).toEqual([
        ['contributionHidden', 'Propos injurieux envers une personne'],
        ['contributionRestored', 'Texte reformulé avec l’auteur'],
      ]);
    });

    it('pre-moderation: contributions wait in the queue until a facilitator approves them', async () => {
      w = await world(await open(), true);
      const { contribution } = await w.as('citizen').createContribution(proposal());
      expect(contribution.status).toBe('submitted');
      const queue = await w.as('fac_1').listModerationQueue('s_nord', { queue: 'awaitingApproval' });
      expect(queue.map((i) => i.contribution.id)).toEqual([contribution.id]);
      expect((await failure(w.as('citizen').getContribution(contribution.id))).status).toBe(404);
      await w.as('fac_1').sendContributionEvent(contribution.id, { type: 'contribution.approve', data: {} });
      expect((await w.as('citizen').getContribution(contribution.id)).status).toBe('published');
    });

    it('a facilitator turns pre-moderation on, professionals keep the answer templates, each only their own', async () => {
      w = await world(await open());
      const fac = w.as('fac_1');
      const pro = w.as('pro_1');
      expect((await failure(pro.updateSpaceSettings('s_nord', { premoderation: true }))).status).toBe(403);
      const templates = [
        { id: 'retenue', label: 'Retenue', verdict: 'accepted' as const, text: 'Merci, nous la retenons.' },
      ];
      expect((await failure(fac.updateSpaceSettings('s_nord', { answerTemplates: templates }))).status).toBe(403);
      expect((await failure(w.as('m_c').updateSpaceSettings('s_nord', { premoderation: true }))).status).toBe(403);
      const twice = await failure(pro.updateSpaceSettings('s_nord', { answerTemplates: [...templates, ...templates] }));
      expect(twice).toMatchObject({ status: 422, paths: ['answerTemplates.1.id'] });
      expect((await pro.updateSpaceSettings('s_nord', { answerTemplates: templates })).answerTemplates).toEqual(
        templates,
      );
      expect((await fac.updateSpaceSettings('s_nord', { premoderation: true })).premoderation).toBe(true);
      const { contribution } = await w.as('citizen').createContribution(proposal());
      expect(contribution.status).toBe('submitted');
      expect((await w.store.getSpace('s_nord'))?.answerTemplates).toEqual(templates);
    });

    it('members, meetings with versions, contributions from a meeting and an attestation', async () => {
      w = await world(await open());
      const fac = w.as('fac_1');
      const added = await fac.addMember('s_nord', {
        displayName: 'Alex P.',
        role: 'concerned',
        joinedOn: '2026-02-01',
      });
      const bad = await failure(
        fac.addMember('s_nord', { displayName: '', role: 'concerned', joinedOn: '01/02/2026' }),
      );
      expect(bad.paths.sort()).toEqual(['displayName', 'joinedOn']);
      await fac.updateMember('s_nord', added.id, { leavesAtRenewal: true });
      expect((await fac.getComposition('s_nord')).leavingAtRenewal).toBe(1);
      expect((await failure(fac.updateMember('s_nord', 'm_nobody', { role: 'partner' }))).status).toBe(404);

      const meeting = await fac.createMeeting('s_nord', {
        on: '2026-02-10',
        place: 'Maison des solidarités',
        attendance: ['m_c', added.id],
        lang: 'en', // the language the widget wrote it in
      });
      expect(meeting).toMatchObject({ version: 1, lang: 'en' });
      expect(
        (await failure(fac.createMeeting('s_nord', { on: '2026-02-10', place: 'Salle', lang: 'pas une langue' })))
          .paths,
      ).toEqual(['lang']);
      const unknown = await failure(
        fac.createMeeting('s_nord', { on: '2026-02-10', place: 'Salle', attendance: ['m_c', 'm_x'] }),
      );
      expect(unknown).toMatchObject({ status: 422, paths: ['attendance.1'] });
      const edited = await fac.updateMeeting(
        's_nord',
        meeting.id,
        { ...meeting, minutes: 'Tour de table, trois propositions.' },
        { expectedVersion: 1 },
      );
      expect(edited.version).toBe(2);
      const stale = await failure(
        fac.updateMeeting('s_nord', meeting.id, { ...meeting, minutes: 'Autre version' }, { expectedVersion: 1 }),
      );
      expect(stale).toMatchObject({ status: 409, code: 'meetingConflict' });
      expect(await w.store.getMeeting(meeting.id)).toMatchObject({
        minutes: 'Tour de table, trois propositions.',
        lang: 'en',
      });
      // In the public agenda the meeting says the language its title, place and access were written in.
      const publicMeeting = await fac.createMeeting('s_nord', {
        on: '2099-03-10',
        place: 'Community centre',
        title: 'Open meeting',
        public: true,
        lang: 'en',
      });
      const agenda = await w.as('citizen').getAgenda('s_nord');
      expect(agenda?.find((m) => m.id === publicMeeting.id)).toMatchObject({ title: 'Open meeting', lang: 'en' });

      const captured = await fac.createContribution({
        ...proposal({ title: 'Des permanences le samedi', author: { pseudonym: 'Quelqu’un' } }),
        channel: 'meeting',
        meetingId: meeting.id,
      });
      const view = await w.store.getContribution(captured.contribution.id);
      expect(view).toMatchObject({
        channel: 'meeting',
        meetingId: meeting.id,
        author: { pseudonym: 'Groupe ressource du secteur Nord' },
      });
      const wrong = await failure(fac.createContribution({ ...proposal(), channel: 'meeting', meetingId: 'mt_autre' }));
      expect(wrong).toMatchObject({ status: 422, paths: ['meetingId'] });
      expect(
        (await failure(w.as('pro_1').createContribution({ ...proposal(), channel: 'meeting', meetingId: meeting.id })))
          .status,
      ).toBe(403);

      const attestation = await fac.issueAttestation('s_nord', {
        memberId: added.id,
        skills: ['speakingInPublic', 'writingMinutes'],
        signedBy: 'Animation du groupe, Direction de l’insertion',
      });
      expect(attestation).toMatchObject({
        memberName: 'Alex P.',
        spaceName: 'Groupe ressource du secteur Nord',
        meetings: [{ id: meeting.id, on: '2026-02-10', place: 'Maison des solidarités' }],
        issuedOn: '2026-03-02',
      });
      expect((await fac.listAttestations('s_nord', { member: added.id })).map((a) => a.id)).toEqual([attestation.id]);
      expect(await w.as('m_c').listAttestations('s_nord')).toEqual([]);
      expect((await failure(w.as('m_c').getAttestation('s_nord', attestation.id))).status).toBe(404);
    });
  });
}

let pglite: Awaited<ReturnType<typeof openPglite>>;
beforeAll(async () => {
  pglite = await openPglite();
}, 60_000);
afterAll(async () => {
  await pglite.close();
});
suite('PGlite', () => storeInFreshSchema(pglite));

const url = process.env['DATABASE_URL'];
if (url) {
  const run = randomBytes(4).toString('hex');
  let n = 0;
  suite('PostgreSQL server', async () => {
    const schema = `participe_bo_${run}_${++n}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const store = await openPgStore({ connectionString: url, schema, max: 4 });
    const close = store.close.bind(store);
    store.close = async () => {
      await close();
      const drop = new pg.Client({ connectionString: url });
      await drop.connect();
      await drop.query(`DROP SCHEMA ${schema} CASCADE`);
      await drop.end();
    };
    return store;
  });
} else {
  describe.skip('back office through the API — PostgreSQL server — skipped: set DATABASE_URL to run it', () => {
    it('needs DATABASE_URL', () => {});
  });
}
