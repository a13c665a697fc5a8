/** One field that is not valid: where (`author.pseudonym`, `data.answer.text`) and what would be. */
export interface ApiIssue {
  /** Dot-separated path in the request body or query; `''` for the whole request. */
  path: string;
  message: string;
}

/** The JSON body of every error response: `{ "error": { code, message, issues } }`. */
export interface ApiErrorBody {
  error: { code: string; message: string; issues: ApiIssue[] };
}

/**
 * The one error type of Participe's application layer, thrown by the service in-process
 * and by the HTTP client after a 4xx, so a widget handles both back ends the same way.
 * `status` is the HTTP status (0 when the server could not be reached).
 */
export class ParticipeApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ApiIssue[];
  /** Extra headers the server sends with it, e.g. `Retry-After` or `Allow`. */
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: string,
    message: string,
    issues: ApiIssue[] = [],
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ParticipeApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.headers = headers;
  }

  toJSON(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, issues: this.issues } };
  }
}

export const isParticipeApiError = (e: unknown): e is ParticipeApiError => e instanceof ParticipeApiError;
