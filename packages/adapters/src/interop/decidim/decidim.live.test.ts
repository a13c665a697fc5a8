import { MemoryStore } from '@participe/adapters/memory';
import { type Actor, replay, type StoredContributionEvent, toView } from '@participe/core';
import { afterEach, describe, expect, it } from 'vitest';
import { decidimProposal, type FakeDecidim, startFakeDecidim } from '../testing/decidim-graphql.fake.js';
import { agendaSpace } from '../testing/meetings.fixture.js';
import { decidimIds } from './decidim.import.js';
import { DecidimGraphqlClient, pullDecidimProposals, pushDecidimAnswers } from './decidim.live.js';

const NOW = '2026-01-10T09:00:00.000Z';
const retry = { sleep: async () => {}, baseDelayMs: 1, timeoutMs: 10_000 };
const PRO: Actor = { role: 'professional', id: 'pro_1' };

let fake: FakeDecidim;
afterEach(async () => fake?.close());

async function setUp() {
  fake = await startFakeDecidim();
  fake.proposals.push(
    decidimProposal('201', { title: 'Un bus à 8 h' }),
    decidimProposal('202', {
      state: 'accepted',
      answer: 'Nous ajoutons un départ à 8 h 10 dès septembre.',
      answeredAt: '2025-03-10T09:00:00+01:00',
    }),
    decidimProposal('203', { state: 'evaluating' }),
  );
  const store = new MemoryStore();
  await store.putSpace(agendaSpace);
  const client = new DecidimGraphqlClient({ apiUrl: fake.apiUrl, token: fake.writeToken }, retry);
  return { store, client };
}

/** Participe answers a contribution: review (if needed), decide, publish. */
async function answerInParticipe(store: MemoryStore, id: string, text: string) {
  const events: StoredContributionEvent[] = await store.getEvents(id);
  const status = toView(replay(events)).status;
  const add = async (type: StoredContributionEvent['type'], data: Record<string, unknown>) => {
    const event: StoredContributionEvent = {
      contributionId: id,
      seq: events.length + 1,
      type,
      actor: PRO,
      at: '2026-01-12T10:00:00.000Z',
      data,
    };
    const view = toView(replay([...events, event]));
    const result = await store.appendEvent({ contributionId: id, expectedVersion: events.length, event, view });
    if (!result.ok) throw new Error(result.reason);
    events.push(event);
  };
  if (status === 'published') await add('contribution.review', {});
  await add('contribution.decide', { answer: { verdict: 'declined', text, service: 'Direction des mobilités' } });
  await add('contribution.publish', {});
}

describe('Decidim live link against a fake Decidim GraphQL API on loopback', () => {
  it('pulls the proposals and answers into the space, idempotently, then pushes Participe’s answers back', async () => {
    const { store, client } = await setUp();

    const first = await pullDecidimProposals(store, client, agendaSpace, fake.component, { now: NOW });
    expect(first.rejected).toEqual([]);
    expect(first.items.filter((i) => i.kind === 'contribution').map((i) => [i.action, i.id])).toEqual([
      ['created', 'c_decidim_201'],
      ['created', 'c_decidim_202'],
      ['created', 'c_decidim_203'],
    ]);
    const accepted = await store.getContribution(decidimIds.contribution('202'));
    expect(accepted).toMatchObject({
      spaceId: agendaSpace.id,
      status: 'accepted',
      answer: { text: 'Nous ajoutons un départ à 8 h 10 dès septembre.' },
    });
    expect((await store.getContribution('c_decidim_203'))?.status).toBe('underReview');

    const again = await pullDecidimProposals(store, client, agendaSpace, fake.component, { now: NOW });
    expect(again.items.every((i) => i.action === 'skipped')).toBe(true);

    const reasons = 'Le bus du matin ne peut pas partir plus tôt : le dépôt ouvre à 7 h 30.';
    await answerInParticipe(store, 'c_decidim_201', reasons);
    const pushed = await pushDecidimAnswers(store, client, agendaSpace, fake.component);
    expect(pushed).toEqual([
      { action: 'updated', contributionId: 'c_decidim_201', proposalId: '201' },
      expect.objectContaining({
        action: 'skipped',
        contributionId: 'c_decidim_202',
        reason: 'Decidim shows this answer already',
      }),
    ]);
    expect(fake.answers).toEqual([
      { proposal: '201', attributes: { state: 'rejected', answerContent: { fr: reasons } } },
    ]);
    const twice = await pushDecidimAnswers(store, client, agendaSpace, fake.component);
    expect(twice.map((i) => i.action)).toEqual(['skipped', 'skipped']);
    expect(fake.answers).toHaveLength(1);
  }, 30_000);

  it('without the api:write scope: the push names the operation and why, nothing else changes', async () => {
    const { store, client } = await setUp();
    await pullDecidimProposals(store, client, agendaSpace, fake.component, { now: NOW });
    await answerInParticipe(store, 'c_decidim_201', 'Le dépôt des bus ouvre trop tard pour un départ plus tôt.');
    const readOnly = new DecidimGraphqlClient({ apiUrl: fake.apiUrl, token: 'read-only' }, retry);
    const pushed = await pushDecidimAnswers(store, readOnly, agendaSpace, fake.component);
    expect(pushed[0]).toEqual({
      action: 'failed',
      contributionId: 'c_decidim_201',
      proposalId: '201',
      call: 'POST /api (ParticipeAnswer)',
      reason: 'The token does not have the api:write scope',
    });
    expect(fake.answers).toEqual([]);
  }, 30_000);

  it('an unreachable or wrong component: a clear error naming the call, nothing half-imported', async () => {
    const { store, client } = await setUp();
    await expect(pullDecidimProposals(store, client, agendaSpace, '99', { now: NOW })).rejects.toThrow(
      'POST /api (ParticipeProposals): component 99 is not a published proposals component (not found)',
    );
    await fake.close();
    await expect(pullDecidimProposals(store, client, agendaSpace, '12', { now: NOW })).rejects.toThrow(
      /^POST \/api \(ParticipeProposals\): could not reach the server/,
    );
    expect((await store.listContributions({ spaceId: agendaSpace.id, limit: 10 })).items).toEqual([]);
  }, 30_000);
});
