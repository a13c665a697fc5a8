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
