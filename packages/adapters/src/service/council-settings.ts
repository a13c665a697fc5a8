// A council's settings, from the two places they are kept: the organisation's settings
// (`participe org settings`, set by whoever runs the server) and the administration's
// council settings (the council's administrator, in the back office, audited). One reading
// for everyone who uses them — the dispatcher (mail sender), a new space (answer delay) —
// so that a change made in the back office is the one used.
import type { OrganisationStore } from '@participe/core';
import type { AdminStore, CouncilSettings } from './admin.store.js';

export interface CouncilSettingsSources {
  /** The organisations (`organisations.settings`). */
  organisations?: Pick<OrganisationStore, 'getOrganisation'> | null;
  /** The administration (`council_settings`). */
  admin?: Pick<AdminStore, 'getSettings'> | null;
}

/** The settings a council's work uses: mail sender, answer delay, name. */
export type EffectiveCouncilSettings = Pick<CouncilSettings, 'mailFrom' | 'answerWithinDays' | 'name'>;

/**
 * The settings in force for `organisation`, field by field: the administrator's (back office)
 * when set, else the organisation's (`participe org settings`), else none (the server's own
 * apply: the mailer's sender, the service's default delay).
 */
export async function councilSettingsOf(
  organisation: string,
  sources: CouncilSettingsSources,
): Promise<EffectiveCouncilSettings> {
  const [org, admin] = await Promise.all([
    sources.organisations?.getOrganisation(organisation) ?? null,
    sources.admin?.getSettings(organisation) ?? null,
  ]);
  const base = org?.id === organisation ? org.settings : {};
  const own = admin?.settings ?? {};
  const pick = <K extends keyof EffectiveCouncilSettings>(key: K) =>
    (own[key] ?? (base as EffectiveCouncilSettings)[key]) as EffectiveCouncilSettings[K] | undefined;
  const out: EffectiveCouncilSettings = {};
  for (const key of ['mailFrom', 'answerWithinDays', 'name'] as const) {
    const value = pick(key);
    if (value !== undefined) Object.assign(out, { [key]: value });
  }
  return out;
}
