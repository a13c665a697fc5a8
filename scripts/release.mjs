#!/usr/bin/env node
// Builds and packs every package as npm would publish it, then checks each tarball:
// publint clean, every `exports` target present, types and the custom-elements manifest
// included, licence and metadata; then installs the tarballs in a scratch project outside
// the workspace, as a council does (scripts/consumer/check.mjs: bundle budgets with esbuild,
// Vite and Rollup, Node imports, strict type-checks, on Node 20 and the current LTS).
// `pnpm release` runs it before `changeset publish`; `pnpm release:check` alone; test:all
// runs it with --no-build after its own build step. `--no-consumer` skips the scratch project.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args, cwd = root) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Files a user of each package cannot do without. */
const REQUIRED = {
  core: ['dist/index.js', 'dist/index.d.ts', 'dist/schemas/ContributionInput.json', 'README.md', 'LICENSE'],
  widgets: [
    'dist/participe.js',
    'dist/index.d.ts',
    'custom-elements.json',
    'src/themes/neutral.css',
    'README.md',
    'LICENSE',
  ],
  adapters: ['dist/server/index.js', 'dist/server/index.d.ts', 'bin/participe.js', 'README.md', 'LICENSE'],
};
/** What npm shows and links to; every package says it (the repository's own is the reference). */
const METADATA = ['license', 'repository', 'homepage', 'bugs', 'keywords', 'engines', 'description'];
const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const licence = readFileSync(join(root, 'LICENSE'), 'utf8');

if (!process.argv.includes('--no-build')) run('pnpm', ['run', 'build']);
const out = mkdtempSync(join(tmpdir(), 'participe-release-'));
const problems = [];
const rows = [];

for (const [name, required] of Object.entries(REQUIRED)) {
  const dir = join(root, 'packages', name);
  run('pnpm', ['pack', '--pack-destination', out], dir);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const tarball = join(
    out,
    readdirSync(out).find((f) => f.startsWith(`participe-${name}-`)),
  );
  const files = new Set(
    run('tar', ['-tzf', tarball])
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, '')),
  );
  const has = (target) => {
    const path = target.replace(/^\.\//, '');
    if (!path.includes('*')) return files.has(path);
    const [before, after] = path.split('*');
    return [...files].some((f) => f.startsWith(before) && f.endsWith(after));
  };
  // Every target of every condition, `participe:source` included: it points into src/,
  // which ships so that source maps and that condition both resolve.
  const targets = Object.values(pkg.exports).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
  for (const t of targets) if (!has(t)) problems.push(`${pkg.name}: exports target ${t} is not in the tarball`);
  for (const f of required) if (!files.has(f)) problems.push(`${pkg.name}: ${f} is not in the tarball`);
  for (const key of METADATA) if (!pkg[key]) problems.push(`${pkg.name}: package.json has no "${key}"`);
  if (pkg.repository?.url !== rootPkg.repository.url)
    problems.push(`${pkg.name}: repository ${pkg.repository?.url} is not the repository's ${rootPkg.repository.url}`);
  if (pkg.engines?.node !== rootPkg.engines.node)
    problems.push(`${pkg.name}: engines.node ${pkg.engines?.node} is not the tested ${rootPkg.engines.node}`);
  if (readFileSync(join(dir, 'LICENSE'), 'utf8') !== licence)
    problems.push(`${pkg.name}: LICENSE differs from the repository's`);
  for (const f of files)
    if (/\.(test|stories)\.ts$|\/testing\//.test(f)) problems.push(`${pkg.name}: ships test file ${f}`);
  let lint = 'clean';
  try {
    const report = run('pnpm', ['exec', 'publint', 'run', tarball, '--strict']);
    if (!/All good/.test(report)) {
      lint = 'issues';
      problems.push(`${pkg.name}: publint\n${report}`);
    }
  } catch (e) {
    lint = 'failed';
    problems.push(`${pkg.name}: publint failed\n${e.stdout ?? e.message}`);
  }
  const kib = (readFileSync(tarball).length / 1024).toFixed(0);
  rows.push(`| ${pkg.name} | ${files.size} files | ${kib} KiB | publint ${lint} |`);
}

console.log(['| package | contents | tarball | lint |', '| --- | --- | --- | --- |', ...rows].join('\n'));
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
if (!process.argv.includes('--no-consumer')) {
  const consumer = spawnSync('node', [join(root, 'scripts', 'consumer', 'check.mjs'), out], { stdio: 'inherit' });
  if (consumer.status !== 0) {
    console.error('\nThe tarballs installed as a council installs them fail (see above).');
    process.exit(1);
  }
}
console.log(`\nPacked into ${out}: ready for \`changeset publish\`.`);
