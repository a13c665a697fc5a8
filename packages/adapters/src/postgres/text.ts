// PostgreSQL `text` and `jsonb` cannot hold U+0000, and a lone UTF-16 surrogate has no
// UTF-8 form: the server would refuse the first and the driver would turn the second into
// U+FFFD without a word. Rather than store something other than what was sent, the store
// refuses such a value whole, before any SQL runs, with an error naming the field.
import { fold } from '../shared/cursor.js';

/** Thrown by the PostgreSQL store for a value it cannot keep exactly as sent. Nothing is written. */
export class UnstorableTextError extends Error {
  constructor(
    /** Where the value sits in the command, e.g. `view.content.body`. */
    readonly path: string,
    readonly problem: 'nul' | 'loneSurrogate' | 'notFinite',
  ) {
    const what = {
      nul: 'contains the NUL character (U+0000), which PostgreSQL text cannot hold',
      loneSurrogate: 'contains a lone UTF-16 surrogate, which has no UTF-8 form',
      notFinite: 'is a number JSON cannot represent (NaN or Infinity)',
    }[problem];
    super(`${path} ${what}; send text without it.`);
    this.name = 'UnstorableTextError';
  }
}

// In `u` mode a well-formed surrogate pair is one code point, so this matches lone halves only.
const LONE_SURROGATE = /\p{Cs}/u;

/** The first problem in `value` (strings, keys, numbers, at any depth), or `null`. */
export function findUnstorable(value: unknown, path = 'value'): UnstorableTextError | null {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return new UnstorableTextError(path, 'nul');
    if (LONE_SURROGATE.test(value)) return new UnstorableTextError(path, 'loneSurrogate');
    return null;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? null : new UnstorableTextError(path, 'notFinite');
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const at = Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`;
    const problem = findUnstorable(key, `${at} (key)`) ?? findUnstorable(item, at);
    if (problem) return problem;
  }
  return null;
}

export function assertStorable(value: unknown, path: string): void {
  const problem = findUnstorable(value, path);
  if (problem) throw problem;
}

/**
 * The text indexed for search, folded like the memory store (lower case, no accents) so
 * "creche" finds "crèche". Folding here rather than with the `unaccent` extension keeps
 * the schema free of extensions that a managed server or PGlite may not offer.
 */
export const searchText = (content: { title: string; body: string }): string =>
  fold(`${content.title} ${content.body}`);

export const searchQuery = (q: string): string => fold(q);
