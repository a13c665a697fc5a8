import { MemoryStore } from '@participe/adapters/memory';
import { type Meeting, SpaceSchema } from '@participe/core';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../http/client.js';
import { createHandler } from '../../server/handler.js';

const space = SpaceSchema.parse({
  id: 's_nord',
  slug: 'groupe-rsa-nord',
  name: 'Groupe ressource RSA du secteur Nord',
  policyArea: 'Insertion',
  territory: 'Secteur Nord',
  charter: { text: '', adoptedOn: null },
  composition: {},
  createdOn: '2026-01-01',
});
const meeting: Meeting = {
  id: 'mt_atelier',
  spaceId: 's_nord',
  on: '2026-03-05',
  place: 'Maison des solidarités, salle 2',
  attendance: [],
  minutes: '',
  version: 1,
  updatedAt: '2026-02-01T10:00:00.000Z',
  title: 'Atelier : les horaires du bus',
  startsAt: '2026-03-05T17:00:00.000Z',
  endsAt: '2026-03-05T19:00:00.000Z',
  public: true,
  access: 'Bus 4, arrêt Tilleuls. Entrée de plain-pied.',
};

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
