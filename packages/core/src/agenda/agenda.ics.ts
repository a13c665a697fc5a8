// One meeting as an iCalendar file (RFC 5545) for "add to my calendar": the same UID and
// SEQUENCE as the space's feed (`meetingUid` in the adapters), so a calendar that has both
// keeps one event. Written by hand because the widget must stay small: TEXT values escaped
// (§3.3.11), lines folded at 75 octets (§3.1), CRLF line ends, times in UTC (§3.3.5 form 2).
import type { PublicMeeting } from '../meeting/meeting.types.js';

export interface MeetingIcsOptions {
  /** The space's name, the summary of an untitled meeting. */
  spaceName: string;
  /** When the file is made (DTSTAMP). */
  now: string;
  /** The domain in the UID; the feed's default. @default 'participe' */
  domain?: string;
}

const escapeText = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** `20260305T170000Z` */
const utc = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
/** `20260305` */
const day = (on: string) => on.replace(/-/g, '');

/** Splits a content line into lines of at most 75 octets, each next one starting with a space. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (size + n > 75) {
      out.push(current);
      current = ` ${ch}`;
      size = 1 + n;
    } else {
      current += ch;
      size += n;
    }
  }
  out.push(current);
  return out.join('\r\n');
}

/** The meeting as a whole `.ics` document with one event. */
export function meetingIcs(meeting: PublicMeeting, options: MeetingIcsOptions): string {
  const timed = meeting.startsAt !== undefined;
  const end = meeting.endsAt ?? (timed ? new Date(Date.parse(meeting.startsAt!) + 2 * 3600_000).toISOString() : null);
  const next = new Date(Date.parse(`${meeting.on}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Participe//agenda//FR',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${meeting.id}@${options.domain ?? 'participe'}`,
    `SEQUENCE:${meeting.version}`,
    `DTSTAMP:${utc(options.now)}`,
    timed ? `DTSTART:${utc(meeting.startsAt!)}` : `DTSTART;VALUE=DATE:${day(meeting.on)}`,
    timed ? `DTEND:${utc(end!)}` : `DTEND;VALUE=DATE:${day(next)}`,
    `SUMMARY:${escapeText(meeting.title ?? `Réunion : ${options.spaceName}`)}`,
    `LOCATION:${escapeText(meeting.place)}`,
    ...(meeting.access ? [`DESCRIPTION:${escapeText(`Accès : ${meeting.access}`)}`] : []),
    `STATUS:${meeting.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
