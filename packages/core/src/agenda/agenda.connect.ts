import type { SnapshotFrom } from 'xstate';
import type { TypographyLocale } from '../shared/typography.js';
import { formatMeetingDay, formatMeetingHours } from './agenda.format.js';
import { meetingIcs } from './agenda.ics.js';
import type { AgendaMachine } from './agenda.machine.js';
import type { AgendaEvent } from './agenda.types.js';

export type AgendaSnapshot = SnapshotFrom<AgendaMachine>;

/** The machine's states, as the view names them. */
export const AGENDA_STATES = ['idle', 'loading', 'error', 'ready'] as const;
export type AgendaState = (typeof AGENDA_STATES)[number];

/**
 * What the widget shows for a snapshot, and what a person may do: the element renders the
 * view and calls `api.retry()`; it never builds an event itself.
 */
export function connectAgenda(
  snapshot: AgendaSnapshot,
  send: (event: AgendaEvent) => void,
  locale: TypographyLocale = 'fr',
) {
  const c = snapshot.context;
  const state = snapshot.value as AgendaState;
  const result = c.result;
  return {
    state,
    busy: state === 'idle' || state === 'loading',
    spaceName: result?.spaceName ?? null,
    /** The meetings as the view shows them: words for the day and hours, and a one-event `.ics`. */
    meetings: (result?.meetings ?? []).map((m) => ({
      id: m.id,
      title: m.title ?? null,
      day: formatMeetingDay(m, locale),
      hours: formatMeetingHours(m, locale),
      /** For `<time datetime>`. */
      datetime: m.startsAt ?? m.on,
      place: m.place,
      access: m.access ?? null,
      cancelled: m.cancelled === true,
      /** The language the facilitator wrote the title, place and access in (RGAA 8.7). */
      lang: m.lang ?? 'fr',
      ics: meetingIcs(m, { spaceName: result!.spaceName, now: result!.loadedAt }),
      fileName: `${result!.spaceSlug}-${m.on}.ics`,
    })),
    failure: c.failure,
    load: () => send({ type: 'agenda.load' }),
    retry: () => send({ type: 'agenda.retry' }),
  };
}

export type AgendaView = ReturnType<typeof connectAgenda>;
