import { type Answers, defaultQuestionnaire, ERASED_TEXT, replay, toView } from '@participe/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { space } from '../testing/fixtures.js';
import { readThenWrite } from '../testing/read-then-write.js';
import type { CreateContributionRequest, Identity, ParticipeApi } from './api.js';
import { ParticipeApiError } from './errors.js';
import { createParticipeService, type ParticipeService } from './service.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const pro: Identity = { role: 'professional', memberId: 'pro_1', spaceIds: ['groupe-rsa-nord'] };
const fac: Identity = { role: 'facilitator', memberId: 'fac_1', spaceIds: ['s_nord'] };
const otherPro: Identity = { role: 'professional', memberId: 'pro_9', spaceIds: ['ailleurs'] };

const body = (over: Partial<CreateContributionRequest> = {}): CreateContributionRequest => ({
  spaceId: 'groupe-rsa-nord',
  kind: 'proposal',
  title: 'Un bus plus tôt le matin',
  body: 'Le premier bus arrive après l’heure du rendez-vous.',
  theme: 'mobilite',
  author: { pseudonym: 'Camille' },
  ...over,
});

async function rejection(p: Promise<unknown>): Promise<ParticipeApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ParticipeApiError) return e;
    throw e;
  }
  throw new Error('expected a ParticipeApiError');
}

describe('service', () => {
  let store: MemoryStore;
  let service: ParticipeService;
  let citizen: ParticipeApi;
  /** A member's API as the widgets use it: versioned changes send the version just read. */
  const member = (who: Identity) => readThenWrite(service.as(who));
  beforeEach(async () => {
    store = new MemoryStore();
    await store.putSpace(space());
    service = createParticipeService({ store, now: () => NOW });
    citizen = service.as(null);
  });

  it('sends a contribution with a follow-up code and a secret, storing only its hash', async () => {
    const created = await citizen.createContribution(body({ contact: { email: 'a@exemple.fr', consent: true } }));
    expect(created.followUp.code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    // A secret code: six common French words, 66 bits.
    expect(created.followUp.secret).toMatch(/^[a-z]{3,8}(-[a-z]{3,8}){5}$/);
    expect(created.contribution).toMatchObject({ status: 'published', spaceId: 's_nord', version: 2 });
    expect(await store.getContribution(created.contribution.id)).toMatchObject({ status: 'published', version: 2 });
    const draft = await citizen.createContribution(body({ draft: true }));
    expect(draft.contribution).toMatchObject({ status: 'draft', version: 1 });
    await store.putSpace(space({ id: 's_mod', slug: 'groupe-modere', premoderation: true }));
    const waiting = await citizen.createContribution(body({ spaceId: 'groupe-modere' }));
    expect(waiting.contribution.status).toBe('submitted');
    const priv = await store.getPrivate(created.contribution.id);
    expect(priv?.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(priv)).not.toContain(created.followUp.secret);
    expect(JSON.stringify(await store.getContribution(created.contribution.id))).not.toContain('a@exemple.fr');
  });

  it('replays an idempotent create with the same secret, refuses the key with another body', async () => {
    const key = 'f3b2c1d0-0000-4000-8000-000000000001';
    const first = await citizen.createContribution(body(), { idempotencyKey: key });
    const again = await citizen.createContribution(body(), { idempotencyKey: key });
    expect(again).toEqual(first);
    expect((await store.listContributions({})).items).toHaveLength(1);
    const other = await rejection(citizen.createContribution(body({ title: 'Autre' }), { idempotencyKey: key }));
    expect(other).toMatchObject({ status: 409, code: 'idempotencyKeyReused' });
    expect((await rejection(citizen.createContribution(body(), { idempotencyKey: 'short' }))).status).toBe(400);
  });

  it('answers a honeypot with a believable 201 and stores nothing', async () => {
    const created = await citizen.createContribution(body({ website: 'http://spam.example' }));
    expect(created.contribution.content?.title).toBe('Un bus plus tôt le matin');
    expect((await store.listContributions({})).items).toHaveLength(0);
  });

  it('names each invalid field with an example, in French or English', async () => {
    const bad = { ...body(), title: '', contact: { email: 'nope', consent: true as const } };
    const fr = await rejection(citizen.createContribution(bad));
    expect(fr.status).toBe(422);
    expect(fr.issues).toContainEqual({ path: 'title', message: expect.stringContaining('exemple') });
    expect(fr.issues.map((i) => i.path)).toContain('contact.email');
    const en = await rejection(service.as(null, 'en').createContribution(bad));
    expect(en.issues).toContainEqual({ path: 'title', message: expect.stringContaining('example') });
    const theme = await rejection(citizen.createContribution(body({ theme: 'inconnu' })));
    expect(theme.issues[0]).toMatchObject({ path: 'theme', message: expect.stringContaining('mobilite') });
    const nul = await rejection(citizen.createContribution(body({ title: 'a\u0000b' })));
    expect(nul.issues[0]?.path).toBe('title');
  });

  it('lets only a facilitator of the space type for someone else', async () => {
    const assisted = body({
      channel: 'assisted',
      assisted: { onBehalfOf: 'Monsieur D.', facilitatorId: 'fac_1', consentMethod: 'oral' },
    });
    expect((await rejection(citizen.createContribution(assisted))).status).toBe(403);
    const created = await member(fac).createContribution(assisted);
    const events = await store.getEvents(created.contribution.id);
    expect(events.map((e) => e.actor)).toEqual([
      { role: 'facilitator', id: 'fac_1' },
      { role: 'facilitator', id: 'fac_1' },
    ]);
    expect((await rejection(member(pro).createContribution(assisted))).status).toBe(403);
    const wrongId = await rejection(service.as({ ...fac, memberId: 'fac_2' }).createContribution(assisted));
    expect(wrongId.issues[0]?.path).toBe('assisted.facilitatorId');
  });

  it('sends a contribution in one store call: created and submitted, or nothing', async () => {
    const key = 'f3b2c1d0-0000-4000-8000-000000000002';
    const writes: string[] = [];
    // A store that counts its writes, and dies in the first one the first time.
    let killed = false;
    const counting = new Proxy(store, {
      get: (target, prop) => {
        const value = Reflect.get(target, prop, target);
        if (prop === 'createContribution' || prop === 'appendEvent') {
          return (...args: unknown[]) => {
            writes.push(String(prop));
            if (!killed) {
              killed = true;
              return Promise.reject(new Error('killed'));
            }
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const api = createParticipeService({ store: counting, now: () => NOW }).as(null);
    await expect(api.createContribution(body(), { idempotencyKey: key })).rejects.toThrow('killed');
    expect((await store.listContributions({})).items).toEqual([]);
    const retried = await api.createContribution(body(), { idempotencyKey: key });
    expect(writes).toEqual(['createContribution', 'createContribution']);
    expect(await store.getContribution(retried.contribution.id)).toMatchObject({ status: 'published', version: 2 });
    expect((await store.getEvents(retried.contribution.id)).map((e) => e.type)).toEqual([
      'contribution.created',
      'contribution.submit',
    ]);
  });

  it('runs the answer loop: roles, machine refusals, versions, notification with the publish', async () => {
    const created = await citizen.createContribution(
      body({ draft: true, contact: { email: 'a@exemple.fr', consent: true } }),
    );
    const id = created.contribution.id;
    const secret = created.followUp.secret;
    expect((await rejection(citizen.sendContributionEvent(id, { type: 'contribution.submit', data: {} }))).status).toBe(
      401,
    );
    expect(
      (await rejection(citizen.sendContributionEvent(id, { type: 'contribution.submit', data: {} }, { secret: 'x' })))
        .status,
    ).toBe(401);
    await citizen.sendContributionEvent(id, { type: 'contribution.submit', data: {} }, { secret });
    const forbidden = await rejection(
      member(pro).sendContributionEvent(id, { type: 'contribution.hide', data: { reason: 'x' } }),
    );
    expect(forbidden).toMatchObject({ status: 403, code: 'roleForbidden' });
    expect(forbidden.message).toContain('animateur');
    expect(
      (await rejection(member(otherPro).sendContributionEvent(id, { type: 'contribution.review', data: {} }))).status,
    ).toBe(403);
    const refused = await rejection(member(pro).sendContributionEvent(id, { type: 'contribution.publish', data: {} }));
    expect(refused).toMatchObject({ status: 409, code: 'transitionRefused' });
    const stale = await rejection(
      member(pro).sendContributionEvent(id, { type: 'contribution.review', data: {} }, { expectedVersion: 1 }),
    );
    expect(stale).toMatchObject({ status: 409, code: 'versionConflict' });
    expect(stale.message).toContain('version 2');
    await member(pro).sendContributionEvent(id, { type: 'contribution.review', data: {} }, { expectedVersion: 2 });
    const answer = { verdict: 'accepted' as const, text: 'Un bus partira à 8 h 10.', service: 'Mobilité' };
    const decided = await member(pro).sendContributionEvent(id, { type: 'contribution.decide', data: { answer } });
    expect(decided.status).toBe('decided');
    // The public never sees an unpublished decision.
    const seen = await citizen.getContribution(id);
    expect(seen).toMatchObject({ status: 'underReview', answer: null });
    expect((await citizen.getTimeline(id)).map((e) => e.type)).not.toContain('contribution.decide');
    expect(await store.listNotifications(id)).toEqual([]);
    expect((await citizen.getStats('groupe-rsa-nord')).byStatus).toEqual({ underReview: 1 });
    expect((await member(pro).getStats('groupe-rsa-nord')).byStatus).toEqual({ decided: 1 });
    await member(pro).sendContributionEvent(id, { type: 'contribution.publish', data: {} });
    const [notice] = await store.listNotifications(id);
    expect(notice).toMatchObject({ kind: 'answerPublished', to: { email: 'a@exemple.fr' } });
    const events = await store.getEvents(id);
    expect(toView(replay(events))).toEqual(await store.getContribution(id));
  });

  it('hides drafts from the public, shows them to staff and to their author', async () => {
    const created = await citizen.createContribution(body({ draft: true }));
    const id = created.contribution.id;
    expect((await rejection(citizen.getContribution(id))).status).toBe(404);
    expect((await citizen.listContributions({ space: 'groupe-rsa-nord' })).items).toHaveLength(0);
    expect((await member(pro).listContributions({ space: 'groupe-rsa-nord' })).items).toHaveLength(1);
    expect(await citizen.getContribution(id, { secret: created.followUp.secret })).toMatchObject({ id });
    const wrong = await rejection(citizen.listContributions({ space: 'groupe-rsa-nord', status: ['decided'] }));
    expect(wrong).toMatchObject({ status: 400, code: 'invalidQuery' });
    expect((await rejection(citizen.listContributions({ cursor: 'not-a-cursor' }))).code).toBe('badCursor');
  });

  it('reads the secret code as a person copies it by hand', async () => {
    const created = await citizen.createContribution(body());
    const id = created.contribution.id;
    const typed = ` ${created.followUp.secret.toUpperCase().replaceAll('-', '  ')} `;
    expect(await citizen.getContribution(id, { secret: typed })).toMatchObject({ id });
    const wrong = created.followUp.secret.split('-').reverse().join('-');
    expect((await rejection(citizen.getContribution(id, { secret: wrong }))).status).toBe(401);
  });

  it('replays a keyed create with the same secret code', async () => {
    const first = await citizen.createContribution(body(), { idempotencyKey: 'cle-de-test-0001' });
    const again = await citizen.createContribution(body(), { idempotencyKey: 'cle-de-test-0001' });
    expect(again.followUp.secret).toBe(first.followUp.secret);
    expect(first.followUp.secret).toMatch(/^[a-z]{3,8}(-[a-z]{3,8}){5}$/);
  });

  it('exports and erases with the follow-up code and secret', async () => {
    const created = await citizen.createContribution(body({ contact: { phone: '06 00 00 00 00', consent: true } }));
    const proof = {
      followUpCode: created.followUp.code.toLowerCase().replace('-', ' '),
      secret: created.followUp.secret,
    };
    const exported = await citizen.exportMyData(proof);
    expect(exported.contact?.phone).toBe('06 00 00 00 00');
    expect(exported.timeline).toHaveLength(2);
    await citizen.eraseMyData(proof);
    const view = await store.getContribution(created.contribution.id);
    expect(view?.content.title).toBe(ERASED_TEXT);
    expect((await store.getPrivate(created.contribution.id))?.contact).toBeNull();
    expect((await rejection(citizen.exportMyData(proof))).status).toBe(401);
  });

  it('moves the cycle with facts computed from the stores', async () => {
    await store.putMember({
      id: 'm_1',
      spaceId: 's_nord',
      displayName: 'Nadia B.',
      role: 'concerned',
      joinedOn: '2026-01-10',
      leftOn: null,
      consents: [],
    });
    const cycle = await citizen.getCycle('groupe-rsa-nord');
    expect(cycle).toMatchObject({ phase: 'mobilise', round: 1, canAdvance: true, seq: 0 });
    expect((await rejection(citizen.sendCycleCommand('groupe-rsa-nord', { type: 'cycle.advance' }))).status).toBe(401);
    const moved = await member(fac).sendCycleCommand('groupe-rsa-nord', { type: 'cycle.advance' });
    expect(moved).toMatchObject({ phase: 'diagnose', seq: 2 });
    const refused = await rejection(member(fac).sendCycleCommand('groupe-rsa-nord', { type: 'cycle.advance' }));
    expect(refused).toMatchObject({ status: 409, code: 'cycleRefused' });
    expect(refused.message).toContain('Diagnostic');
    const facts = await rejection(
      member(fac).sendCycleCommand('groupe-rsa-nord', { type: 'cycle.facts', facts: { memberCount: 9 } }),
    );
    expect(facts.status).toBe(403);
  });

  it('takes one diagnostic per member and aggregates them by role', async () => {
    // One answer per question, the first choice each time (the lowest scale step).
    const answers = (pick: 'first' | 'last'): Answers => {
      const out: Answers = {};
      for (const q of defaultQuestionnaire.sections.flatMap((s) => s.questions)) {
        const at = <T>(list: T[]) => (pick === 'first' ? list[0]! : list[list.length - 1]!);
        if (q.kind === 'single') out[q.id] = at(q.options.filter((o) => !o.abstain)).value;
        if (q.kind === 'scale') out[q.id] = at(q.steps).value;
        if (q.kind === 'yesNoUnsure') out[q.id] = pick === 'first' ? 'no' : 'yes';
      }
      return out;
    };
    const concerned: Identity = { role: 'concerned', memberId: 'm_1', spaceIds: ['s_nord'] };
    expect((await rejection(citizen.submitDiagnostic('s_nord', { answers: answers('first') }))).status).toBe(401);
    const mine = await service.as(concerned).submitDiagnostic('s_nord', { answers: answers('last') });
    expect(mine.dimensions.length).toBeGreaterThan(0);
    await service.as(concerned).submitDiagnostic('s_nord', { answers: answers('first') });
    await member(pro).submitDiagnostic('s_nord', { answers: answers('last') });
    const group = await member(pro).getDiagnosticAggregate('groupe-rsa-nord');
    expect(group.respondents).toBe(2);
    expect(group.counts).toMatchObject({ concerned: 1, professional: 1 });
    expect(group.concernedVsProfessional.length).toBeGreaterThan(0);
    const bad = await rejection(member(pro).submitDiagnostic('s_nord', { answers: { nope: 'x' } }));
    expect(bad).toMatchObject({ status: 422, issues: [{ path: 'answers.nope' }] });
    expect(bad.issues[0]?.message).toContain('question');
    expect((await citizen.getQuestionnaire({ locale: 'en' })).locale).toBe('en');
  });
});
