// `pnpm start` runs this first (prestart): builds the workspace's packages whose `dist` is
// missing or older than their sources (a fresh clone: all three, a few minutes once), then
// bundles the demo's own code for Node into dist/ (its imports of @participe/* and other
// packages stay imports: the built packages are used). Plain JavaScript: nothing to compile
// before it runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const demo = join(here, '..');
const root = join(demo, '..', '..');

/** Each package, in build order (the widgets use the adapters' HTTP client), with a file its build writes. */
const PACKAGES = [
  { name: 'core', built: 'dist/index.js' },
  { name: 'adapters', built: 'dist/cli/participe.js' },
  { name: 'widgets', built: 'dist/browser/participe.js' },
];
const INPUTS = ['src', 'build', 'assets', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];

/** The newest modification time under `path` (0 when missing); tests and stories do not count. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || /\.(test|stories)\.ts$/.test(entry.name)) continue;
    latest = Math.max(latest, newest(join(path, entry.name)));
  }
  return latest;
}

let rebuilt = false;
for (const pkg of PACKAGES) {
  const dir = join(root, 'packages', pkg.name);
  const marker = join(dir, pkg.built);
  const builtAt = existsSync(marker) ? statSync(marker).mtimeMs : 0;
  const sources = Math.max(...INPUTS.map((input) => newest(join(dir, input))));
  // A package built before one it depends on was rebuilt is rebuilt too.
  if (!rebuilt && builtAt > sources) continue;
  console.log(
    builtAt === 0
      ? `Construction de @participe/${pkg.name} (première fois : une à quelques minutes)…`
      : `Construction de @participe/${pkg.name} (ses sources ont changé)…`,
  );
  const run = spawnSync('pnpm', ['--filter', `@participe/${pkg.name}`, 'run', 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    console.error(`La construction de @participe/${pkg.name} a échoué : la démo ne peut pas démarrer.`);
    process.exit(run.status ?? 1);
  }
  rebuilt = true;
}

await build({
  entryPoints: { main: join(demo, 'src', 'main.ts'), token: join(demo, 'src', 'token.ts') },
  absWorkingDir: demo,
  bundle: true,
  // @participe/*, esbuild, oidc-provider, jose: imported from node_modules at run time.
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: join(demo, 'dist'),
  logLevel: 'warning',
});
