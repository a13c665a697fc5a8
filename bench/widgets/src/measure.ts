import type { Browser } from 'playwright-core';
import type { Probe } from './pages.js';

export interface Run {
  /** `first-contentful-paint`, ms from navigation: the widget's first paint, whatever it shows. */
  fcp: number;
  /** The paint that first showed the first step's controls, ms from navigation. */
  firstStep: number;
}

interface Seen {
  /** When a frame first held the first step's controls (before that frame's paint). */
  step?: number;
  /** `largest-contentful-paint` times, in order. */
  lcp: number[];
}

declare global {
  interface Window {
    __bench?: Seen;
  }
}

/**
 * Runs before any page script. Paint timing cannot say what a paint showed, and element
 * timing does not see into shadow roots, so: each animation frame looks for the first
 * step's controls and notes when they are there; largest-contentful-paint entries (which
 * do count text in shadow roots) give the times of later paints. The first such paint at
 * or after the controls appeared is the one that showed them.
 * Serialised into the page: the script is bundled by esbuild, not run through tsx, whose
 * `keepNames` would add `__name()` calls the page does not define.
 */
function watchFirstStep(probe: Probe) {
  const seen: Seen = { lcp: [] };
  window.__bench = seen;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.lcp.push(e.startTime);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  requestAnimationFrame(function tick() {
    const root = probe.host ? document.querySelector(probe.host)?.shadowRoot : document;
    if ((root?.querySelectorAll(probe.selector).length ?? 0) >= probe.count) seen.step = performance.now();
    else requestAnimationFrame(tick);
  });
}

/** Chromium trace categories for `--profile`: the main thread's tasks, script compile and run, paints. */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'loading', 'blink'];

/**
 * One cold load: a fresh context (empty cache, empty IndexedDB), the CPU slowed 4×. With
 * `trace`, the load is recorded with chromium's performance trace (the run's timings are then
 * those of a traced page, slower: a profile's run is never counted).
 */
export async function measure(
  browser: Browser,
  url: string,
  blank: string,
  probe: Probe,
  trace?: (json: Buffer) => void,
): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await context.addInitScript(watchFirstStep, probe);
    // Same origin as the page, so the throttled renderer is the one that loads it.
    await page.goto(blank);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(url);
    await page.waitForFunction(
      () => {
        const seen = window.__bench;
        const step = seen?.step;
        return (
          step !== undefined &&
          seen!.lcp.some((t) => t >= step) &&
          performance.getEntriesByName('first-contentful-paint').length > 0
        );
      },
      null,
      { timeout: 60_000 },
    );
    if (trace) trace(await browser.stopTracing());
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    return await page.evaluate(() => {
      const { step, lcp } = window.__bench!;
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
        firstStep: lcp.find((t) => t >= step!)!,
      };
    });
  } finally {
    await context.close();
  }
}
