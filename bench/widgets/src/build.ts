import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildBrowser, upFront } from '../../../packages/widgets/build/browser.js';
import type { PageSpec } from './pages.js';

export interface BuiltPage {
  /** Files by URL path under the page's prefix, the HTML at `index.html`. */
  files: Map<string, { body: Buffer; type: string }>;
  /** Gzip bytes of what the page loads before it can render: entry, its static chunks, CSS. */
  gzipBytes: number;
}

const OUT = '/out';
// The package folder, from src/ (tsc) or dist/ (the bundled script) alike.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', html: 'text/html' };

/**
 * Bundles one page as `dist/browser/` ships the widgets (`buildBrowser`: minified ESM,
 * squeezed templates, terser) — the SurveyJS and bare Lit pages too, so all are built alike —
 * with code splitting, so
 * what the widget imports lazily (the HTTP client, English and FALC tables) stays in
 * chunks the page never loads. Workspace packages resolve to their source.
 */
export async function buildPage(page: PageSpec, define: Record<string, string>): Promise<BuiltPage> {
  const root = page.root ?? ROOT;
  const result = await buildBrowser({
    absWorkingDir: root,
    entryPoints: { main: page.entry },
    define: { 'process.env.NODE_ENV': '"production"', ...define },
    outdir: OUT,
    write: false,
  });
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const [path, body] of result.files) {
    const name = path.slice(OUT.length + 1);
    files.set(name, { body: Buffer.from(body), type: TYPES[name.split('.').pop() ?? ''] ?? 'text/plain' });
  }
  const css = files.has('main.css') ? '<link rel="stylesheet" href="main.css">' : '';
  // Nothing contentful in the HTML (a <title> is not painted): the first contentful paint
  // is the widget's own.
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${page.name}</title>
${css}<script type="module" src="main.js"></script></head><body></body></html>`;
  files.set('index.html', { body: Buffer.from(html), type: TYPES['html']! });
  // Metafile paths are relative to the working directory, our outdir is absolute.
  const main = Object.keys(result.metafile.outputs).find((k) => resolve(root, k) === `${OUT}/main.js`)!;
  const scripts = [...upFront(result.metafile, main)].map((k) => resolve(root, k));
  const loaded = [...scripts, ...(css ? [`${OUT}/main.css`] : [])];
  const gzipBytes = loaded.reduce((sum, p) => sum + gzipSync(files.get(p.slice(OUT.length + 1))!.body).length, 0);
  return { files, gzipBytes };
}
