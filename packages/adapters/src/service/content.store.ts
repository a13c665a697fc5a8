// Where each council keeps its content: phases, resources, "where to start" questions,
// glossary terms and diagnostic questionnaires, one record per entry and language, each
// version kept (who, when, which fields changed). Seeded from core's packs the first time an
// organisation's content is read or written. Two implementations with one behaviour: in
// memory here, in PostgreSQL in `postgres/content.tables.ts` (migrations 6 and 8).
import { foldText, matchesTerms } from '@participe/core';

export const CONTENT_KINDS = ['phase', 'resource', 'guide', 'glossary', 'questionnaire'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** One entry of one kind in one language, at its latest version. */
export interface ContentRecord {
  kind: ContentKind;
  id: string;
  locale: string;
  /** 1 for the seeded text; each save adds one. */
  version: number;
  /** Order in lists: the pack's order, new entries last. */
  position: number;
  doc: Record<string, unknown>;
  /** Citizen-facing fields saved without their FALC text, e.g. `['summary', 'steps.2']`. */
  falcMissing: string[];
  updatedAt: string;
}

/** One version of an entry, as the history shows it. */
export interface ContentVersion {
  kind: ContentKind;
  id: string;
  locale: string;
  version: number;
  at: string;
  /** `null` id: the built-in pack the council started from. */
  actor: { id: string | null; role: string };
  /** Field paths that differ from the previous version (every field for the first). */
  changes: string[];
  doc: Record<string, unknown>;
}

export interface ContentStore {
  /**
   * Writes `records` (each at version 1, with its history entry) unless the organisation's
   * content was already seeded; `true` when this call seeded it. Safe to call concurrently.
   */
  seed(organisation: string, records: readonly ContentRecord[], at: string): Promise<boolean>;
  list(organisation: string, kind: ContentKind, locale: string): Promise<ContentRecord[]>;
  get(organisation: string, kind: ContentKind, locale: string, id: string): Promise<ContentRecord | null>;
  /**
   * Saves `record` at `expectedVersion + 1` if the entry is still at `expectedVersion` (0: it
   * does not exist yet), with `change` in its history; `false` otherwise (nothing written).
   */
  put(
    organisation: string,
    record: Omit<ContentRecord, 'version' | 'position'>,
    expectedVersion: number,
    change: Pick<ContentVersion, 'at' | 'actor' | 'changes'>,
  ): Promise<ContentRecord | null>;
  /**
   * The entries of a kind whose text has a word of every group of `terms` (core's
   * `expandQuery`: each group a word and its synonyms, folded; groups ANDed), best match
   * first, with their rank. PostgreSQL matches with its `french` configuration over the
   * folded text (`contentText`), memory with core's `matchesTerms`: one behaviour.
   */
  search(
    organisation: string,
    kind: ContentKind,
    locale: string,
    terms: readonly (readonly string[])[],
  ): Promise<Array<ContentRecord & { rank: number }>>;
  /** Newest first. */
  history(organisation: string, kind: ContentKind, locale: string, id: string): Promise<ContentVersion[]>;
}

/** Every string of an entry (titles, steps, tags, both wordings), folded: what a search reads. */
export function contentText(doc: unknown): string {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) for (const v of value) walk(v);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
  };
  walk(doc);
  return foldText(out.join(' \n '));
}

const clone = <T>(v: T): T => structuredClone(v);
const keyOf = (organisation: string, kind: string, locale: string, id: string) =>
  JSON.stringify([organisation, kind, locale, id]);

/** Content in this process's memory: tests, Storybook, the in-process service. */
export function createMemoryContentStore(): ContentStore {
  const seeded = new Set<string>();
  const records = new Map<string, ContentRecord & { organisation: string }>();
  const versions = new Map<string, ContentVersion[]>();
  return {
    async seed(organisation, list, at) {
      if (seeded.has(organisation)) return false;
      seeded.add(organisation);
      for (const r of list) {
        const key = keyOf(organisation, r.kind, r.locale, r.id);
        if (records.has(key)) continue;
        records.set(key, { ...clone(r), organisation });
        versions.set(key, [
          {
            ...clone({ kind: r.kind, id: r.id, locale: r.locale, doc: r.doc }),
            version: r.version,
            at,
            actor: SEED_ACTOR,
            changes: [],
          },
        ]);
      }
      return true;
    },
    async list(organisation, kind, locale) {
      return [...records.values()]
        .filter((r) => r.organisation === organisation && r.kind === kind && r.locale === locale)
        .sort((a, b) => a.position - b.position)
        .map(({ organisation: _o, ...r }) => clone(r));
    },
    async get(organisation, kind, locale, id) {
      const found = records.get(keyOf(organisation, kind, locale, id));
      if (!found) return null;
      const { organisation: _o, ...r } = found;
      return clone(r);
    },
    async put(organisation, record, expectedVersion, change) {
      const key = keyOf(organisation, record.kind, record.locale, record.id);
      const current = records.get(key);
      if ((current?.version ?? 0) !== expectedVersion) return null;
      let position = current?.position;
      if (position === undefined) {
        position = 0;
        for (const r of records.values()) {
          if (r.organisation === organisation && r.kind === record.kind) position = Math.max(position, r.position + 1);
        }
      }
      const saved: ContentRecord = { ...clone(record), version: expectedVersion + 1, position };
      records.set(key, { ...saved, organisation });
      const history = versions.get(key) ?? [];
      history.push({
        kind: record.kind,
        id: record.id,
        locale: record.locale,
        version: saved.version,
        doc: clone(record.doc),
        ...clone(change),
      });
      versions.set(key, history);
      return clone(saved);
    },
    async search(organisation, kind, locale, terms) {
      const found: Array<ContentRecord & { rank: number }> = [];
      for (const { organisation: o, ...r } of records.values()) {
        if (o !== organisation || r.kind !== kind || r.locale !== locale) continue;
        const rank = matchesTerms(contentText(r.doc), terms);
        if (rank > 0) found.push({ ...clone(r), rank });
      }
      return found.sort((a, b) => b.rank - a.rank || a.position - b.position);
    },
    async history(organisation, kind, locale, id) {
      return clone([...(versions.get(keyOf(organisation, kind, locale, id)) ?? [])].reverse());
    },
  };
}

/** Who wrote version 1 of a seeded entry. */
export const SEED_ACTOR = { id: null, role: 'seed' } as const;
