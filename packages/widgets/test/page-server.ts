// Test support: serves a council page that embeds the widgets with plain module scripts,
// under a strict CSP, with the real API (on PGlite) on the same origin.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { openPgliteStore } from '@participe/adapters/postgres';

import { createHandler, type HandlerOptions, type Served, serve } from '@participe/adapters/server';
import { type ParticipeStore, SpaceSchema } from '@participe/core';
import { buildBrowser } from '../build/browser.js';

export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** The group the end-to-end pages write to (`space="groupe-e2e"`). */
export const E2E_SPACE = SpaceSchema.parse({
  id: 's_e2e',
  slug: 'groupe-e2e',
  name: 'Groupe ressource du secteur Nord',
  policyArea: 'Insertion',
  territory: 'Secteur Nord',
  charter: { text: 'Co-responsabilité, bienveillance, confidentialité.', adoptedOn: '2026-01-15' },
  composition: {},
  createdOn: '2026-01-10',
});

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

export interface CouncilPage {
  url: string;
  /**
   * The same API on another origin (`localhost` instead of `127.0.0.1`), allowing only the
   * site's origin, as `https://participe.example.fr/api` serves `https://www.example.fr`.
   * Pages write `{api}` where they need it; the site's CSP allows it in `connect-src`.
   */
  otherOrigin: string;
  store: ParticipeStore;
  close(): Promise<void>;
}

export interface CouncilPageOptions {
  /** The API's token service, for pages where staff act too (`testTokens().service`). */
  tokens?: HandlerOptions['tokens'];
  /** What `/js/` holds: file name → module under `src/`. @default { participe: 'participe.ts' } */
  scripts?: Record<string, string>;
}

/**
 * Builds `/js/participe.js` and `/participe/participe-contribution-form.js` (with `themes/`)
 * as `dist/browser/` ships them (what a council without a bundler hosts), and serves
 * `pages` beside the API.
 */
export async function serveCouncilPage(
  pages: Record<string, string>,
  seed: (s: ParticipeStore) => Promise<void>,
  /** Answers an API request before the API does (a failing server, for example); `null`: let it through. */
  intercept: (request: Request) => Response | null = () => null,
  options: CouncilPageOptions = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'participe-page-'));
  const src = join(import.meta.dirname, '..', 'src');
  const scripts = options.scripts ?? { participe: 'participe.ts' };
  const entryPoints = Object.fromEntries(Object.entries(scripts).map(([name, file]) => [name, join(src, file)]));
  await buildBrowser({ entryPoints, outdir: join(dir, 'js') });
  // The README's quick start: the form's own file from `dist/browser/`, under `/participe/`.
  await buildBrowser({
    entryPoints: { 'participe-contribution-form': join(src, 'contribution-form', 'participe-contribution-form.ts') },
    outdir: join(dir, 'participe'),
    chunkNames: 'chunks/[name]-[hash]',
  });
  cpSync(join(src, 'themes'), join(dir, 'participe', 'themes'), { recursive: true });
  const store = await openPgliteStore();
  await seed(store);
  const tokens = options.tokens ? { tokens: options.tokens } : {};
  const api = createHandler({ store, rateLimit: false, ...tokens });
  let otherOrigin = '';
  const served: Served = await serve(async (request, info) => {
    const path = new URL(request.url).pathname;
    // A council's API at `/o/{slug}/api` as well (councils as tenants of one server).
    if (path.startsWith('/api/') || /^\/o\/[a-z0-9-]+\/api\//.test(path))
      return intercept(request) ?? api(request, info);
    const csp = CSP.replace("connect-src 'self'", `connect-src 'self' ${otherOrigin}`);
    const headers = { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' };
    const page = pages[path];
    if (page !== undefined)
      return new Response(page.replaceAll('{api}', otherOrigin), {
        headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
      });
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return new Response('Not found', { status: 404 });
    try {
      return new Response(readFileSync(file), {
        headers: { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' },
      });
    } catch {
      return new Response('Not found', { status: 404, headers });
    }
  });
  const siteOrigin = new URL(served.url).origin;
  const other = await serve(createHandler({ store, rateLimit: false, corsOrigins: [siteOrigin] }));
  otherOrigin = new URL(other.url).origin.replace('127.0.0.1', 'localhost');
  return {
    url: served.url,
    otherOrigin,
    store,
    close: async () => {
      await served.close();
      await other.close();
      await store.close();
    },
  } satisfies CouncilPage;
}
