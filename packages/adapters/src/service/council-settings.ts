// A council's settings live in one place: its organisation's (`organisations.settings` in
// PostgreSQL, the organisation itself in the memory store). Two people write them — the
// council's administrator in the back office (name, mail sender, answer delay: audited, with
// an ETag) and whoever runs the server with `participe org settings` (everything, OIDC and
// interop included) — and everyone who uses them reads that one place: the dispatcher (mail
// sender), a new space (answer delay), staff sign-in (OIDC), the agenda and Decidim (interop).
import type { OrganisationSettings, OrganisationStore } from '@participe/core';
import type { AdminStore, CouncilSettings } from './admin.store.js';

/** A council's settings and their version: how many times they changed, whoever changed them. */
export interface VersionedSettings {
  settings: OrganisationSettings;
  version: number;
}

/** Where the settings are kept: the organisation store, in memory or in PostgreSQL. */
export interface CouncilSettingsPlace {
  /** `null` when there is no such organisation. */
  getCouncilSettings(organisation: string): Promise<VersionedSettings | null>;
  /**
   * Replaces them if they are still at `expectedVersion`, which becomes `expectedVersion + 1`;
   * `false` (nothing written) otherwise, or when there is no such organisation.
   */
  putCouncilSettings(organisation: string, settings: OrganisationSettings, expectedVersion: number): Promise<boolean>;
}

/** The settings the back office shows and replaces; the others are the server operator's. */
const ADMIN_KEYS = ['name', 'mailFrom', 'answerWithinDays'] as const satisfies readonly (keyof CouncilSettings)[];

/** The back office's part of `settings`. */
export function adminPartOf(settings: OrganisationSettings): CouncilSettings {
  const out: CouncilSettings = {};
  for (const key of ADMIN_KEYS) {
    if (settings[key] !== undefined) Object.assign(out, { [key]: settings[key] });
  }
  return out;
}

/**
 * The administration's view of the settings (`AdminStore.getSettings`/`putSettings`): its part
 * only, so that saving from the back office replaces name, sender and delay and keeps the
 * sign-in and interop settings the server's operator gave.
 */
export function adminSettingsIn(place: CouncilSettingsPlace): Pick<AdminStore, 'getSettings' | 'putSettings'> {
  return {
    async getSettings(organisation) {
      const found = await place.getCouncilSettings(organisation);
      return found ? { settings: adminPartOf(found.settings), version: found.version } : null;
    },
    async putSettings(organisation, settings, expectedVersion) {
      const found = await place.getCouncilSettings(organisation);
      if (!found || found.version !== expectedVersion) return false;
      const kept = Object.fromEntries(
        Object.entries(found.settings).filter(([key]) => !(ADMIN_KEYS as readonly string[]).includes(key)),
      );
      // Conditional on the version read: a change made in between makes this one fail, not vanish.
      return place.putCouncilSettings(organisation, { ...kept, ...adminPartOf(settings) }, expectedVersion);
    },
  };
}

export interface CouncilSettingsSources {
  /** The organisations (`organisations.settings`): the place itself. */
  organisations?: Pick<OrganisationStore, 'getOrganisation'> | null;
  /** The administration's view of the same place, for a caller that has no organisation store. */
  admin?: Pick<AdminStore, 'getSettings'> | null;
}

/** The settings a council's work uses: mail sender, answer delay, name. */
export type EffectiveCouncilSettings = Pick<CouncilSettings, 'mailFrom' | 'answerWithinDays' | 'name'>;

/**
 * The settings in force for `organisation`, whoever set them (back office or CLI), or none
 * (the server's own apply: the mailer's sender, the service's default delay).
 */
export async function councilSettingsOf(
  organisation: string,
  sources: CouncilSettingsSources,
): Promise<EffectiveCouncilSettings> {
  if (sources.organisations) {
    const org = await sources.organisations.getOrganisation(organisation);
    // `getOrganisation` also finds by slug: another council's slug may be this one's id.
    return org?.id === organisation ? adminPartOf(org.settings) : {};
  }
  return (await sources.admin?.getSettings(organisation))?.settings ?? {};
}
