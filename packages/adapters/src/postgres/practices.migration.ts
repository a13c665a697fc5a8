// Migration 7: practice sheets written by groups, per organisation. `practices` holds each
// sheet's current version (with the folded text indexed in the `french` configuration),
// `practice_versions` every version with who made it, `practice_seeds` which councils
// already received the built-in sheets. A published sheet with `shared` is read by every
// council on the server.
import type { Migration } from './migrations.js';

export const practices: Migration = {
  version: 7,
  name: 'practices',
  statements: [
    `CREATE TABLE practices (
      organisation_id text NOT NULL,
      locale text NOT NULL,
      id text NOT NULL,
      version integer NOT NULL CHECK (version > 0),
      status text NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'published')),
      shared boolean NOT NULL,
      space_id text,
      updated_at timestamptz NOT NULL,
      record jsonb NOT NULL,
      search tsvector NOT NULL,
      PRIMARY KEY (organisation_id, locale, id)
    )`,
    'CREATE INDEX practices_search ON practices USING gin (search)',
    // What other councils read: the shared, published sheets of a language.
    `CREATE INDEX practices_shared ON practices (locale, organisation_id) WHERE shared AND status = 'published'`,
    'CREATE INDEX practices_space ON practices (organisation_id, space_id)',
    `CREATE TABLE practice_versions (
      organisation_id text NOT NULL,
      locale text NOT NULL,
      id text NOT NULL,
      version integer NOT NULL CHECK (version > 0),
      at timestamptz NOT NULL,
      actor jsonb NOT NULL,
      action text NOT NULL,
      record jsonb NOT NULL,
      PRIMARY KEY (organisation_id, locale, id, version)
    )`,
    `CREATE TABLE practice_seeds (
      organisation_id text PRIMARY KEY,
      seeded_at timestamptz NOT NULL DEFAULT now()
    )`,
  ],
};
