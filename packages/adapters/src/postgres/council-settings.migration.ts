// Migration 9: a council's settings in one place, `organisations.settings`. Until now the
// back office wrote its part (name, mail sender, answer delay) to `council_settings` and
// `participe org settings` wrote everything to `organisations.settings`, and every reader had
// to merge the two. The version the back office's ETag names moves along: it counts the
// changes of either writer, so an administrator saving over a change made from the CLI gets
// a conflict instead of undoing it.
import type { Migration } from './migrations.js';

export const councilSettings: Migration = {
  version: 9,
  name: 'council settings in one place',
  statements: [
    // 0 while nobody changed them since the organisation was made.
    'ALTER TABLE organisations ADD COLUMN settings_version integer NOT NULL DEFAULT 0 CHECK (settings_version >= 0)',
    // The back office's values were the ones in force (`councilSettingsOf` read them first):
    // they win over the organisation's, whose other settings (OIDC, interop) stay as they are.
    // The version goes on from the back office's, which the audit log's entries claimed.
    `UPDATE organisations o SET settings = o.settings || c.doc, settings_version = c.version
      FROM council_settings c WHERE c.organisation_id = o.id`,
    // Settings of an organisation with no row (written through the store, never through a
    // server, which only serves organisations it has) get one rather than being lost. A slug
    // already taken stops the migration, in its transaction: nothing is half-moved.
    `INSERT INTO organisations (id, slug, name, kind, settings, settings_version)
      SELECT c.organisation_id, c.organisation_id, coalesce(nullif(trim(c.doc ->> 'name'), ''), c.organisation_id),
        'autre', c.doc, c.version
      FROM council_settings c WHERE NOT EXISTS (SELECT 1 FROM organisations o WHERE o.id = c.organisation_id)`,
    'DROP TABLE council_settings',
  ],
};
