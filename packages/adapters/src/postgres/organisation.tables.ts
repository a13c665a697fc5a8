// The councils a server hosts (table `organisations`, migration 4): server-wide, not scoped.
import type { Organisation, OrganisationKind, OrganisationSettings, OrganisationStore } from '@participe/core';
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

export function organisationTables(db: SqlExecutor): OrganisationStore {
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
    async putOrganisationSettings(id, settings) {
      const rows = await db.query('UPDATE organisations SET settings = $2::text::jsonb WHERE id = $1 RETURNING id', [
        id,
        JSON.stringify(settings),
      ]);
      return rows.length === 1;
    },
  };
}
