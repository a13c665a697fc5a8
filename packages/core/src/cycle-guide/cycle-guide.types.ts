import type { ContentPack } from '../content/content.types.js';
import type { ListFailure } from '../contribution-list/contribution-list.types.js';
import type { PhaseId } from '../cycle/cycle.phases.js';
import type { PublicCycle } from '../store/backend.port.js';

/**
 * What the cycle guide reads from a council's content: the phases and "Par où commencer ?"
 * first; the resource centre when a sheet or an answer needs it (`null` until then).
 */
export interface CycleGuideContent {
  phases: ContentPack['phases'];
  guide: ContentPack['guide'];
  /** @default null: loaded when first needed */
  resources: ContentPack['resources'] | null;
}

/** A council's text as an API serves it: the FALC version may be missing (then the standard one shows). */
interface ServedText {
  standard: string;
  falc?: string;
}
/** One page of a content list, as `ParticipeBackend.listPhases`, `listGuide` and `listResources` return it. */
interface ServedPage {
  items: unknown[];
  nextCursor: string | null;
}
type ServedQuery = { locale?: ContentPack['locale']; limit?: number; cursor?: string };

/** Where the guide reads a council's content: a back end's content lists (the REST API's `/api/phases`, `/api/guide`, `/api/resources`). */
export interface CycleContentSource {
  listPhases(query?: ServedQuery): Promise<ServedPage>;
  listGuide(query?: ServedQuery): Promise<ServedPage>;
  listResources(query?: ServedQuery): Promise<ServedPage>;
}
export type { ServedText };

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
  /** Why the resources could not be loaded; the sheet shows the rest. */
  resourcesFailure: GuideFailure | null;
}

export interface CycleResourcesRequest {
  locale: ContentPack['locale'];
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
  | { type: 'guide.toggle'; entryId: string }
  /** Load the resources again after they failed. */
  | { type: 'guide.resources.retry' }
  /** The space's cycle after a step its facilitator took here: the wheel and the journey follow. */
  | { type: 'guide.cycle'; cycle: PublicCycle };
