// The council's pages as `participe serve` serves them (PARTICIPE_STATIC_DIR): each page an
// HTML file, the three tiny page scripts bundled for the browser, the site's CSS and icon.
// The widgets are not bundled here: the pages load the built ones, which `participe serve`
// serves from the installed `@participe/widgets/dist/browser` under WIDGETS_PATH. Written at
// every start (the pro page names the site's address): it takes well under a second.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { PACKAGE_DIR } from './data-folder.js';
import { renderPages } from './pages/index.js';

export const DEFAULT_SITE_DIR = join(PACKAGE_DIR, 'dist', 'site');

/** `/` → `index.html`, `/suivi` → `suivi.html` (participe serve finds it without the extension). */
export const fileOf = (path: string) => (path === '/' ? 'index.html' : `${path.slice(1)}.html`);

export async function writeSite(dir: string, origin: string): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  const assets = join(dir, 'assets');
  mkdirSync(assets, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(
      ['suivi', 'contribution', 'pro'].map((name) => [name, join(PACKAGE_DIR, 'src', 'client', `${name}.ts`)]),
    ),
    absWorkingDir: PACKAGE_DIR,
    bundle: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    target: 'es2022',
    entryNames: '[name]',
    outdir: assets,
    logLevel: 'warning',
  });
  for (const file of ['site.css', 'favicon.svg']) copyFileSync(join(PACKAGE_DIR, 'public', file), join(assets, file));
  for (const [path, html] of Object.entries(renderPages(origin))) writeFileSync(join(dir, fileOf(path)), html);
}
