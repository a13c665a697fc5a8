// When a meeting takes place, as a person reads it: the day in words and the hours in the
// council's time (Europe/Paris), in French typography — "jeudi 5 mars 2026", "de 18 h à
// 20 h 30", with no-break spaces so "8 h 40" never breaks across lines.
import type { PublicMeeting } from '../meeting/meeting.types.js';
import { NBSP, type TypographyLocale } from '../shared/typography.js';

/** Meetings happen in France: their hours are read there, wherever the reader is. */
export const AGENDA_TIME_ZONE = 'Europe/Paris';

const tag = (locale: TypographyLocale) => (locale === 'fr' ? 'fr-FR' : 'en-GB');

/** `jeudi 5 mars 2026` / `Thursday 5 March 2026` (a no-break space after each number). */
export function formatMeetingDay(meeting: Pick<PublicMeeting, 'on' | 'startsAt'>, locale: TypographyLocale): string {
  // A day alone is read at noon UTC, which is the same day in Paris.
  const at = new Date(meeting.startsAt ?? `${meeting.on}T12:00:00.000Z`);
  return new Intl.DateTimeFormat(tag(locale), {
    timeZone: AGENDA_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
    .format(at)
    .replace(/,/g, '')
    .replace(/(\d+) /g, `$1${NBSP}`);
}

/** `8 h 40`, `18 h` in French; `08:40`, `18:00` in English. */
export function formatClock(iso: string, locale: TypographyLocale): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: AGENDA_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? '0');
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  if (locale === 'en') return `${String(hour).padStart(2, '0')}:${minute}`;
  return minute === '00' ? `${hour}${NBSP}h` : `${hour}${NBSP}h${NBSP}${minute}`;
}

/** `de 18 h à 20 h 30`, `à 18 h`; `from 18:00 to 20:30`, `at 18:00`; `null` without a time. */
export function formatMeetingHours(
  meeting: Pick<PublicMeeting, 'startsAt' | 'endsAt'>,
  locale: TypographyLocale,
): string | null {
  if (!meeting.startsAt) return null;
  const start = formatClock(meeting.startsAt, locale);
  if (!meeting.endsAt) return locale === 'fr' ? `à${NBSP}${start}` : `at ${start}`;
  const end = formatClock(meeting.endsAt, locale);
  return locale === 'fr' ? `de ${start} à${NBSP}${end}` : `from ${start} to ${end}`;
}
