import type { BackendError } from '../store/backend.error.js';
import type * as z from '../zod.js';
import type { BoardCommitmentSchema, BoardSchema } from './board.schema.js';

/** The figures of the public board, as the API answers them. */
export type Board = z.output<typeof BoardSchema>;
export type BoardCommitment = z.output<typeof BoardCommitmentSchema>;

export interface BoardInput {
  /** Id or slug of the space the board is about; empty for the whole council. */
  spaceId: string;
  /** Only contributions published that year; all years when absent. */
  year?: number | undefined;
}

export interface BoardLoadRequest {
  spaceId: string;
  year?: number | undefined;
}

export interface BoardLoadResult {
  /** The space's name; `null` for the whole council. */
  spaceName: string | null;
  board: Board;
}

export interface BoardContext {
  spaceId: string;
  year: number | undefined;
  result: BoardLoadResult | null;
  /** Why the last load failed; `null` while loading and once one succeeds. */
  failure: BackendError | null;
}

export type BoardEvent =
  /** Load, once the element knows its attributes; or load again. */
  | { type: 'board.load' }
  /** Load again after a failure. */
  | { type: 'board.retry' };
