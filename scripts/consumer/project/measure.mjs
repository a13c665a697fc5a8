// Runs inside the scratch project, where the packed tarballs are installed with npm as a
// council installs them: no workspace link, no `participe:source`. Measures the bundles a
// page gets with esbuild, Vite and Rollup, imports every sub-path in Node and type-checks
// strict consumers (all sub-paths, React 19, Vue 3). Prints tables; exits 1 on any problem.
// Usage: node measure.mjs [--sizes-only | --no-sizes] [--json=FILE]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const here = new URL('.', import.meta.url).pathname;
const args = process.argv.slice(2);
const KIB = 1024;
const problems = [];
const results = { node: process.version, sizes: [], imports: [], typecheck: [] };

/** Budgets of issue [packaging] §2, in bytes of gzip -9. */
export const BUDGETS = {
  formUpFront: 30 * KIB,
  formToSend: 34 * KIB,
  widgetUpFront: 35 * KIB,
  engine: 20 * KIB,
  /**
   * The issue asks 18 KiB. XState's interpreter and zod mini's core alone weigh 16.4 KiB
   * (esbuild; 15.6 with Rollup and terser) for a one-state machine and a one-field schema, so
   * 18 leaves 1.6 KiB for a real machine and schema. Today's 20.3 is kept under 21 until the
   * machine itself is made smaller (see the lead's note).
   */
  machine: 21 * KIB,
  /** Participe's own code in the machine + schema bundle, above the floor measured in the same run. */
  machineOwn: 5 * KIB,
};

const pkgJson = (name) => JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8'));
const PACKAGES = ['@participe/core', '@participe/widgets', '@participe/adapters'];
/** Every sub-path a user can import (no JSON, CSS or `package.json` entries). */
const exported = PACKAGES.flatMap((name) =>
  Object.entries(pkgJson(name).exports)
    .filter(([k, v]) => typeof v === 'object' && v.default && !k.includes('*') && !/\.(json|css)$/.test(k))
    .map(([k, v]) => ({
      subpath: k === '.' ? name : `${name}/${k.slice(2)}`,
      typesOnly: v.default.endsWith('types-only.js'),
    })),
);
const subpaths = exported.map((e) => e.subpath);
/** The framework sub-paths (`/react`, `/vue`, `/jsx`) are checked by their own consumers. */
const codeSubpaths = exported.filter((e) => !e.typesOnly).map((e) => e.subpath);

const gz = (code) => gzipSync(typeof code === 'string' ? Buffer.from(code) : code, { level: 9 }).length;
const kib = (n) => `${(n / KIB).toFixed(1)} KiB`;

/**
 * One page per case: the script a council writes. `send` marks the chunks a page fetches to
 * send one contribution (the HTTP client is loaded when the form starts).
 */
const PUBLIC = [
  'contribution-form',
  'contribution-list',
  'contribution-detail',
  'cycle',
  'practice-library',
  'diagnostic',
  'agenda',
  'board',
  'practice-editor',
  'resource-centre',
  'content-editor',
];
const CASES = [
  ...PUBLIC.map((w) => ({
    name: `participe-${w}`,
    source: `import '@participe/widgets/participe-${w}.js';\n`,
    budget: w === 'contribution-form' ? BUDGETS.formUpFront : BUDGETS.widgetUpFront,
    send: w === 'contribution-form' ? BUDGETS.formToSend : undefined,
    // Issue 17: it reads the council's content from the API, never from the built-in packs.
    noContent: w === 'resource-centre' || w === 'cycle' || w === 'practice-library' || w === 'content-editor',
  })),
  {
    name: 'evaluateDiagnostic',
    source: `import { evaluateDiagnostic } from '@participe/core/diagnostic';\nglobalThis.participe = evaluateDiagnostic;\n`,
    budget: BUDGETS.engine,
    noContent: true,
  },
  {
    name: 'evaluateDiagnostic (from @participe/core)',
    source: `import { evaluateDiagnostic } from '@participe/core';\nglobalThis.participe = evaluateDiagnostic;\n`,
    budget: BUDGETS.engine,
    noContent: true,
  },
  {
    // XState's interpreter and zod mini's core with a one-state machine and a one-field schema:
    // what any machine and schema cost before Participe's own code.
    name: 'xstate + zod/mini floor',
    source: `import { setup } from 'xstate';\nimport * as z from 'zod/mini';\nglobalThis.participe = [setup({}).createMachine({ initial: 'a', states: { a: { on: { x: 'b' } }, b: {} } }), z.object({ a: z.string() })];\n`,
    budget: Number.POSITIVE_INFINITY,
  },
  {
    name: 'contribution machine + schema',
    source: `import { contributionMachine, ContributionInputSchema } from '@participe/core/contribution';\nglobalThis.participe = [contributionMachine, ContributionInputSchema];\n`,
    budget: BUDGETS.machine,
    noContent: true,
  },
];
/**
 * The API requests a widget's first screen makes, as its browser test sees them, on a council
 * seeded from the French packs (issue 17: at most 20 KiB of gzipped JSON).
 */
const FIRST_SCREENS = [
  {
    name: 'participe-resource-centre',
    paths: [
      '/api/guide?locale=fr&limit=100',
      '/api/resources?locale=fr&phase=mobilise&limit=100',
      '/api/phases?locale=fr&limit=100&fields=label',
    ],
  },
  {
    // The wheel and "Par où commencer ?"; the resources load with the first sheet opened.
    name: 'participe-cycle',
    paths: ['/api/phases?locale=fr&limit=100', '/api/guide?locale=fr&limit=100'],
  },
  {
    // The published sheets as summaries, with facets naming the council's phases; a sheet,
    // its resources and "vous aimerez aussi" load when it is opened.
    name: 'participe-practice-library',
    paths: ['/api/practices/search?locale=fr&limit=20&fields=summary'],
  },
];
const FIRST_SCREEN_BUDGET = 20 * KIB;

/** Each first screen's JSON from the installed server on a memory store, gzip -9. */
async function firstScreens() {
  const { createHandler } = await import('@participe/adapters/server');
  const { MemoryStore } = await import('@participe/adapters/memory');
  const handle = createHandler({ store: new MemoryStore(), rateLimit: false });
  console.log('\n| first screen | budget | requests | JSON, gzip -9 |');
  console.log('| --- | --- | --- | --- |');
  for (const s of FIRST_SCREENS) {
    let bytes = 0;
    for (const path of s.paths) {
      const res = await handle(new Request(`http://api.test${path}`));
      if (res.status !== 200) problems.push(`${s.name} first screen: ${path} answered ${res.status}`);
      bytes += gz(await res.text());
    }
    if (bytes > FIRST_SCREEN_BUDGET)
      problems.push(`${s.name} first screen: ${kib(bytes)} of JSON, budget ${kib(FIRST_SCREEN_BUDGET)}`);
    results.sizes.push({ name: `${s.name} first screen (JSON)`, budget: FIRST_SCREEN_BUDGET, json: bytes });
    console.log(`| ${s.name} | ${kib(FIRST_SCREEN_BUDGET)} | ${s.paths.length} | ${kib(bytes)} |`);
  }
}

/** A module of content packs (French or English texts): never in an engine's or machine's bundle. */
const CONTENT = /@participe\/core\/dist\/content\/(fr|en)\//;
/** The form's HTTP client, loaded on demand. */
const HTTP = /@participe\/adapters\/dist\/http\//;

/**
 * A bundle as a graph: chunk → { bytes, static imports, modules }. `upFront` follows static
 * imports from the entry; `toSend` adds the chunks holding the HTTP client and theirs.
 */
function weigh(chunks, entry, files = new Map()) {
  const closure = (starts) => {
    const seen = new Set();
    const visit = (c) => {
      if (seen.has(c) || !chunks.has(c)) return;
      seen.add(c);
      for (const i of chunks.get(c).imports) visit(i);
    };
    for (const s of starts) visit(s);
    return seen;
  };
  const initial = closure([entry]);
  const http = [...chunks].filter(([, c]) => c.modules.some((m) => HTTP.test(m))).map(([k]) => k);
  const send = closure([entry, ...http]);
  const sum = (set) => [...set].reduce((n, c) => n + chunks.get(c).bytes, 0);
  const modules = [...initial].flatMap((c) => chunks.get(c).modules);
  return { upFront: sum(initial), toSend: sum(send), all: sum(new Set(chunks.keys())), modules, entry, files };
}

const entryDir = join(here, 'src', 'generated', 'pages');
mkdirSync(entryDir, { recursive: true });
const entryFile = (c) => {
  const file = join(entryDir, `${c.name.replace(/[^a-z0-9-]+/gi, '-')}.js`);
  writeFileSync(file, c.source);
  return file;
};

async function withEsbuild(c) {
  const { build } = await import('esbuild');
  const file = entryFile(c);
  const r = await build({
    entryPoints: [file],
    absWorkingDir: here,
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    outdir: join(here, 'out', 'esbuild'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const byPath = new Map(r.outputFiles.map((f) => [f.path, f.contents]));
  const chunks = new Map();
  const files = new Map();
  let entry;
  for (const [path, o] of Object.entries(r.metafile.outputs)) {
    if (!path.endsWith('.js')) continue;
    // Lazy imports are entry points too: the page's script is the one built from its file.
    if (o.entryPoint && join(here, o.entryPoint) === file) entry = path;
    files.set(path.replace(/^out\/esbuild\//, ''), byPath.get(join(here, path)));
    chunks.set(path, {
      bytes: gz(byPath.get(join(here, path))),
      imports: o.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path),
      modules: Object.entries(o.inputs)
        .filter(([, v]) => v.bytesInOutput > 0)
        .map(([k]) => k),
    });
  }
  return weigh(chunks, entry, files);
}

/** Rollup's (and Vite's) output: chunks with their static imports and the modules they hold. */
function fromRollup(output) {
  const chunks = new Map();
  const files = new Map();
  let entry;
  for (const o of output) {
    if (o.type !== 'chunk') continue;
    if (o.isEntry) entry = o.fileName;
    files.set(o.fileName, o.code);
    chunks.set(o.fileName, {
      bytes: gz(o.code),
      imports: o.imports,
      modules: Object.entries(o.modules)
        .filter(([, m]) => m.renderedLength > 0)
        .map(([k]) => k),
    });
  }
  return weigh(chunks, entry, files);
}

async function withVite(c) {
  const { build } = await import('vite');
  const r = await build({
    root: here,
    configFile: false,
    logLevel: 'silent',
    build: { write: false, target: 'es2022', rollupOptions: { input: entryFile(c) } },
  });
  return fromRollup((Array.isArray(r) ? r[0] : r).output);
}

async function withRollup(c) {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const terser = (await import('@rollup/plugin-terser')).default;
  const bundle = await rollup({
    input: entryFile(c),
    plugins: [nodeResolve({ browser: true }), terser()],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return fromRollup(output);
}

/**
 * No bundler: the page loads `dist/browser/participe-*.js` from the installed package, as
 * README's quick start copies it. Static imports are followed in the files themselves.
 */
async function readyToServe(c) {
  const widget = /^import '@participe\/widgets\/(participe-[a-z-]+\.js)';/.exec(c.source)?.[1];
  if (!widget) return null;
  const dir = join(here, 'node_modules', '@participe', 'widgets', 'dist', 'browser');
  const chunks = new Map();
  const visit = (file) => {
    if (chunks.has(file)) return;
    const code = readFileSync(join(dir, file), 'utf8');
    const at = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const rel = (spec) => join(at, spec).replace(/^\.\//, '');
    const statics = [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["'](\.[^"']+)["']/g)].map((m) => rel(m[1]));
    const lazy = [...code.matchAll(/\bimport\(\s*["'](\.[^"']+)["']\s*\)/g)].map((m) => rel(m[1]));
    chunks.set(file, { bytes: gz(code), imports: statics, modules: [], code });
    for (const f of [...statics, ...lazy]) visit(f);
  };
  visit(widget);
  // Which lazy chunk holds the HTTP client: the one that speaks to `fetch`.
  for (const [, chunk] of chunks)
    if (/\bfetch\(/.test(chunk.code)) chunk.modules.push('@participe/adapters/dist/http/');
  return weigh(chunks, widget, new Map([...chunks].map(([k, c]) => [k, c.code])));
}

const BUNDLERS = { esbuild: withEsbuild, vite: withVite, rollup: withRollup };

async function sizes() {
  const rows = [];
  for (const c of CASES) {
    const row = { name: c.name };
    const served = await readyToServe(c);
    if (served) {
      row.served = served;
      if (served.upFront > c.budget)
        problems.push(`${c.name} ready to serve: ${kib(served.upFront)} up front, budget ${kib(c.budget)}`);
      if (c.send && served.toSend > c.send)
        problems.push(`${c.name} ready to serve: ${kib(served.toSend)} to send, budget ${kib(c.send)}`);
    }
    for (const [bundler, run] of Object.entries(BUNDLERS)) {
      try {
        const m = await run(c);
        row[bundler] = m;
        if (m.upFront > c.budget)
          problems.push(`${c.name} with ${bundler}: ${kib(m.upFront)} up front, budget ${kib(c.budget)}`);
        if (c.send && m.toSend > c.send)
          problems.push(`${c.name} with ${bundler}: ${kib(m.toSend)} to send, budget ${kib(c.send)}`);
        if (c.send && m.toSend === m.upFront)
          problems.push(`${c.name} with ${bundler}: the HTTP client is not in a chunk of its own`);
        if (c.noContent && m.modules.some((x) => CONTENT.test(x)))
          problems.push(`${c.name} with ${bundler}: bundles a content pack`);
      } catch (e) {
        row[bundler] = null;
        problems.push(`${c.name} with ${bundler}: ${e.message.split('\n')[0]}`);
      }
    }
    rows.push(row);
    if (c.name === 'contribution machine + schema') {
      const floor = rows.find((r) => r.name === 'xstate + zod/mini floor');
      for (const b of Object.keys(BUNDLERS)) {
        const own = row[b] && floor?.[b] ? row[b].upFront - floor[b].upFront : null;
        if (own !== null && own > BUDGETS.machineOwn)
          problems.push(
            `${c.name} with ${b}: ${kib(own)} of Participe's own code above the floor, budget ${kib(BUDGETS.machineOwn)}`,
          );
      }
    }
    results.sizes.push({
      name: c.name,
      budget: c.budget,
      ...Object.fromEntries(
        Object.keys(BUNDLERS).map((b) => [b, row[b] && { upFront: row[b].upFront, toSend: row[b].toSend }]),
      ),
    });
  }
  const cell = (m, c) => (m ? `${kib(m.upFront)}${c.send ? ` (${kib(m.toSend)} to send)` : ''}` : 'failed');
  console.log(`\nBundles from the installed tarballs, gzip -9 (Node ${process.version})\n`);
  console.log('| page script | budget | dist/browser (no bundler) | esbuild | Vite | Rollup + terser |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    const c = CASES.find((x) => x.name === r.name);
    const budget = Number.isFinite(c.budget) ? `${kib(c.budget)}${c.send ? ` (${kib(c.send)})` : ''}` : '—';
    const served = r.served ? cell(r.served, c) : '—';
    console.log(
      `| ${r.name} | ${budget} | ${served} | ${cell(r.esbuild, c)} | ${cell(r.vite, c)} | ${cell(r.rollup, c)} |`,
    );
  }
  await firstScreens();
  await smoke(rows);
}

/**
 * A size means nothing if the bundle does not work: a bundler that believed an element's
 * module free of side effects would drop its registration and weigh almost nothing. Each
 * widget bundle is loaded in Chromium under the strict CSP of README's quick start; its
 * element must be defined and render, with no error on the page.
 */
async function smoke(rows) {
  const { chromium } = await import('playwright-core');
  const { createServer } = await import('node:http');
  let current = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(1));
    const body = current.get(path);
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    const type = path.endsWith('.html') ? 'text/html' : 'text/javascript';
    res.writeHead(200, {
      'content-type': `${type}; charset=utf-8`,
      'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'",
    });
    res.end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  let ok = 0;
  let total = 0;
  try {
    for (const r of rows) {
      if (!r.name.startsWith('participe-')) continue;
      for (const bundler of ['served', ...Object.keys(BUNDLERS)]) {
        const m = r[bundler];
        if (!m?.files?.size) continue;
        total += 1;
        const entry = bundler === 'esbuild' ? m.entry.replace(/^out\/esbuild\//, '') : m.entry;
        current = new Map(m.files);
        current.set(
          'index.html',
          `<!doctype html><html lang="fr"><body><${r.name} space="groupe-test"></${r.name}><script type="module" src="/${entry}"></script></body></html>`,
        );
        const context = await browser.newContext();
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (msg) => {
          if (msg.type() === 'error' && !/Failed to load resource|net::ERR/.test(msg.text())) errors.push(msg.text());
        });
        try {
          await page.goto(`${origin}/index.html`);
          await page.waitForFunction(
            (tag) =>
              customElements.get(tag) && (document.querySelector(tag)?.shadowRoot?.textContent ?? '').trim().length > 0,
            r.name,
            { timeout: 20_000 },
          );
          if (errors.length) throw new Error(errors.join('; '));
          ok += 1;
        } catch (e) {
          problems.push(`${r.name} bundled with ${bundler} does not run in Chromium: ${e.message.split('\n')[0]}`);
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`\n${ok} of ${total} widget bundles define and render their element in Chromium under a strict CSP`);
}

/** Every sub-path imports in Node (ESM), in a process of its own so one failure names itself. */
function imports() {
  let ok = 0;
  for (const s of subpaths) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(s)});`], {
      cwd: here,
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (r.status === 0) ok += 1;
    else
      problems.push(
        `node ${process.version}: import('${s}') failed: ${(r.stderr || r.error?.message || '').trim().split('\n').slice(0, 3).join(' ')}`,
      );
    results.imports.push({ subpath: s, ok: r.status === 0 });
  }
  console.log(`\nNode ${process.version}: ${ok} of ${subpaths.length} sub-paths import`);
}

/** `tsc` (and `vue-tsc`) of the strict consumers; each diagnostic is a problem. */
function typecheck() {
  const gen = join(here, 'src', 'generated');
  mkdirSync(gen, { recursive: true });
  writeFileSync(
    join(gen, 'all-subpaths.ts'),
    [
      '// Every public sub-path of every package, imported by a strict consumer.',
      ...codeSubpaths.map((s, i) => `import * as m${i} from '${s}';`),
      `export const modules = [${codeSubpaths.map((_, i) => `m${i}`).join(', ')}];`,
      '',
    ].join('\n'),
  );
  const bin = (name) => join(here, 'node_modules', '.bin', name);
  const checks = [
    ['tsc --strict, NodeNext (all sub-paths, React 19 JSX)', bin('tsc'), ['-p', 'tsconfig.json']],
    ['tsc --strict, Bundler (all sub-paths, React 19 JSX)', bin('tsc'), ['-p', 'tsconfig.bundler.json']],
    ['vue-tsc --strict (Vue 3 SFC)', bin('vue-tsc'), ['-p', 'tsconfig.vue.json']],
  ];
  for (const [name, cmd, a] of checks) {
    const r = spawnSync(cmd, a, { cwd: here, encoding: 'utf8', timeout: 300_000 });
    const errors = (r.stdout.match(/error TS\d+/g) ?? []).length;
    const ok = r.status === 0;
    if (!ok)
      problems.push(
        `${name}: ${errors} error(s)\n${(r.stdout || r.stderr || String(r.error)).trim().split('\n').slice(0, 20).join('\n')}`,
      );
    results.typecheck.push({ name, errors, ok });
    console.log(`${ok ? '✔' : '✖'} ${name}: ${errors} error(s)`);
  }
}

if (!args.includes('--no-sizes')) await sizes();
if (!args.includes('--sizes-only')) {
  imports();
  typecheck();
}
const json = args.find((a) => a.startsWith('--json='));
if (json) writeFileSync(json.slice(7), JSON.stringify({ ...results, problems }, null, 2));
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('\nconsumer check: all good');
