// Issue 17, done when: a council edits a resource and the change shows on the public page.
// A council page embeds <participe-resource-centre endpoint="/api"> with a plain module
// script under a strict CSP, the real API on PGlite on the same origin; an editor replaces a
// resource through the API (PUT, If-Match, a staff token); after a reload the page shows it.
// The first screen's JSON is weighed as the browser received it (issue 17: ≤ 20 KiB gzip).
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../../../vitest.config.js';
import { testTokens } from '../../adapters/src/testing/tokens.js';
import { type CouncilPage, serveCouncilPage } from './page-server.js';

const KIB = 1024;
const PAYLOAD = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
const EDITOR = { role: 'professional', memberId: 'acc_editrice', spaceIds: [], admin: true } as const;

const page = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Centre de ressources</title>
<script type="module" src="/js/participe-resource-centre.js"></script></head>
<body><main><h1>Centre de ressources</h1>
<participe-resource-centre endpoint="/api"></participe-resource-centre></main></body></html>`;

let site: CouncilPage;
let browser: Browser;
let editorToken: string;

beforeAll(async () => {
  const tokens = testTokens();
  site = await serveCouncilPage({ '/ressources': page }, async () => {}, undefined, {
    tokens: tokens.service,
    scripts: { 'participe-resource-centre': 'resource-centre/participe-resource-centre.ts' },
  });
  editorToken = await tokens.sign(EDITOR);
  browser = await chromium.launch({ executablePath: CHROMIUM.executablePath, args: CHROMIUM.args });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens the page, recording CSP violations, dialogs a payload might open, and the API's answers. */
async function open(p: Page) {
  const dialogs: string[] = [];
  const api: Array<{ url: string; status: number; body: Promise<string> }> = [];
  p.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  p.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) api.push({ url: r.url(), status: r.status(), body: r.text() });
  });
  await p.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await p.goto(`${site.url}/ressources`);
  return {
    dialogs,
    api,
    violations: () => p.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

const firstTitle = (p: Page) => p.locator('participe-resource-centre [part~="resource-title"]').first().textContent();

describe('the resource centre on a council page, strict CSP, real API on PGlite', () => {
  it('shows a resource a council editor changed through the API, after a reload', async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    const { dialogs, api, violations } = await open(p);
    const centre = p.locator('participe-resource-centre');
    await expect.poll(() => centre.locator('[part~="resource"]').count(), { timeout: 30_000 }).toBe(13);
    expect(await firstTitle(p)).toBe('Porte-à-porte');

    // The first screen's data: what the browser fetched from the API, gzipped.
    const first = await Promise.all(api.map(async (a) => ({ ...a, body: await a.body })));
    expect(first.map((a) => new URL(a.url).pathname + new URL(a.url).search).sort()).toEqual([
      '/api/guide?locale=fr&limit=100',
      '/api/phases?locale=fr&limit=100&fields=label',
      '/api/resources?locale=fr&phase=mobilise&limit=100',
    ]);
    expect(first.every((a) => a.status === 200)).toBe(true);
    const json = first.reduce((n, a) => n + gzipSync(a.body, { level: 9 }).length, 0);
    console.log(
      `resource centre, first screen: ${(json / KIB).toFixed(1)} KiB of gzipped JSON in ${first.length} requests`,
    );
    expect(json).toBeLessThanOrEqual(20 * KIB);

    // A council editor replaces the resource, from the version read (If-Match), with a staff token.
    const url = `${site.url}/api/resources/porte-a-porte?locale=fr`;
    const read = await fetch(url);
    expect(read.headers.get('etag')).toBe('"1"');
    const { id: _id, version: _version, ...resource } = (await read.json()) as Record<string, unknown>;
    const edited = {
      ...resource,
      title: { standard: 'Porte-à-porte, à deux et avec le bus du quartier' },
      summary: { standard: `Aller voir les habitants chez eux ${PAYLOAD}` },
    };
    const put = (headers: Record<string, string>) =>
      fetch(url, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(edited),
      });
    expect((await put({ 'if-match': '"1"' })).status).toBe(401);
    expect((await put({ authorization: `Bearer ${editorToken}` })).status).toBe(428);
    const saved = await put({ authorization: `Bearer ${editorToken}`, 'if-match': '"1"' });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ version: 2, falcMissing: ['title', 'summary'] });

    // The public page, reloaded, shows the change; the editor's text stays text.
    await p.reload();
    await expect
      .poll(() => firstTitle(p), { timeout: 30_000 })
      .toBe('Porte-à-porte, à deux et avec le bus du quartier');
    const card = centre.locator('[part~="resource"]').first();
    expect(await card.locator('p').nth(1).textContent()).toBe(`Aller voir les habitants chez eux ${PAYLOAD}`);
    expect(await centre.locator('img, script').count()).toBe(0);
    // Saved without its easy-to-read version: the FALC wording shows the standard text.
    await centre.locator('[part~="falc-toggle"]').focus();
    await p.keyboard.press('Enter');
    await expect.poll(() => centre.locator('[part~="falc-toggle"]').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => centre.locator('[part~="status"]').textContent()).toMatch(/idées\.$/);
    expect(await firstTitle(p)).toBe('Porte-à-porte, à deux et avec le bus du quartier');
    // A question's resources, each read on its own (GET /api/resources/{id}), in its order.
    await centre.locator('[part~="question"]').first().focus();
    await p.keyboard.press('Enter');
    await expect
      .poll(() => centre.locator('[part~="status"]').textContent())
      .toMatch(/^4\u00a0idées pour votre question\.$/);
    expect(await firstTitle(p)).toBe('Porte-à-porte, à deux et avec le bus du quartier');
    expect(dialogs).toEqual([]);
    expect(await violations()).toEqual([]);
    await context.close();
  }, 60_000);
});
