import type { MemberRole } from '../shared/roles.js';
import type { Composition, Member, MemberInput, MemberPatch, Space } from '../space/space.types.js';
import type { AdminFailure, AdminFieldError } from './space-admin.shared.js';

export interface SpaceCompositionInput {
  /** Id or slug of the space. */
  spaceId: string;
  /** The day dates are counted to, `YYYY-MM-DD`; the add form starts with it as the arrival day. */
  today: string;
  /**
   * The person using the widget is a facilitator of the space: they may add members and
   * change them. Anyone else sees the group read-only. The back end checks it again.
   * @default false
   */
  manage?: boolean;
}

/** Fields of the "add a member" form. */
export const MEMBER_FIELDS = ['displayName', 'role', 'joinedOn'] as const;
export type MemberField = (typeof MEMBER_FIELDS)[number];

/** What the facilitator types to add a member; `role` is `''` until chosen. */
export interface MemberDraft {
  displayName: string;
  role: MemberRole | '';
  joinedOn: string;
}

/** Fields of the "change a member" form. */
export const EDIT_FIELDS = ['role', 'leftOn', 'leavesAtRenewal'] as const;
export type EditField = (typeof EDIT_FIELDS)[number];

/** One member being changed: their role, a leaving day (`''`: none), leaving at the next renewal. */
export interface MemberEdit {
  memberId: string;
  values: { role: MemberRole; leftOn: string; leavesAtRenewal: boolean };
  errors: Partial<Record<EditField, AdminFieldError>>;
}

/** What the `load` actor returns. */
export interface CompositionData {
  space: Space;
  members: Member[];
  composition: Composition;
}

/** What `addMember` and `updateMember` return: the member, and the group as it now stands. */
export interface MemberSaved {
  member: Member;
  members: Member[];
  composition: Composition;
}

export interface AddMemberRequest {
  /** The space's id (known once loaded). */
  spaceId: string;
  input: MemberInput;
}

export interface UpdateMemberRequest {
  spaceId: string;
  memberId: string;
  patch: MemberPatch;
}

/** What the last action did, for a status message. */
export type CompositionNotice = { kind: 'added' | 'updated'; memberId: string; name: string } | null;

export interface SpaceCompositionContext {
  spaceId: string;
  today: string;
  manage: boolean;
  space: Space | null;
  members: Member[];
  composition: Composition | null;
  draft: MemberDraft;
  errors: Partial<Record<MemberField, AdminFieldError>>;
  edit: MemberEdit | null;
  notice: CompositionNotice;
  /** In `error`: why the group could not be loaded. Elsewhere: why the last action failed. */
  failure: AdminFailure | null;
}

export type SpaceCompositionEvent =
  /** Load the group (sent once the element knows its space). */
  | { type: 'composition.load' }
  | { type: 'composition.retry' }
  /** A facilitator types in the "add a member" form. */
  | { type: 'member.change'; field: MemberField; value: string }
  /** Check the form; when it is fine, add the member. */
  | { type: 'member.add' }
  /** Open the "change a member" form for one member. */
  | { type: 'member.edit'; memberId: string }
  | { type: 'edit.change'; field: 'role' | 'leftOn'; value: string }
  | { type: 'edit.change'; field: 'leavesAtRenewal'; value: boolean }
  /** Check the changes; when they are fine, save them. */
  | { type: 'edit.save' }
  | { type: 'edit.cancel' };
