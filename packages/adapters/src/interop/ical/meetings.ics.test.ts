import type { Meeting, Space } from '@participe/core';
import { meetingIcs } from '@participe/core';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { meetingsCalendar } from './meetings.ics.js';

const space = { id: 's_nord', slug: 'groupe-rsa-nord', name: 'Groupe ressource RSA du secteur Nord' } as Space;
const meeting = (over: Partial<Meeting>): Meeting => ({
  id: 'mt_1',
  spaceId: 's_nord',
  on: '2026-03-05',
  place: 'Maison des solidarités, salle 2',
  attendance: ['m_secret'],
  minutes: 'Compte rendu réservé au groupe',
  version: 1,
  updatedAt: '2026-02-01T10:00:00.000Z',
  title: 'Atelier : les horaires du bus',
  startsAt: '2026-03-05T17:00:00.000Z',
  endsAt: '2026-03-05T19:00:00.000Z',
  public: true,
  access: 'Bus 4, arrêt Tilleuls. Entrée de plain-pied.',
  ...over,
});

/** The feed as a standard parser (ical.js) reads it. */
function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      location: event.location,
      description: event.description,
      sequence: event.sequence,
      status: v.getFirstPropertyValue('status'),
    };
  });
}

describe('meetingsCalendar', () => {
  it('writes the public meetings as events a standard parser reads, without members-only data', () => {
    const text = meetingsCalendar(
      space,
      [meeting({}), meeting({ id: 'mt_2', public: false, title: 'Réunion interne' })],
      {
        domain: 'participer.example',
      },
    );
    expect(parse(text)).toEqual([
      {
        uid: 'mt_1@participer.example',
        summary: 'Atelier : les horaires du bus',
        start: '2026-03-05T17:00:00.000Z',
        end: '2026-03-05T19:00:00.000Z',
        location: 'Maison des solidarités, salle 2',
        description: 'Accès : Bus 4, arrêt Tilleuls. Entrée de plain-pied.',
        sequence: 1,
        status: 'CONFIRMED',
      },
    ]);
    expect(text).not.toContain('Réunion interne');
    expect(text).not.toContain('m_secret');
    expect(text).not.toContain('Compte rendu');
  });

  it('keeps the UID when a meeting changes or is cancelled, with a higher SEQUENCE', () => {
    const moved = parse(
      meetingsCalendar(space, [
        meeting({ version: 2, startsAt: '2026-03-06T17:00:00.000Z', endsAt: '2026-03-06T19:00:00.000Z' }),
      ]),
    );
    const cancelled = parse(meetingsCalendar(space, [meeting({ version: 3, cancelled: true })]));
    expect(moved[0]).toMatchObject({ uid: 'mt_1@participe', sequence: 2, start: '2026-03-06T17:00:00.000Z' });
    expect(cancelled[0]).toMatchObject({ uid: 'mt_1@participe', sequence: 3, status: 'CANCELLED' });
  });

  it('makes a meeting without a time an all-day event on its day', () => {
    const text = meetingsCalendar(space, [meeting({ startsAt: undefined, endsAt: undefined })]);
    expect(text).toContain('DTSTART;VALUE=DATE:20260305');
    expect(parse(text)).toHaveLength(1);
  });
});

describe('meetingIcs (core: the widget’s “add to my calendar” file)', () => {
  it('is read by ical.js as the same event as the feed’s: UID, SEQUENCE, times, place, status', () => {
    const m = meeting({ version: 3, access: 'Bus 4, arrêt Tilleuls.\nEntrée B; rampe' });
    const single = parse(meetingIcs(m, { spaceName: space.name, now: '2026-03-01T08:00:00.000Z' }));
    const feed = parse(meetingsCalendar(space, [m]));
    expect(single).toEqual(feed);
    const day = parse(
      meetingIcs(
        { id: 'mt_2', on: '2026-03-05', place: 'Mairie', version: 1, cancelled: true },
        { spaceName: space.name, now: '2026-03-01T08:00:00.000Z' },
      ),
    );
    expect(day[0]).toMatchObject({ uid: 'mt_2@participe', summary: `Réunion : ${space.name}`, status: 'CANCELLED' });
  });
});
