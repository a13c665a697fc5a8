// Migration 6: each council's content (phases, resources, "where to start", glossary,
// diagnostic questionnaires) as data. `content_entries` holds the latest version of each
// entry per language, `content_versions` every version (who, when, which fields changed).
// A council's rows are written from core's packs the first time its content is read or
// written (`content_seeds` records that it was), so councils created before this version
// and `default` are seeded alike. Keys start with the organisation (migration 4).
import type { Migration } from './migrations.js';

export const content: Migration = {
  version: 6,
  name: 'content',
  statements: [
    `CREATE TABLE content_seeds (
      organisation_id text NOT NULL,
      seeded_at timestamptz NOT NULL,
      PRIMARY KEY (organisation_id)
    )`,
    `CREATE TABLE content_entries (
      organisation_id text NOT NULL,
      kind text NOT NULL,
      locale text NOT NULL,
      id text COLLATE "C" NOT NULL,
      version integer NOT NULL CHECK (version > 0),
      position integer NOT NULL,
      doc jsonb NOT NULL,
      falc_missing text[] NOT NULL DEFAULT '{}',
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (organisation_id, kind, locale, id)
    )`,
    `CREATE TABLE content_versions (
      organisation_id text NOT NULL,
      kind text NOT NULL,
      locale text NOT NULL,
      id text COLLATE "C" NOT NULL,
      version integer NOT NULL CHECK (version > 0),
      at timestamptz NOT NULL,
      actor jsonb NOT NULL,
      changes text[] NOT NULL,
      doc jsonb NOT NULL,
      PRIMARY KEY (organisation_id, kind, locale, id, version)
    )`,
  ],
};
