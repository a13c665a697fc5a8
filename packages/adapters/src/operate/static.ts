// A folder of files over GET and HEAD: the council's pages, or the widgets' ready-to-serve
// folder. Only files inside the folder (symbolic links resolved), never a dotfile.
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
};

export interface StaticOptions {
  dir: string;
  /** Headers on every answer, e.g. a Content-Security-Policy. */
  headers: Record<string, string>;
  /** `/suivi` also finds `suivi.html` and `suivi/index.html`. @default false */
  cleanUrls?: boolean;
}

/** Answers with the file for `relativePath` (already without the mount prefix), or null when there is none. */
export function createStatic(
  options: StaticOptions,
): (request: Request, relativePath: string) => Promise<Response | null> {
  const root = realpath(resolve(options.dir));
  return async (request, relativePath) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return null;
    let decoded: string;
    try {
      decoded = decodeURIComponent(relativePath);
    } catch {
      return null;
    }
    if (decoded.includes('\0') || decoded.split('/').some((part) => part.startsWith('.'))) return null;
    const base = await root;
    const candidates = decoded === '' || decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded];
    if (options.cleanUrls && !decoded.endsWith('/') && extname(decoded) === '') {
      candidates.push(`${decoded}.html`, `${decoded}/index.html`);
    }
    for (const candidate of candidates) {
      const found = await fileIn(base, candidate);
      if (found) return answer(request, found, options.headers);
    }
    return null;
  };
}

async function fileIn(base: string, relative: string): Promise<{ path: string; size: number; mtimeMs: number } | null> {
  try {
    const path = await realpath(join(base, relative));
    if (!path.startsWith(base + sep)) return null;
    const info = await stat(path);
    return info.isFile() ? { path, size: info.size, mtimeMs: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

async function answer(
  request: Request,
  file: { path: string; size: number; mtimeMs: number },
  extra: Record<string, string>,
): Promise<Response> {
  const etag = `W/"${file.size.toString(36)}-${Math.floor(file.mtimeMs).toString(36)}"`;
  const headers = {
    ...extra,
    'Content-Type': TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
    ETag: etag,
  };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  if (request.method === 'HEAD')
    return new Response(null, { headers: { ...headers, 'Content-Length': String(file.size) } });
  return new Response(await readFile(file.path), { headers });
}
