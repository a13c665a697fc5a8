// One ladder from a failed call to the sentence a widget shows, in the widget's own words.
// Every back end's failure has a `kind` (`BackendError`) and, when the server answered, its
// HTTP status; an API error read straight from the client (`ApiFailure`) has only the status:
// both are read the same way here.
import type { BackendError } from '@participe/core';

/** What the ladder reads of a failure: a `BackendError`, or an API error with only its status. */
export interface FailureLike {
  kind?: BackendError['kind'] | undefined;
  /** The HTTP status; 0 when the server could not be reached. */
  status?: number | undefined;
  message?: string | undefined;
  issues?: ReadonlyArray<{ message: string }> | undefined;
}

/** The rungs of the ladder, from "no answer" to "anything else". */
export const FAILURE_CASES = [
  'offline',
  'unauthorized',
  'forbidden',
  'notFound',
  'conflict',
  'rejected',
  'busy',
  'server',
  'failed',
] as const;
export type FailureCase = (typeof FAILURE_CASES)[number];

/** The rung from the status alone, for an API error that carries no kind. */
const BY_STATUS: Partial<Record<number, FailureCase>> = {
  0: 'offline',
  400: 'rejected',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'notFound',
  409: 'conflict',
  412: 'conflict',
  422: 'rejected',
  429: 'busy',
};

/**
 * Which rung a failure is on. The kind decides when it says more than "error"; a 401 or a 403
 * is a refusal of the person whatever the back end called it; a plain error is told apart by
 * its status: 429 (the server is busy), 5xx (the server failed).
 */
export function failureCase(failure: FailureLike): FailureCase {
  const { kind, status } = failure;
  if (status === 401 || status === 403) return status === 401 ? 'unauthorized' : 'forbidden';
  if (kind && kind !== 'error') return kind;
  if (status === undefined) return 'failed';
  if (status >= 500) return 'server';
  return BY_STATUS[status] ?? 'failed';
}

/**
 * A widget's words for each rung. Only `failed` is required: a rung without words of its
 * own says `denied` for `unauthorized` and `forbidden` (both mean "not you"), and `failed`
 * for anything else. `rejected` may be worked out from the failure (the back end's own
 * sentences, when no field of the form can show them).
 */
export interface FailureWords {
  failed: string;
  offline?: string;
  denied?: string;
  unauthorized?: string;
  forbidden?: string;
  notFound?: string;
  conflict?: string;
  rejected?: string | ((failure: FailureLike) => string);
  /** 429: the server asks to wait. */
  busy?: string;
  /** 5xx: the server failed. */
  server?: string;
}

/** The keys a group's list keeps for its load failing: not this role, signed out, no such group, anything else. */
type LoadKey = 'forbidden' | 'unauthorized' | 'noSpace' | 'failed';

/** The words of a group list that could not load, from its catalogue (`t`) and the common `offline`. */
export const groupLoadWords = (t: (key: LoadKey) => string, offline: string): FailureWords => ({
  forbidden: t('forbidden'),
  unauthorized: t('unauthorized'),
  notFound: t('noSpace'),
  offline,
  failed: t('failed'),
});

/** The sentence for a failure, in the widget's words; `''` when there is no failure. */
export function failureMessage(failure: FailureLike | null | undefined, words: FailureWords): string {
  if (!failure) return '';
  const rung = failureCase(failure);
  const { rejected } = words;
  const said =
    rung === 'rejected'
      ? typeof rejected === 'function'
        ? rejected(failure)
        : rejected
      : rung === 'unauthorized' || rung === 'forbidden'
        ? (words[rung] ?? words.denied)
        : rung === 'failed'
          ? undefined
          : words[rung];
  return said || words.failed;
}
