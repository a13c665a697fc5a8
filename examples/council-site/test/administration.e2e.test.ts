// End to end, the "done when" on the demo: the council's administrator signs in on
// /pro through the identity provider (OpenID Connect), creates a second group in
// participe-spaces-admin with the keyboard only, and the contribution form embedded for that
// group takes a citizen's proposal — in Debian's chromium, under the site's strict CSP, with
// axe on the back office.
// The council's editor (issue 17) signs in the same way and gets the practice sheets to
// review, never the administration's widgets; their session edits a resource (with If-Match)
// and is refused the administration.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Demo, startDemo } from '../src/demo.js';
import { DEMO_ADMIN, DEMO_EDITOR } from '../src/logins.js';
import { axeViolations, launch, open, tabTo } from './browser.js';

const SLUG = 'groupe-seniors-sud';
const NAME = 'Conseil des seniors du secteur Sud';

let dataDir: string;
let siteDir: string;
let demo: Demo;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'participe-admin-data-'));
  siteDir = mkdtempSync(join(tmpdir(), 'participe-admin-site-'));
  [demo, browser] = await Promise.all([startDemo({ dataDir, siteDir, port: 0, env: {} }), launch()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(siteDir, { recursive: true, force: true });
});

const onButton = (label: string) => (f: { tag: string; text: string }) => f.tag === 'button' && f.text === label;

describe('the council’s administration, end to end', () => {
  it('lets the administrator sign in and create a group; its embedded form takes a proposal', async () => {
    const { page, cspViolations, close } = await open(browser, `${demo.url}/pro`);
    await tabTo(page, onButton('Se connecter avec le compte de ma collectivité'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${demo.providerUrl}/interaction/**`, { timeout: 15_000 });
    await page.locator(`input[name="sub"][value="${DEMO_ADMIN.memberId}"]`).check();
    await tabTo(page, onButton('Se connecter'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${demo.url}/pro`, { timeout: 15_000 });

    const admin = page.locator('participe-spaces-admin');
    await admin.locator('[part~="list"] li').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('#who').textContent()).toContain('administrateur·rice de la collectivité');
    expect(await axeViolations(page)).toEqual([]);

    // A second group, with the keyboard only: the form opens with the focus on its name.
    await tabTo(page, onButton('Nouveau groupe'), 80);
    await page.keyboard.press('Enter');
    await admin.locator('#space-name').waitFor();
    await page.keyboard.type(NAME);
    await page.keyboard.press('Tab');
    await page.keyboard.type(SLUG);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Autonomie');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Secteur Sud');
    await page.keyboard.press('Tab');
    await page.keyboard.type('30');
    await tabTo(page, onButton('Créer le groupe'));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => admin.locator('[part~="status"]').textContent(), { timeout: 15_000 })
      .toBe(`Le groupe «\u00a0${NAME}\u00a0» est créé.`);
    expect(await admin.locator('[part~="embed"] code').textContent()).toContain(`space="${SLUG}"`);
    expect(await axeViolations(page)).toEqual([]);
    expect(await cspViolations()).toEqual([]);
    await close();

    // The public list has it, with the answer delay chosen.
    const spaces = (await (await fetch(`${demo.url}/api/spaces`)).json()) as Array<{
      slug: string;
      answerWithinDays: number;
    }>;
    expect(spaces.find((s) => s.slug === SLUG)).toMatchObject({ answerWithinDays: 30 });

    // The form embedded for the new group (the home page's form, pointed at it) takes a proposal.
    const home = await open(browser, `${demo.url}/`);
    const form = home.page.locator('participe-contribution-form');
    await form.locator('input[name="kind"]').first().waitFor();
    await form.evaluate((el, slug) => el.setAttribute('space', slug), SLUG);
    await form.locator('input[name="kind"]').first().waitFor();
    await tabTo(home.page, (f) => f.name === 'kind');
    await home.page.keyboard.press('ArrowDown');
    await tabTo(home.page, onButton('Continuer'));
    await home.page.keyboard.press('Enter');
    await tabTo(home.page, (f) => f.name === 'title');
    await home.page.keyboard.type('Des bancs sur le chemin du marché');
    await tabTo(home.page, (f) => f.name === 'body');
    await home.page.keyboard.type('Le trajet est long pour nous : quelques bancs permettraient de souffler.');
    await tabTo(home.page, onButton('Continuer'));
    await home.page.keyboard.press('Enter');
    await tabTo(home.page, (f) => f.name === 'theme');
    await home.page.keyboard.press('ArrowDown');
    await tabTo(home.page, onButton('Continuer'));
    await home.page.keyboard.press('Enter');
    await tabTo(home.page, (f) => f.name === 'pseudonym');
    await home.page.keyboard.type('Josette');
    await tabTo(home.page, onButton('Continuer'));
    await home.page.keyboard.press('Enter');
    await tabTo(home.page, onButton('Envoyer mon message'));
    await home.page.keyboard.press('Enter');
    const code = ((await form.locator('[part~="code"]').textContent({ timeout: 15_000 })) ?? '').trim();
    expect(code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    expect(await home.cspViolations()).toEqual([]);
    await home.close();

    const listed = (await (await fetch(`${demo.url}/api/contributions?space=${SLUG}`)).json()) as { items: unknown[] };
    expect(listed.items).toHaveLength(1);
    expect(JSON.stringify(listed.items[0])).toContain('Des bancs sur le chemin du marché');
  }, 180_000);
});

describe('the council’s editor, end to end', () => {
  it('signs in, reviews the practice sheets, edits a resource, and is refused the administration', async () => {
    const { page, cspViolations, close } = await open(browser, `${demo.url}/pro`);
    await tabTo(page, onButton('Se connecter avec le compte de ma collectivité'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${demo.providerUrl}/interaction/**`, { timeout: 15_000 });
    await page.locator(`input[name="sub"][value="${DEMO_EDITOR.memberId}"]`).check();
    await tabTo(page, onButton('Se connecter'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${demo.url}/pro`, { timeout: 15_000 });

    const review = page.locator('participe-practice-editor');
    await expect
      .poll(() => review.locator('[part~="heading"]').textContent(), { timeout: 20_000 })
      .toBe('Les fiches pratiques à relire');
    expect(await review.getAttribute('mode')).toBe('review');
    // The council's resources, with the same session, from their own module (not participe-admin.js).
    const resources = page.locator('participe-content-editor');
    await expect
      .poll(() => resources.locator('[part~="status"]').textContent(), { timeout: 20_000 })
      .toMatch(/^\d+\s+ressources$/);
    expect(await resources.locator('[part~="item"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#who').textContent()).toContain('éditeur·rice des contenus de la collectivité');
    // Not the administration: its module is not even loaded.
    for (const tag of ['participe-spaces-admin', 'participe-staff-admin', 'participe-council-settings']) {
      expect(await page.locator(tag).count(), tag).toBe(0);
    }
    expect(await page.evaluate(() => customElements.get('participe-staff-admin') === undefined)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await cspViolations()).toEqual([]);

    // The session the page holds: the content is theirs to change, the administration is not.
    const token = await review.evaluate((el) => (el as HTMLElement & { token?: string }).token ?? '');
    expect(token).not.toBe('');
    await close();
    const call = (path: string, init: { method?: string; body?: unknown; ifMatch?: string } = {}) =>
      fetch(`${demo.url}${path}`, {
        method: init.method ?? 'GET',
        headers: {
          authorization: `Bearer ${token}`,
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(init.ifMatch ? { 'if-match': init.ifMatch } : {}),
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
    const list = (await (await fetch(`${demo.url}/api/resources?limit=1`)).json()) as { items: Array<{ id: string }> };
    const id = list.items[0]!.id;
    const read = await fetch(`${demo.url}/api/resources/${id}`);
    const { version: _v, falcMissing: _f, ...resource } = (await read.json()) as Record<string, unknown>;
    const summary = { standard: 'Aller voir les habitants chez eux, à deux, le samedi matin.' };
    const put = await call(`/api/resources/${id}`, {
      method: 'PUT',
      body: { ...resource, summary },
      ifMatch: read.headers.get('etag') ?? '',
    });
    expect(put.status).toBe(200);
    expect(((await (await fetch(`${demo.url}/api/resources/${id}`)).json()) as { summary: unknown }).summary).toEqual(
      summary,
    );
    expect((await call('/api/admin/staff')).status).toBe(403);
    expect((await call('/api/admin/audit')).status).toBe(403);
    const create = await call('/api/admin/spaces', {
      method: 'POST',
      body: { slug: 'groupe-essai', name: 'Groupe d’essai', policyArea: 'Insertion', territory: 'Nord' },
    });
    expect(create.status).toBe(403);
  }, 180_000);
});
