// The agenda on a council page, end to end in a real browser: a plain module script under a
// strict CSP, the API running for real on PGlite on the same origin.
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../../../vitest.config.js';
import { type CouncilPage, E2E_SPACE, serveCouncilPage } from './page-server.js';

const PAYLOAD = '<img src=x onerror="alert(1)">';
const NB = '\u00a0';

let site: CouncilPage;
let browser: Browser;

beforeAll(async () => {
  site = await serveCouncilPage(
    {
      '/agenda': `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Agenda</title>
<script type="module" src="/js/participe.js"></script></head>
<body><main><h1>Agenda</h1><participe-agenda endpoint="/api" space="groupe-e2e"></participe-agenda></main></body></html>`,
    },
    async (store) => {
      await store.putSpace(E2E_SPACE);
      const base = {
        spaceId: 's_e2e',
        attendance: [],
        minutes: 'Compte rendu du groupe',
        version: 1,
        updatedAt: '2026-02-01T10:00:00.000Z',
      };
      // Far ahead: the server reads "upcoming" against the real clock.
      await store.putMeeting(
        {
          ...base,
          id: 'mt_e2e',
          on: '2040-03-22',
          place: 'Maison des solidarités',
          title: `Atelier ${PAYLOAD}`,
          startsAt: '2040-03-22T07:40:00.000Z',
          endsAt: '2040-03-22T09:00:00.000Z',
          public: true,
          access: 'Bus 4, arrêt Tilleuls.',
        },
        null,
      );
      await store.putMeeting({ ...base, id: 'mt_prive', on: '2040-03-23', place: 'Bureau', title: 'Interne' }, null);
    },
  );
  browser = await chromium.launch({ executablePath: CHROMIUM.executablePath, args: CHROMIUM.args });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string): Promise<{ page: Page; violations: () => Promise<string[]>; dialogs: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true });
  const p = await context.newPage();
  const dialogs: string[] = [];
  p.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await p.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await p.goto(`${site.url}${path}`);
  return {
    page: p,
    dialogs,
    violations: () => p.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

describe('participe-agenda on a council page, strict CSP, real API on PGlite', () => {
  it('lists the public meeting, downloads its .ics by keyboard, links the feed; zero CSP violations', async () => {
    const { page, violations, dialogs } = await open('/agenda');
    const agenda = page.locator('participe-agenda');
    await expect.poll(() => agenda.locator('[part~="meeting"]').count(), { timeout: 20_000 }).toBe(1);
    const when = await agenda.locator('[part~="when"]').textContent();
    expect(when).toBe(`jeudi 22${NB}mars 2040, de 8${NB}h${NB}40 à${NB}10${NB}h`);
    expect(await agenda.locator('[part~="title"]').textContent()).toContain(PAYLOAD);
    expect(await agenda.locator('img').count()).toBe(0);
    expect(await page.content()).not.toContain('Interne');
    expect(await agenda.locator('[part~="feed"]').getAttribute('href')).toBe('/api/spaces/groupe-e2e/meetings.ics');
    const feed = await page.request.get(`${site.url}/api/spaces/groupe-e2e/meetings.ics`);
    expect(await feed.text()).toContain('UID:mt_e2e@participe');

    await agenda.locator('[part~="add"]').focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('groupe-e2e-2040-03-22.ics');
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path, 'utf8')).toContain('UID:mt_e2e@participe');

    expect(await violations()).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.context().close();
  }, 60_000);
});
