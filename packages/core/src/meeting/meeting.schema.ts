import { DaySchema, IdSchema, InstantSchema, text } from '../shared/primitives.js';
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
  /** 1 when created, +1 on every change: send it back to refuse overwriting someone else's change. */
  version: z.int().check(z.gte(1)),
  updatedAt: InstantSchema,
  ...MEETING_AGENDA,
});

/** What a facilitator sends to record or update a meeting. */
export const MeetingInputSchema = z
  .object({
    on: DaySchema,
    place: MeetingSchema.shape.place,
    attendance: z._default(MeetingSchema.shape.attendance, () => []),
    minutes: z._default(MeetingSchema.shape.minutes, ''),
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
