// Browser helpers for the demo's end-to-end test: Debian's chromium, axe-core injected
// without touching the page's CSP, CSP violations recorded, and keyboard-only moves.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright';
import { CHROMIUM } from '../../../vitest.config.js';
import { type Demo, startDemo } from '../src/demo.js';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const launch = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM.executablePath, args: CHROMIUM.args });

export interface Opened {
  page: Page;
  /** `securitypolicyviolation` events seen so far, as "directive blocked-uri". */
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
}

/** A fresh context per page (no draft or outbox carried over), watching for CSP violations from the start. */
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

/**
 * Runs axe on the whole page, shadow roots included. axe is evaluated through the
 * DevTools protocol, which the page's CSP does not govern: a `<script>` tag would be
 * refused by `script-src 'self'` and show up as a violation.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  }, AXE_TAGS);
}

/** What has focus, through open shadow roots: tag, name, value and text. */
export function focused(page: Page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const input = el as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      name: input?.getAttribute('name') ?? '',
      value: typeof input?.value === 'string' ? input.value : '',
      text: (el?.textContent ?? '').trim().replace(/\s+/g, ' '),
    };
  });
}

type Focused = Awaited<ReturnType<typeof focused>>;

/** Presses Tab until the focused element matches; fails after `max` presses. */
export async function tabTo(page: Page, matches: (f: Focused) => boolean, max = 40): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (matches(f)) return f;
  }
  throw new Error(`Tab never reached the expected element (last: ${JSON.stringify(await focused(page))})`);
}

export interface DemoInBrowser {
  demo: Demo;
  browser: Browser;
  /** Closes both and removes the temporary folders. */
  stop(): Promise<void>;
}

/** The demo started on fresh temporary folders, as `pnpm start` runs it, and chromium, side by side. */
export async function startDemoInBrowser(prefix: string): Promise<DemoInBrowser> {
  const dataDir = mkdtempSync(join(tmpdir(), `${prefix}-data-`));
  const siteDir = mkdtempSync(join(tmpdir(), `${prefix}-site-`));
  const [demo, browser] = await Promise.all([startDemo({ dataDir, siteDir, port: 0, env: {} }), launch()]);
  return {
    demo,
    browser,
    stop: async () => {
      await browser.close();
      await demo.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(siteDir, { recursive: true, force: true });
    },
  };
}
