// End to end, what axe cannot see on the demo's pages, with the widgets rendered in chromium:
// the headings a screen reader lists (shadow roots included), the participation page on a
// phone, and two RGAA 4.1 criteria usually checked by hand — 10.12 (text spacing) and 3.3
// (contrast of interface components and graphics). The measures live in ./measures.ts.
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Demo } from '../src/demo.js';
import { type DemoInBrowser, focused, open, startDemoInBrowser, tabTo } from './browser.js';
import { clippedOrOverlapping, componentContrasts, focusRingContrast, headings, openFolds } from './measures.js';

let started: DemoInBrowser;
let demo: Demo;
let browser: Browser;

beforeAll(async () => {
  started = await startDemoInBrowser('participe-pages');
  ({ demo, browser } = started);
}, 180_000);

afterAll(() => started?.stop());

const WAIT = { timeout: 40_000 };

/** Each public page with the wait that says its widgets have rendered their content. */
function pages(): Array<[string, (page: Page) => Promise<unknown>]> {
  const { contributionId, followUpCode } = demo.seed!.showcase;
  const listed = (page: Page) =>
    Promise.all([
      page.locator('participe-contribution-form input[name="kind"]').first().waitFor(WAIT),
      page
        .locator('participe-contribution-list [part~="item-title"]')
        .first()
        .waitFor({ state: 'attached', ...WAIT }),
      page.locator('participe-cycle [part~="where"]').waitFor({ state: 'attached', ...WAIT }),
    ]);
  const detail = (page: Page) => page.locator('participe-contribution-detail [part~="answer"]').waitFor(WAIT);
  return [
    ['/', listed],
    ['/quartier', listed],
    [`/suivi?code=${followUpCode}`, detail],
    ['/suivi', (p) => p.locator('participe-contribution-detail #code').waitFor(WAIT)],
    [`/contribution?id=${contributionId}`, detail],
    ['/pratiques', (p) => p.locator('participe-practice-library [part~="item-title"]').first().waitFor(WAIT)],
    ['/tableau', (p) => p.locator('participe-board [part~="summary"]').nth(2).waitFor(WAIT)],
    ['/pro', (p) => p.locator('#sign-in').waitFor(WAIT)],
  ];
}

/** Opens each page at this size, waits for its widgets, runs `check`, closes it. */
async function eachPage(size: { width: number; height: number }, check: (page: Page, path: string) => Promise<void>) {
  for (const [path, ready] of pages()) {
    const { page, close } = await open(browser, `${demo.url}${path}`);
    await page.setViewportSize(size);
    await ready(page);
    await check(page, path);
    await close();
  }
}

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };

describe('the demo pages for a screen reader: headings (RGAA 9.1)', () => {
  it('have exactly one h1 and no skipped level, headings in the widgets’ shadow roots included', async () => {
    await eachPage(DESKTOP, async (page, path) => {
      // Folded sections are opened: their headings count once someone opens them.
      await openFolds(page);
      const list = await headings(page);
      expect(
        list.filter((h) => h.level === 1).map((h) => h.text),
        path,
      ).toHaveLength(1);
      expect(list[0]?.level, path).toBe(1);
      const skips = list.flatMap((h, i) =>
        i > 0 && h.level > list[i - 1]!.level + 1 ? [`h${list[i - 1]!.level} → h${h.level} « ${h.text} »`] : [],
      );
      expect(skips, path).toEqual([]);
      // The widgets' own headings are in the list: the walk goes through the shadow roots.
      if (path === '/') expect(list.map((h) => h.text)).toContain('Les contributions');
    });
  }, 240_000);
});

describe('the participation page on a phone (360 × 740)', () => {
  for (const path of ['/', '/quartier']) {
    it(`${path}: the form’s first question is on the first screen, the rest folded and opened with the keyboard`, async () => {
      const { page, close } = await open(browser, `${demo.url}${path}`);
      await page.setViewportSize(PHONE);
      const form = page.locator('participe-contribution-form');
      const firstChoice = form.locator('input[name="kind"]').first();
      await firstChoice.waitFor(WAIT);
      const legend = await form.locator('legend').first().boundingBox();
      const choice = await firstChoice.boundingBox();
      expect(legend!.y).toBeGreaterThanOrEqual(0);
      expect(choice!.y + choice!.height).toBeLessThanOrEqual(PHONE.height);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      // Folded: the list of messages takes no room until opened.
      const messages = page.locator('details#messages');
      expect(await messages.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
      expect(await page.locator('participe-contribution-list').isVisible()).toBe(false);

      // Keyboard only: Tab to the summary, Enter opens it, Space closes it.
      await page.locator('h1').click();
      await tabTo(page, (f) => f.tag === 'summary' && f.text.startsWith('Les messages déjà envoyés'), 80);
      await page.keyboard.press('Enter');
      await expect.poll(() => messages.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
      await page.locator('participe-contribution-list [part~="item-title"]').first().waitFor(WAIT);
      await page.keyboard.press('Space');
      await expect.poll(() => messages.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
      await close();
    }, 90_000);
  }

  it('keeps one menu: a “Menu” link on a phone that leads to it, the menu in the header on a computer', async () => {
    const { page, close } = await open(browser, `${demo.url}/pratiques`);
    const menus = () => page.getByRole('navigation', { name: 'Menu principal' });
    await page.setViewportSize(PHONE);
    await expect.poll(() => menus().count()).toBe(1);
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Menu', 5);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page).then((f) => f.tag)).toBe('nav');
    expect(await menus().boundingBox()).not.toBeNull();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Participer' });

    await page.setViewportSize(DESKTOP);
    await expect.poll(() => menus().count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Menu', exact: true }).isVisible()).toBe(false);
    // In the header, above the content.
    expect((await menus().boundingBox())!.y).toBeLessThan((await page.locator('h1').boundingBox())!.y);
    await close();
  }, 60_000);
});

describe('RGAA 10.12: text spacing changed without loss of content or function', () => {
  for (const size of [PHONE, DESKTOP]) {
    it(`at ${size.width} px, with WCAG 1.4.12's spacing in the page and every shadow root, no text is clipped or overlaps`, async () => {
      await eachPage(size, async (page, path) => {
        await openFolds(page);
        const problems = await clippedOrOverlapping(page);
        expect.soft(problems, path).toEqual([]);
      });
    }, 300_000);
  }
});

describe('RGAA 3.3: interface components and graphics contrast at least 3:1', () => {
  it('fields, buttons, choice boxes, bars and the wheel’s strokes, measured from computed styles', async () => {
    const measured = new Set<string>();
    await eachPage(DESKTOP, async (page, path) => {
      await openFolds(page);
      const found = await componentContrasts(page);
      for (const f of found) measured.add(f.kind);
      expect
        .soft(
          found.filter((f) => f.ratio < 3).map((f) => `${f.kind} ${f.what}: ${f.ratio.toFixed(2)}:1`),
          path,
        )
        .toEqual([]);
    });
    // The walk found each kind of component: a test that measured nothing would pass too easily.
    expect([...measured].sort()).toEqual(['bar', 'button', 'choice', 'field', 'wheel']);
  }, 240_000);

  it('the focus ring of every element reached with Tab', async () => {
    await eachPage(DESKTOP, async (page, path) => {
      await openFolds(page);
      await page.locator('h1').click();
      const weak: string[] = [];
      let rings = 0;
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const ring = await focusRingContrast(page);
        if (!ring) continue;
        rings++;
        if (ring.ratio < 3) weak.push(`${ring.what}: ${ring.ratio.toFixed(2)}:1`);
      }
      expect(rings, path).toBeGreaterThan(0);
      expect.soft(weak, path).toEqual([]);
    });
  }, 300_000);
});
