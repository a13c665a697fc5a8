// The cycle steered by the group, end to end in a real browser (issue 17, "Done when": the
// cycle moves with a recorded reason): a council page under a strict CSP with
// <participe-cycle> as a plain module script and the real API on PGlite. The group's
// facilitator, signed in (the page sets the token as a property), takes the group back to
// an earlier phase with its reason, by keyboard; the public page, without a token, shows
// where the group stands and the move with its reason, by role, never by person. The phases
// come from the council's API, not from a pack in the page's script.
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../../../vitest.config.js';
import { testTokens } from '../../adapters/src/testing/tokens.js';
import { type CouncilPage, E2E_SPACE, serveCouncilPage } from './page-server.js';

const TOKENS = testTokens();
const FACILITATOR = { role: 'facilitator', memberId: 'fac_1', spaceIds: ['s_e2e'] } as const;
const REASON = 'Les habitants du quartier Sud ne se retrouvent pas dans ce problème <script>alert(1)</script>';

const page = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Le cycle du groupe</title>
<script type="module" src="/js/cycle.js"></script></head>
<body><main><h1>Le cycle du groupe</h1>
<participe-cycle endpoint="/api" space="groupe-e2e"></participe-cycle></main></body></html>`;

let site: CouncilPage;
let browser: Browser;
let token = '';

beforeAll(async () => {
  site = await serveCouncilPage(
    { '/cycle': page },
    async (store) => {
      await store.putSpace(E2E_SPACE);
      await store.putMember({
        id: 'fac_1',
        spaceId: 's_e2e',
        displayName: 'Dominique Animatrice',
        role: 'facilitator',
        joinedOn: '2026-01-10',
        leftOn: null,
        consents: [],
      });
      const at = '2026-02-01T10:00:00.000Z';
      const facilitator = { role: 'facilitator' as const, id: 'fac_1' };
      const steps = [
        {
          type: 'cycle.facts',
          facts: { memberCount: 12, charterAdoptedOn: '2026-01-15' },
          actor: { role: 'system', id: null },
          at,
        },
        { type: 'cycle.advance', actor: facilitator, at },
        { type: 'cycle.problem.state', statement: 'Nous manquons de bus le matin.', actor: facilitator, at },
        { type: 'cycle.advance', actor: facilitator, at },
      ] as const;
      for (const [i, e] of steps.entries()) await store.appendCycleEvent('s_e2e', i, e as never);
    },
    () => null,
    { tokens: TOKENS.service, scripts: { cycle: 'cycle/participe-cycle.ts' } },
  );
  token = await TOKENS.sign(FACILITATOR);
  browser = await chromium.launch({ executablePath: CHROMIUM.executablePath, args: CHROMIUM.args });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens the page, recording CSP violations, dialogs and the API paths it asked for. */
async function open(): Promise<{ page: Page; violations: () => Promise<string[]>; dialogs: string[]; api: string[] }> {
  const p = await (await browser.newContext()).newPage();
  const dialogs: string[] = [];
  const api: string[] = [];
  p.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  p.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/')) api.push(`${r.method()} ${url.pathname}`);
  });
  await p.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await p.goto(`${site.url}/cycle`);
  return {
    page: p,
    dialogs,
    api,
    violations: () => p.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

describe('the cycle steered by the group, strict CSP, real API on PGlite', () => {
  it('the facilitator takes the group back with a reason, by keyboard; the public page shows the move and its reason', async () => {
    const staff = await open();
    const cycle = staff.page.locator('participe-cycle');
    await expect
      .poll(() => cycle.locator('[part~="where"]').textContent(), { timeout: 20_000 })
      .toContain('en est à la phase 3\u00a0: Co-construire des propositions');
    // The host page's sign-in gives the widget its token, as a property.
    await staff.page.evaluate(async (t) => {
      await customElements.whenDefined('participe-cycle');
      (document.querySelector('participe-cycle') as unknown as { token: string }).token = t;
    }, token);
    const back = cycle.getByRole('button', { name: 'Revenir à une phase précédente' });
    await back.focus({ timeout: 20_000 });
    await staff.page.keyboard.press('Enter');
    await expect.poll(() => cycle.locator('#steering-form').count()).toBe(1);
    await cycle.locator('input[value="diagnose"]').focus();
    await staff.page.keyboard.press('Space');
    await cycle.locator('#steer-reason').focus();
    await staff.page.keyboard.type(REASON);
    await cycle.getByRole('button', { name: 'Enregistrer' }).focus();
    await staff.page.keyboard.press('Enter');
    await expect
      .poll(() => cycle.locator('[part~="steering-status"]').textContent(), { timeout: 20_000 })
      .toBe('C’est fait\u00a0: le groupe est revenu en arrière, avec sa raison sur le parcours.');
    expect(await cycle.locator('[part~="where"] p').first().textContent()).toContain(
      'en est à la phase 2\u00a0: Diagnostic partagé',
    );
    expect(staff.api).toContain('POST /api/spaces/groupe-e2e/cycle/events');
    expect(staff.dialogs).toEqual([]);
    expect(await staff.violations()).toEqual([]);
    await staff.page.context().close();

    // Anyone: where the group stands, and the move with its reason, by role.
    const visitor = await open();
    const publicCycle = visitor.page.locator('participe-cycle');
    await expect
      .poll(() => publicCycle.locator('[part~="move"]').first().textContent(), { timeout: 20_000 })
      .toContain(
        'le groupe revient de la phase 3 à la phase 2, Diagnostic partagé. Décidé par l’animateur ou l’animatrice.',
      );
    expect(await publicCycle.locator('[part~="move"] blockquote').first().textContent()).toBe(REASON);
    expect(await publicCycle.locator('[part~="where"] p').first().textContent()).toContain('phase 2');
    expect(await publicCycle.locator('[part~="steering"]').count()).toBe(0);
    const shown = await publicCycle.evaluate((el) => el.shadowRoot!.textContent ?? '');
    expect(shown).not.toMatch(/fac_1|Dominique/);
    expect(await publicCycle.locator('script, img').count()).toBe(0);
    // The phases and questions came from the council's API; no step was written by the visitor.
    expect(visitor.api).toEqual(expect.arrayContaining(['GET /api/phases', 'GET /api/guide']));
    expect(visitor.api.filter((r) => r.startsWith('POST'))).toEqual([]);
    expect(visitor.dialogs).toEqual([]);
    expect(await visitor.violations()).toEqual([]);
    await visitor.page.context().close();

    // And the API keeps it: the move, its role, its reason; nobody's id in public.
    const res = await fetch(`${site.url}/api/spaces/groupe-e2e/cycle`);
    const view = (await res.json()) as { phase: string; history: Array<Record<string, unknown>> };
    expect(view.phase).toBe('diagnose');
    expect(view.history.at(-1)).toMatchObject({
      from: 'coConstruct',
      to: 'diagnose',
      direction: 'back',
      reason: REASON,
      actor: { role: 'facilitator', id: null },
    });
  }, 120_000);
});
