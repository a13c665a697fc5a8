import { describe, expect, it } from 'vitest';
import { isAuthor } from './author.js';
import type { ServiceContext } from './context.js';
import { legacySecretFromIdempotencyKey, newSecret, secretFromIdempotencyKey, sha256Hex } from './crypto.js';

/** A context whose store holds one contribution's hash, and nothing else. */
const holding = (secretHash: string) =>
  ({
    store: { getPrivate: async () => ({ contact: null, followUpCode: 'K7P-4QX', secretHash }) },
  }) as never as ServiceContext;

describe('isAuthor', () => {
  it('reads a secret code as typed by hand: capitals, accents, spaces, hyphens', async () => {
    const code = newSecret();
    const ctx = holding(await sha256Hex(code));
    for (const typed of [code, code.toUpperCase(), code.replaceAll('-', ' '), ` ${code.replaceAll('-', ' -  ')} `])
      expect(await isAuthor(ctx, 'c_1', typed)).toBe(true);
    expect(await isAuthor(ctx, 'c_1', code.split('-').slice(1).join('-'))).toBe(false);
    expect(await isAuthor(ctx, 'c_1', '')).toBe(false);
  });

  it('still accepts the 32-character secrets given before codes were words, exactly as given', async () => {
    const old = await legacySecretFromIdempotencyKey('cle', 'c_1');
    expect(old).toHaveLength(32);
    const ctx = holding(await sha256Hex(old));
    expect(await isAuthor(ctx, 'c_1', old)).toBe(true);
    expect(await isAuthor(ctx, 'c_1', old.toLowerCase())).toBe(old === old.toLowerCase());
  });

  it('an erased contribution (no hash) opens with nothing', async () => {
    expect(await isAuthor(holding(''), 'c_1', newSecret())).toBe(false);
  });

  it('a keyed create derives a six-word code from the key, the same every time', async () => {
    const a = await secretFromIdempotencyKey('cle', 'c_1');
    expect(a).toMatch(/^[a-z]{3,8}(-[a-z]{3,8}){5}$/);
    expect(await secretFromIdempotencyKey('cle', 'c_1')).toBe(a);
    expect(await secretFromIdempotencyKey('cle', 'c_2')).not.toBe(a);
  });
});
