import type { PublicMeeting } from '../meeting/meeting.types.js';
import type { BackendError } from '../store/backend.error.js';

export interface AgendaInput {
  /** Id or slug of the space (participation group) the widget shows. */
  spaceId: string;
}

export interface AgendaLoadRequest {
  spaceId: string;
}

/** What the widget shows once loaded: the space's name and its next public meetings. */
export interface AgendaLoadResult {
  spaceName: string;
  /** The space's slug, for file names. */
  spaceSlug: string;
  /** Soonest first, as the back end gives them. */
  meetings: PublicMeeting[];
  /** When they were read (the DTSTAMP of "add to my calendar" files). */
  loadedAt: string;
}

export interface AgendaContext {
  spaceId: string;
  result: AgendaLoadResult | null;
  /** Why the last load failed; `null` while loading and once one succeeds. */
  failure: BackendError | null;
}

export type AgendaEvent =
  /** Load, once the element knows its attributes; or load again. */
  | { type: 'agenda.load' }
  /** Load again after a failure. */
  | { type: 'agenda.retry' };
