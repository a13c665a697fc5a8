// The back-office half of the store contract: batches written all or none, the
// notification outbox, reports, meetings and attestations. Registered inside
// `describeStoreContract`, so the memory store, PGlite and the PostgreSQL server all run it.
import type { Attestation, Meeting, NotificationRecord, ParticipeStore, Report } from '@participe/core';
import { expect, it } from 'vitest';
import { author, contribution } from './fixtures.js';

type Open = () => ParticipeStore;

/** A contribution stored with its first event only, and its next step ready to append. */
async function pending(store: ParticipeStore, title: string) {
  const c = contribution({ title, apply: [{ type: 'contribution.submit', actor: author }] });
  const created = await store.createContribution({ view: c.initialView, events: [c.created], private: c.private });
  if (!created.ok) throw new Error('fixture create failed');
  return { c, step: c.steps[0]! };
}

const notice = (contributionId: string, id: string, to: NotificationRecord['to']): NotificationRecord => ({
  id,
  contributionId,
  kind: 'answerPublished',
  to,
  payload: { title: 'Un titre' },
  createdAt: '2026-01-20T10:00:00.000Z',
  sentAt: null,
});

const report = (contributionId: string, id: string, reason: Report['reason']): Report => ({
  id,
  contributionId,
  spaceId: 's_nord',
  reason,
  note: '',
  createdAt: `2026-01-2${id.length % 10}T10:00:00.000Z`,
  closed: null,
});

const meeting = (over: Partial<Meeting> = {}): Meeting => ({
  id: 'mt_1',
  spaceId: 's_nord',
  on: '2026-02-10',
  place: 'Maison des solidarités',
  attendance: ['m_1'],
  minutes: '',
  version: 1,
  updatedAt: '2026-02-10T18:00:00.000Z',
  ...over,
});

/** Stores a contribution with a contact, its events applied one by one (like the service). */
async function withContact(
  store: ParticipeStore,
  c: ReturnType<typeof contribution>,
  notices: NotificationRecord[] = [],
) {
  const contact = { email: `${c.id}@exemple.fr`, consent: true as const };
  const created = await store.createContribution({
    view: c.initialView,
    events: [c.created],
    private: { ...c.private, contact },
  });
  if (!created.ok) throw new Error('fixture create failed');
  for (const [i, step] of c.steps.entries()) {
    const last = i === c.steps.length - 1;
    await store.appendEvent({
      contributionId: c.id,
      expectedVersion: i + 1,
      event: step.event,
      view: step.view,
      ...(last ? { notifications: notices } : {}),
    });
  }
}

export function storeContractBackoffice(current: Open) {
  it('forgets the contact of closed contributions after the retention, unless a message is still to send', async () => {
    const store = current();
    const withdrawn = [
      { type: 'contribution.submit' as const, actor: author },
      { type: 'contribution.withdraw' as const, actor: author },
    ];
    const closed = contribution({ at: '2025-01-10T10:00:00.000Z', apply: withdrawn });
    const recent = contribution({ at: '2026-01-10T10:00:00.000Z', apply: withdrawn });
    const open = contribution({
      at: '2025-01-10T10:00:00.000Z',
      apply: [{ type: 'contribution.submit', actor: author }],
    });
    const waiting = contribution({ at: '2025-01-10T10:00:00.000Z', apply: withdrawn });
    await withContact(store, closed, [notice(closed.id, 'n_sent', { email: 'x@exemple.fr', consent: true })]);
    await store.markNotificationSent('n_sent', '2025-01-11T10:00:00.000Z');
    await withContact(store, recent);
    await withContact(store, open);
    await withContact(store, waiting, [notice(waiting.id, 'n_pending', { email: 'y@exemple.fr', consent: true })]);

    expect(await store.forgetContacts('2025-12-31T00:00:00.000Z')).toBe(1);
    expect((await store.getPrivate(closed.id))?.contact).toBeNull();
    expect((await store.listNotifications(closed.id)).map((n) => n.to)).toEqual([null]);
    expect((await store.getPrivate(closed.id))?.followUpCode).toBe(closed.private.followUpCode);
    for (const kept of [recent, open, waiting]) expect((await store.getPrivate(kept.id))?.contact).not.toBeNull();
    expect(await store.forgetContacts('2025-12-31T00:00:00.000Z')).toBe(0);
  });

  it('appends a batch all or none: one stale item writes nothing of the others', async () => {
    const store = current();
    const a = await pending(store, 'Premier');
    const b = await pending(store, 'Second');
    const stale = await store.appendEvents([
      { contributionId: a.c.id, expectedVersion: 1, event: a.step.event, view: a.step.view },
      {
        contributionId: b.c.id,
        expectedVersion: 7,
        event: { ...b.step.event, seq: 8 },
        view: { ...b.step.view, version: 8 },
      },
    ]);
    expect(stale).toEqual({ ok: false, index: 1, failure: { ok: false, reason: 'conflict', currentVersion: 1 } });
    expect(await store.getEvents(a.c.id)).toHaveLength(1);
    expect((await store.getContribution(a.c.id))?.version).toBe(1);
    const ok = await store.appendEvents([
      {
        contributionId: a.c.id,
        expectedVersion: 1,
        event: a.step.event,
        view: a.step.view,
        notifications: [notice(a.c.id, 'n_a', { email: 'a@exemple.fr', consent: true })],
      },
      { contributionId: b.c.id, expectedVersion: 1, event: b.step.event, view: b.step.view },
    ]);
    expect(ok).toEqual({ ok: true });
    expect(await store.getContribution(a.c.id)).toEqual(a.step.view);
    expect(await store.getContribution(b.c.id)).toEqual(b.step.view);
    expect((await store.listNotifications()).map((n) => n.id)).toEqual(['n_a']);
  });

  it('lists pending notifications with a recipient, oldest first, and marks each sent once', async () => {
    const store = current();
    const a = await pending(store, 'Avec contact');
    await store.appendEvent({
      contributionId: a.c.id,
      expectedVersion: 1,
      event: a.step.event,
      view: a.step.view,
      notifications: [
        notice(a.c.id, 'n_1', { email: 'a@exemple.fr', consent: true }),
        notice(a.c.id, 'n_2', null),
        notice(a.c.id, 'n_3', { phone: '06 00 00 00 00', consent: true }),
      ],
    });
    expect((await store.listPendingNotifications(10)).map((n) => n.id)).toEqual(['n_1', 'n_3']);
    expect((await store.listPendingNotifications(1)).map((n) => n.id)).toEqual(['n_1']);
    expect(await store.markNotificationSent('n_1', '2026-01-20T10:05:00.000Z')).toBe(true);
    expect(await store.markNotificationSent('n_1', '2026-01-20T10:06:00.000Z')).toBe(false);
    expect(await store.markNotificationSent('n_missing', '2026-01-20T10:06:00.000Z')).toBe(false);
    expect((await store.listPendingNotifications(10)).map((n) => n.id)).toEqual(['n_3']);
    const sent = (await store.listNotifications(a.c.id)).find((n) => n.id === 'n_1');
    expect(sent?.sentAt).toBe('2026-01-20T10:05:00.000Z');
  });

  it('keeps reports, closes the open ones of a contribution, and closes them with the event that hides it', async () => {
    const store = current();
    const a = await pending(store, 'Signalée');
    const b = await pending(store, 'Autre');
    await store.addReport(report(a.c.id, 'r_1', 'insult'));
    await store.addReport(report(a.c.id, 'r_22', 'spam'));
    await store.addReport(report(b.c.id, 'r_333', 'offTopic'));
    expect((await store.listReports({ spaceId: 's_nord' })).map((r) => r.id)).toEqual(['r_1', 'r_22', 'r_333']);
    expect((await store.listReports({ spaceId: 's_nord', contributionId: b.c.id })).map((r) => r.id)).toEqual([
      'r_333',
    ]);
    expect(await store.listReports({ spaceId: 's_autre' })).toEqual([]);
    const kept = { outcome: 'kept' as const, at: '2026-01-25T10:00:00.000Z', reason: 'Pas d’insulte' };
    expect(await store.closeReports(b.c.id, kept)).toBe(1);
    expect(await store.closeReports(b.c.id, kept)).toBe(0);
    const hidden = { outcome: 'hidden' as const, at: '2026-01-25T11:00:00.000Z', reason: 'Propos injurieux' };
    await store.appendEvent({
      contributionId: a.c.id,
      expectedVersion: 1,
      event: a.step.event,
      view: a.step.view,
      closeReports: hidden,
    });
    expect(await store.listReports({ spaceId: 's_nord', open: true })).toEqual([]);
    const all = await store.listReports({ spaceId: 's_nord' });
    expect(all.map((r) => r.closed)).toEqual([hidden, hidden, kept]);
  });

  it('stores meetings with a version: creating twice or updating a stale version writes nothing', async () => {
    const store = current();
    expect(await store.putMeeting(meeting(), null)).toBe(true);
    expect(await store.putMeeting(meeting({ place: 'Ailleurs' }), null)).toBe(false);
    expect(await store.putMeeting(meeting({ version: 2, minutes: 'Tour de table' }), 1)).toBe(true);
    expect(await store.putMeeting(meeting({ version: 2, minutes: 'Autre' }), 1)).toBe(false);
    expect(await store.putMeeting(meeting({ id: 'mt_0', on: '2026-01-12' }), null)).toBe(true);
    expect(await store.getMeeting('mt_1')).toEqual(meeting({ version: 2, minutes: 'Tour de table' }));
    expect((await store.listMeetings('s_nord')).map((m) => m.id)).toEqual(['mt_0', 'mt_1']);
    expect(await store.listMeetings('s_autre')).toEqual([]);
    expect(await store.getMeeting('mt_missing')).toBeNull();
  });

  it('keeps attestations as issued, newest first, by member', async () => {
    const store = current();
    const attestation = (id: string, memberId: string): Attestation => ({
      id,
      spaceId: 's_nord',
      memberId,
      memberName: 'Alex P.',
      spaceName: 'Groupe ressource',
      meetings: [{ id: 'mt_1', on: '2026-02-10', place: 'Salle 2' }],
      skills: ['speakingInPublic'],
      otherSkills: '',
      signedBy: 'Animation du groupe',
      issuedOn: '2026-03-02',
    });
    await store.putAttestation(attestation('at_1', 'm_1'));
    await store.putAttestation(attestation('at_2', 'm_2'));
    await store.putAttestation(attestation('at_3', 'm_1'));
    expect((await store.listAttestations('s_nord')).map((a) => a.id)).toEqual(['at_3', 'at_2', 'at_1']);
    expect((await store.listAttestations('s_nord', 'm_1')).map((a) => a.id)).toEqual(['at_3', 'at_1']);
    expect(await store.getAttestation('at_2')).toEqual(attestation('at_2', 'm_2'));
    expect(await store.getAttestation('at_9')).toBeNull();
  });
}
