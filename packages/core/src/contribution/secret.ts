// The secret code of a contribution: six common French words, e.g.
// `lapin-tisser-orage-galet-cerise-moulin`, easy to copy by hand on a phone, 66 bits of
// randomness. With the follow-up code it proves authorship (correct, withdraw, export,
// erase). Shown once; the server keeps only its hash.
import { SECRET_WORDS } from './secret.words.js';

/** Words in a secret code: 6 × 11 bits = 66 bits. */
export const SECRET_CODE_WORDS = 6;

/** The bytes a code is read from: 9 bytes, of which 66 bits are used. */
export const SECRET_CODE_BYTES = 9;

/** The code the first 66 bits of `bytes` spell, big-endian, 11 bits a word. */
export function secretCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < SECRET_CODE_BYTES) throw new RangeError(`A secret code needs ${SECRET_CODE_BYTES} bytes`);
  const words: string[] = [];
  let acc = 0;
  let bits = 0;
  for (const b of bytes.subarray(0, SECRET_CODE_BYTES)) {
    acc = ((acc << 8) | b) & 0xffff_ff;
    bits += 8;
    if (bits >= 11 && words.length < SECRET_CODE_WORDS) {
      bits -= 11;
      words.push(SECRET_WORDS[(acc >> bits) & 0x7ff]!);
    }
  }
  return words.join('-');
}

/** A fresh secret code from the platform's cryptographic randomness (Node and browsers). */
export const newSecretCode = (): string =>
  secretCodeFromBytes(globalThis.crypto.getRandomValues(new Uint8Array(SECRET_CODE_BYTES)));

let known: Set<string> | undefined;

/**
 * The code as it is stored (`lapin-tisser-…`), whatever the person typed: capitals,
 * accents (`Lapin Tisser Orage Galet Cérise Moulin`), several spaces, hyphens, dots or
 * commas between words. `null` when it is not six words of the list — an older kind of
 * secret, for example, which is then compared as typed.
 */
export function normalizeSecretCode(input: string): string | null {
  const words = input
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  known ??= new Set(SECRET_WORDS);
  if (words.length !== SECRET_CODE_WORDS || !words.every((w) => known!.has(w))) return null;
  return words.join('-');
}
