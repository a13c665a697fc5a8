// What the tests over every story share: a static Storybook built from these very sources,
// served on 127.0.0.1, Debian's chromium, and a page that says when a story reached its state.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright';

const widgets = resolve(import.meta.dirname, '..');
const repo = resolve(widgets, '../..');
/** `STORYBOOK_STATIC=dir`: check a Storybook built beforehand, as it is (no rebuild). */
const given = process.env.STORYBOOK_STATIC;
export const out = given ? resolve(given) : join(widgets, 'storybook-static');
const stamp = join(out, '.participe-inputs');

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

/**
 * One build at a time: the test files over every story may start together, and two builds
 * writing storybook-static at once would leave it half made. A lock left by a killed run
 * (older than 15 minutes) is taken over.
 */
async function alone<T>(work: () => Promise<T>): Promise<T> {
  const lock = join(
    tmpdir(),
    `participe-storybook-${createHash('sha256').update(out).digest('hex').slice(0, 12)}.lock`,
  );
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue; // released meanwhile: try again at once
      }
      if (age > 15 * 60_000) rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Reuses storybook-static when it was built from these very sources; else runs analyze + build. */
export async function freshStorybook() {
  if (given) return { rebuilt: false, seconds: 0 };
  return alone(build);
}

async function build() {
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
export async function serve(root: string): Promise<{ server: Server; base: string }> {
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

export const launchChromium = () =>
  chromium.launch({
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

interface Outcome {
  status: 'ok' | 'error';
  detail: string;
}

export interface StoryEntry {
  id: string;
  type: string;
  title: string;
}

/** `STORYBOOK_ONLY=answer-form`: only the stories whose id contains it (while fixing a widget). */
export const ONLY = process.env.STORYBOOK_ONLY ?? '';

/** The stories of the built Storybook, in index order (those `STORYBOOK_ONLY` names). */
export function storiesOf(root: string): StoryEntry[] {
  const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as {
    entries: Record<string, StoryEntry>;
  };
  return Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(ONLY));
}

/**
 * Opens one story in a fresh context (drafts and the outbox in IndexedDB never leak from one
 * story to the next), waits until it reached its state, and hands the page to `inspect`.
 * Returns the problems met on the way (page errors, a story that never ended or rendered
 * nothing) followed by what `inspect` found.
 */
export async function withStory(
  browser: Browser,
  base: string,
  id: string,
  globals: string[],
  inspect: (page: Page) => Promise<string[]>,
  options: BrowserContextOptions = {},
): Promise<string[]> {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.addInitScript(WATCH_STORY);
    // The a11y addon's own run is switched off (`a11y.manual`): the tests check what they check.
    const all = ['a11y.manual:!true', ...globals].join(';');
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=${all}`);
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
    problems.push(...(await inspect(page)));
    return problems;
  } finally {
    await context.close();
  }
}
