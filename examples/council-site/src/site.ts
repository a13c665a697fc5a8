// One fetch-style handler for the whole site: `/api/*` goes to the Participe API,
// everything else is a page or a built asset, each under the strict CSP.
import { readFileSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import type { Handler } from '@participe/adapters/server';
import type { Pages } from './pages/index.js';

export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const SECURITY = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface SiteOptions {
  api: Handler;
  assetsDir: string;
  /** Read at each request: pages are rendered once the server knows its address. */
  pages: () => Pages;
  /** Staff sign-in under `/auth/` (set once the site knows its address); null before. */
  auth?: () => Handler | null;
}

const html = (body: string, status = 200) =>
  new Response(body, { status, headers: { ...SECURITY, 'Content-Type': 'text/html; charset=utf-8' } });

export function createSite({ api, assetsDir, pages, auth }: SiteOptions): Handler {
  const root = resolve(assetsDir);
  return async (request, info) => {
    const { pathname } = new URL(request.url);
    if (pathname === '/api' || pathname.startsWith('/api/')) return api(request, info);
    const signIn = auth?.();
    if (signIn && (pathname === '/auth' || pathname.startsWith('/auth/'))) return signIn(request, info);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Méthode non autorisée', { status: 405, headers: { ...SECURITY, Allow: 'GET, HEAD' } });
    }
    const response = pathname.startsWith('/assets/')
      ? asset(root, pathname.slice('/assets/'.length))
      : html(pages().byPath[pathname] ?? pages().notFound, pathname in pages().byPath ? 200 : 404);
    return request.method === 'HEAD'
      ? new Response(null, { status: response.status, headers: response.headers })
      : response;
  };
}

const notFound = () =>
  new Response('Introuvable', { status: 404, headers: { ...SECURITY, 'Content-Type': 'text/plain; charset=utf-8' } });

function asset(root: string, name: string): Response {
  let file: string;
  try {
    file = resolve(root, decodeURIComponent(name));
  } catch {
    return notFound(); // malformed %-escape
  }
  const type = TYPES[extname(file)];
  // Only built files of known types, and never outside the assets folder.
  if (!type || !file.startsWith(root + sep)) return notFound();
  try {
    return new Response(readFileSync(file), {
      headers: { ...SECURITY, 'Content-Type': type, 'Cache-Control': 'no-cache' },
    });
  } catch {
    return notFound();
  }
}
