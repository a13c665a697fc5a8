import type { ContentPack } from '../content/content.types.js';
import type { PhaseId } from '../cycle/cycle.phases.js';
import type { GuideFailure } from '../cycle-guide/cycle-guide.types.js';
import type { PracticeView } from '../practice/practice.types.js';
import type { PracticeSearchAnswer } from '../store/backend.port.js';
import type { CouncilText, ResourceEntry } from '../store/content.port.js';

/** What a person chose to narrow the sheets. Empty strings mean "any". */
export interface PracticeFilters {
  /** Words to find, searched by the API in French: stems, accents folded, synonyms (`mobilité` finds `transports`). */
  q?: string;
  /** A phase of the cycle the sheet is linked to. */
  phase?: PhaseId;
  /** One of the sheets' `themes`. */
  theme?: string;
  /** One of the sheets' `public`. */
  public?: string;
}

/** What the back end answers to a search: sheets (summaries), facets, and resources found by the same words. */
export type LibrarySearchResult = PracticeSearchAnswer;

/** A search the library asks its back end for: the first `limit` sheets found, as summaries. */
export interface LibrarySearchRequest {
  locale: ContentPack['locale'];
  filters: PracticeFilters;
  limit: number;
}

/** A sheet being read: the whole sheet, "vous aimerez aussi", and the resources it used. */
export interface OpenedPractice {
  practice: PracticeView;
  related: PracticeView[];
  resources: ResourceEntry[];
}

export interface OpenPracticeRequest {
  locale: ContentPack['locale'];
  practiceId: string;
}

export type LibraryFailure = GuideFailure;

export interface PracticeLibraryInput {
  /** Language of the content. @default 'fr' */
  locale?: ContentPack['locale'];
  /** A sheet to open as soon as the list is there (a link to one sheet). */
  practiceId?: string;
  filters?: PracticeFilters;
}

export interface PracticeLibraryContext {
  locale: ContentPack['locale'];
  filters: PracticeFilters;
  /** How many sheets the list asks for; "more" adds a page. */
  limit: number;
  /** The last search answered. */
  result: LibrarySearchResult | null;
  /** The council's name of each phase met in a search's facets (sheets show them). */
  phaseLabels: Partial<Record<PhaseId, CouncilText>>;
  /** The sheet being opened or read. */
  openId: string | null;
  opened: OpenedPractice | null;
  failure: LibraryFailure | null;
}

export type PracticeLibraryEvent =
  /** Search with the filters given at start. Sent once the element knows its attributes. */
  | { type: 'library.load' }
  | { type: 'library.retry' }
  /** Replace the filters and search again (an empty object shows every sheet). */
  | { type: 'library.filter'; filters: PracticeFilters }
  /** Show a page more of the sheets found. */
  | { type: 'library.more' }
  /** Read a sheet (from the list, or from a sheet's "vous aimerez aussi"). */
  | { type: 'library.open'; practiceId: string }
  /** Back to the sheets, with the same filters and results. */
  | { type: 'library.close' };
