import type { AuthorCommand, AuthorExport, AuthorProof } from '../store/backend.port.js';

/** What the author may do on their own page, each behind a confirmation. */
export const AUTHOR_ACTIONS = ['correct', 'withdraw', 'erase'] as const;
export type AuthorAction = (typeof AUTHOR_ACTIONS)[number];

/**
 * Why the author's page says no: `emptySecret` (nothing typed), `wrongSecret` (the code and
 * the secret code do not match), `emptyTitle`/`emptyBody`/`tooLong` (the correction),
 * `tooLate` (the institution has taken it up: it can no longer be changed this way),
 * `offline` (no answer: nothing changed, try again), `failed` (anything else).
 */
export const AUTHOR_PROBLEMS = [
  'emptySecret',
  'wrongSecret',
  'emptyTitle',
  'emptyBody',
  'tooLong',
  'tooLate',
  'offline',
  'failed',
] as const;
export type AuthorProblem = (typeof AUTHOR_PROBLEMS)[number];

export interface AuthorInput {
  /** The follow-up code the page was opened with, e.g. `K7P-4QX`. */
  code: string;
  /** The contribution that code points to. */
  contributionId: string;
}

/** A correction of the author's words. */
export interface AuthorDraft {
  title: string;
  body: string;
}

export interface AuthorContext extends AuthorInput {
  /** Kept in memory while the page is open and unlocked; never stored, never sent in a URL. */
  secret: string;
  /** Everything kept about the author, once the secret code opened it. */
  data: AuthorExport | null;
  /** The action being corrected or confirmed. */
  action: AuthorAction | null;
  draft: AuthorDraft | null;
  problem: AuthorProblem | null;
  /** The last action that went through: said once, in a live region. */
  done: AuthorAction | null;
}

export type AuthorEvent =
  /** The secret code, as typed (the server reads capitals, accents and spaces). */
  | { type: 'author.unlock'; secret: string }
  /** Forget the secret code on this page. */
  | { type: 'author.lock' }
  /** Open the correction form with the words as they are. */
  | { type: 'author.correct' }
  /** The corrected words, to confirm. */
  | { type: 'author.save'; title: string; body: string }
  | { type: 'author.withdraw' }
  | { type: 'author.erase' }
  | { type: 'author.confirm' }
  | { type: 'author.cancel' }
  // From the machine's own actors.
  | { type: 'xstate.done.actor.open'; output: AuthorExport }
  | { type: 'xstate.error.actor.open'; error: unknown }
  | { type: 'xstate.done.actor.act'; output?: undefined }
  | { type: 'xstate.error.actor.act'; error: unknown };

/** What the `act` actor receives. */
export interface AuthorActRequest {
  proof: AuthorProof;
  contributionId: string;
  /** `correct` and `withdraw` are contribution events; `erase` is `eraseMyData`. */
  command: AuthorCommand | { type: 'erase' };
}
