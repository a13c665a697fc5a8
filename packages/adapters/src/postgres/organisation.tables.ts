// The councils a server hosts (table `organisations`, migration 4): server-wide, not scoped.
// Their settings are here too, the one place they are kept (migration 9), with the number of
// times they changed: the back office's ETag.
import type { Organisation, OrganisationKind, OrganisationSettings, OrganisationStore } from '@participe/core';
import type { CouncilSettingsPlace } from '../service/council-settings.js';
import { pgErrorOf, type SqlExecutor, UNIQUE_VIOLATION } from './driver.js';

interface OrganisationRow {
  id: string;
  slug: string;
  name: string;
  kind: OrganisationKind;
  settings: OrganisationSettings;
  created_at: unknown;
}

const organisationOf = (r: OrganisationRow): Organisation => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  kind: r.kind,
  settings: r.settings,
  createdAt: new Date(r.created_at as string).toISOString(),
});

export function organisationTables(db: SqlExecutor): OrganisationStore & CouncilSettingsPlace {
  const putCouncilSettings = async (id: string, settings: OrganisationSettings, expectedVersion: number | null) => {
    const rows = await db.query(
      `UPDATE organisations SET settings = $2::text::jsonb, settings_version = settings_version + 1
        WHERE id = $1 AND ($3::int IS NULL OR settings_version = $3::int) RETURNING id`,
      [id, JSON.stringify(settings), expectedVersion],
    );
    return rows.length === 1;
  };
  return {
    async createOrganisation(o) {
      try {
        await db.query(
          `INSERT INTO organisations (id, slug, name, kind, settings, created_at)
            VALUES ($1, $2, $3, $4, $5::text::jsonb, $6)`,
          [o.id, o.slug, o.name, o.kind, JSON.stringify(o.settings), o.createdAt],
        );
      } catch (e) {
        if (pgErrorOf(e)?.code === UNIQUE_VIOLATION) {
          throw new Error(`An organisation already has the id "${o.id}" or the slug "${o.slug}"`, { cause: e });
        }
        throw e;
      }
    },
    async getOrganisation(idOrSlug) {
      const [row] = await db.query<OrganisationRow>(
        'SELECT * FROM organisations WHERE id = $1 OR slug = $1 ORDER BY id = $1 DESC LIMIT 1',
        [idOrSlug],
      );
      return row ? organisationOf(row) : null;
    },
    async listOrganisations() {
      const rows = await db.query<OrganisationRow>(
        `SELECT * FROM organisations ORDER BY id <> 'default', created_at, id`,
      );
      return rows.map(organisationOf);
    },
    // Whatever the version: the writer (`participe org settings`) read them just before.
    putOrganisationSettings: (id, settings) => putCouncilSettings(id, settings, null),
    async getCouncilSettings(id) {
      const [row] = await db.query<{ settings: OrganisationSettings; settings_version: number }>(
        'SELECT settings, settings_version FROM organisations WHERE id = $1',
        [id],
      );
      return row ? { settings: row.settings, version: row.settings_version } : null;
    },
    putCouncilSettings,
  };
}
