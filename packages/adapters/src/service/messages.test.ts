import { ANSWER_ERROR_CODES, API_ERROR_CODES } from '@participe/core';
import { describe, expect, it } from 'vitest';
import { API_LOCALES, MESSAGES, message } from './messages.js';

type Tree = { [key: string]: unknown };

/** Dotted paths of the keys `a` has and `b` lacks, at every depth. */
function missingKeys(a: Tree, b: Tree, prefix = ''): string[] {
  return Object.entries(a).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    if (!Object.hasOwn(b, key)) return [path];
    const other = b[key];
    const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null;
    if (isTree(value) !== isTree(other)) return [path];
    return isTree(value) && isTree(other) ? missingKeys(value, other, `${path}.`) : [];
  });
}

/** Any parameter a message asks for, named so it shows where it lands: `‹title›`. */
const params = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? `‹${key}›` : undefined) });

/** Every text of a dictionary, functions called with placeholder parameters, by dotted path. */
function texts(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, string]> => {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') return [[path, value]];
    if (typeof value === 'function') return [[path, String(value(params))]];
    return texts(value as Tree, `${path}.`);
  });
}

describe('server messages', () => {
  it('finds a key one dictionary lacks (the check below can fail)', () => {
    expect(missingKeys({ errors: { a: 1, b: 2 }, c: 3 }, { errors: { a: 1 }, c: { d: 4 } })).toEqual(['errors.b', 'c']);
  });

  it('has every French key in English and every English key in French', () => {
    expect(missingKeys(MESSAGES.fr, MESSAGES.en), 'in French, not in English').toEqual([]);
    expect(missingKeys(MESSAGES.en, MESSAGES.fr), 'in English, not in French').toEqual([]);
  });

  it.each(API_LOCALES)('%s has a message for every error code, and no other', (locale) => {
    expect(Object.keys(MESSAGES[locale].errors).sort()).toEqual([...API_ERROR_CODES].sort());
    for (const code of API_ERROR_CODES) expect(message(locale, code, params).length, code).toBeGreaterThan(10);
  });

  it.each(API_LOCALES)('%s: every text is a non-empty sentence, parameters filled in', (locale) => {
    for (const [path, text] of texts(MESSAGES[locale])) {
      expect(text.trim(), path).not.toBe('');
      expect(text, path).not.toMatch(/undefined|\[object/);
    }
  });

  it('writes French with French typography', () => {
    const all = [
      ...texts(MESSAGES.fr),
      ...ANSWER_ERROR_CODES.map((code): [string, string] => [
        `issues.diagnosticAnswer(${code})`,
        MESSAGES.fr.issues.diagnosticAnswer({ code, engine: '' }),
      ]),
    ];
    const wrong = all.flatMap(([path, text]) => [
      ...(/ [:;!?»]/.test(text) ? [`${path}: a breaking space before : ; ! ? or »`] : []),
      ...(/« /.test(text) ? [`${path}: a breaking space after «`] : []),
      ...(/[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/.test(text) ? [`${path}: a straight apostrophe, not ’`] : []),
    ]);
    expect(wrong).toEqual([]);
  });
});
