// Issue 21 §5, end to end in a real browser: a server on loopback that answers 503 (or
// nothing useful) for a while. The form keeps the submission, says so in plain words, and
// the outbox delivers it by itself, exactly once, with the same idempotency key — in the
// same tab, or in the next tab opened after this one was closed. No click after "Send".
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../../../vitest.config.js';
import { type CouncilPage, E2E_SPACE, serveCouncilPage } from './page-server.js';

const SPACE = E2E_SPACE;

const PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Participer</title>
<script type="module" src="/js/participe.js"></script></head>
<body><main>
<h1>Participer</h1>
<participe-contribution-form endpoint="/api" space="groupe-e2e"></participe-contribution-form>
</main></body></html>`;

/** What the loopback server does with `POST /api/contributions`, and what it saw. */
const server = {
  /** Answer 503 to this many more submissions, then let them through. */
  failNext: 0,
  /** Answer 503 to every submission while true. */
  down: false,
  keys: [] as string[],
};

let site: CouncilPage;
let browser: Browser;

beforeAll(async () => {
  site = await serveCouncilPage(
    { '/': PAGE },
    (store) => store.putSpace(SPACE),
    (request) => {
      if (request.method !== 'POST' || new URL(request.url).pathname !== '/api/contributions') return null;
      server.keys.push(request.headers.get('idempotency-key') ?? '');
      if (!server.down && server.failNext <= 0) return null;
      server.failNext -= 1;
      return new Response('<html>Service Unavailable</html>', {
        status: 503,
        headers: { 'content-type': 'text/html' },
      });
    },
  );
  browser = await chromium.launch({ executablePath: CHROMIUM.executablePath, args: CHROMIUM.args });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

beforeEach(() => {
  Object.assign(server, { failNext: 0, down: false, keys: [] });
});

const form = (page: Page) => page.locator('participe-contribution-form');

async function fillAndSend(page: Page, title: string) {
  await form(page).locator('input[name="kind"][value="proposal"]').check();
  await form(page).locator('button[type="submit"]').click();
  await form(page).locator('[name="title"]').fill(title);
  await form(page).locator('[name="body"]').fill('Le premier bus arrive après l’ouverture du guichet.');
  await form(page).locator('button[type="submit"]').click();
  await form(page).locator('select[name="theme"]').selectOption('mobilite');
  await form(page).locator('button[type="submit"]').click();
  await form(page).locator('[name="pseudonym"]').fill('Camille');
  await form(page).locator('button[type="submit"]').click();
  await form(page).locator('button[type="submit"]').click(); // "Send", on the review
}

const shows = (page: Page, text: string, timeout = 30_000) =>
  page.waitForFunction(
    (t) => document.querySelector('participe-contribution-form')?.shadowRoot?.textContent?.includes(t),
    text,
    { timeout },
  );

const storedTitled = async (title: string) =>
  (await site.store.listContributions({})).items.filter((c) => c.content.title === title);

async function newPage(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  return page;
}

describe('a submission the server did not acknowledge', () => {
  it('503 twice then 201: delivered exactly once, without a click, one key', async () => {
    const context = await browser.newContext();
    const page = await newPage(context);
    server.failNext = 2;
    await fillAndSend(page, '503 deux fois');
    await shows(page, 'votre message est envoyé');
    expect(await storedTitled('503 deux fois')).toHaveLength(1);
    expect(server.keys).toHaveLength(3);
    expect(new Set(server.keys).size).toBe(1);
    await context.close();
  }, 90_000);

  it('a longer outage: the form says it is kept and will leave by itself, then it leaves once', async () => {
    const context = await browser.newContext();
    const page = await newPage(context);
    server.down = true;
    await fillAndSend(page, 'Panne du serveur');
    // The HTTP client's own retries are spent: the outbox keeps it and tells the person.
    await shows(page, 'partira tout seul');
    expect(await storedTitled('Panne du serveur')).toHaveLength(0);
    server.down = false;
    await shows(page, 'votre message est envoyé', 60_000);
    expect(await storedTitled('Panne du serveur')).toHaveLength(1);
    expect(new Set(server.keys).size).toBe(1);
    await context.close();
  }, 120_000);

  it('the tab is closed during the outage: the next tab opened delivers it, once, and says so', async () => {
    const context = await browser.newContext();
    const first = await newPage(context);
    server.down = true;
    await fillAndSend(first, 'Onglet fermé');
    await shows(first, 'partira tout seul');
    await first.close();
    server.down = false;
    const again = await newPage(context);
    await shows(again, 'votre message est envoyé', 60_000);
    expect(await storedTitled('Onglet fermé')).toHaveLength(1);
    expect(new Set(server.keys).size).toBe(1);
    await context.close();
  }, 120_000);
});
