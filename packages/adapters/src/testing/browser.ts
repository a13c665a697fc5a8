// Test support: Debian's chromium through Playwright, CSP violations recorded from the first
// script on, axe-core run through the DevTools protocol (the page's CSP does not govern it),
// and keyboard-only moves.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const launch = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });

export interface Opened {
  page: Page;
  /** `securitypolicyviolation` events of the current document, as "directive blocked-uri". */
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
}

/** A fresh context (no cookie, no storage carried over), watching for CSP violations. */
export async function open(browser: Browser, url: string): Promise<Opened> {
  // A French-speaking person: the staff sign-in pages follow the browser's language.
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return {
    page,
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    close: () => context.close(),
  };
}

export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  }, AXE_TAGS);
}

export interface Focused {
  tag: string;
  name: string;
  text: string;
}

export const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      name: el?.getAttribute('name') ?? '',
      text: (el?.textContent ?? '').trim().replace(/\s+/g, ' '),
    };
  });

/** Presses Tab until the focused element matches; fails after `max` presses. */
export async function tabTo(page: Page, matches: (f: Focused) => boolean, max = 30): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (matches(f)) return f;
  }
  throw new Error(`Tab never reached the expected element (last: ${JSON.stringify(await focused(page))})`);
}
