#!/usr/bin/env node
// French typography for the strings we write: the rules (`problemsIn`, used by the widgets'
// typography test over every French and FALC string) and a fixer that applies them to the
// string literals of source files, and nothing else in them.
//
//   node scripts/french-typography.mjs            fix every French catalogue (see FILES)
//   node scripts/french-typography.mjs FILE…      fix these files only
//   node scripts/french-typography.mjs --check    list what would change, write nothing
//
// The fixer writes the characters themselves (U+00A0, U+202F), as the catalogues do. It edits the
// text of string literals and template parts only, in French tables (see `frenchRanges`), and
// never reformats a file.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

// Units that stay with their number: "40 %", "3 jours", "8 h 40", "12 Kio".
const UNITS = '%|€|h|min|s|km|m|Kio|Mio|Go|Mo|ko|jours?|mois|ans?|semaines?|heures?|minutes?|secondes?|caractères';
// A number, or a placeholder that stands for one (`{n}`, `${p.limit}`), then a breakable space, then a unit.
const NUMBER_UNIT = new RegExp(`(\\d|\\})( )(?=(?:${UNITS})(?![\\p{L}\\d]))`, 'gu');

/**
 * The rules, each with what to look for (a breakable space where French wants a no-break
 * one) and what to put instead. Only U+0020 counts as breakable here: tabs and new lines do
 * not occur inside our strings.
 */
export const RULES = [
  { name: 'breakable space before ? ! ; (U+202F)', find: / (?=[?!;])/g, put: NNBSP },
  { name: 'breakable space before : (U+00A0)', find: / (?=:)/g, put: NBSP },
  { name: 'breakable space after «', find: /(?<=«) /g, put: NBSP },
  { name: 'breakable space before »', find: / (?=»)/g, put: NBSP },
  { name: 'breakable space between a number and its unit', find: NUMBER_UNIT, put: `$1${NBSP}` },
  // After "8 h" (its space already fixed, maybe written as an escape in source), the space before the minutes.
  { name: 'breakable space in a time ("8 h 40")', find: /(?<=\d(?: |\u00a0|\\u00a0)h) (?=\d)/g, put: NBSP },
  { name: 'breakable thousands separator ("4 000")', find: /(?<=(?<![\d,.])\d{1,3}) (?=\d{3}(?!\d))/g, put: NNBSP },
];

/** What is wrong in `text`: one entry per rule broken, with a few characters around it. */
export function problemsIn(text) {
  const found = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.find)) {
      const at = m.index + (m[1]?.length ?? 0);
      found.push({ rule: rule.name, near: text.slice(Math.max(0, at - 12), at + 12) });
    }
  }
  return found;
}

/** `text` with every rule applied. */
export function fixText(text) {
  let out = text;
  for (const rule of RULES) out = out.replace(rule.find, rule.put);
  return out;
}

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const walk = (dir, keep) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : walk(path, keep);
    return keep(path) ? [path] : [];
  });

/** The French catalogues shown on screen: the widgets' tables, the server's messages, core's content and questionnaire. */
export function frenchFiles(root = repo) {
  const at = (p) => join(root, p);
  return [
    ...walk(at('packages/widgets/src'), (p) => /\.messages(\.more)?\.ts$/.test(p)),
    at('packages/adapters/src/service/messages.fr.ts'),
    ...walk(at('packages/core/src/content/fr'), (p) => p.endsWith('.ts') && !p.endsWith('.test.ts')),
    at('packages/core/src/diagnostic/default-questionnaire.fr.ts'),
  ];
}

/**
 * The [start, end) character ranges of `source` that hold French strings: in a `.messages.more.ts`
 * only the `falc: { fr: { … } }` table; in the e-mails' `notification.messages.ts` (when named) only `const fr`; elsewhere
 * the whole file. Found by brace matching from the opening line, which our tables all share.
 */
function frenchRanges(path, source) {
  /** From the line `opening` finds (searching from `from`) to its matching closing brace. */
  const block = (opening, from = 0) => {
    const found = source.slice(from).search(opening);
    if (found < 0) return null;
    const start = from + found;
    let depth = 0;
    for (let i = source.indexOf('{', start); i < source.length; i++) {
      if (source[i] === '{') depth++;
      else if (source[i] === '}' && --depth === 0) return [start, i + 1];
    }
    return null;
  };
  let range = [0, source.length];
  if (path.endsWith('.messages.more.ts')) {
    const falc = block(/\n {2}falc: \{/);
    range = falc && block(/\n {4}fr: \{/, falc[0]);
  } else if (/notification\.messages\.ts$/.test(path)) range = block(/\nconst fr\b/);
  return range ? [range] : [];
}

/** The string literals and template parts of a TypeScript source, as [start, end) ranges, quotes included. */
export function stringRanges(source) {
  const ranges = [];
  let i = 0;
  const templates = []; // brace depth at which each open template's `${` was entered
  let depth = 0;
  const skipString = (quote) => {
    const start = i++;
    while (i < source.length && source[i] !== quote) i += source[i] === '\\' ? 2 : 1;
    ranges.push([start, ++i]);
  };
  const templatePart = () => {
    // From just after ` or }, to the closing ` or to ${.
    const start = i - 1;
    while (i < source.length) {
      if (source[i] === '\\') i += 2;
      else if (source[i] === '`') {
        i++;
        ranges.push([start, i]);
        return;
      } else if (source[i] === '$' && source[i + 1] === '{') {
        i += 2;
        ranges.push([start, i]);
        templates.push(depth++);
        return;
      } else i++;
    }
  };
  while (i < source.length) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') i = source.indexOf('\n', i) < 0 ? source.length : source.indexOf('\n', i);
    else if (c === '/' && source[i + 1] === '*') i = source.indexOf('*/', i) + 2;
    else if (c === "'" || c === '"') skipString(c);
    else if (c === '`') {
      i++;
      templatePart();
    } else if (c === '{') {
      depth++;
      i++;
    } else if (c === '}') {
      depth--;
      i++;
      if (templates.length && templates.at(-1) === depth) {
        templates.pop();
        templatePart();
      }
    } else i++;
  }
  return ranges;
}

/** `source` with the rules applied inside its French string literals; the rest unchanged. */
export function fixSource(path, source) {
  const french = frenchRanges(path, source);
  const inFrench = (s, e) => french.some(([fs, fe]) => s >= fs && e <= fe);
  let out = '';
  let last = 0;
  for (const [s, e] of stringRanges(source)) {
    if (!inFrench(s, e)) continue;
    out += source.slice(last, s) + fixText(source.slice(s, e));
    last = e;
  }
  return out + source.slice(last);
}

function main(argv) {
  const check = argv.includes('--check');
  const named = argv.filter((a) => !a.startsWith('--')).map((p) => resolve(p));
  let changed = 0;
  for (const path of named.length ? named : frenchFiles()) {
    const source = readFileSync(path, 'utf8');
    const fixed = fixSource(path, source);
    if (fixed === source) continue;
    changed++;
    const before = source.split('\n');
    const after = fixed.split('\n');
    const lines = after.map((l, n) => (l !== before[n] ? n + 1 : 0)).filter(Boolean);
    console.log(`${check ? 'would fix' : 'fixed'} ${relative(repo, path)}: line ${lines.join(', ')}`);
    if (!check) writeFileSync(path, fixed);
  }
  if (!changed) console.log('French typography: nothing to fix.');
  if (check && changed) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
