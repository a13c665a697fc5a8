// The bounds of Participe's tokens, apart from the code that makes them, so that the
// published types name no optional dependency.

/** The longest a session token lives. The bound: at most one hour. */
export const SESSION_MAX_SECONDS = 3600;
/** How often a server re-reads the keys, to sign with a key another process rotated in. */
export const KEY_REFRESH_SECONDS = 60;
/** Shorter secrets are guessable offline from one sealed key. */
export const MIN_SECRET_LENGTH = 32;

export function assertTokenSecret(secret: string): void {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`PARTICIPE_TOKEN_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
  }
}
