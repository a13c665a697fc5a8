import type * as z from '../zod.js';
import type {
  AttestationInputSchema,
  AttestationSchema,
  MeetingInputSchema,
  MeetingSchema,
  PublicMeetingSchema,
  SKILLS,
} from './meeting.schema.js';

export type Meeting = z.output<typeof MeetingSchema>;
export type PublicMeeting = z.output<typeof PublicMeetingSchema>;
export type MeetingInput = z.input<typeof MeetingInputSchema>;
export type Attestation = z.output<typeof AttestationSchema>;
export type AttestationInput = z.input<typeof AttestationInputSchema>;
export type Skill = (typeof SKILLS)[number];
