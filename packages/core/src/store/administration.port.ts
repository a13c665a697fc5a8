// What the administration widgets need from a back end: the council's spaces (archived ones
// included), its staff and invitations, and its settings. `@participe/adapters` implements it
// over HTTP (an administrator's token) and in process (tests, Storybook).
import type { MemberRole } from '../shared/roles.js';
import type { Space } from '../space/space.types.js';

/** A space as administrators see it: with the version to send back when changing it. */
export interface AdminSpace extends Space {
  version: number;
}

/** What an administrator chooses about a space. */
export interface SpaceFields {
  slug: string;
  name: string;
  /** The kind of group: the policy it works on, e.g. `Insertion`. */
  policyArea: string;
  territory: string;
  answerWithinDays?: number;
  premoderation?: boolean;
}

/** A member of staff, invited or active (or removed). */
export interface StaffMemberView {
  id: string;
  email: string;
  displayName: string | null;
  role: MemberRole;
  spaceIds: string[];
  admin: boolean;
  /** Edits the council's content and reviews practice sheets; absent from servers older than the role. */
  editor?: boolean;
  status: 'invited' | 'active' | 'removed';
  createdAt: string;
  activatedAt: string | null;
}

export interface StaffInvitation {
  email: string;
  role: MemberRole;
  spaceIds: string[];
  /** Administers the council (an editor too). */
  admin?: boolean;
  /** Edits the council's content and reviews practice sheets, without administering it. */
  editor?: boolean;
}

/** The council's own settings; `version` 0 while none were saved. */
export interface CouncilSettingsView {
  name?: string;
  mailFrom?: string;
  answerWithinDays?: number;
  version: number;
}

export interface AdministrationBackend {
  listSpaces(): Promise<AdminSpace[]>;
  createSpace(fields: SpaceFields): Promise<AdminSpace>;
  updateSpace(id: string, patch: Partial<SpaceFields>, expectedVersion: number): Promise<AdminSpace>;
  archiveSpace(id: string, archived: boolean, expectedVersion: number): Promise<AdminSpace>;
  listStaff(): Promise<StaffMemberView[]>;
  inviteStaff(invitation: StaffInvitation): Promise<StaffMemberView>;
  revokeStaff(id: string): Promise<StaffMemberView>;
  getSettings(): Promise<CouncilSettingsView>;
  updateSettings(settings: Omit<CouncilSettingsView, 'version'>, expectedVersion: number): Promise<CouncilSettingsView>;
}
