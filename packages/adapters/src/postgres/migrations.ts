// Versioned schema. A migration is applied once, in order, in its own transaction, and
// recorded in `participe_migrations`; never edit one that has shipped, add the next.
// Every statement must run on PostgreSQL 15 (Debian's server) and on PGlite (PostgreSQL 18).
import { type AwaitingAnswerStatus, ERASED_TEXT } from '@participe/core';
import { administration } from './admin.migration.js';
import { boardIndex } from './board.migration.js';
import { boardAggregates } from './board-aggregates.migration.js';
import { content } from './content.migration.js';
import { contentSearch } from './content-search.migration.js';
import { inList } from './contribution.sql.js';
import { councilSettings } from './council-settings.migration.js';
import type { SqlDriver } from './driver.js';
import { practices } from './practices.migration.js';
import { tenants } from './tenants.migration.js';

export interface Migration {
  version: number;
  name: string;
  /** One statement per entry: PGlite's extended protocol takes a single statement at a time. */
  statements: readonly string[];
}

/** `list` itself, if it names every member of `U` (else a compile error: `never`). */
const every =
  <U extends string>() =>
  <const T extends readonly U[]>(list: T & ([U] extends [T[number]] ? unknown : never)): T =>
    list;

/**
 * The statuses awaiting an answer when migration 1 made `contributions_awaiting_newest`. A
 * compile error here means core's `AWAITING_ANSWER_STATUSES` changed: add a migration that
 * re-creates the index with the new set (overdue lists read it) and move this check to it.
 */
const AWAITING_AT_V1 = every<AwaitingAnswerStatus>()(['published', 'underReview', 'decided']);

// Contribution ids sort with the "C" collation so keyset pages follow the same order as
// the memory store's string comparison, whatever the database's locale.
const initial: Migration = {
  version: 1,
  name: 'initial',
  statements: [
    `CREATE TABLE spaces (
      id text PRIMARY KEY,
      slug text NOT NULL UNIQUE,
      position bigint GENERATED ALWAYS AS IDENTITY,
      doc jsonb NOT NULL
    )`,
    `CREATE TABLE members (
      id text PRIMARY KEY,
      space_id text NOT NULL,
      position bigint GENERATED ALWAYS AS IDENTITY,
      doc jsonb NOT NULL
    )`,
    'CREATE INDEX members_space ON members (space_id, position)',
    `CREATE TABLE cycle_events (
      space_id text NOT NULL,
      seq integer NOT NULL CHECK (seq > 0),
      event jsonb NOT NULL,
      PRIMARY KEY (space_id, seq)
    )`,
    // The projection: the view as the service computed it (always replay(events)), plus
    // the columns that lists filter and sort on. No foreign key to spaces: the service
    // checks the space, and spaces may be imported after their contributions.
    `CREATE TABLE contributions (
      id text COLLATE "C" PRIMARY KEY,
      space_id text NOT NULL,
      status text NOT NULL,
      kind text NOT NULL,
      theme text NOT NULL,
      territory text,
      created_at timestamptz NOT NULL,
      published_at timestamptz,
      answer_published_at timestamptz,
      version integer NOT NULL CHECK (version > 0),
      view jsonb NOT NULL,
      search tsvector NOT NULL,
      -- Set when the author erased their data: later events must not bring their words back.
      erased_at timestamptz
    )`,
    'CREATE INDEX contributions_newest ON contributions (created_at DESC, id DESC)',
    'CREATE INDEX contributions_space_newest ON contributions (space_id, created_at DESC, id DESC)',
    // One per selective filter: alone, a list reads it in page order; combined, the
    // planner ANDs their bitmaps and sorts the few rows left (p95 ≤ 15 ms at 100,000).
    'CREATE INDEX contributions_status_newest ON contributions (status, created_at DESC, id DESC)',
    'CREATE INDEX contributions_theme_newest ON contributions (theme, created_at DESC, id DESC)',
    'CREATE INDEX contributions_territory_newest ON contributions (territory, created_at DESC, id DESC)',
    // The overdue list reads only contributions still waiting for their answer.
    `CREATE INDEX contributions_awaiting_newest ON contributions (created_at DESC, id DESC)
      WHERE ${inList('status', AWAITING_AT_V1)}`,
    'CREATE INDEX contributions_search ON contributions USING gin (search)',
    // Timeline and audit log in one: events are only ever appended (see the trigger).
    `CREATE TABLE contribution_events (
      contribution_id text COLLATE "C" NOT NULL REFERENCES contributions (id),
      seq integer NOT NULL CHECK (seq > 0),
      type text NOT NULL,
      event jsonb NOT NULL,
      PRIMARY KEY (contribution_id, seq)
    )`,
    // Erasing an author's data rewrites the words inside `event.data`; nothing else about
    // an event may change, and no event may be deleted.
    `CREATE FUNCTION contribution_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'contribution_events is append-only: event % of % cannot be deleted', OLD.seq, OLD.contribution_id;
      END IF;
      IF NEW.contribution_id <> OLD.contribution_id OR NEW.seq <> OLD.seq OR NEW.type <> OLD.type
         OR (NEW.event - 'data') IS DISTINCT FROM (OLD.event - 'data') THEN
        RAISE EXCEPTION 'contribution_events is append-only: only the data of event % of % may be rewritten', OLD.seq, OLD.contribution_id;
      END IF;
      RETURN NEW;
    END
    $$`,
    `CREATE TRIGGER contribution_events_append_only BEFORE UPDATE OR DELETE ON contribution_events
      FOR EACH ROW EXECUTE FUNCTION contribution_events_append_only()`,
    `CREATE TABLE contribution_private (
      contribution_id text COLLATE "C" PRIMARY KEY REFERENCES contributions (id),
      follow_up_code text NOT NULL UNIQUE,
      secret_hash text NOT NULL,
      contact jsonb
    )`,
    'CREATE TABLE idempotency_keys (key text PRIMARY KEY, record jsonb NOT NULL)',
    // The outbox: written with the event that causes it; a sender reads the unsent ones.
    `CREATE TABLE notifications (
      position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      id text NOT NULL UNIQUE,
      contribution_id text COLLATE "C" NOT NULL REFERENCES contributions (id),
      kind text NOT NULL,
      recipient jsonb,
      payload jsonb NOT NULL,
      created_at text NOT NULL,
      sent_at text
    )`,
    'CREATE INDEX notifications_contribution ON notifications (contribution_id, position)',
    'CREATE INDEX notifications_unsent ON notifications (position) WHERE sent_at IS NULL',
    `CREATE TABLE diagnostic_responses (
      id text PRIMARY KEY,
      space_id text NOT NULL,
      position bigint GENERATED ALWAYS AS IDENTITY,
      doc jsonb NOT NULL
    )`,
    'CREATE INDEX diagnostic_responses_space ON diagnostic_responses (space_id, position)',
  ],
};

// The back office: citizens' reports, meetings of a group, attestations of participation.
const backoffice: Migration = {
  version: 2,
  name: 'backoffice',
  statements: [
    `CREATE TABLE reports (
      position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      id text NOT NULL UNIQUE,
      contribution_id text COLLATE "C" NOT NULL REFERENCES contributions (id),
      space_id text NOT NULL,
      open boolean NOT NULL,
      doc jsonb NOT NULL
    )`,
    'CREATE INDEX reports_space ON reports (space_id, position)',
    'CREATE INDEX reports_open ON reports (contribution_id, position) WHERE open',
    `CREATE TABLE meetings (
      id text PRIMARY KEY,
      space_id text NOT NULL,
      version integer NOT NULL CHECK (version > 0),
      doc jsonb NOT NULL
    )`,
    'CREATE INDEX meetings_space ON meetings (space_id)',
    `CREATE TABLE attestations (
      position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      id text NOT NULL UNIQUE,
      space_id text NOT NULL,
      member_id text NOT NULL,
      doc jsonb NOT NULL
    )`,
    'CREATE INDEX attestations_space ON attestations (space_id, member_id, position)',
  ],
};

/** A constant of ours as an SQL string literal. */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

// Erasing forgets everything the author wrote or gave. Idempotency records keep only which
// contribution a request created and its code (a replay reads the contribution as it is
// now); erasures made before this version also lose the place and the title the outbox
// quoted, as later ones do.
const eraseEverything: Migration = {
  version: 3,
  name: 'erase-everything',
  statements: [
    `UPDATE idempotency_keys SET record = jsonb_set(record, '{body}', jsonb_build_object(
        'contributionId', record #> '{body,contribution,id}',
        'followUp', jsonb_build_object('code', record #> '{body,followUp,code}')))
      WHERE record -> 'body' ? 'contribution'`,
    `UPDATE contributions SET territory = NULL, view = view #- '{content,territory}'
      WHERE erased_at IS NOT NULL AND (territory IS NOT NULL OR view -> 'content' ? 'territory')`,
    `UPDATE contribution_events e SET event = e.event #- '{data,content,territory}'
      FROM contributions c WHERE c.id = e.contribution_id AND c.erased_at IS NOT NULL
        AND e.type = 'contribution.created' AND e.event -> 'data' -> 'content' ? 'territory'`,
    `UPDATE contribution_events e SET event = e.event #- '{data,territory}'
      FROM contributions c WHERE c.id = e.contribution_id AND c.erased_at IS NOT NULL
        AND e.type = 'contribution.edit' AND e.event -> 'data' ? 'territory'`,
    `UPDATE notifications n SET payload = jsonb_set(n.payload, '{title}', to_jsonb(${literal(ERASED_TEXT)}::text))
      FROM contributions c WHERE c.id = n.contribution_id AND c.erased_at IS NOT NULL AND n.payload ? 'title'`,
  ],
};

// Later migrations live in files of their own (`tenants.migration.ts`…); append them here.
export const MIGRATIONS: readonly Migration[] = [
  initial,
  backoffice,
  eraseEverything,
  tenants,
  administration,
  content,
  practices,
  contentSearch,
  councilSettings,
  boardIndex,
  boardAggregates,
];

// Two processes starting on the same database take turns instead of racing on CREATE TABLE.
const MIGRATION_LOCK = 7_243_110_531;

/**
 * Brings the schema (the first one on the connection's `search_path`) up to date. Returns
 * the versions applied by this call. Refuses a database already migrated by newer code.
 */
export async function migrate(driver: SqlDriver, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const applied: number[] = [];
  const known = Math.max(0, ...migrations.map((m) => m.version));
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    await driver.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.query(`CREATE TABLE IF NOT EXISTS participe_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const [latest] = await tx.query<{ v: number }>(
        'SELECT coalesce(max(version), 0)::int AS v FROM participe_migrations',
      );
      if ((latest?.v ?? 0) > known) {
        throw new Error(
          `The database schema is at version ${latest?.v}; this code knows up to ${known}. Upgrade Participe.`,
        );
      }
      const done = await tx.query('SELECT 1 FROM participe_migrations WHERE version = $1', [migration.version]);
      if (done.length > 0) return;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO participe_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    });
  }
  return applied;
}
