import { MemoryStore } from '@participe/adapters/memory';
import { afterEach, describe, expect, it } from 'vitest';
import { agendaSpace, publicMeeting } from '../testing/meetings.fixture.js';
import { type FakeOpenAgenda, startFakeOpenAgenda } from '../testing/openagenda.fake.js';
import { OpenAgendaClient } from './openagenda.client.js';
import { formatSyncReport, importEvents, importedMeetingId, publishMeetings } from './openagenda.sync.js';

const space = agendaSpace;
const atelier = publicMeeting;
const NOW = '2026-02-10T09:00:00.000Z';
// Pauses are not waited for: the test does not depend on the machine's speed.
const retry = { sleep: async () => {}, baseDelayMs: 1, timeoutMs: 10_000 };

let fake: FakeOpenAgenda;
afterEach(async () => fake?.close());

async function setUp() {
  fake = await startFakeOpenAgenda();
  const store = new MemoryStore();
  await store.putSpace(space);
  await store.putMeeting(atelier, null);
  await store.putMeeting({ ...atelier, id: 'mt_interne', public: false, title: 'Réunion interne' }, null);
  const client = new OpenAgendaClient(
    {
      agendaUid: fake.agendaUid,
      secretKey: fake.secretKey,
      publicKey: fake.publicKey,
      baseUrl: fake.baseUrl,
    },
    retry,
  );
  return { store, client };
}

describe('OpenAgenda sync against a fake OpenAgenda (v2 endpoints on loopback)', () => {
  it('round trip: publish, publish again (nothing), update, cancel, then import the agenda', async () => {
    const { store, client } = await setUp();

    const first = await publishMeetings(store, client, space);
    expect(first.items).toEqual([
      expect.objectContaining({ action: 'created', meetingId: 'mt_atelier', eventUid: expect.any(String) }),
    ]);
    const uid = first.items[0]!.eventUid!;
    const event = fake.events.get(Number(uid))!;
    expect(event).toMatchObject({
      title: { fr: 'Atelier : les horaires du bus' },
      timings: [{ begin: '2026-03-05T17:00:00.000Z', end: '2026-03-05T19:00:00.000Z' }],
      status: 1,
      extIds: [{ key: 'participe', value: 'mt_atelier' }],
      locationUid: expect.any(Number),
    });
    expect([...fake.events.values()].some((e) => JSON.stringify(e).includes('Réunion interne'))).toBe(false);
    const stored = await store.getMeeting('mt_atelier');
    expect(stored?.external?.openagenda).toEqual({ agenda: fake.agendaUid, uid, direction: 'published', version: 1 });
    expect(stored?.version).toBe(1);

    const again = await publishMeetings(store, client, space);
    expect(again.items.map((i) => i.action)).toEqual(['skipped']);
    expect(fake.events.size).toBe(1);

    await store.putMeeting({ ...stored!, title: 'Atelier : les horaires du bus (2e séance)', version: 2 }, 1);
    const updated = await publishMeetings(store, client, space);
    expect(updated.items).toEqual([expect.objectContaining({ action: 'updated', eventUid: uid })]);
    expect(fake.events.get(Number(uid))?.title).toEqual({ fr: 'Atelier : les horaires du bus (2e séance)' });
    expect(fake.calls).toContain(`PATCH /v2/agendas/${fake.agendaUid}/events/${uid}`);

    const v2 = (await store.getMeeting('mt_atelier'))!;
    await store.putMeeting({ ...v2, cancelled: true, version: 3 }, 2);
    const cancelled = await publishMeetings(store, client, space);
    expect(cancelled.items).toEqual([expect.objectContaining({ action: 'cancelled', eventUid: uid })]);
    expect(fake.events.get(Number(uid))?.status).toBe(6);

    // Someone adds an event on the agenda itself: the import brings it in, and not ours back.
    fake.events.set(777, {
      uid: 777,
      title: { fr: 'Forum des solidarités' },
      description: { fr: 'Stands et rencontres' },
      timings: [{ begin: '2026-04-02T12:00:00.000Z', end: '2026-04-02T16:00:00.000Z' }],
      location: { uid: 5, name: 'Salle des fêtes', address: '1 place de la Mairie', access: { fr: 'Tram A' } },
      status: 1,
    });
    const imported = await importEvents(store, client, space, { now: NOW });
    expect(imported.items.map((i) => [i.action, i.meetingId])).toEqual([
      ['created', importedMeetingId(fake.agendaUid, 777)],
      ['skipped', 'mt_atelier'],
    ]);
    const forum = await store.getMeeting(importedMeetingId(fake.agendaUid, 777));
    expect(forum).toMatchObject({
      spaceId: 's_nord',
      title: 'Forum des solidarités',
      on: '2026-04-02',
      startsAt: '2026-04-02T12:00:00.000Z',
      place: 'Salle des fêtes, 1 place de la Mairie',
      access: 'Tram A',
      public: true,
    });
    const twice = await importEvents(store, client, space, { now: NOW });
    expect(twice.items.map((i) => i.action)).toEqual(['skipped', 'skipped']);
    // An imported meeting is never sent back to the agenda it came from.
    expect((await publishMeetings(store, client, space)).items.map((i) => i.meetingId)).toEqual(['mt_atelier']);

    fake.events.set(777, { ...fake.events.get(777)!, status: 6 });
    const called = await importEvents(store, client, space, { now: NOW });
    expect(called.items[0]).toMatchObject({ action: 'cancelled' });
    expect((await store.getMeeting(importedMeetingId(fake.agendaUid, 777)))?.cancelled).toBe(true);

    expect(formatSyncReport(called)).toContain('1 cancelled');
  }, 30_000);

  it('a dry run tells what it would do and writes nothing', async () => {
    const { store, client } = await setUp();
    const report = await publishMeetings(store, client, space, { dryRun: true });
    expect(report.items).toEqual([expect.objectContaining({ action: 'created', meetingId: 'mt_atelier' })]);
    expect(fake.calls).toEqual([]);
    expect((await store.getMeeting('mt_atelier'))?.external).toBeUndefined();
  }, 30_000);

  it('retries a 503 and a 429, then succeeds', async () => {
    const { store, client } = await setUp();
    fake.failNext.push(503, 429);
    const report = await publishMeetings(store, client, space);
    expect(report.items.map((i) => i.action)).toEqual(['created']);
    expect(fake.events.size).toBe(1);
  }, 30_000);

  it('an erroring agenda: the report names the call and why, and the next meetings are not tried', async () => {
    const { store, client } = await setUp();
    await store.putMeeting({ ...atelier, id: 'mt_forum', title: 'Forum' }, null);
    fake.failNext.push(500, 500, 500, 500, 500);
    const report = await publishMeetings(store, client, space);
    expect(report.items[0]).toMatchObject({
      action: 'failed',
      call: 'POST /v2/requestAccessToken',
      reason: expect.stringContaining('answered 500: fake OpenAgenda: forced failure (after 5 tries)'),
    });
    expect(report.items[1]).toMatchObject({ action: 'failed', reason: expect.stringMatching(/^not tried: /) });
    expect(formatSyncReport(report)).toContain('2 failed');
  }, 30_000);

  it('an unreachable agenda: nothing half-imported, the call named', async () => {
    const { store, client } = await setUp();
    fake.events.set(777, {
      uid: 777,
      title: { fr: 'Forum' },
      timings: [{ begin: '2026-04-02T12:00:00.000Z', end: '2026-04-02T16:00:00.000Z' }],
    });
    await fake.close();
    const report = await importEvents(store, client, space, { now: NOW });
    expect(report.items).toEqual([
      expect.objectContaining({
        action: 'failed',
        call: `GET /v2/agendas/${fake.agendaUid}/events`,
        reason: expect.stringMatching(/could not reach the server .*nothing was imported$/),
      }),
    ]);
    expect((await store.listMeetings('s_nord')).map((m) => m.id)).toEqual(['mt_atelier', 'mt_interne']);
  }, 30_000);

  it('a wrong secret key is refused without retrying, named in the report', async () => {
    const { store } = await setUp();
    const client = new OpenAgendaClient(
      { agendaUid: fake.agendaUid, secretKey: 'oa_sk_wrong', baseUrl: fake.baseUrl },
      retry,
    );
    const report = await publishMeetings(store, client, space);
    expect(report.items[0]).toMatchObject({
      action: 'failed',
      call: 'POST /v2/requestAccessToken',
      reason: 'answered 401: invalid secret key',
    });
    expect(fake.calls).toEqual(['POST /v2/requestAccessToken']);
  }, 30_000);
});
