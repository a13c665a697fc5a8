// On Node, hashing goes through node:crypto (synchronous, issue 20); what it gives must be
// what Web Crypto gives, which the browser uses and which older records were made with.

import { IdSchema } from '@participe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, hmacSha256, newFollowUpCode, newId, normalizeFollowUpCode, sha256Hex } from './crypto.js';

const encoder = new TextEncoder();
const webSha256Hex = async (text: string) =>
  Buffer.from(await crypto.subtle.digest('SHA-256', encoder.encode(text))).toString('hex');
async function webHmac(key: string, data: string) {
  const k = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return new Uint8Array(await crypto.subtle.sign('HMAC', k, encoder.encode(data)));
}

describe('hashing', () => {
  const samples = ['', 'abc', 'Élodie à l’arrêt « bus »', '👩🏽‍🦱', 'lone \ud800 half', 'x'.repeat(10_000)];

  it('gives the SHA-256 Web Crypto gives, for any text (accents, emoji, a lone surrogate)', async () => {
    for (const s of samples) expect(await sha256Hex(s)).toBe(await webSha256Hex(s));
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme' }), async (s) => {
        expect(await sha256Hex(s)).toBe(await webSha256Hex(s));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the HMAC-SHA256 Web Crypto gives, as a plain 32-byte array', async () => {
    for (const key of ['k', 'c0ffee00-1234-4abc-8def-000000000001', 'clé'])
      for (const data of samples) {
        const mac = await hmacSha256(key, data);
        expect(mac.constructor).toBe(Uint8Array);
        expect(mac.byteLength).toBe(32);
        expect([...mac]).toEqual([...(await webHmac(key, data))]);
      }
  });
});

describe('random ids and follow-up codes', () => {
  // 20,000 draws use about 250 KiB of random bytes: the pool is refilled many times over.
  const ids = Array.from({ length: 10_000 }, () => newId('c'));
  const codes = Array.from({ length: 10_000 }, () => newFollowUpCode());

  it('are well formed and never repeat', () => {
    for (const id of ids) expect(IdSchema.safeParse(id).success && /^c_[a-kmnp-z2-9]{16}$/.test(id), id).toBe(true);
    for (const code of codes) expect(normalizeFollowUpCode(code), code).toBe(code);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('use every character of their alphabet about as often (no bias, no stuck byte)', () => {
    const counts = new Map<string, number>();
    for (const c of codes.join('').replace(/-/g, '')) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect([...counts.keys()].sort().join('')).toBe([...CODE_ALPHABET].sort().join(''));
    const expected = (codes.length * 6) / CODE_ALPHABET.length;
    for (const [c, n] of counts) expect(Math.abs(n - expected) / expected, c).toBeLessThan(0.15);
  });
});
