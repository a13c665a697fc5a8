import type { ContributionView } from '../contribution/contribution.connect.js';
import type { CONTRIBUTION_KINDS } from '../contribution/contribution.constants.js';
import type { Meeting, MeetingInput } from '../meeting/meeting.types.js';
import type { Member, Space } from '../space/space.types.js';
import type { MeetingContributionInput } from '../store/backoffice.port.js';
import type { AdminFailure, AdminFieldError } from './space-admin.shared.js';

export interface MeetingsInput {
  /** Id or slug of the space. */
  spaceId: string;
  /** `YYYY-MM-DD`: a new meeting starts on this day. */
  today: string;
  /** The person is a facilitator of the space: they record meetings and capture contributions. @default false */
  manage?: boolean;
  /** The language the facilitator writes in (the widget's): stored with the meeting. */
  lang?: string;
}

/** Fields of the meeting form that can hold an error. Attendance is a list of ticks: never wrong. */
export const MEETING_FIELDS = ['on', 'place', 'minutes'] as const;
export type MeetingField = (typeof MEETING_FIELDS)[number];

export interface MeetingValues {
  on: string;
  place: string;
  /** Ids of the members ticked present. */
  attendance: string[];
  minutes: string;
}

/** The meeting being recorded (`meetingId` `null`) or changed (with the version it was read at). */
export interface MeetingForm {
  meetingId: string | null;
  expectedVersion: number | null;
  values: MeetingValues;
  errors: Partial<Record<MeetingField, AdminFieldError>>;
  /**
   * Someone else saved this meeting since it was opened: their version. The form keeps what
   * the facilitator typed; saving again keeps theirs overwritten knowingly.
   */
  theirs: Meeting | null;
}

export const CAPTURE_FIELDS = ['kind', 'title', 'body', 'theme'] as const;
export type CaptureField = (typeof CAPTURE_FIELDS)[number];

export interface CaptureValues {
  kind: (typeof CONTRIBUTION_KINDS)[number] | '';
  title: string;
  body: string;
  /** A theme id of the space. */
  theme: string;
}

/** A contribution being written from one meeting. */
export interface CaptureForm {
  meetingId: string;
  values: CaptureValues;
  errors: Partial<Record<CaptureField, AdminFieldError>>;
}

export interface MeetingsData {
  space: Space;
  members: Member[];
  /** Oldest first, as the back end lists them. */
  meetings: Meeting[];
}

export interface SaveMeetingRequest {
  spaceId: string;
  input: MeetingInput;
  existing?: { id: string; expectedVersion: number };
}

export interface CaptureRequest {
  spaceId: string;
  meetingId: string;
  input: MeetingContributionInput;
}

/** A failure to save; on `conflict`, the meeting as someone else left it (when it still exists). */
export type MeetingSaveFailure = AdminFailure & { theirs?: Meeting };

export type MeetingsNotice =
  | { kind: 'saved'; meetingId: string; created: boolean }
  | { kind: 'captured'; meetingId: string; contribution: ContributionView }
  | null;

export interface MeetingsContext {
  spaceId: string;
  today: string;
  manage: boolean;
  lang: string | null;
  space: Space | null;
  members: Member[];
  meetings: Meeting[];
  form: MeetingForm | null;
  capture: CaptureForm | null;
  notice: MeetingsNotice;
  failure: AdminFailure | null;
}

export type MeetingsEvent =
  | { type: 'meetings.load' }
  | { type: 'meetings.retry' }
  /** Open an empty form to record a meeting. */
  | { type: 'meeting.new' }
  /** Open a recorded meeting to change it. */
  | { type: 'meeting.edit'; meetingId: string }
  | { type: 'meeting.change'; field: MeetingField; value: string }
  /** Tick or untick a member as present. */
  | { type: 'meeting.attend'; memberId: string; present: boolean }
  | { type: 'meeting.save' }
  | { type: 'meeting.cancel' }
  /** After a conflict: drop what was typed and start again from the other person's version. */
  | { type: 'meeting.takeTheirs' }
  /** Open the form that writes a contribution from a meeting. */
  | { type: 'capture.open'; meetingId: string }
  | { type: 'capture.change'; field: CaptureField; value: string }
  | { type: 'capture.submit' }
  | { type: 'capture.cancel' };
