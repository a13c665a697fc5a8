import type { ContentPack } from '../content/content.types.js';
import type { GuideFailure } from '../cycle-guide/cycle-guide.types.js';

/** What the library reads from a content pack: the sheets, and phases and resources they name. */
export type PracticeLibraryContent = Pick<ContentPack, 'practices' | 'phases' | 'resources'>;

/** What a person chose to narrow the sheets. Empty strings mean "any". */
export interface PracticeFilters {
  /** Words to find anywhere in a sheet; every word must be found. Accents and case do not matter. */
  q?: string;
  /** One of the sheets' `themes`. */
  theme?: string;
  /** One of the sheets' `public`. */
  public?: string;
  /** A `territoryType`: rural, urbain, quartier prioritaire… */
  territory?: string;
}

export type LibraryFailure = GuideFailure;

export interface PracticeLibraryInput {
  /** Language of the content. @default 'fr' */
  locale?: ContentPack['locale'];
  /** A sheet to open as soon as the content is there (a link to one sheet). */
  practiceId?: string;
  filters?: PracticeFilters;
}

export interface PracticeLibraryContext {
  locale: ContentPack['locale'];
  content: PracticeLibraryContent | null;
  filters: PracticeFilters;
  /** The sheet being read. */
  openId: string | null;
  failure: LibraryFailure | null;
}

export type PracticeLibraryEvent =
  /** Load the content. Sent once the element knows its attributes. */
  | { type: 'library.load' }
  | { type: 'library.retry' }
  /** Replace the filters (an empty object shows every sheet). */
  | { type: 'library.filter'; filters: PracticeFilters }
  /** Read a sheet. */
  | { type: 'library.open'; practiceId: string }
  /** Back to the sheets, with the same filters. */
  | { type: 'library.close' };
