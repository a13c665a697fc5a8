// Running a group: members and roles, meetings, attestations of participation. Only the
// group's facilitators change these; members read them.
import {
  type Attestation,
  MEMBER_ROLES,
  type Meeting,
  type Member,
  type PublicMeeting,
  type Space,
} from '@participe/core';
import type { ValidBody } from '../contract/api.js';
import { meetingsCalendar } from '../interop/ical/meetings.ics.js';
import { fail, instant, invalid, isId, requireSpace, type ServiceContext, today } from './context.js';
import { newId } from './crypto.js';
import { messagesIn } from './messages.js';
import { requireStaff, roleOnly } from './staff.js';

export async function addMemberCommand(
  ctx: ServiceContext,
  ref: unknown,
  input: ValidBody<'addMember'>,
): Promise<Member> {
  const { space } = await requireStaff(ctx, ref, ['facilitator']);
  const member: Member = {
    id: newId('m'),
    spaceId: space.id,
    displayName: input.displayName,
    role: input.role,
    joinedOn: input.joinedOn,
    leftOn: null,
    leavesAtRenewal: false,
    consents: [],
  };
  await ctx.store.putMember(member);
  return member;
}

async function requireMember(ctx: ServiceContext, spaceId: string, memberId: unknown): Promise<Member> {
  const member = isId(memberId) ? (await ctx.store.listMembers(spaceId)).find((m) => m.id === memberId) : undefined;
  if (!member) throw fail(ctx, 404, 'memberNotFound');
  return member;
}

export async function updateMemberCommand(
  ctx: ServiceContext,
  ref: unknown,
  memberId: unknown,
  patch: ValidBody<'updateMember'>,
): Promise<Member> {
  const { space } = await requireStaff(ctx, ref, ['facilitator']);
  const member = await requireMember(ctx, space.id, memberId);
  const next: Member = { ...member };
  if (patch.displayName !== undefined) next.displayName = patch.displayName;
  if (patch.role !== undefined) next.role = patch.role;
  if (patch.leftOn !== undefined) next.leftOn = patch.leftOn;
  if (patch.leavesAtRenewal !== undefined) next.leavesAtRenewal = patch.leavesAtRenewal;
  if (next.leftOn !== null && next.leftOn < next.joinedOn) {
    throw invalid(ctx, [
      {
        path: 'leftOn',
        message: messagesIn(ctx.locale).issues.leftBeforeJoined({ joinedOn: next.joinedOn }),
      },
    ]);
  }
  await ctx.store.putMember(next);
  return next;
}

export async function listMeetingsQuery(ctx: ServiceContext, ref: unknown): Promise<Meeting[]> {
  const { space } = await requireStaff(ctx, ref, MEMBER_ROLES);
  return ctx.store.listMeetings(space.id);
}

/** The group's public meetings as an `.ics` feed: anyone may read it. */
export async function meetingsCalendarQuery(ctx: ServiceContext, ref: unknown): Promise<string> {
  const space = await requireSpace(ctx, ref);
  return meetingsCalendar(space, await ctx.store.listMeetings(space.id));
}

/** How many meetings the public agenda gives at most. */
const AGENDA_SIZE = 50;

/**
 * The group's next public meetings, soonest first: those not over yet (a meeting without an
 * end is over two hours after it starts; one without a time at the end of its day).
 * Anyone may read it; only what the agenda shows is in it.
 */
export async function agendaQuery(ctx: ServiceContext, ref: unknown): Promise<PublicMeeting[]> {
  const space = await requireSpace(ctx, ref);
  const now = ctx.now().getTime();
  const startOf = (m: Meeting) => m.startsAt ?? `${m.on}T00:00:00.000Z`;
  const endOf = (m: Meeting) =>
    m.endsAt
      ? Date.parse(m.endsAt)
      : m.startsAt
        ? Date.parse(m.startsAt) + 2 * 3600_000
        : Date.parse(`${m.on}T23:59:59.999Z`);
  return (await ctx.store.listMeetings(space.id))
    .filter((m) => m.public === true && endOf(m) >= now)
    .sort((a, b) => startOf(a).localeCompare(startOf(b)))
    .slice(0, AGENDA_SIZE)
    .map(({ id, on, place, version, title, startsAt, endsAt, access, cancelled, lang }) => ({
      id,
      on,
      place,
      version,
      ...(title !== undefined ? { title } : {}),
      ...(startsAt !== undefined ? { startsAt } : {}),
      ...(endsAt !== undefined ? { endsAt } : {}),
      ...(access !== undefined ? { access } : {}),
      ...(cancelled !== undefined ? { cancelled } : {}),
      ...(lang !== undefined ? { lang } : {}),
    }));
}

/**
 * Records a meeting, or replaces one still at `expectedVersion`. Attendance must name
 * members of the group: an unknown id is refused with its position, never dropped.
 */
export async function saveMeetingCommand(
  ctx: ServiceContext,
  ref: unknown,
  input: ValidBody<'createMeeting'>,
  existing?: { id: unknown; expectedVersion: number | undefined },
): Promise<Meeting> {
  const { space } = await requireStaff(ctx, ref, ['facilitator']);
  const members = new Set((await ctx.store.listMembers(space.id)).map((m) => m.id));
  const unknown = input.attendance.flatMap((id, i) => (members.has(id) ? [] : [i]));
  if (unknown.length > 0) {
    throw invalid(
      ctx,
      unknown.map((i) => ({
        path: `attendance.${i}`,
        message: messagesIn(ctx.locale).issues.notInGroup(),
      })),
    );
  }
  const attendance = [...new Set(input.attendance)];
  if (!existing) {
    const meeting: Meeting = {
      id: newId('mt'),
      spaceId: space.id,
      on: input.on,
      place: input.place,
      attendance,
      minutes: input.minutes,
      version: 1,
      updatedAt: instant(ctx),
      ...agendaOf(input),
    };
    if (!(await ctx.store.putMeeting(meeting, null))) throw new Error(`Meeting ${meeting.id} already exists`);
    return meeting;
  }
  const current = isId(existing.id) ? await ctx.store.getMeeting(existing.id) : null;
  if (!current || current.spaceId !== space.id) throw fail(ctx, 404, 'meetingNotFound');
  const expected = existing.expectedVersion ?? current.version;
  if (expected !== current.version) {
    throw fail(ctx, 409, 'meetingConflict', { current: current.version }, [], { ETag: `"${current.version}"` });
  }
  const meeting: Meeting = {
    ...current,
    on: input.on,
    place: input.place,
    attendance,
    minutes: input.minutes,
    ...agendaOf(input),
    version: current.version + 1,
    updatedAt: instant(ctx, current.updatedAt),
  };
  if (!(await ctx.store.putMeeting(meeting, expected))) {
    const now = await ctx.store.getMeeting(current.id);
    throw fail(ctx, 409, 'meetingConflict', { current: now?.version ?? expected });
  }
  return meeting;
}

/** The agenda fields the input gives (title, times, public flag, access, cancelled) and its language, and only those. */
function agendaOf(input: ValidBody<'createMeeting'>): Partial<Meeting> {
  const { on: _on, place: _place, attendance: _attendance, minutes: _minutes, ...agenda } = input;
  return Object.fromEntries(Object.entries(agenda).filter(([, v]) => v !== undefined));
}

/** Issues an attestation: the meetings the member attended are copied in as of today. */
export async function issueAttestationCommand(
  ctx: ServiceContext,
  ref: unknown,
  input: ValidBody<'issueAttestation'>,
): Promise<Attestation> {
  const { space } = await requireStaff(ctx, ref, ['facilitator']);
  const members = await ctx.store.listMembers(space.id);
  const member = members.find((m) => m.id === input.memberId);
  if (!member) {
    throw invalid(ctx, [
      {
        path: 'memberId',
        message: messagesIn(ctx.locale).issues.notInGroup(),
      },
    ]);
  }
  const meetings = (await ctx.store.listMeetings(space.id))
    .filter((m) => m.attendance.includes(member.id))
    .map(({ id, on, place }) => ({ id, on, place }));
  const attestation: Attestation = {
    id: newId('at'),
    spaceId: space.id,
    memberId: member.id,
    memberName: member.displayName,
    spaceName: space.name,
    meetings,
    skills: [...new Set(input.skills)],
    otherSkills: input.otherSkills.trim(),
    signedBy: input.signedBy,
    issuedOn: today(ctx),
  };
  await ctx.store.putAttestation(attestation);
  return attestation;
}

/** Facilitators see every attestation of the group; a member only their own. */
export async function listAttestationsQuery(
  ctx: ServiceContext,
  ref: unknown,
  memberId?: string,
): Promise<Attestation[]> {
  const { space, member } = await requireStaff(ctx, ref, MEMBER_ROLES);
  if (member.role === 'facilitator') return ctx.store.listAttestations(space.id, memberId);
  if (memberId !== undefined && memberId !== member.memberId) throw roleOnly(ctx, ['facilitator']);
  return member.memberId ? ctx.store.listAttestations(space.id, member.memberId) : [];
}

export async function getAttestationQuery(ctx: ServiceContext, ref: unknown, id: unknown): Promise<Attestation> {
  const { space, member } = await requireStaff(ctx, ref, MEMBER_ROLES);
  const a = isId(id) ? await ctx.store.getAttestation(id) : null;
  if (!a || a.spaceId !== space.id || (member.role !== 'facilitator' && a.memberId !== member.memberId)) {
    throw fail(ctx, 404, 'attestationNotFound');
  }
  return a;
}

/**
 * A group's settings: facilitators turn pre-moderation on or off, professionals keep the
 * answer templates. A field the caller's role may not change is refused (403), nothing saved.
 */
export async function updateSpaceSettingsCommand(
  ctx: ServiceContext,
  ref: unknown,
  settings: ValidBody<'updateSpaceSettings'>,
): Promise<Space> {
  const { space, member } = await requireStaff(ctx, ref, ['facilitator', 'professional']);
  const needs: Array<['premoderation' | 'answerTemplates', 'facilitator' | 'professional']> = [
    ['premoderation', 'facilitator'],
    ['answerTemplates', 'professional'],
  ];
  for (const [field, role] of needs) {
    if (settings[field] !== undefined && member.role !== role) {
      throw roleOnly(ctx, [role]);
    }
  }
  const ids = settings.answerTemplates?.map((t) => t.id) ?? [];
  const twice = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (twice >= 0) {
    throw invalid(ctx, [
      {
        path: `answerTemplates.${twice}.id`,
        message: messagesIn(ctx.locale).issues.duplicateTemplateId(),
      },
    ]);
  }
  const next: Space = {
    ...space,
    ...(settings.premoderation !== undefined ? { premoderation: settings.premoderation } : {}),
    ...(settings.answerTemplates !== undefined ? { answerTemplates: settings.answerTemplates } : {}),
  };
  await ctx.store.putSpace(next);
  return next;
}
