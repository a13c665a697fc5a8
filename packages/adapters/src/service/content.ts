// The resource centre, per council: phases, methods and tools, "where to start" and the
// glossary are each organisation's data (`ContentStore`), seeded from core's packs the first
// time they are read or written, then edited by the council's editors. Lists are
// filtered, searched and paged here (a council has tens of entries, not thousands); practice
// sheets are still read from the packs.
import { contentPacks, expandQuery, type Locale, type PhaseId, type PracticeSheet } from '@participe/core';
import type { ValidQuery } from '../contract/api.js';
import { actorRole, requireEditor } from './admin.js';
import type { ContentQuery } from './api.js';
import {
  CONTENT_KINDS,
  type ContentKind,
  type ContentRecord,
  type ContentStore,
  type ContentVersion,
  createMemoryContentStore,
} from './content.store.js';
import { fail, instant, invalid, isId, type ServiceContext } from './context.js';
import type { ApiLocale } from './messages.js';

/** The kinds an editor saves through the API, each with the pack list it is seeded from. */
const PACK_LISTS = { phase: 'phases', resource: 'resources', guide: 'guide', glossary: 'glossary' } as const;
export type EditableKind = keyof typeof PACK_LISTS;

/** A read entry: the stored document, its version, and its fields without FALC text if any. */
export type ContentEntry = Record<string, unknown> & { id: string; version: number; falcMissing?: string[] };

/** Content in memory beside each store without its own: every service on that store shares it. */
const inMemory = new WeakMap<object, ContentStore>();

/**
 * The content store of a service: the PostgreSQL store's own, else one in memory for that
 * store, the same for every service made on it (a citizen's back end and a council editor's
 * over one memory store see the same resources and questionnaires).
 */
export function contentStoreOf(store: unknown): ContentStore {
  const own = (store as { contentStore?: () => ContentStore } | null)?.contentStore;
  if (typeof own === 'function') return own.call(store);
  if (!store || typeof store !== 'object') return createMemoryContentStore();
  let shared = inMemory.get(store);
  if (!shared) {
    shared = createMemoryContentStore();
    inMemory.set(store, shared);
  }
  return shared;
}

function contentOf(ctx: ServiceContext): ContentStore {
  if (!ctx.content) throw new Error('This service has no content store (ServiceOptions.content)');
  return ctx.content;
}

/** Organisations this process has seen seeded, per store: the check is one query per organisation per process. */
const seeded = new WeakMap<ContentStore, Set<string>>();

/** Every entry of core's packs, as version 1 of each council's content. */
export function seedRecords(at: string): ContentRecord[] {
  const records: ContentRecord[] = [];
  for (const locale of Object.keys(contentPacks) as Locale[]) {
    for (const [kind, list] of Object.entries(PACK_LISTS) as [EditableKind, (typeof PACK_LISTS)[EditableKind]][]) {
      contentPacks[locale][list].forEach((entry, position) => {
        records.push({
          kind,
          id: entry.id,
          locale,
          version: 1,
          position,
          doc: entry as unknown as Record<string, unknown>,
          falcMissing: [],
          updatedAt: at,
        });
      });
    }
  }
  return records;
}

/**
 * Writes a new council's content from the packs (`participe org create` does, so that its
 * first visitor does not pay for it); `false` when it already had its content.
 */
export const seedCouncilContent = (store: ContentStore, organisation: string, at: string): Promise<boolean> =>
  store.seed(organisation, seedRecords(at), at);

/** Seeds the organisation's content from the packs unless it already was (see `ContentStore.seed`). */
export async function ensureSeeded(ctx: ServiceContext): Promise<ContentStore> {
  const store = contentOf(ctx);
  const done = seeded.get(store) ?? new Set<string>();
  seeded.set(store, done);
  if (!done.has(ctx.organisation)) {
    const at = instant(ctx);
    await store.seed(ctx.organisation, seedRecords(at), at);
    done.add(ctx.organisation);
  }
  return store;
}

const localeOf = (ctx: ServiceContext, query: { locale?: ApiLocale } | undefined): ApiLocale =>
  query?.locale ?? ctx.locale;

export const entryOf = (r: ContentRecord): ContentEntry => ({
  ...r.doc,
  id: r.id,
  version: r.version,
  ...(r.falcMissing.length > 0 ? { falcMissing: r.falcMissing } : {}),
});

function inPhase(kind: ContentKind, doc: Record<string, unknown>, phase: PhaseId): boolean {
  if (kind === 'phase') return doc['id'] === phase;
  if (kind === 'guide') return doc['phase'] === phase;
  if (kind === 'resource') return (doc['phases'] as unknown[] | undefined)?.includes(phase) ?? false;
  return true;
}

/** A 52-bit FNV-1a of the text, for list ETags (the service also runs in browsers: no node:crypto). */
function hash(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xfffffffffffffn;
  }
  return h.toString(36);
}

export interface ContentPage {
  items: ContentEntry[];
  nextCursor: string | null;
  total: number;
}

/**
 * A kind's entries for a list's filters. With `q`, the French full-text search (stems,
 * accents folded, core's thesaurus: `mobilité` finds `transports`), best match first;
 * without it, the council's order.
 */
export async function findContent(
  ctx: ServiceContext,
  kind: EditableKind,
  query: Pick<ValidQuery<'listResources'>, 'locale' | 'phase' | 'kind' | 'q'>,
): Promise<ContentRecord[]> {
  const store = await ensureSeeded(ctx);
  const locale = localeOf(ctx, query);
  const terms = expandQuery(query.q ?? '');
  const found = terms.length
    ? await store.search(ctx.organisation, kind, locale, terms)
    : await store.list(ctx.organisation, kind, locale);
  return found.filter(
    (r) =>
      (!query.phase || inPhase(kind, r.doc, query.phase)) &&
      (!query.kind || kind !== 'resource' || r.doc['type'] === query.kind),
  );
}

/** One page of a kind's entries, filtered and searched, and its ETag. */
export async function listContentQuery(
  ctx: ServiceContext,
  kind: EditableKind,
  query: ValidQuery<'listResources'>,
): Promise<{ body: ContentPage; headers: { ETag: string } }> {
  const all = await findContent(ctx, kind, query);
  const start = Number(query.cursor ?? 0);
  const limit = query.limit ?? 20;
  const entries = all.slice(start, start + limit).map(entryOf);
  // Names only: the cycle listed on a first screen costs a few hundred bytes, not 13 KiB.
  const items =
    kind === 'phase' && query.fields === 'label'
      ? entries.map(({ id, version, label }) => ({ id, version, label }))
      : entries;
  const body = { items, nextCursor: start + limit < all.length ? String(start + limit) : null, total: all.length };
  return { body, headers: { ETag: `"l${hash(canonical(body))}"` } };
}

/** One entry and its ETag, its version (what an editor sends back as `If-Match`). */
export async function getContentQuery(
  ctx: ServiceContext,
  kind: EditableKind,
  id: unknown,
  query: { locale?: ApiLocale } | undefined,
): Promise<{ body: ContentEntry; headers: { ETag: string } }> {
  const store = await ensureSeeded(ctx);
  const found = isId(id) ? await store.get(ctx.organisation, kind, localeOf(ctx, query), id) : null;
  if (!found) throw fail(ctx, 404, 'contentNotFound');
  return { body: entryOf(found), headers: { ETag: `"${found.version}"` } };
}

/** Paths of the citizen-facing texts (`{ standard, falc }`) saved without their FALC version. */
export function falcMissingIn(value: unknown, path: string[] = [], out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) falcMissingIn(v, [...path, String(i)], out);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['standard'] === 'string') {
      if (typeof o['falc'] !== 'string' || o['falc'].trim() === '') out.push(path.join('.'));
    } else for (const [k, v] of Object.entries(o)) falcMissingIn(v, [...path, k], out);
  }
  return out;
}

/** An empty FALC text is no FALC text: left out, so the entry is flagged rather than blank. */
function withoutBlankFalc(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutBlankFalc);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['standard'] === 'string' && typeof o['falc'] === 'string' && o['falc'].trim() === '') {
      const { falc: _f, ...rest } = o;
      return rest;
    }
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, withoutBlankFalc(v)]));
  }
  return value;
}

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep their order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

/** Top-level fields whose value differs between two versions. */
const changedFields = (before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] =>
  [...new Set([...Object.keys(before ?? {}), ...Object.keys(after)])]
    .filter((k) => canonical(before?.[k]) !== canonical(after[k]))
    .sort();

/**
 * Replaces an entry (or creates it, with `If-Match: "0"`), for the council's editors and administrators.
 * 428 without `If-Match`, 409 when someone saved since, 404 for a phase that does not exist
 * (the seven phases are the cycle's: they are edited, never added).
 */
export async function putContentCommand(
  ctx: ServiceContext,
  kind: EditableKind,
  id: unknown,
  body: Record<string, unknown>,
  query: { locale?: ApiLocale } | undefined,
  expectedVersion: number | undefined,
): Promise<{ body: ContentEntry; headers: { ETag: string } }> {
  const caller = requireEditor(ctx);
  if (!isId(id)) throw fail(ctx, 404, 'contentNotFound');
  if (body['id'] !== undefined && body['id'] !== id) {
    throw invalid(ctx, [
      {
        path: 'id',
        message:
          ctx.locale === 'en'
            ? `Must be “${id}”, the id in the address.`
            : `Doit être « ${id} », l’identifiant de l’adresse.`,
      },
    ]);
  }
  if (expectedVersion === undefined) throw fail(ctx, 428, 'preconditionRequired');
  const store = await ensureSeeded(ctx);
  const locale = localeOf(ctx, query);
  const current = await store.get(ctx.organisation, kind, locale, id);
  if (!current && (kind === 'phase' || expectedVersion !== 0)) throw fail(ctx, 404, 'contentNotFound');
  const conflict = (v: number) => fail(ctx, 409, 'contentConflict', { current: v }, [], { ETag: `"${v}"` });
  if (current && current.version !== expectedVersion) throw conflict(current.version);
  const { version: _v, falcMissing: _f, ...fields } = body;
  const doc = { ...(withoutBlankFalc(fields) as Record<string, unknown>), id };
  const saved = await store.put(
    ctx.organisation,
    { kind, id, locale, doc, falcMissing: falcMissingIn(doc), updatedAt: instant(ctx) },
    expectedVersion,
    {
      at: instant(ctx),
      actor: { id: caller.memberId, role: actorRole(caller) },
      changes: changedFields(current?.doc, doc),
    },
  );
  if (!saved) {
    const now = await store.get(ctx.organisation, kind, locale, id);
    throw conflict(now?.version ?? 0);
  }
  return { body: entryOf(saved), headers: { ETag: `"${saved.version}"` } };
}

/** Every version of an entry, newest first: who, when, which fields. For editors and administrators. */
export async function contentHistoryQuery(
  ctx: ServiceContext,
  kind: unknown,
  id: unknown,
  query: { locale?: ApiLocale } | undefined,
): Promise<Omit<ContentVersion, 'kind' | 'id' | 'locale'>[]> {
  requireEditor(ctx);
  if (!CONTENT_KINDS.includes(kind as ContentKind) || !isId(id)) throw fail(ctx, 404, 'contentNotFound');
  const store = await ensureSeeded(ctx);
  const versions = await store.history(ctx.organisation, kind as ContentKind, localeOf(ctx, query), id);
  if (versions.length === 0) throw fail(ctx, 404, 'contentNotFound');
  return versions.map(({ kind: _k, id: _i, locale: _l, ...v }) => v);
}

export const phaseLabel = (locale: ApiLocale, id: PhaseId): string =>
  contentPacks[locale].phases.find((p) => p.id === id)?.label.standard ?? id;

// Practice sheets: still the packs' (their own workflow stores them per council).
const packOf = (ctx: ServiceContext, query: ContentQuery | undefined) => contentPacks[query?.locale ?? ctx.locale];

export function listPracticesQuery(ctx: ServiceContext, query?: ContentQuery): PracticeSheet[] {
  const phase = query?.phase;
  const all = packOf(ctx, query).practices;
  return phase ? all.filter((p) => p.phases.includes(phase)) : all;
}

export function getPracticeQuery(ctx: ServiceContext, id: unknown, query?: ContentQuery): PracticeSheet {
  const found = packOf(ctx, query).practices.find((p) => p.id === id);
  if (!found) throw fail(ctx, 404, 'contentNotFound');
  return found;
}
