// The guide widgets on a council page, end to end in a real browser: plain module scripts
// under a strict CSP, the API running for real on PGlite on the same origin.
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../../../vitest.config.js';
import { type CouncilPage, E2E_SPACE, serveCouncilPage } from './page-server.js';

const PAYLOAD = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
const SPACE = E2E_SPACE;

const page = (body: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Participer</title>
<script type="module" src="/js/participe.js"></script></head>
<body><main><h1>Participer</h1>${body}</main></body></html>`;

let site: CouncilPage;
let browser: Browser;

beforeAll(async () => {
  site = await serveCouncilPage(
    {
      '/cycle': page('<participe-cycle endpoint="/api" space="groupe-e2e"></participe-cycle>'),
      '/diagnostic': page('<participe-diagnostic endpoint="/api" space="groupe-e2e"></participe-diagnostic>'),
      '/pratiques': page(
        '<participe-practice-library endpoint="/api" practice="porteurs-de-paroles-prejuges"></participe-practice-library>',
      ),
    },
    async (store) => {
      await store.putSpace(SPACE);
      const at = '2026-02-01T10:00:00.000Z';
      const facilitator = { role: 'facilitator' as const, id: 'fac_1' };
      await store.appendCycleEvent('s_e2e', 0, {
        type: 'cycle.facts',
        facts: { memberCount: 12, charterAdoptedOn: '2026-01-15' },
        actor: { role: 'system', id: null },
        at,
      });
      await store.appendCycleEvent('s_e2e', 1, { type: 'cycle.advance', actor: facilitator, at });
      await store.appendCycleEvent('s_e2e', 2, {
        type: 'cycle.problem.state',
        statement: `Nous manquons de bus le matin ${PAYLOAD}`,
        actor: facilitator,
        at,
      });
    },
  );
  browser = await chromium.launch({ executablePath: CHROMIUM.executablePath, args: CHROMIUM.args });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a page, recording CSP violations and any dialog a payload might open. */
async function open(path: string): Promise<{ page: Page; violations: () => Promise<string[]>; dialogs: string[] }> {
  const context = await browser.newContext();
  const p = await context.newPage();
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
  return {
    page: p,
    dialogs,
    violations: () => p.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

describe('guide widgets on a council page, strict CSP, real API on PGlite', () => {
  it('shows the cycle with the space’s phase from the API, opens a sheet by keyboard, zero CSP violations', async () => {
    const { page: p, violations, dialogs } = await open('/cycle');
    const cycle = p.locator('participe-cycle');
    await expect
      .poll(() => cycle.locator('[part~="where"]').textContent(), { timeout: 15_000 })
      .toContain('en est à la phase 2\u00a0: Diagnostic partagé');
    expect(await cycle.locator('blockquote').textContent()).toBe(`Nous manquons de bus le matin ${PAYLOAD}`);
    await cycle.locator('#tab-diagnose').focus();
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('Enter');
    await expect
      .poll(() => cycle.locator('[part~="sheet-title"]').textContent())
      .toBe('Phase 3\u00a0: Co-construire des propositions');
    expect(await cycle.locator('img, script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await violations()).toEqual([]);
    await p.context().close();
  }, 60_000);

  it('shows a practice sheet from a link, back to the filtered list by keyboard, zero CSP violations', async () => {
    const { page: p, violations, dialogs } = await open('/pratiques');
    const library = p.locator('participe-practice-library');
    await expect
      .poll(() => library.locator('#sheet-title').textContent(), { timeout: 15_000 })
      .toBe('Sur le marché, des allocataires interpellent les passants sur les préjugés');
    await library.locator('[part~="back"]').focus();
    await p.keyboard.press('Enter');
    await library.locator('#q').fill('préjugés');
    await p.keyboard.press('Enter');
    await expect.poll(() => library.locator('[part~="summary"]').textContent()).toMatch(/^\d+\u00a0fiches? correspond/);
    expect(dialogs).toEqual([]);
    expect(await violations()).toEqual([]);
    await p.context().close();
  }, 60_000);

  it('answers a diagnostic step, resumes it after a reload from IndexedDB, zero CSP violations', async () => {
    const { page: p, violations, dialogs } = await open('/diagnostic');
    const diagnostic = p.locator('participe-diagnostic');
    await diagnostic.getByRole('button', { name: 'Commencer' }).click({ timeout: 15_000 });
    const first = diagnostic.locator('fieldset').first();
    await first.locator('input').last().check();
    await diagnostic.getByRole('button', { name: 'Continuer' }).click();
    await expect.poll(() => diagnostic.locator('[part~="progress-label"]').textContent()).toMatch(/^Étape 2 sur/);
    await p.waitForTimeout(500); // the draft is written to IndexedDB after each render, without waiting
    await p.reload();
    await expect
      .poll(() => diagnostic.locator('[part~="notice"]').textContent(), { timeout: 15_000 })
      .toBe('Vous aviez commencé ce questionnaire\u00a0: vos réponses sont revenues.');
    expect(await diagnostic.locator('[part~="progress-label"]').textContent()).toMatch(/^Étape 2 sur/);
    expect(dialogs).toEqual([]);
    expect(await violations()).toEqual([]);
    await p.context().close();
  }, 60_000);
});
