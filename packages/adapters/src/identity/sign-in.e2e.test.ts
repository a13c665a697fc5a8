// Staff sign-in end to end: a real OpenID Connect provider (`oidc-provider`) on loopback,
// Participe's serve layer with the sign-in flow and the API over PostgreSQL (PGlite), and
// Debian's chromium driven with the keyboard only. Our pages pass axe with no CSP violation.
import { pino } from 'pino';
import type { Browser, Page } from 'playwright';
import * as prom from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerMetrics } from '../operate/metrics.js';
import { createRequestLog } from '../operate/request-log.js';
import { createSite } from '../operate/site.js';
import { openPostgresStore } from '../postgres/open.js';
import { openPglite, type PgliteDatabase, pgliteDriver } from '../postgres/pglite.driver.js';
import { createHandler, type Handler } from '../server/handler.js';
import { type Served, serve } from '../server/serve.js';
import { createTokenService, type TokenService } from '../server/tokens.js';
import { axeViolations, launch, type Opened, open, tabTo } from '../testing/browser.js';
import { space } from '../testing/fixtures.js';
import { type AccessRule, invitation } from './access.js';
import { migrateIdentity, sqlIdentityStore } from './identity.sql.js';
import type { IdentityStore } from './identity.store.js';
import { createOidcClient, type OidcClient, type PendingSignIn, SignInError } from './oidc.js';
import { createSignIn, SIGN_IN_PATHS, type SignInEvent } from './sign-in.js';
import { startTestProvider, type TestPerson, type TestProvider } from './testing/provider.js';

const CLIENT = { clientId: 'participe-test', clientSecret: 'participe-test-client-secret-0123456789' };
const SCOPES = ['openid', 'email', 'profile', 'organizational_unit'];
/** In the order of the provider's sign-in page (arrow keys move down the list). */
const PEOPLE: TestPerson[] = [
  {
    sub: 'p-invited',
    label: 'Camille Martin (invitée)',
    email: 'Camille.Martin@hautes-combes.example',
    email_verified: true,
    given_name: 'Camille',
    usual_name: 'Martin',
  },
  {
    sub: 'p-domain',
    label: 'Dominique Leroy (domaine)',
    email: 'dominique.leroy@solidarites.example',
    email_verified: true,
    given_name: 'Dominique',
    usual_name: 'Leroy',
  },
  {
    sub: 'p-unit',
    label: 'Sacha Roux (service)',
    email: 'sacha.roux@ailleurs.example',
    email_verified: true,
    given_name: 'Sacha',
    usual_name: 'Roux',
    organizational_unit: 'DSOL',
  },
  {
    sub: 'p-unknown',
    label: 'Alex Inconnu',
    email: 'alex@inconnu.example',
    email_verified: true,
    given_name: 'Alex',
    usual_name: 'Inconnu',
  },
];
const RULES: AccessRule[] = [
  { emailDomain: 'solidarites.example', role: 'professional', spaces: ['groupe-rsa-nord'] },
  { claim: 'organizational_unit', equals: 'DSOL', role: 'facilitator', spaces: ['groupe-rsa-nord'] },
];

let pglite: PgliteDatabase;
let identity: IdentityStore;
let tokens: TokenService;
let oidc: OidcClient;
let served: Served;
let provider: TestProvider;
let browser: Browser;
let url: string;
const events: SignInEvent[] = [];
const logText: string[] = [];
/** Every sign-in recorded, by state: the test replays one at the provider. */
const pendingByState = new Map<string, PendingSignIn>();

beforeAll(async () => {
  pglite = await openPglite();
  const driver = pgliteDriver(pglite);
  const store = await openPostgresStore(driver);
  await migrateIdentity(driver);
  const sql = sqlIdentityStore(driver);
  identity = {
    ...sql,
    putOnce: (kind, id, doc, expiresAt, now) => {
      if (kind === 'signIn') pendingByState.set(id, (doc as { pending: PendingSignIn }).pending);
      return sql.putOnce(kind, id, doc, expiresAt, now);
    },
  };
  await store.putSpace(space());
  await identity.putAccount(
    invitation({
      email: 'camille.martin@hautes-combes.example',
      role: 'professional',
      spaceIds: ['groupe-rsa-nord'],
      memberId: 'm_pro_camille',
      now: new Date(),
    }),
  );

  let site: Handler = async () => new Response(null, { status: 503 });
  served = await serve((request, info) => site(request, info), { host: '127.0.0.1', port: 0 });
  url = served.url;
  provider = await startTestProvider({
    people: PEOPLE,
    clients: [
      { ...CLIENT, redirectUris: [`${url}/auth/callback`], postLogoutRedirectUris: [`${url}/auth/signed-out`] },
    ],
  });
  tokens = createTokenService({ store: identity, secret: 'sign-in-test-secret-that-is-long-enough-0', issuer: url });
  oidc = createOidcClient({ issuer: provider.issuer, ...CLIENT, clientAuth: 'client_secret_basic', scopes: SCOPES });
  const logger = pino({ level: 'info' }, { write: (line: string) => void logText.push(line) });
  site = createSite({
    api: createHandler({ store, tokens, rateLimit: false }),
    log: createRequestLog(logger, { trustRequestId: false }),
    metrics: createServerMetrics(prom),
    metricsToken: null,
    ready: async () => ({ status: 'ready', checks: { store: 'ok', migrations: 'ok', dispatcher: 'running' } }),
    widgets: null,
    staticDir: null,
    auth: {
      paths: SIGN_IN_PATHS,
      handler: createSignIn({
        identity,
        tokens,
        oidc,
        publicUrl: url,
        access: RULES,
        sessionSeconds: 3600,
        staffHome: '/auth/',
        onEvent: (e) => {
          events.push(e);
          logger.info(e, 'staff sign-in');
        },
      }),
    },
  });
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await provider?.close();
  await pglite?.close();
});

const onButton = (label: string) => (f: { tag: string; text: string }) =>
  f.tag === 'button' && f.text.startsWith(label);

/** From /auth/ to the provider's page and back, the keyboard only, as the person at `index`. */
async function signIn(
  index: number,
  check?: (page: Page, opened: Opened) => Promise<void>,
): Promise<Opened & { callback: () => string; cookiesSet: () => string[] }> {
  const opened = await open(browser, `${url}/auth/`);
  const { page } = opened;
  let callback = '';
  const cookiesSet: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(`${url}/auth/callback`)) callback = r.url();
  });
  // Cookies are per host, not per port: the provider's own (on 127.0.0.1 too) are not ours.
  page.on('response', async (r) => {
    const cookie = r.url().startsWith(url) ? await r.headerValue('set-cookie') : null;
    if (cookie) cookiesSet.push(`${r.url()}: ${cookie}`);
  });
  await check?.(page, opened);
  await tabTo(page, onButton('Se connecter avec le compte de ma collectivité'));
  await page.keyboard.press('Enter');
  await page.waitForURL(`${provider.issuer}/interaction/**`, { timeout: 15_000 });
  await tabTo(page, (f) => f.tag === 'input' && f.name === 'sub');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await tabTo(page, onButton('Se connecter'));
  await page.keyboard.press('Enter');
  return { ...opened, callback: () => callback, cookiesSet: () => cookiesSet };
}

const sessionOf = (page: Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('participe-staff-session') ?? 'null')) as Promise<{
    token: string;
    expiresAt: string;
    account: { role: string; email: string; memberId: string; spaceIds: string[] };
  } | null>;

const members = (token: string) =>
  fetch(`${url}/api/spaces/groupe-rsa-nord/members`, { headers: { authorization: `Bearer ${token}` } });

describe('staff sign-in with OpenID Connect', () => {
  it('signs an invited person in with the keyboard only: PKCE, state, nonce; the tab gets a session, no cookie', async () => {
    const opened = await signIn(0, async (page, { cspViolations }) => {
      expect(await page.title()).toBe('Connexion — Participe');
      expect(await axeViolations(page)).toEqual([]);
      expect(await cspViolations()).toEqual([]);
    });
    const { page, cspViolations, close, cookiesSet } = opened;
    await page.locator('#signed-in-section').waitFor({ timeout: 15_000 });
    expect(await page.locator('#signed-in-who').textContent()).toBe(
      'Camille Martin (camille.martin@hautes-combes.example), professionnel·le — groupe-rsa-nord.',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(await cspViolations()).toEqual([]);
    // Participe sets no cookie: the session is in this tab only.
    expect(cookiesSet()).toEqual([]);

    const session = (await sessionOf(page))!;
    expect(session.account).toMatchObject({ role: 'professional', memberId: 'm_pro_camille' });
    expect(Date.parse(session.expiresAt) - Date.now()).toBeLessThanOrEqual(3600_000);
    expect((await members(session.token)).status).toBe(200);
    // The first sign-in activated the invitation and bound it to the provider's subject.
    expect(await identity.findAccount({ email: 'camille.martin@hautes-combes.example' })).toMatchObject({
      status: 'active',
      providerSubject: `${provider.issuer}|p-invited`,
      displayName: 'Camille Martin',
    });
    expect(events.at(-1)).toEqual({ event: 'signedIn', via: 'invitation', firstSignIn: true });

    // What the browser sent to the provider: code flow, PKCE S256, state and nonce.
    const login = [...pendingByState.entries()].at(-1)!;
    expect(login[1]).toMatchObject({ state: login[0], nonce: expect.any(String), codeVerifier: expect.any(String) });

    // Renewal keeps the session; sign-out ends it here and at the provider.
    const renewed = await page.evaluate(async (token) => {
      const r = await fetch('/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: '{}',
      });
      return { status: r.status, body: await r.json() };
    }, session.token);
    expect(renewed.status).toBe(200);
    expect((await members(renewed.body.token)).status).toBe(200);

    await page.locator('#signed-in-title').focus();
    await tabTo(page, onButton('Se déconnecter'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${provider.issuer}/**`, { timeout: 15_000 });
    await tabTo(page, onButton('Oui, me déconnecter'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${url}/auth/signed-out`, { timeout: 15_000 });
    expect(await page.locator('h1').textContent()).toBe('Vous êtes déconnecté·e');
    expect(await axeViolations(page)).toEqual([]);
    expect(await cspViolations()).toEqual([]);
    for (const token of [session.token, renewed.body.token]) {
      const refused = await members(token);
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ error: { code: 'badToken' } });
    }
    await close();
  }, 120_000);

  it('maps people to roles by e-mail domain and by claim; keeps sessions across a key rotation', async () => {
    const domain = await signIn(1);
    await domain.page.locator('#signed-in-section').waitFor({ timeout: 15_000 });
    const pro = (await sessionOf(domain.page))!;
    expect(pro.account).toMatchObject({ role: 'professional', spaceIds: ['groupe-rsa-nord'] });
    expect(events.at(-1)).toEqual({ event: 'signedIn', via: 'rule', firstSignIn: true });
    await domain.close();

    const unit = await signIn(2);
    await unit.page.locator('#signed-in-section').waitFor({ timeout: 15_000 });
    const facilitator = (await sessionOf(unit.page))!;
    expect(facilitator.account).toMatchObject({ role: 'facilitator', email: 'sacha.roux@ailleurs.example' });
    expect((await members(facilitator.token)).status).toBe(200);

    const { retired } = await tokens.rotateKeys();
    expect(retired).toHaveLength(1);
    expect((await members(facilitator.token)).status).toBe(200);
    expect((await members(pro.token)).status).toBe(200);
    await unit.close();
  }, 120_000);

  it('renews the session token while the tab is in use, not when it is idle', async () => {
    const { page, close } = await signIn(1, (p) => p.clock.install());
    await page.locator('#signed-in-section').waitFor({ timeout: 15_000 });
    const first = (await sessionOf(page))!.token;
    // Idle for 49 minutes: the check runs, nothing is renewed.
    await page.clock.fastForward('49:00');
    expect((await sessionOf(page))!.token).toBe(first);
    // A key pressed, then the next check: a quarter of the hour is left, the token is renewed.
    await page.keyboard.press('Shift');
    await page.clock.fastForward('00:31');
    await expect.poll(async () => (await sessionOf(page))?.token, { timeout: 10_000 }).not.toBe(first);
    expect((await members((await sessionOf(page))!.token)).status).toBe(200);
    await close();
  }, 120_000);

  it('refuses an unknown person with a clear page, and makes no account', async () => {
    const { page, cspViolations, close } = await signIn(3);
    await page.waitForURL(`${url}/auth/callback?**`, { timeout: 15_000 });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Vous n’avez pas accès à cet espace');
    expect(await page.locator('main').textContent()).toContain('alex@inconnu.example');
    expect(await page.locator('main').textContent()).toContain('Aucun compte n’a été créé');
    expect(
      await page.locator('a', { hasText: 'Se déconnecter du fournisseur d’identité' }).getAttribute('href'),
    ).toMatch(new RegExp(`^${provider.issuer}/session/end\\?`));
    expect(await axeViolations(page)).toEqual([]);
    expect(await cspViolations()).toEqual([]);
    expect(await sessionOf(page)).toBeNull();
    expect(await identity.findAccount({ email: 'alex@inconnu.example' })).toBeNull();
    expect(events.at(-1)).toEqual({ event: 'refused', reason: 'unknown' });
    await close();
  }, 120_000);

  it('refuses a replayed answer: the state is used once, and the provider refuses the code a second time', async () => {
    const { page, close, callback } = await signIn(1);
    await page.locator('#signed-in-section').waitFor({ timeout: 15_000 });
    const answer = new URL(callback());
    expect(answer.pathname).toBe('/auth/callback');
    expect(answer.searchParams.get('code')).toBeTruthy();

    const replay = await page.goto(answer.href);
    expect(replay?.status()).toBe(400);
    expect(await page.locator('h1').textContent()).toBe('Cette connexion a expiré');

    // Past our state check, the provider itself refuses a code used once.
    const pending = pendingByState.get(answer.searchParams.get('state')!)!;
    const again = await oidc.finish(`${url}/auth/callback`, answer.search, pending).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(SignInError);
    expect(again).toMatchObject({ kind: 'provider', code: 'invalid_grant' });
    await close();
  }, 120_000);

  it('refuses a removed member of staff at their next call, and at their next sign-in', async () => {
    const { page, close } = await signIn(0);
    await page.locator('#signed-in-section').waitFor({ timeout: 15_000 });
    const session = (await sessionOf(page))!;
    expect((await members(session.token)).status).toBe(200);
    const account = (await identity.findAccount({ email: 'camille.martin@hautes-combes.example' }))!;
    // What `participe staff remove` does.
    const at = new Date().toISOString();
    await identity.putAccount({ ...account, status: 'removed', removedAt: at });
    await identity.endSessions({ accountId: account.id }, at);
    await tokens.revokeSubject(account.id);
    expect((await members(session.token)).status).toBe(401);
    await close();

    const again = await signIn(0);
    await expect
      .poll(() => again.page.locator('h1').textContent(), { timeout: 15_000 })
      .toBe('Votre accès a été retiré');
    await again.close();
  }, 120_000);

  it('logs outcomes without personal data; a tab that did not start the sign-in gets no session', async () => {
    const text = logText.join('\n');
    for (const person of PEOPLE) expect(text).not.toContain(person.email!.toLowerCase());
    expect(text).not.toMatch(/"code":"[A-Za-z0-9_-]{20,}"|eyJ/);
    expect(text).toContain('"route":"/auth/callback"');

    const res = await fetch(`${url}/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ handoff: 'h_guessed', binding: 'A'.repeat(43) }),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'signInNotFromThisTab' } });
    const crossSite = await fetch(`${url}/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: '{}',
    });
    expect(crossSite.status).toBe(403);
  });
});
