// Migration 4: councils as tenants. Every table gets the organisation that owns the row,
// and every primary key, unique constraint and foreign key starts with it, so the schema
// can be distributed by organisation (Citus: `create_distributed_table(t, 'organisation_id')`,
// `organisations` a reference table) without a rewrite. Existing rows belong to `default`,
// the organisation a single-council server serves at `/api`.
import { DEFAULT_ORGANISATION, ORGANISATION_KINDS } from '@participe/core';
import type { Migration } from './migrations.js';

/** A constant of ours as an SQL string literal. */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

const ORG = 'organisation_id';

/** The tables of migrations 1–3, each with its key constraints as they are rebuilt. */
const TABLES: readonly {
  table: string;
  /** Primary key columns after the organisation. */
  pkey: string;
  /** Unique constraints (columns after the organisation), by their PostgreSQL-given names. */
  unique?: Record<string, string>;
  /** The contribution this row belongs to (a foreign key to `contributions`). */
  contribution?: boolean;
}[] = [
  { table: 'spaces', pkey: 'id', unique: { spaces_slug_key: 'slug' } },
  { table: 'members', pkey: 'id' },
  { table: 'cycle_events', pkey: 'space_id, seq' },
  { table: 'contributions', pkey: 'id' },
  { table: 'contribution_events', pkey: 'contribution_id, seq', contribution: true },
  {
    table: 'contribution_private',
    pkey: 'contribution_id',
    unique: { contribution_private_follow_up_code_key: 'follow_up_code' },
    contribution: true,
  },
  { table: 'idempotency_keys', pkey: 'key' },
  { table: 'notifications', pkey: 'position', unique: { notifications_id_key: 'id' }, contribution: true },
  { table: 'diagnostic_responses', pkey: 'id' },
  { table: 'reports', pkey: 'position', unique: { reports_id_key: 'id' }, contribution: true },
  { table: 'meetings', pkey: 'id' },
  { table: 'attestations', pkey: 'position', unique: { attestations_id_key: 'id' } },
];

/** Indexes that org-scoped queries read: rebuilt with the organisation first. */
const INDEXES: readonly string[] = [
  'CREATE INDEX members_space ON members (organisation_id, space_id, position)',
  'CREATE INDEX contributions_newest ON contributions (organisation_id, created_at DESC, id DESC)',
  'CREATE INDEX contributions_space_newest ON contributions (organisation_id, space_id, created_at DESC, id DESC)',
  'CREATE INDEX contributions_status_newest ON contributions (organisation_id, status, created_at DESC, id DESC)',
  'CREATE INDEX contributions_theme_newest ON contributions (organisation_id, theme, created_at DESC, id DESC)',
  'CREATE INDEX contributions_territory_newest ON contributions (organisation_id, territory, created_at DESC, id DESC)',
  // Same predicate as migration 1's (`AWAITING_AT_V1`): the overdue list reads it.
  `CREATE INDEX contributions_awaiting_newest ON contributions (organisation_id, created_at DESC, id DESC)
    WHERE status IN ('published', 'underReview', 'decided')`,
  'CREATE INDEX notifications_contribution ON notifications (organisation_id, contribution_id, position)',
  'CREATE INDEX diagnostic_responses_space ON diagnostic_responses (organisation_id, space_id, position)',
  'CREATE INDEX reports_space ON reports (organisation_id, space_id, position)',
  'CREATE INDEX reports_open ON reports (organisation_id, contribution_id, position) WHERE open',
  'CREATE INDEX meetings_space ON meetings (organisation_id, space_id)',
  'CREATE INDEX attestations_space ON attestations (organisation_id, space_id, member_id, position)',
];
// Not rebuilt: `contributions_search` (a GIN index cannot lead with a text column without the
// btree_gin extension; a search is ANDed with the organisation's list indexes) and
// `notifications_unsent` (the outbox dispatcher is server-wide: it reads every council's).

const dropIndex = (create: string) => `DROP INDEX ${/^CREATE INDEX (\w+)/.exec(create)![1]}`;

export const tenants: Migration = {
  version: 4,
  name: 'tenants',
  statements: [
    `CREATE TABLE organisations (
      id text COLLATE "C" PRIMARY KEY,
      slug text NOT NULL UNIQUE,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN (${ORGANISATION_KINDS.map(literal).join(', ')})),
      settings jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `INSERT INTO organisations (id, slug, name, kind) VALUES
      (${literal(DEFAULT_ORGANISATION)}, ${literal(DEFAULT_ORGANISATION)}, 'Organisation par défaut', 'autre')`,
    // Foreign keys first: they depend on the keys they point at.
    ...TABLES.filter((t) => t.contribution).map(
      (t) => `ALTER TABLE ${t.table} DROP CONSTRAINT ${t.table}_contribution_id_fkey`,
    ),
    ...TABLES.flatMap((t) => [
      `ALTER TABLE ${t.table} ADD COLUMN ${ORG} text COLLATE "C" NOT NULL DEFAULT ${literal(DEFAULT_ORGANISATION)}
        CONSTRAINT ${t.table}_organisation_fkey REFERENCES organisations (id)`,
      `ALTER TABLE ${t.table} DROP CONSTRAINT ${t.table}_pkey`,
      `ALTER TABLE ${t.table} ADD CONSTRAINT ${t.table}_pkey PRIMARY KEY (${ORG}, ${t.pkey})`,
      ...Object.entries(t.unique ?? {}).flatMap(([name, columns]) => [
        `ALTER TABLE ${t.table} DROP CONSTRAINT ${name}`,
        `ALTER TABLE ${t.table} ADD CONSTRAINT ${name} UNIQUE (${ORG}, ${columns})`,
      ]),
    ]),
    ...TABLES.filter((t) => t.contribution).map(
      (t) => `ALTER TABLE ${t.table} ADD CONSTRAINT ${t.table}_contribution_id_fkey
        FOREIGN KEY (${ORG}, contribution_id) REFERENCES contributions (${ORG}, id)`,
    ),
    ...INDEXES.flatMap((create) => [dropIndex(create), create]),
    // The timeline stays append-only: an event cannot move to another organisation either.
    `CREATE OR REPLACE FUNCTION contribution_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'contribution_events is append-only: event % of % cannot be deleted', OLD.seq, OLD.contribution_id;
      END IF;
      IF NEW.contribution_id <> OLD.contribution_id OR NEW.seq <> OLD.seq OR NEW.type <> OLD.type
         OR NEW.organisation_id <> OLD.organisation_id
         OR (NEW.event - 'data') IS DISTINCT FROM (OLD.event - 'data') THEN
        RAISE EXCEPTION 'contribution_events is append-only: only the data of event % of % may be rewritten', OLD.seq, OLD.contribution_id;
      END IF;
      RETURN NEW;
    END
    $$`,
  ],
};
