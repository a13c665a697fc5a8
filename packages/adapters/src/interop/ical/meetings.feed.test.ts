import { MemoryStore } from '@participe/adapters/memory';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../http/client.js';
import { createHandler } from '../../server/handler.js';
import { agendaSpace, publicMeeting } from '../testing/meetings.fixture.js';

const space = agendaSpace;
const meeting = publicMeeting;

describe('GET /api/spaces/{space}/meetings.ics', () => {
  it('serves the public meetings as text/calendar that a standard parser reads, to anyone', async () => {
    const store = new MemoryStore();
    await store.putSpace(space);
    await store.putMeeting(meeting, null);
    await store.putMeeting({ ...meeting, id: 'mt_interne', public: false, title: 'Réunion interne' }, null);
    const handler = createHandler({ store, rateLimit: false });

    const res = await handler(new Request('http://api.test/api/spaces/groupe-rsa-nord/meetings.ics'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await res.text();
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.summary])).toEqual([['mt_atelier@participe', 'Atelier : les horaires du bus']]);

    // The typed client hands the feed over as text.
    const client = createApiClient('http://api.test/api', {
      fetch: (input, init) => handler(new Request(input, init)),
    });
    await expect(client.getMeetingsCalendar('groupe-rsa-nord')).resolves.toBe(text);

    const missing = await handler(new Request('http://api.test/api/spaces/nulle-part/meetings.ics'));
    expect(missing.status).toBe(404);
  });
});

describe('GET /api/spaces/{space}/agenda', () => {
  it('gives anyone the next public meetings, soonest first, without attendance, minutes or outside links', async () => {
    const store = new MemoryStore();
    await store.putSpace(space);
    const secret = {
      attendance: ['m_secret'],
      minutes: 'Compte rendu réservé au groupe',
      external: { openagenda: { agenda: '1', uid: '2', direction: 'published' as const, version: 1 } },
    };
    await store.putMeeting({ ...meeting, ...secret, id: 'mt_later', startsAt: '2026-04-01T16:00:00.000Z' }, null);
    await store.putMeeting({ ...meeting, ...secret }, null);
    await store.putMeeting(
      { ...meeting, id: 'mt_past', startsAt: '2026-01-05T17:00:00.000Z', endsAt: undefined },
      null,
    );
    await store.putMeeting({ ...meeting, id: 'mt_interne', public: false }, null);
    const handler = createHandler({ store, rateLimit: false, now: () => new Date('2026-03-01T08:00:00.000Z') });
    const client = createApiClient('http://api.test/api', {
      fetch: (input, init) => handler(new Request(input, init)),
    });
    const agenda = await client.getAgenda('groupe-rsa-nord');
    expect(agenda.map((m) => m.id)).toEqual(['mt_atelier', 'mt_later']);
    expect(agenda[0]).toEqual({
      id: 'mt_atelier',
      on: '2026-03-05',
      place: 'Maison des solidarités, salle 2',
      version: 1,
      title: 'Atelier : les horaires du bus',
      startsAt: '2026-03-05T17:00:00.000Z',
      endsAt: '2026-03-05T19:00:00.000Z',
      access: 'Bus 4, arrêt Tilleuls. Entrée de plain-pied.',
    });
    expect(JSON.stringify(agenda)).not.toMatch(/m_secret|Compte rendu|openagenda/);
    const missing = await handler(new Request('http://api.test/api/spaces/nulle-part/agenda'));
    expect(missing.status).toBe(404);
  });
});
