// Random identifiers, follow-up codes and secrets with Web Crypto, so the same code runs
// in Node and in a browser (a widget on an in-memory store). No `node:` import here.

import { newSecretCode, secretCodeFromBytes } from '@participe/core';

const encoder = new TextEncoder();

/** Letters and digits a person cannot confuse when reading or typing: no 0/O, 1/I/L, 5/S, 8/B, 2/Z, U/V. */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTWXY34679';
const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

// Random bytes are drawn 4 KiB at a time: one call to the system's generator serves about a
// hundred creates (an id and a follow-up code each), where each id and each half of a code
// made a call of its own, with its own array. Each byte is used once.
const pool = new Uint8Array(4096);
let drawn = pool.length;
function randomByte(): number {
  if (drawn === pool.length) {
    globalThis.crypto.getRandomValues(pool);
    drawn = 0;
  }
  return pool[drawn++]!;
}

/** `n` characters drawn uniformly from `alphabet` (rejection sampling: no modulo bias). */
function randomChars(alphabet: string, n: number): string {
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < n) {
    const b = randomByte();
    if (b < limit) out += alphabet[b % alphabet.length];
  }
  return out;
}

/** `c_` + 16 characters: 80 bits, valid for `IdSchema`. */
export const newId = (prefix: string): string => `${prefix}_${randomChars(ID_ALPHABET, 16)}`;

/** A code a person can read aloud on the phone, e.g. `K7P-4QX`. 23⁶ ≈ 148 million codes. */
export const newFollowUpCode = (): string => `${randomChars(CODE_ALPHABET, 3)}-${randomChars(CODE_ALPHABET, 3)}`;

/** Accepts `k7p 4qx`, `K7P4QX` or `K7P-4QX`; `null` when it cannot be a code. */
export function normalizeFollowUpCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== 6 || ![...compact].every((c) => CODE_ALPHABET.includes(c))) return null;
  return `${compact.slice(0, 3)}-${compact.slice(3)}`;
}

export function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(s: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return null;
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * A secret code: six common French words (`newSecretCode` in core, 66 bits), proving
 * authorship with the follow-up code; shown once, only its hash is stored.
 */
export const newSecret = (): string => newSecretCode();

/** The part of `node:crypto` used here, when the runtime has it. */
interface NodeHashing {
  createHash(algorithm: 'sha256'): { update(data: string): { digest(encoding: 'hex'): string } };
  createHmac(algorithm: 'sha256', key: string): { update(data: string): { digest(): Uint8Array } };
}

/**
 * On Node, hashing goes through `node:crypto`, synchronously: Web Crypto's digest hands
 * each small hash to the thread pool and back, which cost a fifth of the server's CPU per
 * create (issue 20). Reached through `process.getBuiltinModule`, not an import, so a
 * browser bundle never sees it; anywhere else, Web Crypto. Same digests either way.
 */
const nodeHashing = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('node:crypto') as NodeHashing | undefined;

export async function sha256Hex(text: string): Promise<string> {
  if (nodeHashing) return nodeHashing.createHash('sha256').update(text).digest('hex');
  const digest = await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function hmacSha256(key: string, data: string): Promise<Uint8Array> {
  if (nodeHashing) {
    // A Buffer is a Uint8Array; copied so callers get a plain one of exactly its 32 bytes.
    return Uint8Array.from(nodeHashing.createHmac('sha256', key).update(data).digest());
  }
  const k = await globalThis.crypto.subtle.importKey(
    'raw',
    encoder.encode(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', k, encoder.encode(data)));
}

/**
 * The secret code of a contribution created with an `Idempotency-Key`. Derived from the key
 * the client holds (never stored: the store keeps the key's hash), so a replayed response
 * can show the same secret while the database holds only the secret's hash.
 */
export const secretFromIdempotencyKey = async (key: string, contributionId: string): Promise<string> =>
  secretCodeFromBytes(await hmacSha256(key, `participe.secret.v2:${contributionId}`));

/** The secret the same key gave before secrets were words (32 characters): for replays of those. */
export const legacySecretFromIdempotencyKey = async (key: string, contributionId: string): Promise<string> =>
  base64url((await hmacSha256(key, `participe.secret.v1:${contributionId}`)).slice(0, 24));

/** Compares two hex digests without leaking where they differ. */
export function sameDigest(a: string, b: string): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * JSON with keys sorted at every level, so two requests with the same content hash the
 * same whatever the key order. Written by hand, never through an object, so a
 * `__proto__` key stays data.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
    .join(',')}}`;
}
