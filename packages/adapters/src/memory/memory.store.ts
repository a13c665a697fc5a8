import {
  type AppendArgs,
  type AppendManyResult,
  type AppendResult,
  type Attestation,
  type BoardFigures,
  type BoardQuery,
  type ContributionFilter,
  type ContributionPrivate,
  type ContributionStats,
  type ContributionView,
  type CreateArgs,
  type CreateResult,
  DEFAULT_ORGANISATION,
  type DiagnosticResponseRecord,
  daysWaiting,
  type IdempotencyRecord,
  isOverdue,
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
  STATUS_TRAITS,
  type StatsScope,
  type StoredContributionEvent,
  type StoredCycleEvent,
} from '@participe/core';
import type { CouncilSettingsPlace } from '../service/council-settings.js';
import { assertNewHistory, FollowUpCodeTaken } from '../shared/create.js';
import { decodeCursor, encodeCursor, fold } from '../shared/cursor.js';
import { eraseEvent, eraseNoticePayload, eraseView } from '../shared/erase.js';
import { memoryBoard } from './board.memory.js';
import { memoryPractices, newPracticeWorld, type PracticeWorld } from './practice.memory.js';

const clone = <T>(v: T): T => structuredClone(v);

interface MemoryWorld {
  tenants: Map<string, MemoryStore>;
  organisations: Map<string, Organisation>;
  /** How many times each organisation's settings changed (`organisations.settings_version`). */
  settingsVersions: Map<string, number>;
  practices: PracticeWorld;
}

/** The organisation a new memory store starts with, as migration 4 makes it in PostgreSQL. */
const DEFAULT_ROW: Organisation = {
  id: DEFAULT_ORGANISATION,
  slug: DEFAULT_ORGANISATION,
  name: 'Organisation par défaut',
  kind: 'autre',
  settings: {},
  createdAt: '2026-01-01T00:00:00.000Z',
};

/** Median of whole days; `null` for an empty list. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * An in-memory store for tests, Storybook and demos. Same contract as the PostgreSQL
 * store (the shared contract suite runs on both); every write is atomic because it runs
 * synchronously between two awaits. Values are copied in and out: callers cannot mutate it.
 */
export class MemoryStore implements ParticipeStore, OrganisationStore, CouncilSettingsPlace {
  /** Every organisation's store, and the organisations, shared by the stores `forOrganisation` makes. */
  #world: MemoryWorld = {
    tenants: new Map([[DEFAULT_ORGANISATION, this]]),
    organisations: new Map([[DEFAULT_ORGANISATION, DEFAULT_ROW]]),
    settingsVersions: new Map(),
    practices: newPracticeWorld(),
  };
  #spaces = new Map<string, Space>();
  #members = new Map<string, Member>();
  #cycle = new Map<string, StoredCycleEvent[]>();
  #views = new Map<string, ContributionView>();
  #events = new Map<string, StoredContributionEvent[]>();
  #private = new Map<string, ContributionPrivate>();
  #codes = new Map<string, string>();
  #idempotency = new Map<string, IdempotencyRecord>();
  #notifications: NotificationRecord[] = [];
  #diagnostics: DiagnosticResponseRecord[] = [];
  #reports: Report[] = [];
  #meetings = new Map<string, Meeting>();
  #attestations: Attestation[] = [];

  async createContribution(args: CreateArgs): Promise<CreateResult> {
    assertNewHistory(args);
    if (args.idempotency) {
      const existing = this.#idempotency.get(args.idempotency.key);
      if (existing) return { ok: false, reason: 'idempotencyKeyTaken', existing: clone(existing) };
    }
    const id = args.view.id;
    if (this.#views.has(id)) throw new Error(`Contribution ${id} already exists`);
    if (this.#codes.has(args.private.followUpCode)) throw new FollowUpCodeTaken();
    this.#views.set(id, clone(args.view));
    this.#events.set(id, args.events.map(clone));
    this.#private.set(id, clone(args.private));
    this.#codes.set(args.private.followUpCode, id);
    if (args.idempotency) this.#idempotency.set(args.idempotency.key, clone(args.idempotency));
    return { ok: true };
  }

  async getIdempotency(key: string) {
    const r = this.#idempotency.get(key);
    return r ? clone(r) : null;
  }

  async appendEvent(args: AppendArgs): Promise<AppendResult> {
    const failure = this.#check(args);
    if (failure) return failure;
    this.#apply(args);
    return { ok: true };
  }

  async appendEvents(batch: readonly AppendArgs[]): Promise<AppendManyResult> {
    const seen = new Set<string>();
    for (const [index, args] of batch.entries()) {
      if (seen.has(args.contributionId)) throw new Error(`Contribution ${args.contributionId} twice in one batch`);
      seen.add(args.contributionId);
      const failure = this.#check(args);
      if (failure) return { ok: false, index, failure };
    }
    for (const args of batch) this.#apply(args);
    return { ok: true };
  }

  #check(args: AppendArgs): Exclude<AppendResult, { ok: true }> | null {
    const current = this.#views.get(args.contributionId);
    if (!current) return { ok: false, reason: 'notFound' };
    if (current.version !== args.expectedVersion)
      return { ok: false, reason: 'conflict', currentVersion: current.version };
    if (args.event.seq !== args.expectedVersion + 1 || args.view.version !== args.event.seq) {
      throw new Error(`Event seq ${args.event.seq} does not follow version ${args.expectedVersion}`);
    }
    return null;
  }

  #apply(args: AppendArgs) {
    this.#events.get(args.contributionId)!.push(clone(args.event));
    this.#views.set(args.contributionId, clone(args.view));
    for (const n of args.notifications ?? []) this.#notifications.push(clone(n));
    if (args.closeReports) this.#close(args.contributionId, args.closeReports);
  }

  #close(contributionId: string, closed: NonNullable<Report['closed']>): number {
    let n = 0;
    this.#reports = this.#reports.map((r) => {
      if (r.contributionId !== contributionId || r.closed !== null) return r;
      n += 1;
      return { ...r, closed: clone(closed) };
    });
    return n;
  }

  async getContribution(id: string) {
    const v = this.#views.get(id);
    return v ? clone(v) : null;
  }

  async getEvents(id: string) {
    return clone(this.#events.get(id) ?? []);
  }

  async getPrivate(id: string) {
    const p = this.#private.get(id);
    return p ? clone(p) : null;
  }

  async findByFollowUpCode(code: string) {
    return this.#codes.get(code) ?? null;
  }

  async listContributions(filter: ContributionFilter): Promise<Page<ContributionView>> {
    const limit = filter.limit ?? 20;
    const after = filter.cursor ? decodeCursor(filter.cursor) : null;
    const terms = filter.q
      ? fold(filter.q)
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean)
      : [];
    const matches = [...this.#views.values()]
      .filter((v) => !filter.spaceId || v.spaceId === filter.spaceId)
      .filter((v) => !filter.status || filter.status.includes(v.status))
      .filter((v) => !filter.kind || v.content.kind === filter.kind)
      .filter((v) => !filter.theme || v.content.theme === filter.theme)
      .filter((v) => !filter.territory || v.content.territory === filter.territory)
      .filter((v) => !filter.overdue || isOverdue(v, filter.overdue, filter.overdue.now))
      .filter((v) => {
        if (terms.length === 0) return true;
        const text = fold(`${v.content.title} ${v.content.body}`);
        return terms.every((t) => text.includes(t));
      })
      .sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1))
      .filter((v) => !after || v.createdAt < after.createdAt || (v.createdAt === after.createdAt && v.id < after.id));
    const items = matches.slice(0, limit);
    const last = items.at(-1);
    return {
      items: clone(items),
      nextCursor: matches.length > limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
    };
  }

  async stats(
    spaceId: string,
    overdue: { now: string; answerWithinDays: number },
    scope: StatsScope = {},
  ): Promise<ContributionStats> {
    const counted = (s: ContributionView['status']) => (scope.statuses ? scope.statuses.includes(s) : s !== 'draft');
    const views = [...this.#views.values()].filter((v) => v.spaceId === spaceId && counted(v.status));
    const byStatus: ContributionStats['byStatus'] = {};
    const byTheme: Record<string, number> = {};
    const days: number[] = [];
    let late = 0;
    for (const v of views) {
      byStatus[v.status] = (byStatus[v.status] ?? 0) + 1;
      if (!scope.themesOf || scope.themesOf.includes(v.status)) {
        byTheme[v.content.theme] = (byTheme[v.content.theme] ?? 0) + 1;
      }
      if (v.answer?.publishedAt) days.push(daysWaiting(v, overdue.now) ?? 0);
      if (isOverdue(v, overdue, overdue.now)) late += 1;
    }
    return { total: views.length, byStatus, byTheme, medianDaysToAnswer: median(days), overdue: late };
  }

  async board(query: BoardQuery): Promise<BoardFigures> {
    return clone(memoryBoard(this.#views.values(), query));
  }

  async listNotifications(contributionId?: string) {
    return clone(this.#notifications.filter((n) => !contributionId || n.contributionId === contributionId));
  }

  // Practice sheets: each organisation's, and the ones other councils share.
  get #practices(): PracticeStore {
    const org = [...this.#world.tenants].find(([, s]) => s === this)?.[0] ?? DEFAULT_ORGANISATION;
    const nameOf = (id: string) => this.#world.organisations.get(id)?.name ?? id;
    return memoryPractices(this.#world.practices, org, nameOf);
  }
  seedPractices(make: () => PracticeRecord[]) {
    return this.#practices.seedPractices(make);
  }
  getPractice(id: string, locale: Locale) {
    return this.#practices.getPractice(id, locale);
  }
  listPractices(filter: PracticeFilter) {
    return this.#practices.listPractices(filter);
  }
  putPractice(change: PracticeChange, expectedVersion: number | null) {
    return this.#practices.putPractice(change, expectedVersion);
  }
  listPracticeChanges(id: string, locale: Locale) {
    return this.#practices.listPracticeChanges(id, locale);
  }

  /** The same store seen by `organisation`: its own data, the same outbox and organisations. */
  forOrganisation(organisation: string): MemoryStore {
    const known = this.#world.tenants.get(organisation);
    if (known) return known;
    const store = new MemoryStore();
    store.#world = this.#world;
    this.#world.tenants.set(organisation, store);
    return store;
  }

  // The councils: server-wide, whichever organisation this store is.
  async createOrganisation(organisation: Organisation) {
    const all = [...this.#world.organisations.values()];
    if (all.some((o) => o.id === organisation.id || o.slug === organisation.slug)) {
      throw new Error(`An organisation already has the id "${organisation.id}" or the slug "${organisation.slug}"`);
    }
    this.#world.organisations.set(organisation.id, clone(organisation));
  }

  async getOrganisation(idOrSlug: string) {
    const byId = this.#world.organisations.get(idOrSlug);
    const found = byId ?? [...this.#world.organisations.values()].find((o) => o.slug === idOrSlug);
    return found ? clone(found) : null;
  }

  async listOrganisations() {
    return clone([...this.#world.organisations.values()]);
  }

  async putOrganisationSettings(id: string, settings: OrganisationSettings) {
    const found = this.#world.organisations.get(id);
    if (!found) return false;
    return this.putCouncilSettings(id, settings, this.#world.settingsVersions.get(id) ?? 0);
  }

  // The one place a council's settings are kept (see `service/council-settings.ts`).
  async getCouncilSettings(id: string) {
    const found = this.#world.organisations.get(id);
    return found ? { settings: clone(found.settings), version: this.#world.settingsVersions.get(id) ?? 0 } : null;
  }

  async putCouncilSettings(id: string, settings: OrganisationSettings, expectedVersion: number) {
    const found = this.#world.organisations.get(id);
    const version = this.#world.settingsVersions.get(id) ?? 0;
    if (!found || version !== expectedVersion) return false;
    this.#world.organisations.set(id, { ...found, settings: clone(settings) });
    this.#world.settingsVersions.set(id, version + 1);
    return true;
  }

  // The outbox and retention are server-wide: every organisation's, whichever store is asked.
  async listPendingNotifications(limit: number) {
    // Each with its council: ids are unique within a council only.
    const all = [...this.#world.tenants].flatMap(([organisation, t]) =>
      t.#notifications.filter((n) => n.sentAt === null && n.to !== null).map((n) => ({ ...clone(n), organisation })),
    );
    return all.slice(0, limit);
  }

  /** `organisation`: the council whose notification it is (the outbox says it); without it, the first with that id. */
  async markNotificationSent(id: string, at: string, organisation?: string) {
    const all = [...this.#world.tenants.values()];
    const one = organisation === undefined ? undefined : this.#world.tenants.get(organisation);
    const tenants = organisation === undefined ? all : one ? [one] : [];
    const n = tenants.flatMap((t) => t.#notifications).find((x) => x.id === id);
    if (!n || n.sentAt !== null) return false;
    n.sentAt = at;
    return true;
  }

  async forgetContacts(closedBefore: string) {
    let n = 0;
    for (const tenant of this.#world.tenants.values()) n += tenant.#forgetContacts(closedBefore);
    return n;
  }

  #forgetContacts(closedBefore: string) {
    let n = 0;
    for (const [id, view] of this.#views) {
      const priv = this.#private.get(id);
      if (!priv?.contact || !STATUS_TRAITS[view.status].closed) continue;
      if (view.updatedAt >= closedBefore) continue;
      if (this.#notifications.some((x) => x.contributionId === id && x.sentAt === null && x.to !== null)) continue;
      this.#private.set(id, { ...priv, contact: null });
      this.#notifications = this.#notifications.map((x) => (x.contributionId === id ? { ...x, to: null } : x));
      n += 1;
    }
    return n;
  }

  async addReport(report: Report) {
    this.#reports.push(clone(report));
  }

  async listReports(filter: ReportFilter) {
    return clone(
      this.#reports.filter(
        (r) =>
          r.spaceId === filter.spaceId &&
          (!filter.contributionId || r.contributionId === filter.contributionId) &&
          (!filter.open || r.closed === null),
      ),
    );
  }

  async closeReports(contributionId: string, closed: NonNullable<Report['closed']>) {
    return this.#close(contributionId, closed);
  }

  async listMeetings(spaceId: string) {
    return clone(
      [...this.#meetings.values()]
        .filter((m) => m.spaceId === spaceId)
        .sort((a, b) => (a.on === b.on ? (a.id < b.id ? -1 : 1) : a.on < b.on ? -1 : 1)),
    );
  }

  async getMeeting(id: string) {
    const m = this.#meetings.get(id);
    return m ? clone(m) : null;
  }

  async putMeeting(meeting: Meeting, expectedVersion: number | null) {
    const current = this.#meetings.get(meeting.id);
    if (expectedVersion === null ? current !== undefined : current?.version !== expectedVersion) return false;
    this.#meetings.set(meeting.id, clone(meeting));
    return true;
  }

  async putAttestation(attestation: Attestation) {
    this.#attestations.push(clone(attestation));
  }

  async getAttestation(id: string) {
    const a = this.#attestations.find((x) => x.id === id);
    return a ? clone(a) : null;
  }

  async listAttestations(spaceId: string, memberId?: string) {
    return clone(
      this.#attestations.filter((a) => a.spaceId === spaceId && (!memberId || a.memberId === memberId)).reverse(),
    );
  }

  async eraseAuthorData(id: string, _at: string): Promise<boolean> {
    const view = this.#views.get(id);
    const priv = this.#private.get(id);
    if (!view || !priv) return false;
    // Same rules as the PostgreSQL store (see erase.ts): words and names go, the answer stays.
    this.#views.set(id, eraseView(view));
    this.#private.set(id, { ...priv, contact: null, secretHash: '' });
    this.#events.set(
      id,
      this.#events.get(id)!.map((e) => eraseEvent(e) ?? e),
    );
    this.#notifications = this.#notifications.map((n) =>
      n.contributionId === id ? { ...n, to: null, payload: eraseNoticePayload(n.payload) } : n,
    );
    return true;
  }

  async getSpace(idOrSlug: string) {
    const s = this.#spaces.get(idOrSlug) ?? [...this.#spaces.values()].find((x) => x.slug === idOrSlug);
    return s ? clone(s) : null;
  }

  async listSpaces() {
    return clone([...this.#spaces.values()]);
  }

  async putSpace(space: Space) {
    this.#spaces.set(space.id, clone(space));
  }

  async listMembers(spaceId: string) {
    return clone([...this.#members.values()].filter((m) => m.spaceId === spaceId));
  }

  async putMember(member: Member) {
    this.#members.set(member.id, clone(member));
  }

  async getCycleEvents(spaceId: string) {
    return clone(this.#cycle.get(spaceId) ?? []);
  }

  async appendCycleEvent(spaceId: string, expectedSeq: number, event: StoredCycleEvent['event']) {
    const list = this.#cycle.get(spaceId) ?? [];
    if (list.length !== expectedSeq) return false;
    list.push({ spaceId, seq: expectedSeq + 1, event: clone(event) });
    this.#cycle.set(spaceId, list);
    return true;
  }

  async saveDiagnosticResponse(response: DiagnosticResponseRecord) {
    this.#diagnostics.push(clone(response));
  }

  async listDiagnosticResponses(spaceId: string) {
    return clone(this.#diagnostics.filter((d) => d.spaceId === spaceId));
  }

  async close() {}
}
