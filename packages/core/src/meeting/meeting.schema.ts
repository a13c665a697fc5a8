import { DaySchema, IdSchema, InstantSchema, LangSchema, text } from '../shared/primitives.js';
import * as z from '../zod.js';

/** Skills a facilitator can tick on an attestation of participation. */
export const SKILLS = [
  'speakingInPublic',
  'chairingMeeting',
  'writingMinutes',
  'teamwork',
  'presentingProposal',
  'listening',
  'knowingInstitutions',
  'digitalTools',
  'welcomingNewcomers',
] as const;

/**
 * What an agenda needs of a meeting, all optional (meetings recorded before have none): its
 * title, start and end time, whether the public may see it, how to get there, whether it
 * was cancelled. Only public meetings appear in the space's calendar feed.
 */
const MEETING_AGENDA = {
  title: z.optional(text(200, 'Atelier : les horaires du bus')),
  startsAt: z.optional(InstantSchema),
  endsAt: z.optional(InstantSchema),
  /** Shown in the public agenda and its `.ics` feed. @default false (members only) */
  public: z.optional(z.boolean()),
  /** How to get there and get in: transport, step-free access, hearing loop… */
  access: z.optional(text(1000, 'Bus 4, arrêt Tilleuls. Entrée de plain-pied, boucle magnétique.')),
  /** The meeting will not take place; it stays in the feed as cancelled. */
  cancelled: z.optional(z.boolean()),
};

/**
 * A meeting's event in an outside agenda (OpenAgenda): the event's id there, and the
 * meeting's version when it was last sent there or read from there. Kept on the meeting so
 * a second sync updates the same event instead of creating another.
 */
export const ExternalEventSchema = z.object({
  /** The agenda's id in that system. */
  agenda: z.string().check(z.minLength(1), z.maxLength(100)),
  /** The event's id in that agenda. */
  uid: z.string().check(z.minLength(1), z.maxLength(100)),
  /** `published`: Participe's meeting sent to the agenda; `imported`: the agenda's event brought in. */
  direction: z.enum(['published', 'imported']),
  /** The meeting's version the agenda has. */
  version: z.int().check(z.gte(1)),
});

/** A meeting of the group: when, where, who came, and what was said. */
export const MeetingSchema = z.object({
  id: IdSchema,
  spaceId: IdSchema,
  on: DaySchema,
  place: text(200, 'Maison des solidarités, salle 2'),
  /** Ids of the members who attended. */
  attendance: z.array(IdSchema).check(z.maxLength(500)),
  /** The minutes, as the group approved them; empty until written. */
  minutes: z.string().check(z.maxLength(20000)),
  /** The language the place and minutes are written in (the widget's); absent on older meetings: French. */
  lang: z.optional(LangSchema),
  /** 1 when created, +1 on every change: send it back to refuse overwriting someone else's change. */
  version: z.int().check(z.gte(1)),
  updatedAt: InstantSchema,
  ...MEETING_AGENDA,
  /** Its events in outside agendas, by system; written by the sync, never by a form. */
  external: z.optional(z.object({ openagenda: z.optional(ExternalEventSchema) })),
});

/**
 * A public meeting as anyone may read it (the agenda widget, the `.ics` feed): when, where,
 * how to get there, whether it was cancelled. Never who came, the minutes or outside links.
 */
export const PublicMeetingSchema = z.object({
  id: IdSchema,
  on: DaySchema,
  place: MeetingSchema.shape.place,
  version: MeetingSchema.shape.version,
  title: MEETING_AGENDA.title,
  startsAt: MEETING_AGENDA.startsAt,
  endsAt: MEETING_AGENDA.endsAt,
  access: MEETING_AGENDA.access,
  cancelled: MEETING_AGENDA.cancelled,
  /** The language the title, place and access were written in; absent on older meetings: French. */
  lang: MeetingSchema.shape.lang,
});

/** What a facilitator sends to record or update a meeting. */
export const MeetingInputSchema = z
  .object({
    on: DaySchema,
    place: MeetingSchema.shape.place,
    attendance: z._default(MeetingSchema.shape.attendance, () => []),
    minutes: z._default(MeetingSchema.shape.minutes, ''),
    lang: MeetingSchema.shape.lang,
    ...MEETING_AGENDA,
  })
  .check(
    z.refine((m) => !m.startsAt || !m.endsAt || m.endsAt > m.startsAt, {
      message: 'La fin vient après le début (exemple : début 18:00, fin 20:00)',
      path: ['endsAt'],
    }),
  );

/** What a facilitator ticks to issue an attestation of participation. */
export const AttestationInputSchema = z.object({
  memberId: IdSchema,
  skills: z.array(z.enum(SKILLS)).check(z.maxLength(SKILLS.length)),
  /** Other skills in the facilitator's words. */
  otherSkills: z._default(z.string().check(z.maxLength(500)), ''),
  /** Who signs for the space, e.g. the facilitator's service. */
  signedBy: text(120, 'Direction de l’insertion, animatrice du groupe'),
});

/** An attestation as issued: the meetings attended are copied in, so it does not change later. */
export const AttestationSchema = z.object({
  id: IdSchema,
  spaceId: IdSchema,
  memberId: IdSchema,
  memberName: text(80, 'Nadia B.'),
  spaceName: text(120, 'Groupe ressource RSA du secteur Nord'),
  /** Meetings attended, oldest first. */
  meetings: z.array(z.object({ id: IdSchema, on: DaySchema, place: MeetingSchema.shape.place })),
  skills: AttestationInputSchema.shape.skills,
  otherSkills: z.string().check(z.maxLength(500)),
  signedBy: AttestationInputSchema.shape.signedBy,
  issuedOn: DaySchema,
});
