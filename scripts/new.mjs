#!/usr/bin/env node
// `pnpm new:widget NAME` and `pnpm new:machine NAME`: the file set of a new widget or core
// machine, from the templates in scripts/templates/ (zag's plop templates are the model),
// and every place that must name it. A widget renders its core machine, so `new:widget`
// also writes the machine when core has no folder of that name yet.
//
//   node scripts/new.mjs widget town-hall [--dry-run] [--root DIR]
//   node scripts/new.mjs machine town-hall [--dry-run] [--root DIR]
//
// `--dry-run` prints what would be written and changed, and writes nothing. `plan()` returns
// the same as data (before Biome formats it), for the generator's own tests.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TEMPLATES = join(here, 'templates');
const WIDGETS = 'packages/widgets';
const CORE = 'packages/core';

/** Folders of widgets/src and core/src that are not a widget or a concept: never a NAME. */
const RESERVED = new Set([
  'controllers',
  'events',
  'i18n',
  'internal',
  'styles',
  'testing',
  'themes',
  'shared',
  'store',
]);

/** `town-hall` → the spellings the templates use. */
export function namesOf(name) {
  const parts = name.split('-');
  const Name = parts.map((p) => p[0].toUpperCase() + p.slice(1)).join('');
  return {
    name,
    Name,
    camel: Name[0].toLowerCase() + Name.slice(1),
    CONST: parts.map((p) => p.toUpperCase()).join('_'),
    words: parts.join(' ').replace(/^./, (c) => c.toUpperCase()),
  };
}

/** What is wrong with a NAME, or `null`. */
export function checkName(name) {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name ?? '')) {
    return `"${name ?? ''}" is not a name: use lowercase words joined by hyphens, e.g. town-hall (the element becomes <participe-town-hall>).`;
  }
  if (RESERVED.has(name)) return `"${name}" is a shared folder's name; choose the concept's name, e.g. ${name}-list.`;
  return null;
}

const fill = (text, names) => text.replace(/\{\{(\w+)\}\}/g, (m, key) => names[key] ?? m);

/** The files of one template folder, with their paths under `into`. */
function render(kind, into, names) {
  return readdirSync(join(TEMPLATES, kind))
    .filter((f) => f.endsWith('.tpl'))
    .sort()
    .map((f) => ({
      path: join(into, f.replace(/\.tpl$/, '').replaceAll('__name__', names.name)),
      content: fill(readFileSync(join(TEMPLATES, kind, f), 'utf8'), names),
    }));
}

/** The module a statement imports or exports from: `./cycle/cycle.js`. */
const sourceOf = (statement) => /from '([^']+)';$/.exec(statement)?.[1] ?? /^import '([^']+)';$/.exec(statement)?.[1];

/**
 * Inserts `statement` among the top-level `import`/`export … from` statements that `belongs`
 * accepts, in the order of their module (as Biome sorts them); multi-line statements count
 * as one. Does nothing when it is there already.
 */
function insertStatement(text, statement, belongs, where) {
  const lines = text.split('\n');
  const statements = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^(import|export) /.test(lines[i])) continue;
    let end = i;
    while (!lines[end].trimEnd().endsWith(';') && end < lines.length - 1) end++;
    statements.push({ start: i, end, text: lines.slice(i, end + 1).join('\n') });
    i = end;
  }
  const own = statements.filter((s) => belongs(s.text) && sourceOf(s.text));
  if (own.length === 0) throw new Error(`${where}: found no statement to put "${statement}" beside`);
  if (own.some((s) => s.text === statement)) return text;
  const key = sourceOf(statement);
  const next = own.find((s) => sourceOf(s.text).localeCompare(key, 'en') > 0);
  lines.splice(next ? next.start : own.at(-1).end + 1, 0, statement);
  return lines.join('\n');
}

/** Inserts `line` just before the first line after `anchor` that matches `end`. */
function insertBefore(text, anchor, end, line, where) {
  const start = text.indexOf(anchor);
  if (start < 0) throw new Error(`${where}: "${anchor}" not found`);
  const lines = text.slice(start).split('\n');
  const i = lines.findIndex((l, n) => n > 0 && end.test(l));
  if (i < 0) throw new Error(`${where}: no end after "${anchor}"`);
  lines.splice(i, 0, line);
  return text.slice(0, start) + lines.join('\n');
}

/** package.json with `key: value` added to `exports` before the first key `before(key)` accepts. */
function withExport(text, key, value, before, where) {
  const pkg = JSON.parse(text);
  if (`${JSON.stringify(pkg, null, 2)}\n` !== text)
    throw new Error(`${where}: not in JSON.stringify's layout, not edited`);
  if (pkg.exports[key]) return text;
  const entries = Object.entries(pkg.exports);
  const at = entries.findIndex(([k]) => before(k));
  entries.splice(at < 0 ? entries.length : at, 0, [key, value]);
  pkg.exports = Object.fromEntries(entries);
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

function machinePlan(names, read) {
  const { name } = names;
  const files = render('machine', `${CORE}/src/${name}`, names);
  const index = `${CORE}/src/index.ts`;
  const pkg = `${CORE}/package.json`;
  const exportLine = `export * from './${name}/index.js';`;
  const edits = [
    {
      path: index,
      content: insertStatement(
        read(index),
        exportLine,
        (st) => /^export \* from '\.\/[a-z0-9-]+\/index\.js';$/.test(st),
        index,
      ),
    },
    {
      path: pkg,
      content: withExport(
        read(pkg),
        `./${name}`,
        {
          'participe:source': `./src/${name}/index.ts`,
          types: `./dist/${name}/index.d.ts`,
          default: `./dist/${name}/index.js`,
        },
        // Concept folders are listed in order; `./schemas` and what follows are not folders.
        (k) => k === './schemas' || (/^\.\/[a-z0-9-]+$/.test(k) && k.localeCompare(`./${name}`, 'en') > 0),
        pkg,
      ),
    },
  ];
  return { files, edits };
}

function widgetPlan(names, read) {
  const { name, Name } = names;
  const tag = `participe-${name}`;
  const files = render('widget', `${WIDGETS}/src/${name}`, names);
  const at = (p) => `${WIDGETS}/${p}`;
  const edit = (p, change) => ({ path: at(p), content: change(read(at(p)), at(p)) });
  const edits = [
    edit('build/entries.ts', (t, w) =>
      insertBefore(t, 'export const ENTRIES', /^};$/, `  '${tag}': 'src/${name}/${tag}.ts',`, w),
    ),
    edit('package.json', (t, w) =>
      withExport(
        t,
        `./${tag}.js`,
        {
          'participe:source': `./src/${name}/${tag}.ts`,
          types: `./dist/${name}/${tag}.d.ts`,
          default: `./dist/${name}/${tag}.js`,
        },
        // After the last element module: before the framework sub-paths.
        (k) => !k.startsWith('./participe') && k !== '.',
        w,
      ),
    ),
    edit('src/participe.ts', (t, w) =>
      insertStatement(t, `import './${name}/${tag}.js';`, (st) => st.startsWith('import '), w),
    ),
    edit('src/index.ts', (t, w) =>
      insertStatement(
        t,
        `export { Participe${Name} } from './${name}/${name}.js';`,
        (st) => st.startsWith('export '),
        w,
      ),
    ),
    edit('test/budget.test.ts', (t, w) =>
      insertBefore(
        t,
        '  it.each([',
        /^ {2}\]\)\(`the %s widget loads/,
        `    ['${names.words.toLowerCase()}', '${name}/${tag}.ts'],`,
        w,
      ),
    ),
    edit('test/manifest.test.ts', (t, w) =>
      insertBefore(t, 'const ELEMENTS: Record<string, string[]> = {', /^};$/, `  '${tag}': [],`, w),
    ),
    edit('README.md', (t, w) =>
      insertBefore(t, '| element | what |', /^$/, `| \`${tag}\` | ${names.words}: TODO one line on what it shows |`, w),
    ),
  ];
  return { files, edits };
}

/**
 * What `new:widget` / `new:machine` would write: `files` (new) and `edits` (whole new contents
 * of registration files), all with paths relative to `root`. Throws on a bad or taken name.
 */
export function plan(kind, name, { root = resolve(here, '..') } = {}) {
  const bad = checkName(name);
  if (bad) throw new Error(bad);
  if (kind !== 'widget' && kind !== 'machine') throw new Error(`Unknown kind "${kind}": widget or machine.`);
  const names = namesOf(name);
  const read = (p) => readFileSync(join(root, p), 'utf8');
  const taken = (p) => existsSync(join(root, p));
  const core = `${CORE}/src/${name}`;
  if (kind === 'machine') {
    if (taken(core)) throw new Error(`${core} exists already.`);
    return machinePlan(names, read);
  }
  if (taken(`${WIDGETS}/src/${name}`)) throw new Error(`${WIDGETS}/src/${name} exists already.`);
  const widget = widgetPlan(names, read);
  if (!taken(core)) {
    const machine = machinePlan(names, read);
    return { files: [...machine.files, ...widget.files], edits: [...machine.edits, ...widget.edits] };
  }
  // The widget binds what the machine template exports; a hand-made machine must offer the same.
  const wanted = [`${names.camel}Machine`, `connect${names.Name}`, `load${names.Name}`];
  const source = readdirSync(join(root, core))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => read(`${core}/${f}`))
    .join('\n');
  const missing = wanted.filter((w) => !new RegExp(`export (async )?(const|function) ${w}\\b`).test(source));
  if (missing.length)
    throw new Error(`${core} exists but does not export ${missing.join(', ')}, which the widget binds.`);
  return widget;
}

/**
 * Writes a plan under `root`, then lets the repo's Biome order the imports and wrap the lines,
 * which depend on the NAME's length and spelling.
 */
export function apply({ files, edits }, root) {
  for (const f of [...files, ...edits]) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.content);
  }
  const biome = [root, resolve(here, '..')].map((r) => join(r, 'node_modules', '.bin', 'biome')).find(existsSync);
  const sources = [...files, ...edits].map((f) => f.path).filter((p) => p.endsWith('.ts'));
  try {
    if (biome) execFileSync(biome, ['check', '--write', ...sources], { cwd: root, stdio: 'pipe', timeout: 60_000 });
  } catch {
    console.warn(`Biome could not tidy the new files; run: pnpm exec biome check --write ${sources.join(' ')}`);
  }
}

function main(argv) {
  const rootAt = argv.indexOf('--root');
  const root = rootAt >= 0 ? resolve(argv[rootAt + 1] ?? '.') : resolve(here, '..');
  const [kind, name] = argv.filter((a, i) => !a.startsWith('--') && (rootAt < 0 || i !== rootAt + 1));
  const dry = argv.includes('--dry-run');
  let result;
  try {
    result = plan(kind, name, { root });
  } catch (e) {
    console.error(`new:${kind ?? '?'}: ${e.message}`);
    process.exitCode = 1;
    return;
  }
  if (!dry) apply(result, root);
  for (const f of result.files) console.log(`${dry ? 'would write' : 'wrote'} ${f.path}`);
  for (const e of result.edits) console.log(`${dry ? 'would register in' : 'registered in'} ${e.path}`);
  if (!dry) {
    console.log(
      `\nNext: your own code where the TODOs are, then\n` +
        `  pnpm exec vitest run --project core ${CORE}/src/${name}\n` +
        (kind === 'widget' ? `  pnpm exec vitest run --project widgets ${WIDGETS}/src/${name}\n` : ''),
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
