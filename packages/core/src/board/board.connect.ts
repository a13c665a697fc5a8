import type { SnapshotFrom } from 'xstate';
import type { BoardMachine } from './board.machine.js';
import type { BoardEvent } from './board.types.js';

export type BoardSnapshot = SnapshotFrom<BoardMachine>;

/** The machine's states, as the view names them. */
export const BOARD_STATES = ['idle', 'loading', 'error', 'ready'] as const;
export type BoardState = (typeof BOARD_STATES)[number];

/**
 * What the widget shows for a snapshot, and what a person may do: the element renders the
 * view and calls `api.retry()`; it never builds an event itself.
 */
export function connectBoard(snapshot: BoardSnapshot, send: (event: BoardEvent) => void) {
  const c = snapshot.context;
  const state = snapshot.value as BoardState;
  return {
    state,
    busy: state === 'idle' || state === 'loading',
    spaceName: c.result?.spaceName ?? null,
    /** `true` for the whole council's board. */
    council: c.spaceId === '',
    year: c.year ?? null,
    board: c.result?.board ?? null,
    /** Answered out of received, 0 to 1; `null` before anything was received. */
    shareAnswered: c.result?.board.received ? c.result.board.answered / c.result.board.received : null,
    failure: c.failure,
    load: () => send({ type: 'board.load' }),
    retry: () => send({ type: 'board.retry' }),
  };
}

export type BoardView = ReturnType<typeof connectBoard>;
