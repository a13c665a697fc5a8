import { describe, expect, it } from 'vitest';
import {
  newSecretCode,
  normalizeSecretCode,
  SECRET_CODE_BYTES,
  SECRET_CODE_WORDS,
  secretCodeFromBytes,
} from './secret.js';
import { SECRET_WORDS } from './secret.words.js';

describe('the secret code’s words', () => {
  it('are 2,048 distinct lowercase ASCII words of 3 to 8 letters, in order: 66 bits in six', () => {
    expect(SECRET_WORDS).toHaveLength(2048);
    expect(new Set(SECRET_WORDS).size).toBe(2048);
    for (const w of SECRET_WORDS) expect(w).toMatch(/^[a-z]{3,8}$/);
    expect([...SECRET_WORDS].sort()).toEqual(SECRET_WORDS);
    expect(SECRET_CODE_WORDS * Math.log2(SECRET_WORDS.length)).toBeGreaterThanOrEqual(64);
  });
});

describe('secretCodeFromBytes', () => {
  it('reads 11 bits a word, big-endian, from 9 bytes', () => {
    expect(secretCodeFromBytes(new Uint8Array(9))).toBe(Array(6).fill(SECRET_WORDS[0]).join('-'));
    expect(secretCodeFromBytes(new Uint8Array(9).fill(255))).toBe(Array(6).fill(SECRET_WORDS[2047]).join('-'));
    // 0b00000000001 then zeros: the second word of the list first.
    const bytes = new Uint8Array(9);
    bytes[1] = 0b0010_0000;
    expect(secretCodeFromBytes(bytes).split('-')[0]).toBe(SECRET_WORDS[1]);
    expect(() => secretCodeFromBytes(new Uint8Array(SECRET_CODE_BYTES - 1))).toThrow(RangeError);
  });

  it('newSecretCode: six words of the list, different every time', () => {
    const codes = Array.from({ length: 50 }, newSecretCode);
    expect(new Set(codes).size).toBe(50);
    for (const c of codes) expect(normalizeSecretCode(c)).toBe(c);
  });
});

describe('normalizeSecretCode', () => {
  const code = [SECRET_WORDS[10], SECRET_WORDS[500], 'ecole', 'coeur', SECRET_WORDS[2000], SECRET_WORDS[3]].join('-');
  it.each([
    code,
    code.toUpperCase(),
    code.replaceAll('-', ' '),
    `  ${code.replaceAll('-', '   ')}  `,
    code.replaceAll('-', ' - '),
    code.replace('ecole', 'École').replace('coeur', 'cœur'),
    code.replaceAll('-', ', '),
  ])('reads %j as the stored code', (typed) => {
    expect(normalizeSecretCode(typed)).toBe(code);
  });

  it.each([
    ['five words', code.split('-').slice(0, 5).join(' ')],
    ['seven words', `${code}-lapin`],
    ['a word not in the list', code.replace('ecole', 'xylophonee')],
    ['an older secret', 'Zk3v9Qw-1_abcdefghijklmnopqrstu'],
    ['nothing', '   '],
  ])('%s: null', (_, typed) => {
    expect(normalizeSecretCode(typed)).toBeNull();
  });
});
