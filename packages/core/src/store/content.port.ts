// The resource centre as a back end serves it: each council's own phases, methods and tools,
// "where do I start" questions and glossary, in one language, a page at a time. The shapes
// are the built-in packs' (`content.types.ts`) as a council keeps them: an editor may save a
// text without its FALC version, so it may be missing (the entry lists it in `falcMissing`).

import type { CyclePhase, GlossaryEntry, GuideEntry, PlainText, Resource } from '../content/content.types.js';
import type { PhaseId } from '../cycle/cycle.types.js';

/** A citizen-facing text as a council keeps it: the easy-to-read (FALC) version may be missing. */
export interface CouncilText {
  standard: string;
  /** Missing when an editor saved the text without it; show `standard` instead. */
  falc?: string;
}

/** A pack's shape with every `PlainText` turned into a `CouncilText`. */
type Kept<T> = T extends PlainText
  ? CouncilText
  : T extends readonly (infer U)[]
    ? Kept<U>[]
    : T extends object
      ? { [K in keyof T]: Kept<T[K]> }
      : T;

/** An entry as read: the pack's shape, its version (an editor sends it back as `If-Match`), its missing FALC texts. */
export type ContentEntry<T> = Kept<T> & {
  /** 1 for the seeded entry, one more at each saved edit. */
  version: number;
  /** Paths of the texts saved without their FALC version, e.g. `steps.2`; absent when none is. */
  falcMissing?: string[];
};

export type PhaseEntry = ContentEntry<CyclePhase>;
/** A phase's name only, as a first screen lists the cycle. */
export type PhaseLabel = Pick<PhaseEntry, 'id' | 'version' | 'label'>;
export type ResourceEntry = ContentEntry<Resource>;
export type GuideEntryRead = ContentEntry<GuideEntry>;
export type GlossaryEntryRead = ContentEntry<GlossaryEntry>;

/** Which entries of a list, and in which language. */
export interface ContentListQuery {
  /** @default the back end's language (the page's for the HTTP one), then French */
  locale?: 'fr' | 'en';
  /** Only the entries for this phase. */
  phase?: PhaseId;
  /** Resources only: methods or tools. */
  kind?: Resource['type'];
  /** Words every entry found contains, in any of its texts; case and accents do not matter. */
  q?: string;
  /** `nextCursor` of the previous page. */
  cursor?: string;
  /** @default 20, at most 100 */
  limit?: number;
}

/** One page of a list, in the council's order. */
export interface ContentPage<T> {
  items: T[];
  /** The next page's `cursor`, `null` on the last page. */
  nextCursor: string | null;
  /** How many entries match, all pages together. */
  total: number;
}
