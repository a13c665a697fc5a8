import { describe, expect, it } from 'vitest';
import type { PublicMeeting } from '../meeting/meeting.types.js';
import { NBSP } from '../shared/typography.js';
import { formatClock, formatMeetingDay, formatMeetingHours } from './agenda.format.js';
import { meetingIcs } from './agenda.ics.js';

const meeting: PublicMeeting = {
  id: 'mt_atelier',
  on: '2026-03-05',
  place: 'Maison des solidarités, salle 2; entrée B',
  version: 3,
  title: 'Atelier : les horaires du bus, une question longue qui dépasse largement soixante-quinze octets',
  startsAt: '2026-03-05T07:40:00.000Z',
  endsAt: '2026-03-05T09:00:00.000Z',
  access: 'Bus 4, arrêt Tilleuls.\nEntrée de plain-pied.',
};

describe('the day and hours of a meeting', () => {
  it('in French typography, in Paris time (winter and summer)', () => {
    expect(formatMeetingDay(meeting, 'fr')).toBe(`jeudi 5${NBSP}mars 2026`);
    expect(formatClock('2026-03-05T07:40:00.000Z', 'fr')).toBe(`8${NBSP}h${NBSP}40`);
    expect(formatClock('2026-07-01T16:00:00.000Z', 'fr')).toBe(`18${NBSP}h`);
    expect(formatMeetingHours(meeting, 'fr')).toBe(`de 8${NBSP}h${NBSP}40 à${NBSP}10${NBSP}h`);
    expect(formatMeetingHours({ startsAt: meeting.startsAt }, 'fr')).toBe(`à${NBSP}8${NBSP}h${NBSP}40`);
    expect(formatMeetingHours({}, 'fr')).toBeNull();
  });

  it('in English', () => {
    expect(formatMeetingDay({ on: '2026-03-05' }, 'en')).toMatch(/^Thursday 5\u00a0March 2026$/);
    expect(formatMeetingHours(meeting, 'en')).toBe('from 08:40 to 10:00');
  });
});

describe('meetingIcs', () => {
  it('folds lines at 75 octets, escapes text, ends lines with CRLF (parsed by ical.js in the adapters’ tests)', () => {
    const text = meetingIcs(meeting, { spaceName: 'Groupe Nord', now: '2026-03-01T08:00:00.000Z' });
    const lines = text.split('\r\n');
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(lines.slice(1).some((l) => l.startsWith(' '))).toBe(true);
    expect(text).toContain(
      'UID:mt_atelier@participe\r\nSEQUENCE:3\r\nDTSTAMP:20260301T080000Z\r\nDTSTART:20260305T074000Z',
    );
    expect(text).toContain('LOCATION:Maison des solidarités\\, salle 2\\; entrée B');
    expect(text).toContain('DESCRIPTION:Accès : Bus 4\\, arrêt Tilleuls.\\nEntrée de plain-pied.');
    expect(meetingIcs({ ...meeting, cancelled: true }, { spaceName: 'G', now: meeting.startsAt! })).toContain(
      'STATUS:CANCELLED',
    );
  });
});
