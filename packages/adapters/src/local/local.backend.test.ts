import { type Answers, ContributionInputSchema, defaultQuestionnaire } from '@participe/core';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { space } from '../testing/fixtures.js';
import { createLocalBackend } from './local.backend.js';

const body = {
  spaceId: 's_nord',
  kind: 'proposal' as const,
  title: 'Un bus plus tôt',
  body: '<script>alert(1)</script> Le bus arrive trop tard.',
  theme: 'mobilite',
  author: { pseudonym: 'Camille' },
};

async function setup() {
  const store = new MemoryStore();
  await store.putSpace(space());
  return { store, backend: createLocalBackend(store, { now: () => new Date('2026-03-01T10:00:00Z') }) };
}

describe('local backend', () => {
  it('creates a published contribution, stores the secret only as a hash, and shows it', async () => {
    const { store, backend } = await setup();
    const created = await backend.createContribution(ContributionInputSchema.parse(body), 'key-local-000000001');
    expect(created.contribution.status).toBe('published');
    expect(created.followUp.code).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3,4}$/);
    const priv = await store.getPrivate(created.contribution.id);
    expect(priv?.secretHash).toBeTruthy();
    expect(JSON.stringify(priv)).not.toContain(created.followUp.secret);
    expect(await backend.resolveFollowUpCode(created.followUp.code.toLowerCase())).toBe(created.contribution.id);
    const detail = await backend.getContribution(created.contribution.id);
    expect(detail?.contribution.content?.body).toBe(body.body);
    expect(detail?.timeline.map((e) => e.type)).toEqual(['contribution.created', 'contribution.submit']);
  });

  it('returns the first response for a repeated key, and refuses the key with another body', async () => {
    const { store, backend } = await setup();
    const a = await backend.createContribution(body, 'key-local-000000001');
    const b = await backend.createContribution(body, 'key-local-000000001');
    expect(b).toEqual(a);
    await expect(backend.createContribution({ ...body, title: 'Autre' }, 'key-local-000000001')).rejects.toMatchObject({
      kind: 'conflict',
    });
    expect((await store.listContributions({})).items).toHaveLength(1);
  });

  it('pretends to accept a filled honeypot and stores nothing', async () => {
    const { store, backend } = await setup();
    const r = await backend.createContribution({ ...body, website: 'http://spam.example' }, 'key-local-000000002');
    expect(r.contribution.status).toBe('published');
    expect((await store.listContributions({})).items).toHaveLength(0);
  });

  it('rejects a bad body with field paths', async () => {
    const { backend } = await setup();
    await expect(backend.createContribution({ ...body, title: '' }, 'key-local-000000003')).rejects.toMatchObject({
      kind: 'rejected',
      issues: [{ path: ['title'] }],
    });
  });

  it('lists public contributions of a space with filters', async () => {
    const { backend } = await setup();
    await backend.createContribution(body, 'key-local-000000011');
    await backend.createContribution(
      { ...body, kind: 'question', title: 'Comment déclarer un emploi ?' },
      'key-local-000000012',
    );
    expect((await backend.listContributions({ spaceId: 'groupe-rsa-nord' })).items).toHaveLength(2);
    expect((await backend.listContributions({ spaceId: 's_nord', kind: 'question' })).items).toHaveLength(1);
    expect((await backend.listContributions({ spaceId: 's_nord', q: 'emploi' })).items).toHaveLength(1);
    expect((await backend.getSpace('groupe-rsa-nord'))?.answerWithinDays).toBe(60);
  });

  it('tells a space’s phase, round and moves (by role, never by person), and null for an unknown space', async () => {
    const { store, backend } = await setup();
    const at = '2026-02-01T10:00:00.000Z';
    const facilitator = { role: 'facilitator' as const, id: 'fac_1' };
    await store.appendCycleEvent('s_nord', 0, {
      type: 'cycle.facts',
      facts: { memberCount: 12, charterAdoptedOn: '2026-01-15' },
      actor: { role: 'system', id: null },
      at,
    });
    await store.appendCycleEvent('s_nord', 1, { type: 'cycle.advance', actor: facilitator, at });
    expect(await backend.getCycle('groupe-rsa-nord')).toEqual({
      spaceId: 's_nord',
      phase: 'diagnose',
      round: 1,
      problemStatement: null,
      evaluation: null,
      history: [{ from: 'mobilise', to: 'diagnose', round: 1, direction: 'forward', at, role: 'facilitator' }],
    });
    expect(JSON.stringify(await backend.getCycle('groupe-rsa-nord'))).not.toContain('fac_1');
    expect(await backend.getCycle('nulle-part')).toBeNull();
  });

  it('sends a member’s diagnostic and reads the group’s aggregate; refuses an anonymous caller', async () => {
    const { store, backend } = await setup();
    const answers: Answers = { electedSupport: 4, mandateClear: 'yes' };
    await expect(backend.submitDiagnostic('s_nord', answers)).rejects.toMatchObject({
      kind: 'unauthorized',
      status: 401,
    });
    const member = createLocalBackend(store, {
      caller: { role: 'concerned', memberId: 'm_1', spaceIds: ['s_nord'] },
    });
    const result = await member.submitDiagnostic('groupe-rsa-nord', answers);
    expect(result.questionnaireId).toBe(defaultQuestionnaire.id);
    const group = await member.getDiagnosticAggregate('s_nord');
    expect(group.respondents).toBe(1);
    expect(group.counts.concerned).toBe(1);
    await expect(backend.getDiagnosticAggregate('s_nord')).rejects.toMatchObject({ kind: 'unauthorized' });
  });
});
