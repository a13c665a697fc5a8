// Builds what the pages load, as a council would host it: the widgets bundled from
// `@participe/widgets/participe.js` (minified ESM with split chunks, the workspace's
// sources through the `participe:source` condition; the practice library also alone),
// the two tiny page scripts, the
// council's theme and the site's own CSS. Run at every start: it takes about a second.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { PACKAGE_DIR } from './data-folder.js';

export const DEFAULT_ASSETS_DIR = join(PACKAGE_DIR, 'dist', 'assets');
export const THEME = 'departement-des-hautes-combes';

const require = createRequire(import.meta.url);

export async function buildAssets(outDir: string = DEFAULT_ASSETS_DIR): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: {
      participe: '@participe/widgets/participe.js',
      // The administration widgets, for the administrator's back office on /pro only.
      'participe-admin': '@participe/widgets/participe-admin.js',
      // One element alone, as a page that needs only the practice library would load it.
      'participe-practice-library': '@participe/widgets/participe-practice-library.js',
      suivi: join(PACKAGE_DIR, 'src', 'client', 'suivi.ts'),
      contribution: join(PACKAGE_DIR, 'src', 'client', 'contribution.ts'),
      pro: join(PACKAGE_DIR, 'src', 'client', 'pro.ts'),
    },
    absWorkingDir: PACKAGE_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    target: 'es2022',
    conditions: ['participe:source', 'module'],
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    outdir: outDir,
    logLevel: 'warning',
  });
  copyFileSync(require.resolve(`@participe/widgets/themes/${THEME}.css`), join(outDir, 'theme.css'));
  for (const file of ['site.css', 'favicon.svg']) copyFileSync(join(PACKAGE_DIR, 'public', file), join(outDir, file));
}
