/// <reference types="vite/client" />
// French typography in every French and FALC string people read: the widgets' tables (found by
// file name, so a new widget is checked without anyone adding it here), the server's messages,
// core's content packs and the diagnostic questionnaire (the e-mails are plain text, outside
// this check). A breakable space before
// ? ! ; :, inside « », between a number and its unit, in "8 h 40" or as a thousands separator
// lets a phone break the line there ("Avancement / : 40 %"). Each failure names the string's
// key; `node scripts/french-typography.mjs` fixes them all.
import { describe, expect, it } from 'vitest';
import { fixSource, problemsIn } from '../../../scripts/french-typography.mjs';
import { fr as server } from '../../adapters/src/service/messages.fr.js';
import { fr as content } from '../../core/src/content/fr/index.js';
import { defaultQuestionnaireTextsFr } from '../../core/src/diagnostic/default-questionnaire.fr.js';
import { type Catalog, loadMore } from '../src/i18n/i18n.js';

// A value a message function puts where a number or a name goes: "12 Kio" must not break.
const ARG = new Proxy({} as Record<string, string>, { get: (_, key) => (typeof key === 'string' ? '12' : undefined) });

/** Every string under `value`, with its key path; functions are called with stand-in values. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (typeof value === 'function') {
    let out: unknown;
    try {
      out = (value as (...a: unknown[]) => unknown)(ARG, ARG);
    } catch {
      out = (value as (...a: unknown[]) => unknown)('12', '12');
    }
    yield* strings(out, `${path}()`);
  } else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
  }
}

const tables = import.meta.glob<Record<string, unknown>>('../src/**/*.messages.ts', { eager: true });

/** The French and FALC French tables of the widgets, by file and export. */
async function widgetTables(): Promise<Array<[string, unknown]>> {
  const out: Array<[string, unknown]> = [];
  for (const [file, mod] of Object.entries(tables)) {
    for (const [name, value] of Object.entries(mod)) {
      const where = `${file.replace('../src/', '')}#${name}`;
      if (value && typeof value === 'object' && 'fr' in value && 'more' in value) {
        const catalog = value as Catalog<string>;
        out.push([`${where}.fr`, catalog.fr], [`${where}.falc.fr`, (await loadMore(catalog)).falc.fr]);
      }
    }
  }
  return out;
}

async function everyFrenchString(): Promise<Array<[string, string]>> {
  const sources: Array<[string, unknown]> = [
    ...(await widgetTables()),
    ['adapters/service/messages.fr', server],
    ['core/content/fr', content],
    ['core/diagnostic/defaultQuestionnaireTextsFr', defaultQuestionnaireTextsFr],
  ];
  return sources.flatMap(([where, value]) => [...strings(value, where)]);
}

describe('French typography', () => {
  it('reads the strings of every source', async () => {
    const all = await everyFrenchString();
    const from = (prefix: string) => all.filter(([key]) => key.startsWith(prefix)).length;
    expect(from('board/board.messages.ts#boardMessages.falc.fr')).toBeGreaterThan(40);
    expect(from('adapters/')).toBeGreaterThan(50);
    expect(from('core/content/fr')).toBeGreaterThan(500);
    expect(from('core/diagnostic')).toBeGreaterThan(50);
  });

  it('no breakable space before ? ! ; :, inside « », between a number and its unit, in a time or a thousand', async () => {
    const wrong = (await everyFrenchString()).flatMap(([key, text]) =>
      problemsIn(text).map(
        (p) => `${key}: ${p.rule}, near “${p.near.replace(/\u00a0/g, '⍽').replace(/\u202f/g, '⌴')}”`,
      ),
    );
    expect(wrong, 'run `node scripts/french-typography.mjs` to fix them').toEqual([]);
  });
});

describe('the fixer (scripts/french-typography.mjs)', () => {
  it('fixes the French strings of a source and nothing else: code, comments and English stay', () => {
    const source = [
      '// Pourquoi ? a comment stays',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text the fixer reads
      "const fr = { a: 'Avancement : 40 %', b: (t) => (t ? `«  ${t} » à 8 h 40 ; 4 000 caractères` : 'Quoi ?') };",
      'export const more = {',
      "  en: { a: 'Progress : 40 %' },",
      '  falc: {',
      "    fr: { a: 'Prêt ?' },",
      "    en: { a: 'Ready ?' },",
      '  },',
      '};',
    ].join('\n');
    const fixed = fixSource('x.messages.more.ts', source)
      .replace(/\u00a0/g, '⍽')
      .replace(/\u202f/g, '⌴');
    expect(fixed.split('\n')).toEqual([
      '// Pourquoi ? a comment stays',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text the fixer reads
      "const fr = { a: 'Avancement : 40 %', b: (t) => (t ? `«  ${t} » à 8 h 40 ; 4 000 caractères` : 'Quoi ?') };",
      'export const more = {',
      "  en: { a: 'Progress : 40 %' },",
      '  falc: {',
      "    fr: { a: 'Prêt⌴?' },",
      "    en: { a: 'Ready ?' },",
      '  },',
      '};',
    ]);
    expect(
      fixSource('x.messages.ts', source)
        .replace(/\u00a0/g, '⍽')
        .replace(/\u202f/g, '⌴')
        .split('\n')[1],
    ).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text the fixer reads
      "const fr = { a: 'Avancement⍽: 40⍽%', b: (t) => (t ? `«⍽ ${t}⍽» à 8⍽h⍽40⌴; 4⌴000⍽caractères` : 'Quoi⌴?') };",
    );
  });
});
