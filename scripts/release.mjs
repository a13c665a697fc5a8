#!/usr/bin/env node
// Builds and packs every package as npm would publish it, then checks each tarball:
// publint clean, every `exports` target present, types and the custom-elements manifest
// included. `pnpm release` runs it before `changeset publish`; `pnpm release:check` alone;
// test:all runs it with --no-build after its own build step.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args, cwd = root) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Files a user of each package cannot do without. */
const REQUIRED = {
  core: ['dist/index.js', 'dist/index.d.ts', 'dist/schemas/ContributionInput.json', 'README.md'],
  widgets: ['dist/participe.js', 'dist/index.d.ts', 'custom-elements.json', 'src/themes/neutral.css', 'README.md'],
  adapters: ['dist/server/index.js', 'dist/server/index.d.ts', 'bin/participe.js', 'README.md'],
};

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
console.log(`\nPacked into ${out}: ready for \`changeset publish\`.`);
