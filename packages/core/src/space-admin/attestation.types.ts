import type { Attestation, AttestationInput, Meeting } from '../meeting/meeting.types.js';
import type { Member, Space } from '../space/space.types.js';
import type { AdminFailure, AdminFieldError, AttestationSkill } from './space-admin.shared.js';

export interface AttestationInputOptions {
  /** Id or slug of the space. */
  spaceId: string;
  /** The person is a facilitator of the space: they issue attestations. Others see their own. @default false */
  manage?: boolean;
  /** Who signs by default, e.g. the facilitator's service. @default '' */
  signedBy?: string;
}

export const ATTESTATION_FIELDS = ['memberId', 'skills', 'otherSkills', 'signedBy'] as const;
export type AttestationField = (typeof ATTESTATION_FIELDS)[number];

export interface AttestationValues {
  /** The member the attestation is for; `''` until picked. */
  memberId: string;
  skills: AttestationSkill[];
  otherSkills: string;
  signedBy: string;
}

export interface AttestationData {
  space: Space;
  members: Member[];
  /** Oldest first. */
  meetings: Meeting[];
  /** Newest first: all of them for a facilitator, a member's own otherwise. */
  attestations: Attestation[];
}

export interface IssueRequest {
  spaceId: string;
  input: AttestationInput;
}

export interface AttestationContext {
  spaceId: string;
  manage: boolean;
  space: Space | null;
  members: Member[];
  meetings: Meeting[];
  attestations: Attestation[];
  values: AttestationValues;
  errors: Partial<Record<AttestationField, AdminFieldError>>;
  /** The attestation on the printable page (`viewing`). */
  shown: Attestation | null;
  /** `shown` was issued just now (not opened from the list). */
  justIssued: boolean;
  failure: AdminFailure | null;
}

export type AttestationEvent =
  | { type: 'attestation.load' }
  | { type: 'attestation.retry' }
  /** Choose the member (`''`: none); their meetings show. */
  | { type: 'attestation.pick'; memberId: string }
  | { type: 'attestation.skill'; skill: AttestationSkill; checked: boolean }
  | { type: 'attestation.change'; field: 'otherSkills' | 'signedBy'; value: string }
  /** Check the form; when it is fine, issue the attestation. */
  | { type: 'attestation.issue' }
  /** Open an attestation issued earlier on its printable page. */
  | { type: 'attestation.open'; attestationId: string }
  /** Back from the printable page. */
  | { type: 'attestation.close' };
