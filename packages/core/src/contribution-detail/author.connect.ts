import type { SnapshotFrom } from 'xstate';
import type { ContributionStatus } from '../contribution/contribution.types.js';
import type { AuthorMachine } from './author.machine.js';
import type { AuthorEvent } from './author.types.js';

export type AuthorSnapshot = SnapshotFrom<AuthorMachine>;
export type AuthorState =
  | 'locked'
  | 'unlocking'
  | 'unlocked'
  | 'correcting'
  | 'confirming'
  | 'working'
  | 'refreshing'
  | 'erased';

/** Statuses in which the contribution machine lets its author change the words. */
export const AUTHOR_EDITABLE = ['draft', 'submitted', 'published'] as const satisfies readonly ContributionStatus[];

/** Statuses in which the contribution machine lets its author withdraw it (as the public reads them). */
export const AUTHOR_WITHDRAWABLE = [
  'draft',
  'submitted',
  'published',
  'underReview',
] as const satisfies readonly ContributionStatus[];

const among = (list: readonly string[], status: string | undefined) => status !== undefined && list.includes(status);

/**
 * What the author's page shows for a snapshot, and what the author can do: each intent sends
 * the machine its event, so the element keeps no state of its own.
 */
export function connectAuthor(snapshot: AuthorSnapshot, send: (event: AuthorEvent) => void) {
  const c = snapshot.context;
  const state = snapshot.value as AuthorState;
  const status = c.data?.contribution.status;
  return {
    state,
    code: c.code,
    /** Waiting for the server: the controls say so and do nothing. */
    busy: state === 'unlocking' || state === 'working' || state === 'refreshing',
    unlocked: c.data !== null,
    data: c.data,
    problem: c.problem,
    /** The action being corrected or confirmed. */
    action: c.action,
    draft: c.draft,
    /** The last action that went through. */
    done: c.done,
    canCorrect: among(AUTHOR_EDITABLE, status),
    canWithdraw: among(AUTHOR_WITHDRAWABLE, status),
    /** The institution's published answer stays after an erase, without the author's words. */
    hasAnswer: Boolean(c.data?.contribution.answer),
    /** The copy of the data, as the text of a JSON file. */
    json: () => (c.data ? `${JSON.stringify(c.data, null, 2)}\n` : ''),

    unlock: (secret: string) => send({ type: 'author.unlock', secret }),
    lock: () => send({ type: 'author.lock' }),
    correct: () => send({ type: 'author.correct' }),
    save: (title: string, body: string) => send({ type: 'author.save', title, body }),
    withdraw: () => send({ type: 'author.withdraw' }),
    erase: () => send({ type: 'author.erase' }),
    confirm: () => send({ type: 'author.confirm' }),
    cancel: () => send({ type: 'author.cancel' }),
  };
}

export type AuthorView = ReturnType<typeof connectAuthor>;
