// Staff sign-in per council, end to end over HTTP: one real OpenID Connect provider
// (`oidc-provider`) on loopback with a client for each of two councils, Participe's council
// sign-in at `/o/{slug}/auth/`, each council's provider settings read from its organisation
// settings. Someone invited in one council is refused by the other; sign-ins are rate limited.
import type { Organisation } from '@participe/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { createHandler } from '../server/handler.js';
import { type Served, serve } from '../server/serve.js';
import { createTokenService, type TokenService } from '../server/tokens.js';
import { base64url } from '../service/crypto.js';
import { space } from '../testing/fixtures.js';
import { invitation } from './access.js';
import { clientSecretEnvOf, createCouncilSignIn } from './council-sign-in.js';
import { createMemoryIdentityStore, type IdentityStore } from './identity.store.js';
import { startTestProvider, type TestProvider } from './testing/provider.js';

const SECRET_A = 'council-a-client-secret-0123456789abcdef';
const SECRET_B = 'council-b-client-secret-0123456789abcdef';

let provider: TestProvider;
let served: Served;
let identity: IdentityStore;
let tokens: TokenService;
let url: string;
const organisations = new Map<string, Organisation>();

const org = (id: string, slug: string, settings: Organisation['settings']): Organisation => ({
  id,
  slug,
  name: slug,
  kind: 'commune',
  settings,
  createdAt: '2026-01-01T00:00:00.000Z',
});

beforeAll(async () => {
  let site: (r: Request, i?: { ip?: string }) => Promise<Response> = async () => new Response(null, { status: 503 });
  served = await serve((request, info) => site(request, info), { host: '127.0.0.1', port: 0 });
  url = served.url;
  const client = (slug: string, clientSecret: string) => ({
    clientId: slug,
    clientSecret,
    redirectUris: [`${url}/o/${slug}/auth/callback`],
    postLogoutRedirectUris: [`${url}/o/${slug}/auth/signed-out`],
  });
  provider = await startTestProvider({
    people: [
      { sub: 'p-camille', label: 'Camille', email: 'camille@a.example', email_verified: true, given_name: 'Camille' },
      { sub: 'p-dom', label: 'Dominique', email: 'dominique@b.example', email_verified: true, given_name: 'Dom' },
    ],
    clients: [client('council-a', SECRET_A), client('council-b', SECRET_B)],
  });
  organisations.set('council-a', org('o_a', 'council-a', { oidc: { issuer: provider.issuer, clientId: 'council-a' } }));
  organisations.set(
    'council-b',
    org('o_b', 'council-b', {
      oidc: {
        issuer: provider.issuer,
        clientId: 'council-b',
        clientSecretEnv: 'COUNCIL_B_SECRET',
        scopes: ['openid', 'email', 'profile'],
        access: [{ emailDomain: 'b.example', role: 'facilitator', spaces: ['groupe-b'] }],
      },
    }),
  );
  organisations.set('council-c', org('o_c', 'council-c', {}));
  identity = createMemoryIdentityStore();
  // Camille is invited in council A only.
  await identity
    .forOrganisation('o_a')
    .putAccount(
      invitation({ email: 'camille@a.example', role: 'professional', spaceIds: ['groupe-rsa-nord'], now: new Date() }),
    );
  tokens = createTokenService({ store: identity, secret: 'council-sign-in-test-secret-long-enough-0', issuer: url });
  // The councils' APIs too: a session token opens its own council's only.
  const store = new MemoryStore();
  for (const o of organisations.values()) {
    await store.createOrganisation(o);
    await store.forOrganisation(o.id).putSpace(space());
  }
  const api = createHandler({ store, tokens, rateLimit: false });
  const signIn = createCouncilSignIn({
    identity,
    tokens,
    server: null,
    organisation: async (slug) => organisations.get(slug) ?? null,
    env: { [clientSecretEnvOf('council-a')]: SECRET_A, COUNCIL_B_SECRET: SECRET_B },
    publicUrl: url,
    sessionSeconds: 900,
    staffHome: '/auth/',
    loginRateLimit: { capacity: 4, refillPerSecond: 0.001 },
  });
  site = (request, info) => (/^\/o\/[^/]+\/api\//.test(new URL(request.url).pathname) ? api : signIn)(request, info);
}, 60_000);

afterAll(async () => {
  await served?.close();
  await provider?.close();
});

const sha256 = async (s: string) =>
  base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s))));

/** Signs `sub` in at council `slug` as a browser would: through the provider, back, then the tab's handoff. */
async function signIn(slug: string, sub: string) {
  const binding = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (r: Response) => {
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  let r = await fetch(`${url}/o/${slug}/auth/login?binding=${await sha256(binding)}`, { redirect: 'manual' });
  expect(r.status).toBe(303);
  let location = r.headers.get('location')!;
  expect(location.startsWith(`${provider.issuer}/`)).toBe(true);
  let posted = false;
  for (let hop = 0; hop < 12 && !location.startsWith(url); hop++) {
    const target = new URL(location, provider.issuer);
    const interaction = /^\/interaction\/[\w-]+$/.test(target.pathname);
    r =
      interaction && !posted
        ? await fetch(`${target.href}/login`, {
            method: 'POST',
            redirect: 'manual',
            headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ sub }).toString(),
          })
        : await fetch(target, { redirect: 'manual', headers: { cookie: cookie() } });
    if (interaction) posted = true;
    keep(r);
    location = r.headers.get('location') ?? '';
    expect(location, `hop ${hop} at ${target.pathname}: ${r.status}`).not.toBe('');
  }
  expect(location.startsWith(`${url}/o/${slug}/auth/callback?`)).toBe(true);
  const back = await fetch(location);
  const page = await back.text();
  const handoff = /data-handoff="([^"]+)"/.exec(page)?.[1];
  if (back.status !== 200 || !handoff) return { status: back.status, page, token: null };
  const session = await fetch(`${url}/o/${slug}/auth/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ handoff, binding }),
  });
  expect(session.status).toBe(200);
  const { token } = (await session.json()) as { token: string };
  return { status: 200, page, token };
}

describe('staff sign-in per council', () => {
  it("signs an invited person in at their council, with that council's client; the token opens its API only", async () => {
    const a = await signIn('council-a', 'p-camille');
    expect(a.status).toBe(200);
    // Its pages load the council's own script and style.
    expect(a.page).toContain('"/o/council-a/auth/staff.js"');
    const at = { id: 'o_a', slug: 'council-a' };
    expect(await tokens.verify(a.token!, new Date(), at)).toMatchObject({
      ok: true,
      identity: { role: 'professional', spaceIds: ['groupe-rsa-nord'] },
    });
    expect(await tokens.verify(a.token!, new Date())).toEqual({ ok: false, reason: 'otherOrganisation' });
    const members = (slug: string) =>
      fetch(`${url}/o/${slug}/api/spaces/groupe-rsa-nord/members`, { headers: { authorization: `Bearer ${a.token}` } });
    expect((await members('council-a')).status).toBe(200);
    expect((await members('council-b')).status).toBe(401);
    expect(await identity.forOrganisation('o_a').findAccount({ email: 'camille@a.example' })).toMatchObject({
      status: 'active',
      providerSubject: `${provider.issuer}|p-camille`,
    });
  }, 30_000);

  it('refuses the person invited in council A at council B, and makes no account there', async () => {
    const b = await signIn('council-b', 'p-camille');
    expect(b.status).toBe(403);
    expect(b.token).toBeNull();
    expect(await identity.forOrganisation('o_b').listAccounts()).toEqual([]);
  }, 30_000);

  it("admits by council B's e-mail domain rule, which council A does not have", async () => {
    const b = await signIn('council-b', 'p-dom');
    expect(await tokens.verify(b.token!, new Date(), { id: 'o_b', slug: 'council-b' })).toMatchObject({
      ok: true,
      identity: { role: 'facilitator', spaceIds: ['groupe-b'] },
    });
    expect((await signIn('council-a', 'p-dom')).status).toBe(403);
  }, 30_000);

  it('answers 404 for a council without a provider of its own, or unknown; limits sign-ins started', async () => {
    expect((await fetch(`${url}/o/council-c/auth/`)).status).toBe(404);
    expect((await fetch(`${url}/o/nowhere/auth/`)).status).toBe(404);
    expect((await fetch(`${url}/auth/`)).status).toBe(404);
    // Council B's bucket (4) had two sign-ins: the next two start, the one after is refused.
    const binding = await sha256('x');
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await fetch(`${url}/o/council-b/auth/login?binding=${binding}`, { redirect: 'manual' })).status);
    }
    expect(statuses.slice(0, 2)).toEqual([303, 303]);
    const refused = await fetch(`${url}/o/council-b/auth/login?binding=${binding}`, { redirect: 'manual' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toContain('Trop de tentatives');
  }, 30_000);

  it('speaks the browser’s language: French by default, English when asked (pages and the JSON staff.js shows)', async () => {
    const fr = await (await fetch(`${url}/o/council-a/auth/`)).text();
    expect(fr).toContain('<html lang="fr">');
    expect(fr).toContain('Connexion des professionnels');
    const en = await (
      await fetch(`${url}/o/council-a/auth/`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } })
    ).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h1>Staff sign-in</h1>');
    expect(en).toContain('Sign in with my council’s account');
    expect(en).not.toMatch(/Connexion|Se connecter/);
    const bad = await fetch(`${url}/o/council-a/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ handoff: 'h_nope', binding: 'x'.repeat(43) }),
    });
    expect(bad.status).toBe(403);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toBe(
      'This sign-in was not started in this tab, or it has expired. Start signing in again.',
    );
    const out = await (
      await fetch(`${url}/o/council-a/auth/signed-out`, { headers: { 'accept-language': 'en' } })
    ).text();
    expect(out).toContain('<h1>You are signed out</h1>');
  }, 30_000);
});
