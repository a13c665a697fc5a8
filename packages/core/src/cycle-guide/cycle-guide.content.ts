// The council's own content, read through its back end (the REST API's content lists), in
// the shapes of the built-in packs: a text an editor saved without its FALC version shows
// its standard wording in FALC, never nothing. No pack is imported here: a page that shows
// the cycle downloads the council's content, not the project's.
import type { CyclePhase, GuideEntry, Resource } from '../content/content.types.js';
import type { CycleContentSource, CycleGuideContent, ServedText } from './cycle-guide.types.js';

type Locale = 'fr' | 'en';

const isServedText = (v: object): v is ServedText =>
  typeof (v as ServedText).standard === 'string' && Object.keys(v).every((k) => k === 'standard' || k === 'falc');

/** Every `{ standard, falc? }` in `value` made whole: `falc` falls back to `standard`. */
export function withFalc<T>(value: unknown): T {
  if (Array.isArray(value)) return value.map((v) => withFalc(v)) as T;
  if (value === null || typeof value !== 'object') return value as T;
  if (isServedText(value)) return { standard: value.standard, falc: value.falc || value.standard } as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withFalc(v)])) as T;
}

/** A content list is a few pages at most (7 phases, some 40 resources): stop after ten of a hundred. */
const MAX_PAGES = 10;

async function everyItem<T>(list: CycleContentSource['listPhases'], locale: Locale): Promise<T[]> {
  const items: unknown[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const served: Awaited<ReturnType<typeof list>> = await list({
      locale,
      limit: 100,
      ...(cursor ? { cursor } : {}),
    });
    items.push(...served.items);
    cursor = served.nextCursor;
    if (!cursor) break;
  }
  return withFalc<T[]>(items);
}

/** The first screen of the cycle: the council's phases and "Par où commencer ?"; resources come later. */
export async function councilCycleContent(source: CycleContentSource, locale: Locale): Promise<CycleGuideContent> {
  const [phases, guide] = await Promise.all([
    everyItem<CyclePhase>((q) => source.listPhases(q), locale),
    everyItem<GuideEntry>((q) => source.listGuide(q), locale),
  ]);
  return { phases, guide, resources: null };
}

/** The council's methods and tools, for the sheets and the answers that name them. */
export const councilResources = (source: CycleContentSource, locale: Locale): Promise<Resource[]> =>
  everyItem<Resource>((q) => source.listResources(q), locale);
