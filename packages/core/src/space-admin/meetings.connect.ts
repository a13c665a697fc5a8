import type { SnapshotFrom } from 'xstate';
import type { Meeting } from '../meeting/meeting.types.js';
import type { MemberRole } from '../shared/roles.js';
import { writtenIn } from '../shared/written-lang.js';
import type { Member } from '../space/space.types.js';
import type { MeetingsMachine } from './meetings.machine.js';
import type { MeetingsContext } from './meetings.types.js';
import { isDay } from './space-admin.shared.js';
import { memberRows } from './space-composition.connect.js';

export type MeetingsSnapshot = SnapshotFrom<MeetingsMachine>;
export type MeetingsState = 'idle' | 'loading' | 'error' | 'ready' | 'recording' | 'saving' | 'capturing' | 'sending';

export interface MeetingRow {
  id: string;
  on: string;
  place: string;
  present: number;
  hasMinutes: boolean;
  /** The language the place and minutes are written in. */
  lang: string;
  version: number;
}

export interface AttendanceChoice {
  id: string;
  displayName: string;
  role: MemberRole;
  checked: boolean;
}

export interface MeetingsView {
  state: MeetingsState;
  busy: boolean;
  manage: boolean;
  spaceName: string | null;
  themes: Array<{ id: string; label: string }>;
  /** Newest first: the last meeting is the one people look for. */
  rows: MeetingRow[];
  form: MeetingsContext['form'];
  /**
   * Who can be ticked present: members in the group on the meeting's day (everyone not gone
   * while the day is not a valid date yet), plus anyone already ticked.
   */
  attendance: AttendanceChoice[];
  /** Every member's display name by id, to name who came (their version after a conflict). */
  names: Record<string, string>;
  capture: (NonNullable<MeetingsContext['capture']> & { meeting: MeetingRow | null }) | null;
  notice: MeetingsContext['notice'];
  failure: MeetingsContext['failure'];
}

const rowOf = (m: Meeting): MeetingRow => ({
  id: m.id,
  on: m.on,
  place: m.place,
  present: m.attendance.length,
  hasMinutes: m.minutes.trim() !== '',
  lang: writtenIn(m),
  version: m.version,
});

export function attendanceChoices(
  members: readonly Member[],
  day: string,
  ticked: readonly string[],
): AttendanceChoice[] {
  // Without a valid day yet, everyone who has not left the group.
  return memberRows(members, isDay(day) ? day : '9999-12-31')
    .filter((r) => ticked.includes(r.id) || r.presence === 'present')
    .map((r) => ({ id: r.id, displayName: r.displayName, role: r.role, checked: ticked.includes(r.id) }));
}

export function connectMeetings(snapshot: MeetingsSnapshot): MeetingsView {
  const c = snapshot.context;
  const state = snapshot.value as MeetingsState;
  const rows = c.meetings.map(rowOf).sort((a, b) => b.on.localeCompare(a.on) || b.id.localeCompare(a.id));
  return {
    state,
    busy: state === 'loading' || state === 'saving' || state === 'sending',
    manage: c.manage,
    spaceName: c.space?.name ?? null,
    themes: c.space?.themes ?? [],
    rows,
    form: c.form,
    attendance: c.form ? attendanceChoices(c.members, c.form.values.on, c.form.values.attendance) : [],
    names: Object.fromEntries(c.members.map((m) => [m.id, m.displayName])),
    capture: c.capture ? { ...c.capture, meeting: rows.find((r) => r.id === c.capture!.meetingId) ?? null } : null,
    notice: c.notice,
    failure: c.failure,
  };
}
