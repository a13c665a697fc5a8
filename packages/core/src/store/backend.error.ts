// One failure model for every back end, every machine and the browser outbox: the kinds a
// widget words, and one mapper from whatever a back end threw.

/**
 * Why a back-end call failed. `offline`: no answer (retry later); `rejected`: the input was
 * refused (see `issues`); `forbidden`: signed in, but this role may not do it;
 * `unauthorized`: not signed in; `error`: anything else.
 */
export const BACKEND_ERROR_KINDS = [
  'offline',
  'rejected',
  'notFound',
  'conflict',
  'forbidden',
  'unauthorized',
  'error',
] as const;
export type BackendErrorKind = (typeof BACKEND_ERROR_KINDS)[number];

/** Errors a back end reports; `issues` carry field paths for the form. */
export interface BackendError {
  kind: BackendErrorKind;
  /** The HTTP status, when there was an answer (0: none). */
  status?: number;
  message: string;
  issues?: Array<{ path: string[]; message: string }>;
}

/** Why there is no back end: the element has neither `backend` nor a usable `endpoint`. */
export const NO_BACKEND = {
  kind: 'error',
  message: 'No back end: set the `backend` property or `endpoint`',
} as const satisfies BackendError;

/** Kinds that say "not you", whatever the input: sign in, or ask someone with the right role. */
export const DENIED_KINDS = ['forbidden', 'unauthorized'] as const satisfies readonly BackendErrorKind[];

export const isDenied = (failure: Pick<BackendError, 'kind'>): boolean =>
  (DENIED_KINDS as readonly string[]).includes(failure.kind);

/** A refusal some back ends call `rejected`, though its status says who may not. */
const DENIED_STATUS: Partial<Record<number, BackendErrorKind>> = { 401: 'unauthorized', 403: 'forbidden' };

const isKind = (kind: unknown): kind is BackendErrorKind => (BACKEND_ERROR_KINDS as readonly unknown[]).includes(kind);

/**
 * Whatever a back end threw, as a `BackendError` a widget can word for a person. A 401 or 403
 * is never `rejected`, whatever the back end called it; anything unknown is an `error`.
 */
export function toBackendError(error: unknown): BackendError {
  if (typeof error === 'object' && error !== null && 'kind' in error) {
    const { kind, message, status, issues } = error as Record<string, unknown>;
    if (isKind(kind)) {
      const denied = kind === 'rejected' && typeof status === 'number' ? DENIED_STATUS[status] : undefined;
      return {
        kind: denied ?? kind,
        message: typeof message === 'string' ? message : '',
        ...(typeof status === 'number' ? { status } : {}),
        ...(Array.isArray(issues) ? { issues: issues as NonNullable<BackendError['issues']> } : {}),
      };
    }
  }
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}

/** Statuses that acknowledge nothing: the server or a proxy was busy, nothing was decided. */
const UNDECIDED = [408, 425, 429];

/**
 * Whether a request got no acknowledgement: no answer, a timeout, a 5xx, or a "busy" 4xx
 * (408, 425, 429). Such a request may be sent again with the same idempotency key; only
 * another 4xx is a refusal. An error without a status (a bug in an in-process back end) is
 * not retried.
 */
export function isUnacknowledged(error: unknown): boolean {
  const { kind, status } = toBackendError(error);
  if (kind === 'offline' || status === 0) return true;
  return status !== undefined && (status >= 500 || UNDECIDED.includes(status));
}
