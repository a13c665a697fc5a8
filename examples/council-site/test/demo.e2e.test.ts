// End to end: the demo as `pnpm start` runs it (seeded in-process on a fresh data folder, then
// the built `participe serve` on port 0), its pages opened in Debian's chromium. Every page passes axe (WCAG 2.2 AA)
// with no CSP violation; a citizen sends a proposal with the keyboard only, follows it
// with the code shown; after a restart on the same folder, it is still there.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ERASED_TEXT } from '@participe/core';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Demo, startDemo } from '../src/demo.js';
import { axeViolations, launch, open, tabTo } from './browser.js';

const TITLE = 'Un banc devant la maison des solidarités';

let dataDir: string;
let siteDir: string;
let demo: Demo;
let browser: Browser;

const start = () => startDemo({ dataDir, siteDir, port: 0, env: {} });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'participe-demo-data-'));
  siteDir = mkdtempSync(join(tmpdir(), 'participe-demo-site-'));
  [demo, browser] = await Promise.all([start(), launch()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(siteDir, { recursive: true, force: true });
});

/** Waits until the detail widget shows a contribution with this title. */
const showsTitle = (page: Page, title: string) =>
  expect
    .poll(() => page.locator('participe-contribution-detail #title').textContent(), { timeout: 15_000 })
    .toBe(title);

/**
 * The list shows contributions and the cycle where the group stands: the page is complete.
 * They are folded under the form: opened first, so that axe sees them too.
 */
const listed = async (page: Page) => {
  await page.locator('details.fold').first().waitFor();
  await page.evaluate(() => {
    for (const fold of document.querySelectorAll('details')) fold.open = true;
  });
  await Promise.all([
    page.locator('participe-contribution-list [part~="item-title"]').first().waitFor(),
    page.locator('participe-cycle [part~="where"]').waitFor(),
  ]);
};

describe('the council demo', () => {
  it('seeds a new data folder and prints logins for each group', () => {
    expect(demo.seededNow).toBe(true);
    expect(demo.seed?.showcase.followUpCode).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    expect(demo.logins.map((l) => `${l.role}@${l.spaceSlug}`)).toEqual([
      'professional@groupe-ressource-valbrume',
      'facilitator@groupe-ressource-valbrume',
      'professional@collectif-des-tilleuls',
      'facilitator@collectif-des-tilleuls',
    ]);
  });

  it('serves every page under the strict CSP, with no axe violation and no CSP report', async () => {
    const { contributionId, followUpCode, title } = demo.seed!.showcase;
    const pages: Array<[string, (page: Page) => Promise<unknown>]> = [
      ['/', listed],
      ['/quartier', listed],
      [`/suivi?code=${followUpCode}`, (p) => showsTitle(p, title)],
      ['/suivi', (p) => p.locator('participe-contribution-detail #code').waitFor()],
      [`/contribution?id=${contributionId}`, (p) => showsTitle(p, title)],
      ['/pratiques', (p) => p.locator('participe-practice-library [part~="item-title"]').first().waitFor()],
      ['/tableau', (p) => p.locator('participe-board [part~="summary"]').nth(2).waitFor()],
      ['/pro', (p) => p.getByRole('cell', { name: 'm_rsa_pro_1' }).waitFor()],
    ];
    for (const [path, ready] of pages) {
      const { page, cspViolations, close } = await open(browser, `${demo.url}${path}`);
      await ready(page);
      expect(await axeViolations(page), path).toEqual([]);
      expect(await cspViolations(), path).toEqual([]);
      await close();
    }
  }, 60_000);

  it('is served by participe serve: pages, built widgets and assets under a strict CSP, without cookies', async () => {
    expect((await fetch(`${demo.url}/api/ready`)).status).toBe(200);
    const paths = [
      '/',
      '/suivi',
      '/pratiques',
      '/pro',
      '/nowhere',
      '/assets/site.css',
      '/assets/pro.js',
      '/participe/participe.js',
      '/participe/participe-admin.js',
      '/participe/themes/departement-des-hautes-combes.css',
    ];
    for (const path of paths) {
      const response = await fetch(`${demo.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      // No inline script or style, nothing from another origin.
      expect(csp, path).toMatch(/^default-src '(self|none)'/);
      expect(csp, path).not.toContain('unsafe-');
      expect(csp, path).not.toMatch(/https?:|\*/);
      expect(response.headers.get('set-cookie'), path).toBeNull();
      expect(response.headers.get('x-request-id'), path).toMatch(/./);
      expect(response.status, path).toBe(path === '/nowhere' ? 404 : 200);
    }
    // The pages load the built widgets, not a bundle of their sources.
    const home = await (await fetch(`${demo.url}/`)).text();
    expect(home).toContain('<script type="module" src="/participe/participe.js"></script>');
  });

  let code = '';
  let secret = '';

  it('lets a citizen send a proposal with the keyboard only, then follow it with the code shown', async () => {
    const { page, cspViolations, close } = await open(browser, `${demo.url}/`);
    const form = page.locator('participe-contribution-form');
    await form.locator('input[name="kind"]').first().waitFor();
    const onButton = (label: string) => (f: { tag: string; text: string }) => f.tag === 'button' && f.text === label;

    // Step 1: the kind, with the arrow keys in the radio group.
    await tabTo(page, (f) => f.name === 'kind');
    await page.keyboard.press('ArrowDown');
    expect(await form.locator('input[name="kind"]:checked').inputValue()).toBe('proposal');
    await tabTo(page, onButton('Continuer'));
    await page.keyboard.press('Enter');
    // Step 2: title and text.
    await tabTo(page, (f) => f.name === 'title');
    await page.keyboard.type(TITLE);
    await tabTo(page, (f) => f.name === 'body');
    await page.keyboard.type('Il faudrait un banc à l’entrée : on attend debout, parfois longtemps.');
    await tabTo(page, onButton('Continuer'));
    await page.keyboard.press('Space');
    // Step 3: the theme, with the arrow keys on the closed select.
    await tabTo(page, (f) => f.name === 'theme');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, onButton('Continuer'));
    await page.keyboard.press('Enter');
    // Step 4: a pseudonym, no contact.
    await tabTo(page, (f) => f.name === 'pseudonym');
    await page.keyboard.type('Camille');
    await tabTo(page, onButton('Continuer'));
    await page.keyboard.press('Enter');
    // Step 5: review, then send.
    await tabTo(page, onButton('Envoyer mon message'));
    await page.keyboard.press('Enter');

    code = ((await form.locator('[part~="code"]').textContent({ timeout: 15_000 })) ?? '').trim();
    expect(code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    // The secret code: six common French words, easy to copy by hand.
    secret = ((await form.locator('[part~="secret"]').textContent()) ?? '').trim();
    expect(secret).toMatch(/^[a-z]{3,8}(-[a-z]{3,8}){5}$/);
    // The confirmation's link leads to the follow-up page, still by keyboard.
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Suivre mon message');
    await Promise.all([page.waitForURL(`**/suivi?code=${code}`), page.keyboard.press('Enter')]);
    await showsTitle(page, TITLE);
    expect(await page.locator('participe-contribution-detail [part~="follow-up"]').textContent()).toContain(code);
    expect(await cspViolations()).toEqual([]);
    await close();
  }, 60_000);

  it('lets a professional sign in and answer it with the keyboard only; the follow-up page shows the answer', async () => {
    expect(code).not.toBe('');
    const { page, cspViolations, close } = await open(browser, `${demo.url}/pro`);
    const onButton = (label: string) => (f: { tag: string; text: string }) => f.tag === 'button' && f.text === label;
    // Sign in at the demo's identity provider (OpenID Connect): its first person is the RSA
    // group's professional; then back to /pro with a session for this tab.
    await tabTo(page, onButton('Se connecter avec le compte de ma collectivité'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${demo.providerUrl}/interaction/**`, { timeout: 15_000 });
    await tabTo(page, (f) => f.name === 'sub');
    expect(await page.locator('input[name="sub"]:checked').inputValue()).toBe('m_rsa_pro_1');
    await tabTo(page, onButton('Se connecter'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${demo.url}/pro`, { timeout: 15_000 });
    const answer = page.locator('participe-answer-form');
    await answer.locator('[part~="item"]').first().waitFor({ timeout: 20_000 });
    expect(await axeViolations(page)).toEqual([]);

    // The citizen's proposal is in the list of contributions awaiting an answer.
    await tabTo(page, onButton(TITLE), 150);
    await page.keyboard.press('Enter');
    await answer.locator('#title').waitFor();
    await tabTo(page, onButton('Prendre en charge'));
    await page.keyboard.press('Enter');
    await answer.locator('#f-template').waitFor();
    // Start from the prepared answer "Proposition retenue", then say what will be done.
    await tabTo(page, (f) => f.tag === 'select');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => answer.locator('#f-verdict-accepted').isChecked()).toBe(true);
    await tabTo(page, (f) => f.tag === 'textarea');
    await page.keyboard.press('End');
    await page.keyboard.type(' Un banc sera posé devant l’entrée avant l’été.');
    await tabTo(page, (f) => f.tag === 'input' && f.name !== 'verdict');
    await page.keyboard.type('Direction des solidarités');
    await tabTo(page, onButton('Enregistrer la décision'));
    await page.keyboard.press('Enter');
    await tabTo(page, onButton('Publier la réponse'));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => answer.locator('[part~="item-status"]').textContent(), { timeout: 15_000 })
      .toContain('Acceptée');
    expect(await axeViolations(page)).toEqual([]);
    expect(await cspViolations()).toEqual([]);
    await close();

    // The citizen follows it with the code: the answer, its reasons and who signs it.
    const follow = await open(browser, `${demo.url}/suivi?code=${code}`);
    await showsTitle(follow.page, TITLE);
    const detail = follow.page.locator('participe-contribution-detail');
    await expect
      .poll(() => detail.locator('[part~="answer"]').textContent())
      .toContain('Un banc sera posé devant l’entrée avant l’été.');
    expect(await detail.locator('[part~="answer"]').textContent()).toContain('Direction des solidarités');
    expect(await follow.cspViolations()).toEqual([]);
    await follow.close();
  }, 90_000);

  it('lets the author open their own page on /suivi with the secret code, download their data and erase it, keyboard only', async () => {
    expect(secret).not.toBe('');
    const { page, cspViolations, close } = await open(browser, `${demo.url}/suivi?code=${code}`);
    await showsTitle(page, TITLE);
    const detail = page.locator('participe-contribution-detail');
    // Their own page: no "report this contribution".
    await detail.locator('#secret').waitFor();
    expect(await detail.locator('[part~="report"]').count()).toBe(0);
    const onButton = (label: string) => (f: { tag: string; text: string }) => f.tag === 'button' && f.text === label;
    // Copied by hand: spaces instead of hyphens, a capital.
    await tabTo(page, (f) => f.name === 'secret');
    await page.keyboard.type(secret.replaceAll('-', ' ').replace(/^./, (c) => c.toUpperCase()));
    await page.keyboard.press('Enter');
    await tabTo(page, onButton('Télécharger mes données (fichier JSON)'));
    const [json] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const copy = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(copy.followUpCode).toBe(code);
    expect(copy.contribution.content.title).toBe(TITLE);
    expect(copy.contribution.answer.text).toContain('Un banc sera posé');
    await tabTo(page, onButton('Télécharger une page lisible, à imprimer (HTML)'));
    const [html] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(readFileSync((await html.path())!, 'utf8')).toContain(`<h1>Mes données – contribution ${code}</h1>`);
    expect(await axeViolations(page)).toEqual([]);
    // Erase, after a confirmation that says the institution's answer stays.
    await tabTo(page, onButton('Effacer mes données'));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => detail.locator('[part~="author-confirm"]').textContent())
      .toContain('la réponse publiée de l’institution, sans rien de ce que vous avez écrit');
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, onButton('Oui, effacer mes données'));
    await page.keyboard.press('Enter');
    await detail.locator('[part~="author-erased"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => detail.locator('[part~="answer"]').textContent()).toContain('Un banc sera posé');
    expect(await detail.locator('[part~="title"]').textContent()).not.toContain(TITLE);
    expect(await cspViolations()).toEqual([]);
    await close();
  }, 90_000);

  it('shows a facilitator the moderation queue, the group, its meetings and attestations, with no axe or CSP problem', async () => {
    const { page, cspViolations, close } = await open(browser, `${demo.url}/pro`);
    const cookies: string[] = [];
    page.on('response', async (r) => {
      const cookie = r.url().startsWith(demo.url) ? await r.headerValue('set-cookie') : null;
      if (cookie) cookies.push(`${r.url()}: ${cookie}`);
    });
    await page.getByRole('button', { name: 'Se connecter avec le compte de ma collectivité' }).click();
    await page.locator('input[name="sub"][value="m_rsa_anim"]').check();
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${demo.url}/pro`, { timeout: 15_000 });
    for (const tag of [
      'participe-moderation-queue',
      'participe-space-composition',
      'participe-meetings',
      'participe-attestation',
    ]) {
      await page.locator(`${tag} [part~="heading"], ${tag} h2, ${tag} h3`).first().waitFor({ timeout: 20_000 });
    }
    // The seed left a citizen's report waiting for this group's facilitator.
    await page.locator('participe-moderation-queue [part~="item"]').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('participe-moderation-queue [part~="item-queue"]').allTextContents()).not.toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // Hide the reported contribution, with a reason its author will read.
    const queue = page.locator('participe-moderation-queue');
    const reported = queue.locator('[part~="item"]', { hasText: 'Signalée' }).first();
    await reported.getByRole('button', { name: 'Masquer' }).click();
    await queue.locator('#reason').fill('Cela ne concerne pas le groupe.');
    await queue.locator('[part~="reason-form"]').getByRole('button', { name: 'Continuer' }).click();
    await queue.locator('#confirm-yes').click();
    await expect.poll(() => queue.locator('[part~="summary"]').textContent()).toContain('Contribution masquée');

    // Issue an attestation of participation for a member, ready to print.
    const attestation = page.locator('participe-attestation');
    await attestation.locator('#memberId').selectOption({ index: 1 });
    await attestation.locator('[part~="attended"]').waitFor();
    await attestation.locator('#skill-speakingInPublic').check();
    await attestation.getByRole('button', { name: 'Préparer l’attestation' }).click();
    await expect
      .poll(() => attestation.locator('[part~="attestation"]').textContent())
      .toContain('Attestation de participation');
    expect(await axeViolations(page)).toEqual([]);
    expect(await cspViolations()).toEqual([]);
    // Reflow (WCAG 1.4.10): at 320 CSS pixels the page never scrolls sideways; wide tables
    // scroll inside their own focusable region.
    await page.setViewportSize({ width: 320, height: 800 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // The session stays in this tab only: a reload keeps it; the site sets no cookie (the
    // identity provider keeps its own, on its own address).
    await page.reload();
    await page.locator('participe-moderation-queue').waitFor();
    expect(cookies).toEqual([]);

    // Signing out ends the session here and at the provider.
    const token = await page.evaluate(
      () => (JSON.parse(sessionStorage.getItem('participe-staff-session') ?? '{}') as { token?: string }).token,
    );
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('button', { name: 'Oui, me déconnecter' }).click();
    await page.waitForURL(`${demo.url}/auth/signed-out`, { timeout: 15_000 });
    const refused = await fetch(`${demo.url}/api/spaces/groupe-ressource-valbrume/members`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(refused.status).toBe(401);
    await close();
  }, 90_000);

  it('keeps what was typed across a restart on the same data folder, without seeding again', async () => {
    expect(code).not.toBe('');
    const first = demo.seed;
    await demo.close();
    demo = await start();
    expect(demo.seededNow).toBe(false);
    expect(demo.seed).toEqual(first);
    const { page, close } = await open(browser, `${demo.url}/suivi?code=${code}`);
    // Its author erased their words earlier: the erase is what was kept, the answer too.
    await showsTitle(page, ERASED_TEXT);
    await expect
      .poll(() => page.locator('participe-contribution-detail [part~="answer"]').textContent())
      .toContain('Un banc sera posé');
    await close();
  }, 120_000);
});
