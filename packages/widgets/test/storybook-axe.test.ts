// Every story of the static Storybook, opened in Debian's chromium and checked by axe-core
// (WCAG 2.2 AA, colour contrast included). Builds Storybook first when storybook-static is
// missing or was built from other sources, so a clean clone needs nothing beforehand.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_TAGS } from '../.storybook/axe.js';

const widgets = resolve(import.meta.dirname, '..');
const repo = resolve(widgets, '../..');
const out = join(widgets, 'storybook-static');
const stamp = join(out, '.participe-inputs');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** What the static Storybook is built from: the widgets, the packages they bundle from source, the config. */
const INPUTS = [
  'packages/widgets/src',
  'packages/widgets/.storybook',
  'packages/widgets/package.json',
  'packages/widgets/custom-elements-manifest.config.mjs',
  'packages/core/src',
  'packages/adapters/src',
  'pnpm-lock.yaml',
];

function inputsHash() {
  const hash = createHash('sha256');
  const files = INPUTS.flatMap((input) => {
    const full = join(repo, input);
    if (!existsSync(full)) return [];
    if (statSync(full).isFile()) return [full];
    return readdirSync(full, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
  });
  for (const file of files.sort()) {
    hash.update(`${relative(repo, file).split(sep).join('/')}\0`).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** Reuses storybook-static when it was built from these very sources; else runs analyze + build. */
async function freshStorybook() {
  const wanted = inputsHash();
  const built = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
  if (built === wanted && existsSync(join(out, 'index.json'))) return { rebuilt: false, seconds: 0 };
  const started = Date.now();
  // At low priority where `nice` exists: the browser tests run beside it on the same cores.
  const command = ['pnpm', 'run', 'build-storybook'];
  const [cmd = 'pnpm', ...args] = process.platform === 'linux' ? ['nice', '-n', '10', ...command] : command;
  try {
    await promisify(execFile)(cmd, args, {
      cwd: widgets,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    });
  } catch (e) {
    const { stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string };
    const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`\`pnpm run build-storybook\` failed in packages/widgets:\n${tail}`);
  }
  writeFileSync(stamp, `${wanted}\n`);
  return { rebuilt: true, seconds: (Date.now() - started) / 1000 };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** storybook-static over HTTP on 127.0.0.1, on a free port. */
async function serve(root: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(root + sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * Runs in the page before Storybook: catches the preview's channel as it is created and
 * records how the story ended. `storyFinished` comes after loaders, render and play (whose
 * end means the widget shows its state: see src/testing/stories.ts).
 */
const WATCH_STORY = `(() => {
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (value) => {
      channel = value;
      const end = (outcome) => { window.__participeStory ??= outcome; };
      value.on('storyFinished', (e) => end({ status: e.status === 'success' ? 'ok' : 'error', detail: '' }));
      for (const name of ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing'])
        value.on(name, (e) => end({ status: 'error', detail: name + ': ' + (e?.message ?? e?.title ?? JSON.stringify(e)) }));
    },
  });
})();`;

/**
 * Toolbar settings to check the stories under, e.g. `theme:ville-de-valbrume;locale:en;falc:falc`
 * (default: the initial ones, French, standard wording, neutral theme).
 */
const EXTRA_GLOBALS = (process.env.STORYBOOK_AXE_GLOBALS ?? '').split(';').filter(Boolean);

interface Outcome {
  status: 'ok' | 'error';
  detail: string;
}
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
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
});

async function check(id: string): Promise<string[]> {
  // A fresh context per story: drafts and the outbox (IndexedDB) never leak from one to the next.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.addInitScript(WATCH_STORY);
    // The a11y addon's own run is switched off (`a11y.manual`): axe runs once, below.
    const globals = ['a11y.manual:!true', ...EXTRA_GLOBALS].join(';');
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=${globals}`);
    const outcome = await page
      .waitForFunction(() => (window as unknown as { __participeStory?: Outcome }).__participeStory, undefined, {
        timeout: 30_000,
      })
      .then((handle) => handle.jsonValue() as Promise<Outcome>)
      .catch((e: Error): Outcome => ({ status: 'error', detail: `no end in sight: ${e.message.split('\n')[0]}` }));
    const problems = [...pageErrors.map((e) => `page error: ${e}`)];
    if (outcome.status !== 'ok')
      problems.push(`story did not finish: ${outcome.detail || 'see the Interactions panel'}`);
    if (outcome.status === 'ok' && !(await page.locator('#storybook-root > *').count()))
      problems.push('nothing rendered');
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
    for (const v of violations) problems.push(`${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);
    return problems;
  } finally {
    await context.close();
  }
}

describe('Storybook: axe on every story', () => {
  it('finds no WCAG 2.2 AA violation in any story, and every story reaches its state', async () => {
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as {
      entries: Record<string, { id: string; type: string; title: string }>;
    };
    const stories = Object.values(index.entries).filter((e) => e.type === 'story');
    // Every component in Storybook has its accessibility page (a story named Accessibility).
    const titles = [...new Set(stories.map((s) => s.title))];
    const withoutPage = titles.filter((t) => !stories.some((s) => s.title === t && s.id.endsWith('--accessibility')));
    expect(titles.length).toBeGreaterThanOrEqual(3);
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
  }, 600_000);
});
