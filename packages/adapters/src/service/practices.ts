// Practice sheets written by groups (issue 17 §2). A group's members draft a sheet, submit
// it; a council editor (or an administrator of the council) publishes it or returns it with a
// reason, which the authors read on the sheet itself (`review`, in their group's list and
// on the sheet); published sheets are public, and a council may share one with every
// council on the server. Every change is a new version with who made it.
import {
  builtinPracticeContent,
  contentPacks,
  EDITABLE_PRACTICE_STATUSES,
  expandQuery,
  LOCALES,
  type Locale,
  PRACTICE_SUMMARY_FIELDS,
  type PracticeChange,
  type PracticeCommand,
  PracticeContentSchema,
  type PracticeDraft,
  PracticeDraftSchema,
  type PracticeRecord,
  type PracticeSearchResult,
  type PracticeStatus,
  type PracticeView,
  practiceFacetCounts,
  relatedPractices,
  type Space,
  type StoredPractice,
  words,
} from '@participe/core';
import type { BodyOf, QueryOf } from '../contract/api.js';
import { isEditor } from './admin.js';
import { entryOf, findContent } from './content.js';
import { fail, instant, memberOf, parseInput, requireSpace, type ServiceContext } from './context.js';
import { newId } from './crypto.js';

type LocaleQuery = { locale?: Locale } | undefined;
const localeOf = (ctx: ServiceContext, q: LocaleQuery): Locale => q?.locale ?? ctx.locale;

/** The built-in sheets, as every council receives them: published, written by nobody. */
function builtinRecords(at: string): PracticeRecord[] {
  return LOCALES.flatMap((locale) =>
    contentPacks[locale].practices.map((sheet) => ({
      id: sheet.id,
      locale,
      organisation: '',
      spaceId: null,
      status: 'published' as const,
      version: 1,
      shared: false,
      content: builtinPracticeContent(sheet, locale),
      review: null,
      authors: [],
      createdAt: at,
      updatedAt: at,
      publishedAt: at,
    })),
  );
}

async function seeded(ctx: ServiceContext): Promise<void> {
  await ctx.store.seedPractices(() => builtinRecords(instant(ctx)));
}

export function toPracticeView(p: StoredPractice): PracticeView {
  const year = p.content.startDate ? Number(p.content.startDate.slice(0, 4)) : undefined;
  return {
    ...p.content,
    id: p.id,
    locale: p.locale,
    status: p.status,
    version: p.version,
    ...(year ? { year } : {}),
    spaceId: p.spaceId,
    shared: p.shared,
    origin: { organisation: p.organisation, name: p.originName },
    review: p.review,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    publishedAt: p.publishedAt,
  };
}

const ownSheet = (ctx: ServiceContext, p: StoredPractice) => p.organisation === ctx.organisation;

/** Whether the caller wrote it: a member of its group, in its council. */
async function isAuthor(ctx: ServiceContext, p: StoredPractice): Promise<Space | null> {
  if (!ownSheet(ctx, p) || !p.spaceId || !ctx.caller) return null;
  const space = await ctx.store.getSpace(p.spaceId);
  return space && memberOf(ctx.caller, space) ? space : null;
}

/** Published sheets are anyone's; the others, their group's and the council editors'. */
async function mayRead(ctx: ServiceContext, p: StoredPractice): Promise<boolean> {
  if (p.status === 'published') return true;
  return ownSheet(ctx, p) && (isEditor(ctx.caller) || (await isAuthor(ctx, p)) !== null);
}

async function requirePractice(ctx: ServiceContext, id: unknown, locale: Locale): Promise<StoredPractice> {
  await seeded(ctx);
  const found = typeof id === 'string' ? await ctx.store.getPractice(id, locale) : null;
  if (!found || !(await mayRead(ctx, found))) throw fail(ctx, 404, 'contentNotFound');
  return found;
}

/** `GET /api/practices`: the published sheets of the council and those other councils share. */
export async function listPracticesQuery(
  ctx: ServiceContext,
  query: QueryOf<'listPractices'>,
): Promise<PracticeView[]> {
  await seeded(ctx);
  const found = await ctx.store.listPractices({
    locale: localeOf(ctx, query),
    statuses: ['published'],
    includeShared: true,
  });
  const phase = query?.phase;
  return found.filter((p) => !phase || p.content.phases?.includes(phase)).map(toPracticeView);
}

export async function getPracticeQuery(ctx: ServiceContext, id: unknown, query: LocaleQuery) {
  const p = await requirePractice(ctx, id, localeOf(ctx, query));
  return { body: toPracticeView(p), version: p.version };
}

/** `GET /api/practices/search`: French search, facets over the sheets found, best match first. */
export async function searchPracticesQuery(
  ctx: ServiceContext,
  query: QueryOf<'searchPractices'>,
): Promise<PracticeSearchResult & { resources?: { items: never[]; total: number } }> {
  await seeded(ctx);
  const terms = expandQuery(query.q ?? '');
  const found = await ctx.store.listPractices({
    locale: localeOf(ctx, query),
    statuses: ['published'],
    includeShared: true,
    terms,
  });
  const items = found.filter(
    (p) =>
      (!query.phase || p.content.phases?.includes(query.phase)) &&
      (!query.theme || p.content.themes?.includes(query.theme)) &&
      (!query.public || p.content.public?.includes(query.public)),
  );
  const limit = query.limit ?? 20;
  const view = query.fields === 'summary' ? summaryView : toPracticeView;
  const facets = practiceFacetCounts(items.map((p) => p.content));
  return {
    items: items.slice(0, limit).map(view),
    total: items.length,
    facets: { ...facets, phase: await withPhaseLabels(ctx, facets.phase, query.locale) },
    terms,
    // The same words in the resource centre (its French search, same phase): practices and
    // methods found together, each list ranked on its own.
    ...(terms.length && ctx.content ? { resources: await resourcesFound(ctx, query, limit) } : {}),
  };
}

/** A sheet as a list shows it: `PRACTICE_SUMMARY_FIELDS` and its identity. */
function summaryView(p: StoredPractice): PracticeView {
  const { content, ...rest } = p;
  const kept = Object.fromEntries(
    PRACTICE_SUMMARY_FIELDS.filter((k) => content[k] !== undefined).map((k) => [k, content[k]]),
  ) as Pick<PracticeDraft, (typeof PRACTICE_SUMMARY_FIELDS)[number]>;
  return toPracticeView({ ...rest, content: kept });
}

/** Each phase of the facet with the council's name for it (its phases are content it edits). */
async function withPhaseLabels(ctx: ServiceContext, counts: PhaseFacet[], locale: Locale | undefined) {
  if (!ctx.content || counts.length === 0) return counts;
  const phases = await findContent(ctx, 'phase', { locale: locale ?? ctx.locale });
  const label = new Map(phases.map((p) => [p.id, p.doc['label'] as PhaseFacet['label']]));
  return counts.map((c) => (label.get(c.value) ? { ...c, label: label.get(c.value) } : c));
}

async function resourcesFound(ctx: ServiceContext, query: QueryOf<'searchPractices'>, limit: number) {
  const found = await findContent(ctx, 'resource', {
    locale: query.locale ?? ctx.locale,
    phase: query.phase,
    q: query.q,
  });
  return { items: found.slice(0, limit).map(entryOf) as never[], total: found.length };
}

type PhaseFacet = PracticeSearchResult['facets']['phase'][number];

/** `GET /api/practices/{id}/related`: "vous aimerez aussi". */
export async function relatedPracticesQuery(ctx: ServiceContext, id: unknown, query: LocaleQuery) {
  const locale = localeOf(ctx, query);
  const sheet = toPracticeView(await requirePractice(ctx, id, locale));
  const published = await ctx.store.listPractices({ locale, statuses: ['published'], includeShared: true });
  return relatedPractices(sheet, published.map(toPracticeView));
}

/** `GET /api/practices/{id}/versions`: who changed the sheet, when, and what it became. */
export async function practiceVersionsQuery(ctx: ServiceContext, id: unknown, query: LocaleQuery) {
  const locale = localeOf(ctx, query);
  const p = await requirePractice(ctx, id, locale);
  if (!ownSheet(ctx, p) || !(isEditor(ctx.caller) || (await isAuthor(ctx, p)))) {
    throw fail(ctx, ctx.caller ? 403 : 401, ctx.caller ? 'notYourSpace' : 'authRequired');
  }
  const changes = await ctx.store.listPracticeChanges(p.id, locale);
  // Member ids are for the group: an editor from outside it sees which role acted, not who.
  const group = (await isAuthor(ctx, p)) !== null;
  return changes.map((c) => ({
    version: c.version,
    at: c.at,
    actor: { id: group ? c.actor.id : null, role: c.actor.role },
    action: c.action,
    sheet: toPracticeView({ ...c.record, originName: p.originName }),
  }));
}

function requireMember(ctx: ServiceContext, space: Space) {
  if (!ctx.caller) throw fail(ctx, 401, 'authRequired');
  if (!memberOf(ctx.caller, space) && !isEditor(ctx.caller)) throw fail(ctx, 403, 'notYourSpace');
}

/** `GET /api/spaces/{space}/practices`: the group's sheets in every status, with the council's review. */
export async function listSpacePracticesQuery(ctx: ServiceContext, spaceRef: unknown, query: LocaleQuery) {
  const space = await requireSpace(ctx, spaceRef);
  requireMember(ctx, space);
  await seeded(ctx);
  const found = await ctx.store.listPractices({ locale: localeOf(ctx, query), spaceId: space.id });
  return found.map(toPracticeView);
}

/** `GET /api/admin/practices`: what waits for a council editor, oldest first. */
export async function practiceQueueQuery(ctx: ServiceContext, query: LocaleQuery) {
  if (!ctx.caller) throw fail(ctx, 401, 'authRequired');
  if (!isEditor(ctx.caller)) throw fail(ctx, 403, 'editorOnly');
  await seeded(ctx);
  const found = await ctx.store.listPractices({ locale: localeOf(ctx, query), statuses: ['submitted'] });
  return found.map(toPracticeView).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
}

const actorOf = (ctx: ServiceContext) => ({
  id: ctx.caller?.memberId ?? null,
  role: isEditor(ctx.caller) ? 'editor' : (ctx.caller?.role ?? 'citizen'),
});

function slugOf(title: string): string {
  const base = words(title).slice(0, 6).join('-').slice(0, 48).replace(/-+$/, '');
  return `${base || 'pratique'}-${newId('p').slice(2, 8)}`;
}

/** `POST /api/spaces/{space}/practices`: a group starts a sheet, as a draft. */
export async function createPracticeCommand(ctx: ServiceContext, spaceRef: unknown, body: BodyOf<'createPractice'>) {
  const space = await requireSpace(ctx, spaceRef);
  requireMember(ctx, space);
  await seeded(ctx);
  const { locale: asked, ...content } = body;
  const at = instant(ctx);
  const record: PracticeRecord = {
    id: slugOf(content.title),
    locale: asked ?? ctx.locale,
    organisation: ctx.organisation,
    spaceId: space.id,
    status: 'draft',
    version: 1,
    shared: false,
    content,
    review: null,
    authors: ctx.caller?.memberId ? [ctx.caller.memberId] : [],
    createdAt: at,
    updatedAt: at,
    publishedAt: null,
  };
  const change: PracticeChange = { version: 1, at, actor: actorOf(ctx), action: 'create', record };
  if (!(await ctx.store.putPractice(change, null))) throw fail(ctx, 409, 'practiceConflict', { current: 1 });
  const stored = await ctx.store.getPractice(record.id, record.locale);
  return { body: toPracticeView(stored ?? { ...record, originName: ctx.organisation }), version: 1 };
}

function needVersion(ctx: ServiceContext, expected: number | undefined, current: StoredPractice): number {
  if (expected === undefined) throw fail(ctx, 428, 'preconditionRequired');
  if (expected !== current.version) {
    throw fail(ctx, 409, 'practiceConflict', { current: current.version }, [], { ETag: `"${current.version}"` });
  }
  return expected;
}

async function save(
  ctx: ServiceContext,
  current: StoredPractice,
  action: PracticeChange['action'],
  next: Partial<PracticeRecord>,
): Promise<{ body: PracticeView; version: number }> {
  const { originName: name, ...base } = current;
  const at = instant(ctx, current.updatedAt);
  const record: PracticeRecord = { ...base, ...next, version: current.version + 1, updatedAt: at };
  const change: PracticeChange = { version: record.version, at, actor: actorOf(ctx), action, record };
  if (!(await ctx.store.putPractice(change, current.version))) {
    const now = await ctx.store.getPractice(current.id, current.locale);
    throw fail(ctx, 409, 'practiceConflict', { current: now?.version ?? current.version });
  }
  return { body: toPracticeView({ ...record, originName: name }), version: record.version };
}

const editable = (s: PracticeStatus) => (EDITABLE_PRACTICE_STATUSES as readonly string[]).includes(s);

/** `POST /api/practices/{id}`: the group (or an editor) replaces what the sheet says. */
export async function updatePracticeCommand(
  ctx: ServiceContext,
  id: unknown,
  body: PracticeDraft,
  opts: { locale?: Locale; expectedVersion: number | undefined },
) {
  const current = await requirePractice(ctx, id, localeOf(ctx, opts));
  if (!ctx.caller) throw fail(ctx, 401, 'authRequired');
  const author = await isAuthor(ctx, current);
  if (!ownSheet(ctx, current) || !(author || isEditor(ctx.caller))) throw fail(ctx, 403, 'notYourSpace');
  needVersion(ctx, opts.expectedVersion, current);
  // Authors change their sheet while it is theirs; an editor may also correct a published one.
  if (!editable(current.status) && !(isEditor(ctx.caller) && current.status === 'published')) {
    throw fail(ctx, 409, 'practiceRefused', { type: 'update', status: current.status });
  }
  const member = ctx.caller.memberId;
  const authors =
    author && member && !current.authors.includes(member) ? [...current.authors, member] : current.authors;
  return save(ctx, current, 'update', { content: parseInput(ctx, PracticeDraftSchema, body), authors });
}

/** `POST /api/practices/{id}/events`: submit (the group); publish, return, share (an editor). */
export async function sendPracticeCommandCall(
  ctx: ServiceContext,
  id: unknown,
  command: PracticeCommand,
  opts: { locale?: Locale; expectedVersion: number | undefined },
) {
  const current = await requirePractice(ctx, id, localeOf(ctx, opts));
  if (!ctx.caller) throw fail(ctx, 401, 'authRequired');
  if (!ownSheet(ctx, current)) throw fail(ctx, 403, 'editorOnly');
  const refuse = () => fail(ctx, 409, 'practiceRefused', { type: command.type, status: current.status });
  if (command.type === 'practice.submit') {
    if (!(await isAuthor(ctx, current)) && !isEditor(ctx.caller)) throw fail(ctx, 403, 'notYourSpace');
    needVersion(ctx, opts.expectedVersion, current);
    if (!editable(current.status)) throw refuse();
    // Complete before review: each missing field is named, as in any refused body.
    parseInput(ctx, PracticeContentSchema, current.content, { prefix: ['content'] });
    return save(ctx, current, 'submit', { status: 'submitted' });
  }
  if (!isEditor(ctx.caller)) throw fail(ctx, 403, 'editorOnly');
  needVersion(ctx, opts.expectedVersion, current);
  const at = instant(ctx, current.updatedAt);
  switch (command.type) {
    case 'practice.publish':
      if (current.status !== 'submitted') throw refuse();
      return save(ctx, current, 'publish', {
        status: 'published',
        publishedAt: at,
        review: { decision: 'published', at },
      });
    case 'practice.return':
      if (current.status !== 'submitted' && current.status !== 'published') throw refuse();
      return save(ctx, current, 'return', {
        status: 'returned',
        shared: false,
        review: { decision: 'returned', reason: command.reason, at },
      });
    case 'practice.share':
      // Every council already has the built-in sheets: only a group's own sheet travels.
      if (current.status !== 'published' || current.spaceId === null) throw refuse();
      return save(ctx, current, command.shared ? 'share' : 'unshare', { shared: command.shared });
  }
}
