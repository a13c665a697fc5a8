// Practices shared by groups, end to end in a real browser (issue 17, "Done when"): two
// councils on one server (the real API on PGlite, each at `/o/{slug}/api`), their pages under
// a strict CSP with <participe-practice-editor> as a plain module script, staff tokens set by
// the page as a property. A member of a group of the first council drafts a sheet, reloads
// (the draft comes back from IndexedDB), submits it; an editor of that council publishes it;
// a French search for "mobilité" finds it by its "mobilite" and "transports"; once it is
// shared, an editor of the second council sees it among the published sheets.
import type { PostgresStore } from '@participe/adapters/postgres';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../../../vitest.config.js';
import { testTokens } from '../../adapters/src/testing/tokens.js';
import { type CouncilPage, E2E_SPACE, serveCouncilPage } from './page-server.js';

const A = { id: 'o_cd93', slug: 'cd93' };
const B = { id: 'o_lyon', slug: 'lyon' };
const TOKENS = testTokens();
const MEMBER = { role: 'facilitator', memberId: 'fac_1', spaceIds: ['s_e2e'] } as const;
const EDITOR = { role: 'professional', memberId: 'acc_editor', spaceIds: [], admin: true } as const;
const TITLE = 'Des trajets partagés pour venir aux réunions';

const page = (editor: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Fiches pratiques</title>
<script type="module" src="/js/editor.js"></script></head>
<body><main><h1>Fiches pratiques</h1>${editor}</main></body></html>`;

let site: CouncilPage;
let browser: Browser;
const token: Record<string, string> = {};

beforeAll(async () => {
  site = await serveCouncilPage(
    {
      '/cd93/groupe': page(
        '<participe-practice-editor endpoint="/o/cd93/api" space="groupe-e2e"></participe-practice-editor>',
      ),
      '/cd93/relecture': page(
        '<participe-practice-editor endpoint="/o/cd93/api" mode="review"></participe-practice-editor>',
      ),
      '/lyon/relecture': page(
        '<participe-practice-editor endpoint="/o/lyon/api" mode="review"></participe-practice-editor>',
      ),
    },
    async (store) => {
      const councils = store as PostgresStore;
      for (const o of [A, B]) {
        await councils.createOrganisation({
          ...o,
          name: `Conseil ${o.slug}`,
          kind: 'département',
          settings: {},
          createdAt: new Date().toISOString(),
        });
      }
      await councils.forOrganisation(A.id).putSpace(E2E_SPACE);
    },
    () => null,
    { tokens: TOKENS.service, scripts: { editor: 'practice-editor/participe-practice-editor.ts' } },
  );
  token.member = await TOKENS.sign(MEMBER, { organisation: A });
  token.editorA = await TOKENS.sign(EDITOR, { organisation: A });
  token.editorB = await TOKENS.sign(EDITOR, { organisation: B });
  browser = await chromium.launch({ executablePath: CHROMIUM.executablePath, args: CHROMIUM.args });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Opened {
  page: Page;
  violations: () => Promise<string[]>;
  dialogs: string[];
}

/** Records CSP violations and dialogs, then opens `path` and gives the editor its token, as a host page does after its login. */
async function open(p: Page, path: string, bearer: string): Promise<Opened> {
  const dialogs: string[] = [];
  p.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await p.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await p.goto(`${site.url}${path}`);
  await signIn(p, bearer);
  return {
    page: p,
    dialogs,
    violations: () => p.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

async function signIn(p: Page, bearer: string) {
  await p.evaluate(async (t) => {
    await customElements.whenDefined('participe-practice-editor');
    (document.querySelector('participe-practice-editor') as unknown as { token: string }).token = t;
  }, bearer);
}

/** The draft this browser keeps for the group, read from IndexedDB as the widget wrote it. */
const keptTitle = (p: Page) =>
  p.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const request = indexedDB.open('participe-practice-drafts', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('drafts');
        request.onsuccess = () => {
          const get = request.result.transaction('drafts').objectStore('drafts').get('groupe-e2e');
          get.onsuccess = () => {
            request.result.close();
            resolve((get.result as { values?: { title?: string } } | undefined)?.values?.title ?? null);
          };
        };
      }),
  );

async function search(q: string) {
  const res = await fetch(`${site.url}/o/cd93/api/practices/search?q=${encodeURIComponent(q)}`);
  return (await res.json()) as { items: Array<{ title: string }>; terms: string[][] };
}

describe('practice editor on two councils’ pages, strict CSP, real API on PGlite', () => {
  it('a group drafts, reloads, submits; an editor publishes and shares; search and the other council find it', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    // 1. A member of the group drafts a sheet.
    const member = await open(await context.newPage(), '/cd93/groupe', token.member!);
    const editor = member.page.locator('participe-practice-editor');
    await editor.locator('#new').click({ timeout: 60_000 });
    await editor.locator('#title').fill(TITLE);
    await editor.locator('#territory').fill('Communauté de communes du Haut-Lizon');
    await editor.locator('#context').fill('Sans voiture ni transports le soir, plusieurs membres ne venaient plus.');
    await expect.poll(() => keptTitle(member.page), { timeout: 60_000 }).toBe(TITLE);

    // 2. A reload: the draft is back from IndexedDB.
    await member.page.reload();
    await signIn(member.page, token.member!);
    await expect
      .poll(() => editor.locator('[part~="status"]').textContent(), { timeout: 60_000 })
      .toBe(
        `Vos changements non enregistrés sur «\u00a0${TITLE}\u00a0» sont revenus\u00a0: ils étaient gardés sur cet appareil.`,
      );
    expect(await editor.locator('#territory').inputValue()).toBe('Communauté de communes du Haut-Lizon');

    // 3. The rest of the sheet, then submitted.
    const fields: Array<[string, string]> = [
      ['territoryType', 'rural'],
      ['startDate', '2025-01'],
      ['themes', 'mobilite'],
      ['public', 'allocataires du RSA'],
      ['sharedDiagnostic', 'Le groupe a compté les trajets impossibles après 18\u00a0heures.'],
      ['objectives', 'Venir à toutes les réunions'],
      ['actions', 'Un planning de covoiturage entre membres'],
      ['evaluation', 'La présence est passée de la moitié aux trois quarts du groupe.'],
      ['contactRole', 'Animatrice du groupe, service insertion'],
    ];
    for (const [id, value] of fields) await editor.locator(`#${id}`).fill(value);
    await editor.locator('#phase-act').check();
    await editor.locator('#submit').click();
    await expect
      .poll(() => editor.locator('[part~="status"]').textContent(), { timeout: 60_000 })
      .toBe(`«\u00a0${TITLE}\u00a0» est envoyée au conseil. Un éditeur va la relire.`);
    await expect.poll(() => keptTitle(member.page)).toBeNull();
    expect(member.dialogs).toEqual([]);
    expect(await member.violations()).toEqual([]);

    // 4. An editor of the same council publishes it, then shares it with every council.
    const reviewer = await open(await context.newPage(), '/cd93/relecture', token.editorA!);
    const queue = reviewer.page.locator('participe-practice-editor');
    await queue.getByRole('button', { name: 'Relire' }).first().click({ timeout: 60_000 });
    await expect.poll(() => queue.locator('#sheet-title').textContent()).toBe(TITLE);
    await queue.locator('#publish').click();
    await expect
      .poll(() => queue.locator('[part~="status"]').textContent(), { timeout: 60_000 })
      .toBe(`«\u00a0${TITLE}\u00a0» est publiée.`);

    // 5. A French search: "mobilité" finds it by "mobilite" and "transports".
    const found = await search('mobilité');
    expect(found.items.map((s) => s.title)).toContain(TITLE);
    expect(found.terms.flat()).toEqual(expect.arrayContaining(['mobilite', 'transport']));
    expect((await search('transports')).items.map((s) => s.title)).toContain(TITLE);

    await queue.locator('#share').click();
    await expect
      .poll(() => queue.locator('[part~="status"]').textContent(), { timeout: 60_000 })
      .toBe(`«\u00a0${TITLE}\u00a0» est partagée avec tous les conseils.`);
    expect(reviewer.dialogs).toEqual([]);
    expect(await reviewer.violations()).toEqual([]);

    // 6. An editor of the second council sees it among the published sheets, with its origin.
    const other = await open(await context.newPage(), '/lyon/relecture', token.editorB!);
    const list = other.page.locator('participe-practice-editor');
    const item = list.locator('[part~="item"]', { hasText: TITLE });
    await expect.poll(() => item.count(), { timeout: 60_000 }).toBe(1);
    expect(await item.locator('[part~="item-meta"]').first().textContent()).toContain(
      'Partagée par\u00a0: Conseil cd93',
    );
    // Another council's sheet is read, never published, returned or shared from here.
    await item.getByRole('button', { name: 'Relire' }).click();
    await expect.poll(() => list.locator('#sheet-title').textContent()).toBe(TITLE);
    expect(await list.locator('#publish, #return, #share').count()).toBe(0);
    expect(other.dialogs).toEqual([]);
    expect(await other.violations()).toEqual([]);
    await context.close();
  }, 420_000);
});
