import type { ContentPack } from '../content/content.types.js';
import type { ListFailure } from '../contribution-list/contribution-list.types.js';
import type { PhaseId } from '../cycle/cycle.phases.js';
import type { PublicCycle } from '../store/backend.port.js';

/** What the cycle guide reads from a content pack: the phases, the resource centre and "Par où commencer ?". */
export type CycleGuideContent = Pick<ContentPack, 'phases' | 'resources' | 'guide'>;

/** A space's place in the cycle, with the space's name to say whose it is. */
export interface SpaceCycle extends PublicCycle {
  spaceName: string;
}

/** Why something could not be loaded. `notFound`: the space does not exist. */
export type GuideFailure = ListFailure;

export interface CycleGuideInput {
  /** Id or slug of a space whose current phase and round to show. @default none: the cycle alone */
  spaceId?: string;
  /** Language of the content. @default 'fr' */
  locale?: ContentPack['locale'];
}

export interface CycleGuideLoadRequest {
  spaceId: string | null;
  locale: ContentPack['locale'];
}

export interface CycleGuideLoadResult {
  content: CycleGuideContent;
  /** `null` without a space, or when it could not be read (see `cycleFailure`). */
  cycle: SpaceCycle | null;
  /** The space's phase could not be read; the cycle itself still shows. */
  cycleFailure: GuideFailure | null;
}

/** Where the keyboard goes on the wheel: a neighbour (it wraps around, like the cycle) or an end. */
export type FocusMove = 'next' | 'previous' | 'first' | 'last';

export interface CycleGuideContext {
  spaceId: string | null;
  locale: ContentPack['locale'];
  content: CycleGuideContent | null;
  cycle: SpaceCycle | null;
  cycleFailure: GuideFailure | null;
  failure: GuideFailure | null;
  /** The phase that holds the wheel's tab stop (roving tabindex). */
  focused: PhaseId;
  /** The phase whose sheet is open. */
  selected: PhaseId | null;
  /** The "Par où commencer ?" question whose answer is open. */
  openEntry: string | null;
}

export type CycleGuideEvent =
  /** Load the content (and the space's phase). Sent once the element knows its attributes. */
  | { type: 'guide.load' }
  | { type: 'guide.retry' }
  /** Move the wheel's tab stop to a phase, or next / previous / first / last. */
  | { type: 'guide.focus'; to: FocusMove | PhaseId }
  /** Open a phase's sheet; without `phase`, the one that has the tab stop. */
  | { type: 'guide.select'; phase?: PhaseId }
  /** Close the sheet. */
  | { type: 'guide.close' }
  /** Open or close the answer to a "Par où commencer ?" question. */
  | { type: 'guide.toggle'; entryId: string };
