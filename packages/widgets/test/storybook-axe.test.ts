// Every story of the static Storybook, opened in Debian's chromium and checked by axe-core
// (WCAG 2.2 AA, colour contrast included). Builds Storybook first when storybook-static is
// missing or was built from other sources, so a clean clone needs nothing beforehand.

import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_TAGS } from '../.storybook/axe.js';
import { freshStorybook, launchChromium, ONLY, out, serve, storiesOf, withStory } from './storybook.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Toolbar settings to check the stories under, e.g. `theme:ville-de-valbrume;locale:en;falc:falc`
 * (default: the initial ones, French, standard wording, neutral theme).
 */
const EXTRA_GLOBALS = (process.env.STORYBOOK_AXE_GLOBALS ?? '').split(';').filter(Boolean);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

let browser: Browser;
let server: Server;
let base = '';
let build = { rebuilt: false, seconds: 0 };

beforeAll(async () => {
  build = await freshStorybook();
  ({ server, base } = await serve(out));
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
});

async function check(id: string): Promise<string[]> {
  return withStory(browser, base, id, EXTRA_GLOBALS, async (page) => {
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async (tags): Promise<Violation[]> => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const result = await axe.run(
        { include: [document.body], exclude: ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'] },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      );
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      }));
    }, AXE_TAGS);
    return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);
  });
}

describe('Storybook: axe on every story', () => {
  it('finds no WCAG 2.2 AA violation in any story, and every story reaches its state', async () => {
    const stories = storiesOf(out);
    // Every component in Storybook has its accessibility page (a story named Accessibility).
    const titles = [...new Set(stories.map((s) => s.title))];
    const withoutPage = titles.filter((t) => !stories.some((s) => s.title === t && s.id.endsWith('--accessibility')));
    expect(titles.length).toBeGreaterThanOrEqual(ONLY ? 1 : 3);
    expect(withoutPage, 'components without an Accessibility story').toEqual([]);

    const started = Date.now();
    const failures: string[] = [];
    for (const story of stories) {
      for (const problem of await check(story.id)) failures.push(`${story.id}: ${problem}`);
    }
    console.log(
      `storybook-axe: ${stories.length} stories checked${EXTRA_GLOBALS.length ? ` (${EXTRA_GLOBALS.join(', ')})` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s` +
        (build.rebuilt ? ` (Storybook built in ${build.seconds.toFixed(1)} s)` : ' (reused a build of these sources)'),
    );
    expect(failures).toEqual([]);
  }, 1_500_000); // about 4 min on an idle 2-core machine; a loaded one took more than 10
});
