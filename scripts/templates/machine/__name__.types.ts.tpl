import type { BackendError } from '../store/backend.error.js';

export interface {{Name}}Input {
  /** Id or slug of the space (participation group) the widget shows. */
  spaceId: string;
}

export interface {{Name}}LoadRequest {
  spaceId: string;
}

/** What the widget shows once loaded: replace it with what yours reads from the back end. */
export interface {{Name}}LoadResult {
  spaceName: string;
}

export interface {{Name}}Context {
  spaceId: string;
  result: {{Name}}LoadResult | null;
  /** Why the last load failed; `null` while loading and once one succeeds. */
  failure: BackendError | null;
}

export type {{Name}}Event =
  /** Load, once the element knows its attributes; or load again. */
  | { type: '{{camel}}.load' }
  /** Load again after a failure. */
  | { type: '{{camel}}.retry' };
