// Publishes a space's public meetings to the council's OpenAgenda agenda, and imports the
// agenda's events as public meetings of the space. Each meeting keeps its event's uid and
// the version the agenda has (`meeting.external.openagenda`): a second sync changes nothing,
// a changed meeting updates its event, a cancelled one marks it cancelled (status 6), one
// that is no longer public leaves the agenda. Every call retries on 429, 5xx and network
// errors; the report names, for each meeting, what was done or the call that failed and why.
import { createHash } from 'node:crypto';
import type { Meeting, ParticipeStore, Space } from '@participe/core';
import { MeetingSchema } from '@participe/core';
import { canonicalJson } from '../../service/crypto.js';
import { RemoteError } from '../remote.js';
import { inTransaction } from '../transaction.js';
import type { OpenAgendaClient, OpenAgendaEvent, OpenAgendaEventInput } from './openagenda.client.js';

/** The external id Participe gives its events and locations in the agenda. */
export const EXT_KEY = 'participe';
const PLACE_KEY = 'participe-lieu';

export interface SyncItem {
  action: 'created' | 'updated' | 'cancelled' | 'skipped' | 'failed';
  direction: 'publish' | 'import';
  /** The Participe meeting. */
  meetingId: string;
  /** The OpenAgenda event, when there is one. */
  eventUid?: string;
  /** The call that failed, or that did it (`PATCH /v2/agendas/1/events/2`). */
  call?: string;
  /** Why it was skipped or failed. */
  reason?: string;
}

export interface SyncReport {
  dryRun: boolean;
  agenda: string;
  items: SyncItem[];
}

export interface SyncOptions {
  /** Checks and tells, writes nothing (neither to the agenda nor to the store). @default false */
  dryRun?: boolean;
  /** The instant of the sync. @default now */
  now?: string;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const TWO_HOURS = 2 * 3600_000;

/** What the agenda should show of a meeting (without its location, put beside it). */
export function eventOf(meeting: Meeting, space: Space): Omit<OpenAgendaEventInput, 'locationUid'> {
  const begin = meeting.startsAt!;
  const end = meeting.endsAt ?? new Date(Date.parse(begin) + TWO_HOURS).toISOString();
  return {
    title: { fr: clip(meeting.title ?? `Réunion : ${space.name}`, 140) },
    description: { fr: clip(`Rencontre publique du groupe « ${space.name} », ${meeting.place}.`, 200) },
    longDescription: {
      fr: [`Lieu : ${meeting.place}`, meeting.access ? `Accès : ${meeting.access}` : ''].filter(Boolean).join('\n\n'),
    },
    ...(meeting.access ? { conditions: { fr: clip(meeting.access, 255) } } : {}),
    timings: [{ begin, end }],
    attendanceMode: 1,
    status: meeting.cancelled ? 6 : 1,
    extIds: [{ key: EXT_KEY, value: meeting.id }],
  };
}

/** One location per place and access text: the same meeting room is the same location. */
const placeKey = (meeting: Meeting) =>
  createHash('sha256')
    .update(`${meeting.place}\n${meeting.access ?? ''}`)
    .digest('hex')
    .slice(0, 32);

function failure(error: unknown, fallbackCall: string): Pick<SyncItem, 'call' | 'reason'> {
  if (error instanceof RemoteError) return { call: error.call, reason: error.message.slice(error.call.length + 2) };
  return { call: fallbackCall, reason: (error as Error).message };
}

/** Records the event's uid and version on the meeting, at its version: no facilitator's edit is lost. */
async function remember(store: ParticipeStore, meeting: Meeting, link: Meeting['external']): Promise<boolean> {
  const current = await store.getMeeting(meeting.id);
  if (!current || current.version !== meeting.version) return false;
  const { external: _e, ...rest } = current;
  const next: Meeting = link?.openagenda ? { ...rest, external: link } : rest;
  return store.putMeeting(next, current.version);
}

/**
 * Sends the space's public meetings to the agenda. A meeting without a start time is skipped
 * (an agenda needs a time slot); one imported from the agenda is not sent back.
 */
export async function publishMeetings(
  store: ParticipeStore,
  client: OpenAgendaClient,
  space: Space,
  options: SyncOptions = {},
): Promise<SyncReport> {
  const agenda = client.agenda;
  const items: SyncItem[] = [];
  let unreachable: RemoteError | null = null;
  for (const meeting of await store.listMeetings(space.id)) {
    const link = meeting.external?.openagenda?.agenda === agenda ? meeting.external.openagenda : undefined;
    const base = { direction: 'publish' as const, meetingId: meeting.id, ...(link ? { eventUid: link.uid } : {}) };
    if (link?.direction === 'imported') continue;
    const wanted = meeting.public === true && meeting.startsAt !== undefined;
    let item: SyncItem;
    if (!wanted && !link) {
      if (meeting.public === true)
        items.push({ ...base, action: 'skipped', reason: 'no start time: an agenda event needs one' });
      continue;
    }
    if (link && link.version === meeting.version && wanted) {
      items.push({ ...base, action: 'skipped', reason: 'unchanged since the last sync' });
      continue;
    }
    if (meeting.cancelled && !link) {
      items.push({ ...base, action: 'skipped', reason: 'cancelled before it was ever published' });
      continue;
    }
    if (unreachable) {
      items.push({ ...base, action: 'failed', call: unreachable.call, reason: `not tried: ${unreachable.reason}` });
      continue;
    }
    const removing = !wanted;
    const path = link
      ? `/v2/agendas/${agenda}/events/${link.uid}`
      : `/v2/agendas/${agenda}/events/ext/${EXT_KEY}/${meeting.id}`;
    const call = `${removing ? 'DELETE' : link ? 'PATCH' : 'PUT'} ${path}`;
    const action: SyncItem['action'] = removing || meeting.cancelled ? 'cancelled' : link ? 'updated' : 'created';
    if (options.dryRun) {
      items.push({ ...base, action, call });
      continue;
    }
    try {
      if (removing) {
        await client.deleteEvent(link!.uid);
        item = { ...base, action, call };
        if (!(await remember(store, meeting, undefined)))
          item.reason = 'the meeting changed meanwhile; the next sync sends it';
      } else {
        const locationUid = await client.putLocation(PLACE_KEY, placeKey(meeting), {
          name: clip(meeting.place, 100),
          address: clip(meeting.place, 255),
          countryCode: 'FR',
          ...(meeting.access ? { access: { fr: clip(meeting.access, 1000) } } : {}),
        });
        const event = { ...eventOf(meeting, space), locationUid };
        let uid: string;
        if (link) {
          await client.patchEvent(link.uid, event);
          uid = link.uid;
        } else {
          uid = String(await client.putEventByExtId(EXT_KEY, meeting.id, event));
        }
        item = { ...base, eventUid: uid, action, call };
        const remembered = await remember(store, meeting, {
          openagenda: { agenda, uid, direction: 'published', version: meeting.version },
        });
        if (!remembered) item.reason = 'the meeting changed meanwhile; the next sync sends the change';
      }
    } catch (error) {
      const { call: failed, reason } = failure(error, call);
      item = { ...base, action: 'failed', call: failed ?? call, ...(reason ? { reason } : {}) };
      if (
        error instanceof RemoteError &&
        (error.status === null ||
          error.status >= 500 ||
          error.status === 429 ||
          error.status === 401 ||
          error.status === 403)
      )
        unreachable = error;
    }
    items.push(item);
  }
  return { dryRun: options.dryRun === true, agenda, items };
}

/** The meeting id of an agenda's event: the same at every import. */
export const importedMeetingId = (agenda: string, uid: number | string) => `m_oa_${agenda}_${uid}`.slice(0, 64);

const french = (value: OpenAgendaEvent['title']) =>
  (typeof value === 'string' ? value : (value?.fr ?? Object.values(value ?? {})[0] ?? '')).trim();

/** The day in France of an instant (meetings are dated in the council's time). */
const parisDay = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));

/** An agenda's event as a public meeting of the space, or why it cannot be one. */
export function meetingOfEvent(event: OpenAgendaEvent, space: Space, agenda: string, now: string): Meeting | string {
  const timing = event.timings?.find((t) => Date.parse(t.end) >= Date.parse(now)) ?? event.timings?.[0];
  if (!timing) return 'the event has no time slot ("timings" is empty)';
  const start = new Date(timing.begin);
  const end = new Date(timing.end);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()))
    return `the time slot "${timing.begin}" – "${timing.end}" is not a date`;
  const title = french(event.title);
  const location = event.location ?? null;
  const place =
    [location?.name, location?.address].filter((p) => p?.trim()).join(', ') ||
    (event.attendanceMode === 2 ? 'En ligne' : '');
  const access = french(location?.access) || french(event.conditions);
  const parsed = MeetingSchema.safeParse({
    id: importedMeetingId(agenda, event.uid),
    spaceId: space.id,
    on: parisDay(start.toISOString()),
    place: clip(place || 'Lieu à préciser', 200),
    attendance: [],
    minutes: '',
    version: 1,
    updatedAt: now,
    ...(title ? { title: clip(title, 200) } : {}),
    startsAt: start.toISOString(),
    ...(end > start ? { endsAt: end.toISOString() } : {}),
    public: true,
    ...(access ? { access: clip(access, 1000) } : {}),
    ...(event.status === 6 ? { cancelled: true } : {}),
    external: { openagenda: { agenda, uid: String(event.uid), direction: 'imported', version: 1 } },
  });
  if (!parsed.success)
    return `not a valid meeting: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
  return parsed.data;
}

/**
 * Imports the agenda's current and upcoming events as public meetings of the space. Every
 * page is read and every event checked before anything is written; then one transaction
 * writes them. Events Participe published itself are left out. A second import of the same
 * agenda changes nothing.
 */
export async function importEvents(
  store: ParticipeStore,
  client: OpenAgendaClient,
  space: Space,
  options: SyncOptions = {},
): Promise<SyncReport> {
  const agenda = client.agenda;
  const now = options.now ?? new Date().toISOString();
  const listCall = `GET /v2/agendas/${agenda}/events`;
  let events: OpenAgendaEvent[];
  try {
    events = await client.listUpcomingEvents();
  } catch (error) {
    const { call, reason } = failure(error, listCall);
    return {
      dryRun: options.dryRun === true,
      agenda,
      items: [
        { action: 'failed', direction: 'import', meetingId: '-', call, reason: `${reason}; nothing was imported` },
      ],
    };
  }
  const ours = new Set(
    (await store.listMeetings(space.id)).flatMap((m) =>
      m.external?.openagenda?.direction === 'published' && m.external.openagenda.agenda === agenda
        ? [m.external.openagenda.uid]
        : [],
    ),
  );
  const items: SyncItem[] = [];
  const writes: Array<(s: ParticipeStore) => Promise<void>> = [];
  for (const event of events) {
    const eventUid = String(event.uid);
    const meetingId = importedMeetingId(agenda, event.uid);
    const base = { direction: 'import' as const, meetingId, eventUid, call: listCall };
    if (ours.has(eventUid) || event.extIds?.some((e) => e.key === EXT_KEY)) {
      items.push({
        ...base,
        meetingId: event.extIds?.find((e) => e.key === EXT_KEY)?.value ?? meetingId,
        action: 'skipped',
        reason: 'published from Participe',
      });
      continue;
    }
    const meeting = meetingOfEvent(event, space, agenda, now);
    if (typeof meeting === 'string') {
      items.push({ ...base, action: 'skipped', reason: meeting });
      continue;
    }
    const existing = await store.getMeeting(meeting.id);
    if (existing && existing.spaceId !== space.id) {
      items.push({ ...base, action: 'skipped', reason: `already imported into another space (${existing.spaceId})` });
      continue;
    }
    if (!existing) {
      items.push({ ...base, action: meeting.cancelled ? 'cancelled' : 'created' });
      writes.push(async (s) => {
        if (!(await s.putMeeting(meeting, null))) throw new Error(`${meeting.id} was created meanwhile`);
      });
      continue;
    }
    // What the agenda says wins over the fields it gives; attendance and minutes stay.
    const { attendance: _a, minutes: _m, version: _v, updatedAt: _u, external: _x, ...fromAgenda } = meeting;
    const { title: _t, endsAt: _e, access: _c, cancelled: _k, ...kept } = existing;
    const merged = { ...kept, ...fromAgenda };
    if (canonicalJson(merged) === canonicalJson(existing)) {
      items.push({ ...base, action: 'skipped', reason: 'unchanged since the last import' });
      continue;
    }
    const version = existing.version + 1;
    const next: Meeting = {
      ...merged,
      version,
      updatedAt: now,
      external: { openagenda: { agenda, uid: eventUid, direction: 'imported', version } },
    };
    items.push({ ...base, action: meeting.cancelled && !existing.cancelled ? 'cancelled' : 'updated' });
    writes.push(async (s) => {
      if (!(await s.putMeeting(next, existing.version))) throw new Error(`${meeting.id} changed meanwhile`);
    });
  }
  if (!options.dryRun && writes.length) {
    await inTransaction(store, async (tx) => {
      for (const write of writes) await write(tx);
    });
  }
  return { dryRun: options.dryRun === true, agenda, items };
}

/** The report as lines for a terminal: a count per action, then one line per meeting. */
export function formatSyncReport(report: SyncReport): string {
  const count = (action: SyncItem['action']) => report.items.filter((i) => i.action === action).length;
  const lines = [
    `${report.dryRun ? 'Dry run (nothing written): ' : ''}OpenAgenda agenda ${report.agenda}: ${count('created')} created, ${count('updated')} updated, ${count('cancelled')} cancelled, ${count('skipped')} skipped, ${count('failed')} failed`,
    ...report.items.map(
      (i) =>
        `${i.action.padEnd(9)} ${i.direction.padEnd(7)} ${i.meetingId}${i.eventUid ? ` ↔ event ${i.eventUid}` : ''}${
          i.action === 'failed' ? `  ${i.call}: ${i.reason}` : i.reason ? `  (${i.reason})` : ''
        }`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
