// The councils a server hosts. Server-wide (not scoped): the server reads it to find the
// organisation a path names; `participe org` writes it.
import type { Organisation, OrganisationSettings } from '../organisation/organisation.types.js';

export interface OrganisationStore {
  /** Stores a new organisation; throws when its id or slug is taken. */
  createOrganisation(organisation: Organisation): Promise<void>;
  /** By id or by slug. */
  getOrganisation(idOrSlug: string): Promise<Organisation | null>;
  /** Oldest first (`default` first). */
  listOrganisations(): Promise<Organisation[]>;
  /** Replaces the settings; `false` when there is no such organisation. */
  putOrganisationSettings(id: string, settings: OrganisationSettings): Promise<boolean>;
}
