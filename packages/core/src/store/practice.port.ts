// Where practice sheets are kept: per organisation, every change a new version with who
// made it. A published sheet a council shares is read by every council on the server.
import type { Locale } from '../content/content.types.js';
import type { PRACTICE_ACTIONS } from '../practice/practice.schema.js';
import type { PracticeDraft, PracticeReview, PracticeStatus } from '../practice/practice.types.js';

/** One sheet as stored, in its organisation. */
export interface PracticeRecord {
  id: string;
  locale: Locale;
  /** The council it belongs to. */
  organisation: string;
  /** The group that wrote it; `null` for the built-in sheets. */
  spaceId: string | null;
  status: PracticeStatus;
  /** 1 at creation, +1 at every change. */
  version: number;
  shared: boolean;
  content: PracticeDraft;
  review: PracticeReview | null;
  /** Member ids of whoever wrote or changed it while it was a draft. */
  authors: string[];
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

/** A record as read: with the name of the council it comes from. */
export type StoredPractice = PracticeRecord & { originName: string };

/** One version of a sheet: who made it, when, what they did, and the sheet after it. */
export interface PracticeChange {
  version: number;
  at: string;
  actor: { id: string | null; role: string };
  action: (typeof PRACTICE_ACTIONS)[number];
  record: PracticeRecord;
}

export interface PracticeFilter {
  locale: Locale;
  /** @default every status */
  statuses?: readonly PracticeStatus[];
  spaceId?: string;
  /** Also other councils' published, shared sheets. */
  includeShared?: boolean;
  /** Words to find, each group an OR of synonyms, folded (see core's `expandQuery`); groups ANDed. */
  terms?: readonly (readonly string[])[];
}

export interface PracticeStore {
  /**
   * Stores the built-in sheets the first time this organisation asks (`make` is called
   * then only); later calls, and sheets already there, are left alone.
   */
  seedPractices(make: () => PracticeRecord[]): Promise<void>;
  /** This organisation's sheet in any status, else another council's published shared one. */
  getPractice(id: string, locale: Locale): Promise<StoredPractice | null>;
  /** Best match first when `terms` are given (with `rank`), else newest first. */
  listPractices(filter: PracticeFilter): Promise<Array<StoredPractice & { rank: number }>>;
  /**
   * Creates (`expectedVersion` null) or replaces the sheet if it is still at
   * `expectedVersion`, and records `change`; `false` (nothing written) otherwise.
   */
  putPractice(change: PracticeChange, expectedVersion: number | null): Promise<boolean>;
  /** Every version, oldest first. */
  listPracticeChanges(id: string, locale: Locale): Promise<PracticeChange[]>;
}
