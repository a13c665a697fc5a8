#!/usr/bin/env node
// Runs every check of the repository and ends with one line: `N passed, N failed`.
// Checks: lint + format (Biome), type-check of each package, build, then every vitest
// test (each test case counts). Used by README's test command and by .ci/run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
const failures = [];

function step(name, cmd, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  console.log(`${ok ? '✔' : '✖'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
  return ok;
}

step('lint and format (biome)', 'pnpm', ['exec', 'biome', 'check', '.']);
for (const pkg of ['core', 'widgets', 'adapters']) {
  if (existsSync(join(root, 'packages', pkg, 'src'))) {
    step(`typecheck @participe/${pkg}`, 'pnpm', ['--filter', `@participe/${pkg}`, 'run', 'typecheck']);
  }
}
step('typecheck examples and benchmarks', 'pnpm', [
  '-r',
  '--filter',
  './examples/*',
  '--filter',
  './bench/*',
  'run',
  'typecheck',
]);
step('build packages', 'pnpm', ['run', 'build']);
step('release check: pack, publint, exports, files; the tarballs installed as a council does', 'node', [
  'scripts/release.mjs',
  '--no-build',
]);

const out = join(root, 'node_modules', '.cache', 'participe');
mkdirSync(out, { recursive: true });
const report = join(out, 'vitest.json');
rmSync(report, { force: true });
const vitest = spawnSync(
  'pnpm',
  ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (r.numFailedTests > 0) failures.push(`${r.numFailedTests} vitest test(s)`);
  // A suite that failed to load has no test results: count it as a failure.
  const broken = r.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0);
  failed += broken.length;
  for (const b of broken) failures.push(`suite failed to run: ${b.name}`);
} else {
  failed += 1;
  failures.push(`vitest produced no report (exit ${vitest.status})`);
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
