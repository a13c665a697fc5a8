import type { PhaseId } from '../cycle/cycle.types.js';
import type { BackendError } from '../store/backend.error.js';
import type { GuideEntryRead, PhaseLabel, ResourceEntry } from '../store/content.port.js';

/** The ways to reach resources, as `as const` data: the view's tabs, the stories' options, the tests' loops. */
export const RESOURCE_CENTRE_WAYS = ['phase', 'question', 'search'] as const;
export type ResourceCentreWay = (typeof RESOURCE_CENTRE_WAYS)[number];

/** Which resources a person asked to see. */
export type ResourceCentreSelection =
  /** The methods and tools of one phase of the cycle. */
  | { by: 'phase'; phase: PhaseId }
  /** Those a "where do I start" question leads to, in the question's order. */
  | { by: 'question'; entryId: string }
  /** Those whose texts hold every word of `q` (the back end searches; case and accents do not matter). */
  | { by: 'search'; q: string };

export interface ResourceCentreInput {
  /** The language of the content to read. @default 'fr' */
  locale?: 'fr' | 'en';
  /** The phase shown first; anything but a phase id shows the first. @default 'mobilise' */
  phase?: PhaseId | (string & {});
}

/** What the first load reads: the questions, and the first phase's resources. */
export interface ResourceCentreLoadRequest {
  locale: 'fr' | 'en';
  phase: PhaseId;
}

export interface ResourceCentreLoadResult {
  guide: GuideEntryRead[];
  resources: ResourceEntry[];
  /** The council's names of the phases; none (the widget's own words) when its back end cannot say. */
  phaseLabels?: PhaseLabel[];
}

/** What a later choice reads: the resources for one selection. */
export interface ResourceCentreResourcesRequest {
  locale: 'fr' | 'en';
  selection: ResourceCentreSelection;
  /** The resource ids of the selected question, in its order (for `by: 'question'`). */
  resourceIds: string[];
}

export interface ResourceCentreContext {
  locale: 'fr' | 'en';
  /** The phase last chosen: the first load shows it, blank search words go back to it. */
  phase: PhaseId;
  /** The "where do I start" questions, in the council's order; empty until loaded. */
  guide: GuideEntryRead[];
  /** The council's names of the phases; empty until loaded, or when its back end cannot say. */
  phaseLabels: PhaseLabel[];
  /** What the person asked for last. */
  selection: ResourceCentreSelection;
  /** The resources shown, and the selection they answer (it lags `selection` while they load). */
  resources: ResourceEntry[];
  shownFor: ResourceCentreSelection | null;
  /** Why the first load failed; `null` while loading and once one succeeds. */
  failure: BackendError | null;
  /** Why the last choice's resources could not be read; the previous ones stay shown. */
  resourcesFailure: BackendError | null;
}

export type ResourceCentreEvent =
  /** Load, once the element knows its attributes; or load again. */
  | { type: 'resourceCentre.load' }
  /** Load again after a failure (the first load, or the last choice's resources). */
  | { type: 'resourceCentre.retry' }
  /** Show the methods and tools of a phase. */
  | { type: 'resourceCentre.phase'; phase: PhaseId }
  /** Show a "where do I start" question's answer and resources. */
  | { type: 'resourceCentre.question'; entryId: string }
  /** Search the resources; blank words go back to the phase last shown. */
  | { type: 'resourceCentre.search'; q: string };
