// Practice sheets in memory: per organisation, each sheet's versions kept whole. Same
// behaviour as `postgres/practice.tables.ts`; the text match is core's `matchesTerms`.
import {
  matchesTerms,
  type PracticeChange,
  type PracticeFilter,
  type PracticeRecord,
  type PracticeStore,
  practiceText,
  type StoredPractice,
} from '@participe/core';

/** Every organisation's sheets: `organisation → "locale:id" → versions`, and who was seeded. */
export interface PracticeWorld {
  sheets: Map<string, Map<string, PracticeChange[]>>;
  seeded: Set<string>;
}

export const newPracticeWorld = (): PracticeWorld => ({ sheets: new Map(), seeded: new Set() });

const clone = <T>(v: T): T => structuredClone(v);
const keyOf = (locale: string, id: string) => `${locale}:${id}`;

export function memoryPractices(
  world: PracticeWorld,
  org: string,
  nameOf: (organisation: string) => string,
): PracticeStore {
  const own = () => {
    const known = world.sheets.get(org);
    if (known) return known;
    const m = new Map<string, PracticeChange[]>();
    world.sheets.set(org, m);
    return m;
  };
  const read = (r: PracticeRecord): StoredPractice => ({ ...clone(r), originName: nameOf(r.organisation) });
  const current = (changes: PracticeChange[]) => changes[changes.length - 1]!.record;
  return {
    async seedPractices(make) {
      if (world.seeded.has(org)) return;
      world.seeded.add(org);
      for (const seed of make()) {
        const record = { ...seed, organisation: org };
        const key = keyOf(record.locale, record.id);
        if (own().has(key)) continue;
        own().set(key, [
          {
            version: 1,
            at: record.createdAt,
            actor: { id: null, role: 'system' },
            action: 'seed',
            record: clone(record),
          },
        ]);
      }
    },
    async getPractice(id, locale) {
      const mine = own().get(keyOf(locale, id));
      if (mine) return read(current(mine));
      for (const [other, sheets] of world.sheets) {
        if (other === org) continue;
        const r = sheets.get(keyOf(locale, id));
        if (r && current(r).shared && current(r).status === 'published') return read(current(r));
      }
      return null;
    },
    async listPractices(filter: PracticeFilter) {
      const out: Array<StoredPractice & { rank: number }> = [];
      for (const [other, sheets] of world.sheets) {
        if (other !== org && !filter.includeShared) continue;
        for (const changes of sheets.values()) {
          const r = current(changes);
          if (r.locale !== filter.locale) continue;
          if (other !== org && !(r.shared && r.status === 'published')) continue;
          if (filter.statuses && !filter.statuses.includes(r.status)) continue;
          if (filter.spaceId !== undefined && r.spaceId !== filter.spaceId) continue;
          const rank = matchesTerms(practiceText(r.content), filter.terms ?? []);
          if (rank > 0) out.push({ ...read(r), rank });
        }
      }
      return filter.terms?.length
        ? out.sort((a, b) => b.rank - a.rank || a.id.localeCompare(b.id))
        : out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
    },
    async putPractice(change, expectedVersion) {
      const key = keyOf(change.record.locale, change.record.id);
      const changes = own().get(key);
      if (expectedVersion === null ? changes : !changes || current(changes).version !== expectedVersion) return false;
      if (change.record.version !== (expectedVersion ?? 0) + 1 || change.version !== change.record.version) {
        throw new Error(
          `Practice ${change.record.id}: version ${change.record.version} does not follow ${expectedVersion}`,
        );
      }
      own().set(key, [...(changes ?? []), clone({ ...change, record: { ...change.record, organisation: org } })]);
      return true;
    },
    async listPracticeChanges(id, locale) {
      return clone(own().get(keyOf(locale, id)) ?? []);
    },
  };
}
