import {
  type AppendArgs,
  type AppendManyResult,
  type AppendResult,
  type Attestation,
  type BoardFigures,
  type BoardQuery,
  CLOSED_STATUSES,
  type ContributionFilter,
  type ContributionPrivate,
  type ContributionStats,
  type ContributionView,
  type CreateArgs,
  type CreateResult,
  type CycleEvent,
  DEFAULT_ORGANISATION,
  type DiagnosticResponseRecord,
  type IdempotencyRecord,
  type Locale,
  type Meeting,
  type Member,
  type NotificationRecord,
  type Organisation,
  type OrganisationSettings,
  type OrganisationStore,
  type Page,
  type ParticipeStore,
  type PracticeChange,
  type PracticeFilter,
  type PracticeRecord,
  type PracticeStore,
  type Report,
  type ReportFilter,
  type Space,
  type StatsScope,
  type StoredContributionEvent,
  type StoredCycleEvent,
} from '@participe/core';
import type { ContentStore } from '../service/content.store.js';
import type { CouncilSettingsPlace } from '../service/council-settings.js';
import {
  assertNewHistory,
  type CheckedSpace,
  FollowUpCodeTaken,
  type SpaceChanged,
  type SpaceCheckedCreates,
} from '../shared/create.js';
import { encodeCursor } from '../shared/cursor.js';
import { eraseEvent, eraseNoticePayload, eraseView } from '../shared/erase.js';
import { backofficeTables, closeReportsIn } from './backoffice.tables.js';
import { readBoard } from './board.sql.js';
import { sqlContentStore } from './content.tables.js';
import { canMatch, listQuery, statsQuery } from './contribution.sql.js';
import { pgErrorOf, type SqlDriver, type SqlExecutor, type SqlParam, UNIQUE_VIOLATION } from './driver.js';
import { organisationTables } from './organisation.tables.js';
import { practiceTables } from './practice.tables.js';
import { spaceTables } from './space.tables.js';
import { assertStorable, searchText } from './text.js';

const json = (value: unknown): string => JSON.stringify(value);

// The projection's columns, in the order of `projection()`. JSON travels as text and is
// cast in SQL, which both drivers treat the same way.
const PROJECTION = `space_id, status, kind, theme, territory, created_at, published_at, answer_published_at, version, view, search`;
// Every parameter is cast: in INSERT … SELECT (below) PostgreSQL would read them as text.
const PROJECTION_VALUES = `$2::text, $3::text, $4::text, $5::text, $6::text, $7::timestamptz, $8::timestamptz,
  $9::timestamptz, $10::int, $11::text::jsonb, to_tsvector('french', $12::text)`;

function projection(view: ContributionView): SqlParam[] {
  return [
    view.id,
    view.spaceId,
    view.status,
    view.content.kind,
    view.content.theme,
    view.content.territory ?? null,
    view.createdAt,
    view.publishedAt,
    view.answer?.publishedAt ?? null,
    view.version,
    json(view),
    searchText(view.content),
  ];
}

/**
 * A create is one statement, so one round trip and its own transaction: the contribution,
 * its events (a JSON array, created then submitted), its private part and the idempotency
 * record, or nothing if anything fails (a follow-up code already used…). The idempotency key
 * is claimed first; a concurrent request with the same key waits for this one to commit,
 * finds the key taken, and then inserts nothing at all (`go` is empty).
 *
 * With a space to check (`$20`, the id or slug the request named, and `$21`, the document it
 * was checked against), nothing is written, not even the key, unless that name designates
 * that document now: the space need not be read before the write (see `spaceForCreate`).
 */
const CREATE = `WITH
  space AS (
    SELECT 1 WHERE $20::text IS NULL OR (
      SELECT doc FROM spaces WHERE organisation_id = $19 AND (id = $20 OR slug = $20) ORDER BY id = $20 DESC LIMIT 1
    ) = $21::text::jsonb
  ),
  claim AS (
    INSERT INTO idempotency_keys (organisation_id, key, record)
    SELECT $19::text, $13, $14::text::jsonb FROM space WHERE $13::text IS NOT NULL
    ON CONFLICT (organisation_id, key) DO NOTHING RETURNING key
  ),
  go AS (SELECT 1 FROM space WHERE $13::text IS NULL OR EXISTS (SELECT 1 FROM claim)),
  c AS (
    INSERT INTO contributions (organisation_id, id, ${PROJECTION})
    SELECT $19::text, $1::text, ${PROJECTION_VALUES} FROM go RETURNING organisation_id, id
  ),
  e AS (
    INSERT INTO contribution_events (organisation_id, contribution_id, seq, type, event)
    SELECT organisation_id, id, (ev->>'seq')::int, ev->>'type', ev FROM c, jsonb_array_elements($15::text::jsonb) AS ev
  ),
  p AS (
    INSERT INTO contribution_private (organisation_id, contribution_id, follow_up_code, secret_hash, contact)
    SELECT organisation_id, id, $16::text, $17::text, $18::text::jsonb FROM c
  )
SELECT (SELECT count(*)::int FROM c) AS created, EXISTS (SELECT 1 FROM space) AS space`;

/** A space as `spaceForCreate` read it: the id or slug is looked up as `getSpace` does. */
const SPACE_FOR_CREATE = `SELECT doc::text AS doc FROM spaces
  WHERE organisation_id = $1 AND (id = $2 OR slug = $2) ORDER BY id = $2 DESC LIMIT 1`;

/**
 * The spaces creates were checked against, per connection pool and organisation: `name`
 * (an id or slug) → the space, frozen (every request shares it), and the document as
 * PostgreSQL wrote it out, which the create compares with the stored one.
 */
type KnownSpaces = Map<string, { space: Space; doc: string }>;
const KNOWN_SPACES = new WeakMap<SqlExecutor, Map<string, KnownSpaces>>();
/** A council with more spaces than this forgets the one it read first. */
const KNOWN_SPACES_MAX = 1000;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const INSERT_EVENT = `INSERT INTO contribution_events (organisation_id, contribution_id, seq, type, event)
  VALUES ($5, $1, $2, $3, $4::text::jsonb)`;
const eventParams = (e: StoredContributionEvent, org: string): SqlParam[] => [
  e.contributionId,
  e.seq,
  e.type,
  json(e),
  org,
];

/** Turns the unique violations a caller can cause into the errors the memory store throws. */
function explain(e: unknown, view: ContributionView): unknown {
  const error = pgErrorOf(e);
  if (error?.code !== UNIQUE_VIOLATION) return e;
  if (error.constraint === 'contributions_pkey')
    return new Error(`Contribution ${view.id} already exists`, { cause: e });
  if (error.constraint === 'contribution_private_follow_up_code_key') {
    return new FollowUpCodeTaken({ cause: e });
  }
  return e;
}

/**
 * The PostgreSQL store: one code path over a `SqlDriver` (PGlite or node-postgres). Each
 * write command is one transaction; events are appended as they happen and the
 * projection is written with them, so a failure anywhere writes nothing. Contributions
 * are here; spaces, members, the cycle and diagnostics are `spaceTables`, moderation and
 * meetings `backofficeTables`, which the store hands their calls to.
 */
export class PostgresStore implements ParticipeStore, OrganisationStore, CouncilSettingsPlace, SpaceCheckedCreates {
  readonly #db: SqlDriver;
  /** Every query filters on it and every insert writes it (`$n` of its own in each statement). */
  readonly #org: string;
  readonly #spaces: ReturnType<typeof spaceTables>;
  readonly #backoffice: ReturnType<typeof backofficeTables>;
  readonly #organisations: ReturnType<typeof organisationTables>;
  readonly #practices: PracticeStore;

  constructor(db: SqlDriver, organisation: string = DEFAULT_ORGANISATION) {
    this.#db = db;
    this.#org = organisation;
    this.#spaces = spaceTables(db, organisation);
    this.#backoffice = backofficeTables(db, organisation);
    this.#organisations = organisationTables(db);
    this.#practices = practiceTables(db, organisation);
  }

  // Practice sheets: this council's, and what other councils share.
  seedPractices(make: () => PracticeRecord[]): Promise<void> {
    return this.#practices.seedPractices(make);
  }
  getPractice(id: string, locale: Locale) {
    return this.#practices.getPractice(id, locale);
  }
  listPractices(filter: PracticeFilter) {
    return this.#practices.listPractices(filter);
  }
  putPractice(change: PracticeChange, expectedVersion: number | null): Promise<boolean> {
    return this.#practices.putPractice(change, expectedVersion);
  }
  listPracticeChanges(id: string, locale: Locale) {
    return this.#practices.listPracticeChanges(id, locale);
  }

  /** The same pool, seen by `organisation`: see the port. */
  forOrganisation(organisation: string): PostgresStore {
    return new PostgresStore(this.#db, organisation);
  }

  /** Every council's content (migration 6), on the same pool. */
  contentStore(): ContentStore {
    return sqlContentStore(this.#db);
  }

  // The councils this server hosts: server-wide, whichever organisation this store is.
  createOrganisation(organisation: Organisation): Promise<void> {
    return this.#organisations.createOrganisation(organisation);
  }
  getOrganisation(idOrSlug: string): Promise<Organisation | null> {
    return this.#organisations.getOrganisation(idOrSlug);
  }
  listOrganisations(): Promise<Organisation[]> {
    return this.#organisations.listOrganisations();
  }
  putOrganisationSettings(id: string, settings: OrganisationSettings): Promise<boolean> {
    return this.#organisations.putOrganisationSettings(id, settings);
  }
  getCouncilSettings(id: string) {
    return this.#organisations.getCouncilSettings(id);
  }
  putCouncilSettings(id: string, settings: OrganisationSettings, expectedVersion: number): Promise<boolean> {
    return this.#organisations.putCouncilSettings(id, settings, expectedVersion);
  }

  createContribution(args: CreateArgs): Promise<CreateResult> {
    return this.#create(args, null) as Promise<CreateResult>;
  }

  async spaceForCreate(idOrSlug: string, fresh: boolean): Promise<{ space: Space | null; remembered: boolean }> {
    const known = this.#knownSpaces();
    const remembered = fresh ? undefined : known.get(idOrSlug);
    if (remembered) return { space: remembered.space, remembered: true };
    const [row] = await this.#db.query<{ doc: string }>(SPACE_FOR_CREATE, [this.#org, idOrSlug], {
      prepareAs: 'participe.spaceForCreate',
    });
    known.delete(idOrSlug);
    if (!row) return { space: null, remembered: false };
    const space = deepFreeze(JSON.parse(row.doc) as Space);
    if (known.size >= KNOWN_SPACES_MAX) known.delete(known.keys().next().value!);
    known.set(idOrSlug, { space, doc: row.doc });
    return { space, remembered: false };
  }

  async createContributionIn(checked: CheckedSpace, args: CreateArgs): Promise<CreateResult | SpaceChanged> {
    const known = this.#knownSpaces();
    const doc = known.get(checked.name);
    const outcome = await this.#create(args, {
      name: checked.name,
      doc: doc?.space === checked.space ? doc.doc : json(checked.space),
    });
    if (!outcome.ok && outcome.reason === 'spaceChanged') known.delete(checked.name);
    return outcome;
  }

  #knownSpaces(): KnownSpaces {
    const byOrganisation = KNOWN_SPACES.get(this.#db) ?? new Map<string, KnownSpaces>();
    KNOWN_SPACES.set(this.#db, byOrganisation);
    const known = byOrganisation.get(this.#org) ?? new Map();
    byOrganisation.set(this.#org, known);
    return known;
  }

  async #create(args: CreateArgs, space: { name: string; doc: string } | null): Promise<CreateResult | SpaceChanged> {
    assertNewHistory(args);
    assertStorable(args, 'createContribution');
    const { view, events, private: secret, idempotency } = args;
    let rows: { created: number; space: boolean }[];
    try {
      rows = await this.#db.query<{ created: number; space: boolean }>(
        CREATE,
        [
          ...projection(view),
          idempotency?.key ?? null,
          idempotency ? json(idempotency) : null,
          json(events),
          secret.followUpCode,
          secret.secretHash,
          secret.contact === null ? null : json(secret.contact),
          this.#org,
          space?.name ?? null,
          space?.doc ?? null,
        ],
        { prepareAs: 'participe.create' },
      );
    } catch (e) {
      throw explain(e, view);
    }
    if (rows[0]?.created === 1) return { ok: true };
    if (rows[0]?.space === false) return { ok: false, reason: 'spaceChanged' };
    const existing = await this.getIdempotency(idempotency!.key);
    if (!existing) throw new Error(`Idempotency key ${idempotency!.key} was taken, then vanished`);
    return { ok: false, reason: 'idempotencyKeyTaken', existing };
  }

  async getIdempotency(key: string): Promise<IdempotencyRecord | null> {
    const [row] = await this.#db.query<{ record: IdempotencyRecord }>(
      'SELECT record FROM idempotency_keys WHERE organisation_id = $2 AND key = $1',
      [key, this.#org],
      { prepareAs: 'participe.getIdempotency' },
    );
    return row?.record ?? null;
  }

  async appendEvent(args: AppendArgs): Promise<AppendResult> {
    assertStorable(args, 'appendEvent');
    return this.#db.transaction(async (tx) => (await this.#append(tx, args)) ?? ({ ok: true } as const));
  }

  async appendEvents(batch: readonly AppendArgs[]): Promise<AppendManyResult> {
    assertStorable(batch, 'appendEvents');
    if (new Set(batch.map((a) => a.contributionId)).size !== batch.length) {
      throw new Error('The same contribution twice in one batch');
    }
    // Rows are locked in id order, so two batches over the same contributions cannot deadlock.
    const order = [...batch.keys()].sort((a, b) => (batch[a]!.contributionId < batch[b]!.contributionId ? -1 : 1));
    const outcome = await this.#db
      .transaction(async (tx) => {
        for (const index of order) {
          const failure = await this.#append(tx, batch[index]!);
          // Throwing rolls back what this batch already wrote.
          if (failure) throw new BatchFailure(index, failure);
        }
        return { ok: true } as const;
      })
      .catch((e: unknown) => {
        if (e instanceof BatchFailure) return { ok: false, index: e.index, failure: e.failure } as const;
        throw e;
      });
    return outcome;
  }

  /** Appends one event in `tx`; returns why not, or `null` when written. */
  async #append(tx: SqlExecutor, args: AppendArgs): Promise<Exclude<AppendResult, { ok: true }> | null> {
    // The row lock makes a concurrent writer with the same expectedVersion wait, then
    // see the new version and get a conflict: exactly one of them wins.
    const [row] = await tx.query<{ version: number; erased: boolean }>(
      'SELECT version, erased_at IS NOT NULL AS erased FROM contributions WHERE organisation_id = $2 AND id = $1 FOR UPDATE',
      [args.contributionId, this.#org],
      { prepareAs: 'participe.lockContribution' },
    );
    if (!row) return { ok: false, reason: 'notFound' };
    if (row.version !== args.expectedVersion) return { ok: false, reason: 'conflict', currentVersion: row.version };
    if (args.event.seq !== args.expectedVersion + 1 || args.view.version !== args.event.seq) {
      throw new Error(`Event seq ${args.event.seq} does not follow version ${args.expectedVersion}`);
    }
    // A view computed before the author erased their data still holds their words.
    const view = row.erased ? eraseView(args.view) : args.view;
    const event = row.erased ? (eraseEvent(args.event) ?? args.event) : args.event;
    await tx.query(
      `UPDATE contributions SET (${PROJECTION}) = (${PROJECTION_VALUES}) WHERE organisation_id = $13 AND id = $1`,
      [...projection(view), this.#org],
      {
        prepareAs: 'participe.project',
      },
    );
    await tx.query(INSERT_EVENT, eventParams(event, this.#org), { prepareAs: 'participe.appendEvent' });
    for (const n of args.notifications ?? []) {
      await tx.query(
        `INSERT INTO notifications (organisation_id, id, contribution_id, kind, recipient, payload, created_at, sent_at)
          VALUES ($8, $1, $2, $3, $4::text::jsonb, $5::text::jsonb, $6, $7)`,
        [
          n.id,
          n.contributionId,
          n.kind,
          n.to === null ? null : json(n.to),
          json(n.payload),
          n.createdAt,
          n.sentAt,
          this.#org,
        ],
        { prepareAs: 'participe.notify' },
      );
    }
    if (args.closeReports) await closeReportsIn(tx, this.#org, args.contributionId, args.closeReports);
    return null;
  }

  async getContribution(id: string): Promise<ContributionView | null> {
    const [row] = await this.#db.query<{ view: ContributionView }>(
      'SELECT view FROM contributions WHERE organisation_id = $2 AND id = $1',
      [id, this.#org],
      {
        prepareAs: 'participe.getContribution',
      },
    );
    return row?.view ?? null;
  }

  async getEvents(id: string): Promise<StoredContributionEvent[]> {
    const rows = await this.#db.query<{ event: StoredContributionEvent }>(
      'SELECT event FROM contribution_events WHERE organisation_id = $2 AND contribution_id = $1 ORDER BY seq',
      [id, this.#org],
      { prepareAs: 'participe.getEvents' },
    );
    return rows.map((r) => r.event);
  }

  async getPrivate(id: string): Promise<ContributionPrivate | null> {
    const [row] = await this.#db.query<ContributionPrivate>(
      `SELECT contact, secret_hash AS "secretHash", follow_up_code AS "followUpCode"
        FROM contribution_private WHERE organisation_id = $2 AND contribution_id = $1`,
      [id, this.#org],
      { prepareAs: 'participe.getPrivate' },
    );
    return row ?? null;
  }

  async findByFollowUpCode(code: string): Promise<string | null> {
    const [row] = await this.#db.query<{ id: string }>(
      'SELECT contribution_id AS id FROM contribution_private WHERE organisation_id = $2 AND follow_up_code = $1',
      [code, this.#org],
      { prepareAs: 'participe.findByFollowUpCode' },
    );
    return row?.id ?? null;
  }

  async listContributions(filter: ContributionFilter): Promise<Page<ContributionView>> {
    const limit = filter.limit ?? 20;
    if (!Number.isSafeInteger(limit) || limit < 0)
      throw new RangeError(`limit must be a whole number ≥ 0, got ${limit}`);
    if (!canMatch(filter)) return { items: [], nextCursor: null };
    const { sql, params, prepareAs } = listQuery(this.#org, filter, limit);
    const rows = await this.#db.query<{ view: ContributionView }>(sql, params, prepareAs ? { prepareAs } : {});
    const items = rows.slice(0, limit).map((r) => r.view);
    const last = items.at(-1);
    return {
      items,
      nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
    };
  }

  async stats(
    spaceId: string,
    overdue: { now: string; answerWithinDays: number },
    scope: StatsScope = {},
  ): Promise<ContributionStats> {
    const { sql, params } = statsQuery(this.#org, spaceId, overdue, scope.statuses);
    const [row] = await this.#db.query<{ groups: [string, string, number][]; median: number | null; overdue: number }>(
      sql,
      params,
    );
    const byStatus: ContributionStats['byStatus'] = {};
    const byTheme: Record<string, number> = {};
    let total = 0;
    for (const [status, theme, n] of row?.groups ?? []) {
      const key = status as keyof ContributionStats['byStatus'];
      byStatus[key] = (byStatus[key] ?? 0) + n;
      if (!scope.themesOf || scope.themesOf.includes(key)) byTheme[theme] = (byTheme[theme] ?? 0) + n;
      total += n;
    }
    return { total, byStatus, byTheme, medianDaysToAnswer: row?.median ?? null, overdue: row?.overdue ?? 0 };
  }

  board(query: BoardQuery): Promise<BoardFigures> {
    return readBoard(this.#db, query, this.#org);
  }

  async listNotifications(contributionId?: string): Promise<NotificationRecord[]> {
    return this.#db.query<NotificationRecord>(
      `SELECT id, contribution_id AS "contributionId", kind, recipient AS "to", payload,
          created_at AS "createdAt", sent_at AS "sentAt"
        FROM notifications WHERE organisation_id = $2 AND ($1::text IS NULL OR contribution_id = $1) ORDER BY position`,
      [contributionId ?? null, this.#org],
    );
  }

  // The outbox is server-wide: the dispatcher sends every council's notifications, whichever
  // organisation this store is (ids are random, unique across organisations).
  async listPendingNotifications(limit: number): Promise<Array<NotificationRecord & { organisation: string }>> {
    return this.#db.query<NotificationRecord & { organisation: string }>(
      `SELECT id, contribution_id AS "contributionId", kind, recipient AS "to", payload,
          created_at AS "createdAt", sent_at AS "sentAt", organisation_id AS organisation
        FROM notifications WHERE sent_at IS NULL AND recipient IS NOT NULL ORDER BY position LIMIT $1`,
      [limit],
    );
  }

  /** `organisation`: the council whose notification it is (ids are unique within a council only). */
  async markNotificationSent(id: string, at: string, organisation?: string): Promise<boolean> {
    const rows = await this.#db.query(
      `UPDATE notifications SET sent_at = $2
        WHERE id = $1 AND sent_at IS NULL AND ($3::text IS NULL OR organisation_id = $3) RETURNING id`,
      [id, at, organisation ?? null],
    );
    return rows.length === 1;
  }

  // Retention is server-wide too: one job forgets the contacts of every council.
  async forgetContacts(closedBefore: string): Promise<number> {
    return this.#db.transaction(async (tx) => {
      const rows = await tx.query<{ org: string; id: string }>(
        `UPDATE contribution_private p SET contact = NULL
          FROM contributions c
          WHERE c.organisation_id = p.organisation_id AND c.id = p.contribution_id AND p.contact IS NOT NULL
            AND c.status = ANY($2::text[]) AND (c.view->>'updatedAt')::timestamptz < $1::timestamptz
            AND NOT EXISTS (SELECT 1 FROM notifications n
              WHERE n.organisation_id = c.organisation_id AND n.contribution_id = c.id AND n.sent_at IS NULL AND n.recipient IS NOT NULL)
          RETURNING p.organisation_id AS org, p.contribution_id AS id`,
        [closedBefore, [...CLOSED_STATUSES]],
      );
      if (rows.length > 0) {
        await tx.query(
          `UPDATE notifications n SET recipient = NULL FROM unnest($1::text[], $2::text[]) AS f (org, id)
            WHERE n.organisation_id = f.org AND n.contribution_id = f.id`,
          [rows.map((r) => r.org), rows.map((r) => r.id)],
        );
      }
      return rows.length;
    });
  }

  async eraseAuthorData(id: string, at: string): Promise<boolean> {
    return this.#db.transaction(async (tx) => {
      const [row] = await tx.query<{ view: ContributionView }>(
        `SELECT c.view FROM contributions c
          JOIN contribution_private p ON p.organisation_id = c.organisation_id AND p.contribution_id = c.id
          WHERE c.organisation_id = $2 AND c.id = $1 FOR UPDATE OF c`,
        [id, this.#org],
      );
      if (!row) return false;
      const view = eraseView(row.view);
      await tx.query(
        `UPDATE contributions SET view = $2::text::jsonb, search = to_tsvector('french', $3::text),
            territory = $4::text, erased_at = coalesce(erased_at, $5::timestamptz) WHERE organisation_id = $6 AND id = $1`,
        [id, json(view), searchText(view.content), view.content.territory ?? null, at, this.#org],
      );
      await this.#eraseEvents(tx, id);
      await tx.query(
        `UPDATE contribution_private SET contact = NULL, secret_hash = '' WHERE organisation_id = $2 AND contribution_id = $1`,
        [id, this.#org],
      );
      // The outbox holds copies of the contact and quotes the title: both go.
      const notices = await tx.query<{ id: string; payload: Record<string, unknown> }>(
        'SELECT id, payload FROM notifications WHERE organisation_id = $2 AND contribution_id = $1',
        [id, this.#org],
      );
      for (const n of notices) {
        await tx.query(
          'UPDATE notifications SET recipient = NULL, payload = $2::text::jsonb WHERE organisation_id = $3 AND id = $1',
          [n.id, json(eraseNoticePayload(n.payload)), this.#org],
        );
      }
      return true;
    });
  }

  // Spaces, members, the cycle and diagnostics.
  getSpace(idOrSlug: string): Promise<Space | null> {
    return this.#spaces.getSpace(idOrSlug);
  }
  listSpaces(): Promise<Space[]> {
    return this.#spaces.listSpaces();
  }
  async putSpace(space: Space): Promise<void> {
    await this.#spaces.putSpace(space);
    // Its id and slug, and a slug it may have left: the next create reads it again.
    this.#knownSpaces().clear();
  }
  listMembers(spaceId: string): Promise<Member[]> {
    return this.#spaces.listMembers(spaceId);
  }
  putMember(member: Member): Promise<void> {
    return this.#spaces.putMember(member);
  }
  getCycleEvents(spaceId: string): Promise<StoredCycleEvent[]> {
    return this.#spaces.getCycleEvents(spaceId);
  }
  appendCycleEvent(spaceId: string, expectedSeq: number, event: CycleEvent): Promise<boolean> {
    return this.#spaces.appendCycleEvent(spaceId, expectedSeq, event);
  }
  saveDiagnosticResponse(response: DiagnosticResponseRecord): Promise<void> {
    return this.#spaces.saveDiagnosticResponse(response);
  }
  listDiagnosticResponses(spaceId: string): Promise<DiagnosticResponseRecord[]> {
    return this.#spaces.listDiagnosticResponses(spaceId);
  }

  // Reports, meetings and attestations.
  addReport(report: Report): Promise<void> {
    return this.#backoffice.addReport(report);
  }
  listReports(filter: ReportFilter): Promise<Report[]> {
    return this.#backoffice.listReports(filter);
  }
  closeReports(contributionId: string, closed: NonNullable<Report['closed']>): Promise<number> {
    return this.#backoffice.closeReports(contributionId, closed);
  }
  listMeetings(spaceId: string): Promise<Meeting[]> {
    return this.#backoffice.listMeetings(spaceId);
  }
  getMeeting(id: string): Promise<Meeting | null> {
    return this.#backoffice.getMeeting(id);
  }
  putMeeting(meeting: Meeting, expectedVersion: number | null): Promise<boolean> {
    return this.#backoffice.putMeeting(meeting, expectedVersion);
  }
  putAttestation(attestation: Attestation): Promise<void> {
    return this.#backoffice.putAttestation(attestation);
  }
  getAttestation(id: string): Promise<Attestation | null> {
    return this.#backoffice.getAttestation(id);
  }
  listAttestations(spaceId: string, memberId?: string): Promise<Attestation[]> {
    return this.#backoffice.listAttestations(spaceId, memberId);
  }

  /**
   * Runs `fn` with a store over one transaction: all it writes commits together, or rolls
   * back when it throws (an import writes all its rows or none; see `interop/transaction.ts`).
   */
  inTransaction<T>(fn: (store: ParticipeStore) => Promise<T>): Promise<T> {
    return this.#db.transaction((tx) =>
      fn(
        new PostgresStore(
          {
            query: tx.query.bind(tx),
            transaction: <R>(inner: (tx: SqlExecutor) => Promise<R>) => inner(tx),
            close: async () => {},
          },
          this.#org,
        ),
      ),
    );
  }

  async close(): Promise<void> {
    await this.#db.close();
  }

  async #eraseEvents(tx: SqlExecutor, id: string) {
    const rows = await tx.query<{ event: StoredContributionEvent }>(
      `SELECT event FROM contribution_events WHERE organisation_id = $2 AND contribution_id = $1
        AND type IN ('contribution.created', 'contribution.edit', 'contribution.withdraw') ORDER BY seq`,
      [id, this.#org],
    );
    for (const { event } of rows) {
      const erased = eraseEvent(event);
      if (!erased) continue;
      await tx.query(
        'UPDATE contribution_events SET event = $3::text::jsonb WHERE organisation_id = $4 AND contribution_id = $1 AND seq = $2',
        [id, event.seq, json(erased), this.#org],
      );
    }
  }
}

class BatchFailure extends Error {
  constructor(
    readonly index: number,
    readonly failure: Exclude<AppendResult, { ok: true }>,
  ) {
    super(`Batch item ${index} failed: ${failure.reason}`);
  }
}
