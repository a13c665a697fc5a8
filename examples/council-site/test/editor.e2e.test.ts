// End to end on the demo: the council's editor signs in on /pro through the identity
// provider and gets the practice sheets to review, never the administration's widgets; their
// session edits a resource (with If-Match) and is refused the administration — in Debian's
// chromium, under the site's strict CSP, with axe.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Demo, startDemo } from '../src/demo.js';
import { DEMO_EDITOR } from '../src/logins.js';
import { axeViolations, launch, open, tabTo } from './browser.js';

let dataDir: string;
let siteDir: string;
let demo: Demo;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'participe-editor-data-'));
  siteDir = mkdtempSync(join(tmpdir(), 'participe-editor-site-'));
  [demo, browser] = await Promise.all([startDemo({ dataDir, siteDir, port: 0, env: {} }), launch()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(siteDir, { recursive: true, force: true });
});

const onButton = (label: string) => (f: { tag: string; text: string }) => f.tag === 'button' && f.text === label;

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
