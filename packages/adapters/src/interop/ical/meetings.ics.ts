// A space's public meetings as an iCalendar feed (RFC 5545), written by ical-generator.
// Each meeting keeps one UID for life and its version as SEQUENCE, so a calendar that
// subscribed replaces an event when it changes and shows it cancelled when it is.
import type { Meeting, Space } from '@participe/core';
import ical, { ICalEventStatus } from 'ical-generator';

export interface CalendarOptions {
  /** The domain in every UID, e.g. `participer.departement.example`. @default 'participe' */
  domain?: string;
  /** A link to the space's page, put on each event. */
  url?: string;
}

/** The UID of a meeting's event: the same in every feed, forever. */
export const meetingUid = (meeting: Pick<Meeting, 'id'>, domain = 'participe') => `${meeting.id}@${domain}`;

/** The public meetings of a space, oldest first, as an `.ics` document. Members-only ones are left out. */
export function meetingsCalendar(space: Space, meetings: readonly Meeting[], options: CalendarOptions = {}): string {
  const calendar = ical({
    name: space.name,
    prodId: { company: 'Participe', product: 'agenda', language: 'FR' },
    ...(options.url ? { url: options.url } : {}),
  });
  for (const meeting of meetings) {
    if (meeting.public !== true || meeting.spaceId !== space.id) continue;
    const timed = meeting.startsAt !== undefined;
    const start = timed ? new Date(meeting.startsAt!) : new Date(`${meeting.on}T00:00:00Z`);
    const end = meeting.endsAt ? new Date(meeting.endsAt) : timed ? new Date(start.getTime() + 2 * 3600_000) : start;
    calendar.createEvent({
      id: meetingUid(meeting, options.domain),
      sequence: meeting.version,
      stamp: new Date(meeting.updatedAt),
      start,
      end,
      allDay: !timed,
      summary: meeting.title ?? `Réunion : ${space.name}`,
      location: meeting.place,
      description: meeting.access ? `Accès : ${meeting.access}` : null,
      status: meeting.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      ...(options.url ? { url: options.url } : {}),
    });
  }
  return calendar.toString();
}
