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
});

/** What a facilitator sends to record or update a meeting. */
export const MeetingInputSchema = z.object({
  on: DaySchema,
  place: MeetingSchema.shape.place,
  attendance: z._default(MeetingSchema.shape.attendance, () => []),
  minutes: z._default(MeetingSchema.shape.minutes, ''),
});

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
