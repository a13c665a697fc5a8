// End to end in a real browser: a council page embeds the widgets with plain module scripts
// under a strict CSP; the API runs for real on PGlite on the same origin.
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../../../vitest.config.js';
import { type CouncilPage, E2E_SPACE, serveCouncilPage } from './page-server.js';

const SPACE = E2E_SPACE;

const PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Participer</title>
<script type="module" src="/js/participe.js"></script></head>
<body><main>
<h1>Participer</h1>
<participe-contribution-form endpoint="/api" space="groupe-e2e"></participe-contribution-form>
<participe-contribution-list endpoint="/api" space="groupe-e2e"></participe-contribution-list>
</main></body></html>`;

// The README's quick start, as a council copies it (the API on the same origin here).
const QUICK_START = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Votre avis</title>
<script type="module" src="/participe/participe-contribution-form.js"></script>
<link rel="stylesheet" href="/participe/themes/neutral.css"></head>
<body><main>
<h1>Votre avis</h1>
<participe-contribution-form endpoint="/api" space="groupe-e2e"
  follow-up-url="/suivi?code={code}"></participe-contribution-form>
</main></body></html>`;

// The same, with the API on its own origin, as the README writes it.
const QUICK_START_CROSS_ORIGIN = QUICK_START.replace('endpoint="/api"', 'endpoint="{api}/api"');

const PAYLOAD = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

let site: CouncilPage;
let browser: Browser;

beforeAll(async () => {
  site = await serveCouncilPage({ '/': PAGE, '/avis': QUICK_START, '/avis-api': QUICK_START_CROSS_ORIGIN }, (store) =>
    store.putSpace(SPACE),
  );
  browser = await chromium.launch({ executablePath: CHROMIUM.executablePath, args: CHROMIUM.args });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(
  path = '/',
  beforeLoad: (page: Page) => void = () => {},
): Promise<{ page: Page; violations: () => Promise<string[]>; dialogs: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  beforeLoad(page);
  await page.goto(`${site.url}${path}`);
  return {
    page,
    dialogs,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

const form = (page: Page) => page.locator('participe-contribution-form');

async function fillUpToReview(page: Page, title: string) {
  await form(page).locator('input[name="kind"][value="proposal"]').check();
  await form(page).locator('button[type="submit"]').click();
  await form(page).locator('[name="title"]').fill(title);
  await form(page).locator('[name="body"]').fill(`Texte : ${PAYLOAD}`);
  await form(page).locator('button[type="submit"]').click();
  await form(page).locator('select[name="theme"]').selectOption('mobilite');
  await form(page).locator('button[type="submit"]').click();
  await form(page).locator('[name="pseudonym"]').fill('Camille');
  await form(page).locator('button[type="submit"]').click();
}

describe('a council page with the widgets, strict CSP, real API on PGlite', () => {
  it('delivers a submission made offline exactly once when the connection returns, with zero CSP violations', async () => {
    const { page, violations, dialogs } = await open();
    await fillUpToReview(page, 'Hors ligne puis en ligne');
    await page.context().setOffline(true);
    await form(page).locator('button[type="submit"]').click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('participe-contribution-form')
          ?.shadowRoot?.textContent?.includes('gardé sur cet appareil'),
      undefined,
      { timeout: 10_000 },
    );
    expect((await site.store.listContributions({})).items).toHaveLength(0);
    await page.context().setOffline(false);
    // Browsers may fire `online` more than once; delivery must still happen once.
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.waitForFunction(
      () =>
        document
          .querySelector('participe-contribution-form')
          ?.shadowRoot?.textContent?.includes('votre message est envoyé'),
      undefined,
      { timeout: 15_000 },
    );
    const stored = (await site.store.listContributions({})).items.filter(
      (c) => c.content.title === 'Hors ligne puis en ligne',
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]!.content.body).toBe(`Texte : ${PAYLOAD}`);
    expect(await violations()).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('shows markup in a contribution as inert text in the list, with zero CSP violations', async () => {
    const { page, violations, dialogs } = await open();
    await fillUpToReview(page, `Titre ${PAYLOAD}`);
    await form(page).locator('button[type="submit"]').click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('participe-contribution-form')
          ?.shadowRoot?.textContent?.includes('votre message est envoyé'),
      undefined,
      { timeout: 15_000 },
    );
    await page.reload();
    const list = page.locator('participe-contribution-list');
    await expect
      .poll(() => list.locator('[part~="item-title"]').allTextContents(), { timeout: 15_000 })
      .toContainEqual(expect.stringContaining(`Titre ${PAYLOAD}`));
    expect(await list.locator('img, script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await violations()).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('works from the quick start: the form’s own file and theme, French only, zero CSP violations', async () => {
    // Every script the browser fetches, from the first request on.
    const scripts: Array<Promise<{ path: string; gzip: number }>> = [];
    const { page, violations, dialogs } = await open('/avis', (p) =>
      p.on('response', (r) => {
        const path = new URL(r.url()).pathname;
        if (path.endsWith('.js'))
          scripts.push(r.body().then((b) => ({ path, gzip: gzipSync(b, { level: 9 }).length })));
      }),
    );
    await fillUpToReview(page, 'Depuis la page du Département');
    await form(page).locator('button[type="submit"]').click();
    const code = form(page).locator('[part~="code"]');
    await expect.poll(() => code.textContent(), { timeout: 15_000 }).toMatch(/\S/);
    const followUp = await form(page).locator('a[part~="link"]').getAttribute('href');
    expect(followUp).toBe(`/suivi?code=${encodeURIComponent((await code.textContent())!.trim())}`);
    const stored = (await site.store.listContributions({})).items.filter(
      (c) => c.content.title === 'Depuis la page du Département',
    );
    expect(stored).toHaveLength(1);
    // The theme's stylesheet loaded from the folder: its custom properties are set on the page.
    const themePrimary = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--participe-color-primary').trim(),
    );
    expect(themePrimary).toBe('#1d4ed8');
    // A French page never fetches the English and FALC tables; everything comes from /participe/.
    const fetched = await Promise.all(scripts);
    expect(fetched.every((s) => s.path.startsWith('/participe/'))).toBe(true);
    expect(fetched.some((s) => s.path.includes('messages.more'))).toBe(false);
    const total = fetched.reduce((n, s) => n + s.gzip, 0);
    console.log(
      `quick start, one contribution sent: ${(total / 1024).toFixed(1)} KiB gzip of JavaScript — ${fetched
        .map((s) => `${s.path.split('/').pop()} ${(s.gzip / 1024).toFixed(1)}`)
        .join(', ')}`,
    );
    expect(await violations()).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('sends from the quick start to an API on another origin (CORS allow-list, CSP connect-src)', async () => {
    const { page, violations } = await open('/avis-api');
    const origins = new Set<string>();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    await fillUpToReview(page, 'Vers une autre origine');
    await form(page).locator('button[type="submit"]').click();
    await expect.poll(() => form(page).locator('[part~="code"]').textContent(), { timeout: 15_000 }).toMatch(/\S/);
    expect(origins).toContain(site.otherOrigin);
    const stored = (await site.store.listContributions({})).items.filter(
      (c) => c.content.title === 'Vers une autre origine',
    );
    expect(stored).toHaveLength(1);
    expect(await violations()).toEqual([]);
    await page.context().close();
  }, 60_000);
});
