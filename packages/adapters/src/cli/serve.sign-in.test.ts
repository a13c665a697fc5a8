// `participe serve` with staff sign-in configured, as a process: its settings reach the
// sign-in flow, which sends the browser to a real provider (`oidc-provider` on loopback)
// with PKCE S256, state and nonce, and the provider accepts the registered client.
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProvider, type TestProvider } from '../identity/testing/provider.js';
import { finished, runCli, startCli } from './testing/run.js';

const SECRET = 'serve-sign-in-secret-that-is-long-enough-0';
const CLIENT = { clientId: 'participe-serve', clientSecret: 'participe-serve-client-secret-0123456789' };

/** A port free now: the provider must know the server's address before the server starts. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

let provider: TestProvider;
let port: number;
let publicUrl: string;

beforeAll(async () => {
  port = await freePort();
  publicUrl = `http://127.0.0.1:${port}`;
  provider = await startTestProvider({
    people: [{ sub: 'p1', label: 'Camille', email: 'camille@example.fr', email_verified: true }],
    clients: [
      {
        ...CLIENT,
        redirectUris: [`${publicUrl}/auth/callback`],
        postLogoutRedirectUris: [`${publicUrl}/auth/signed-out`],
      },
    ],
  });
}, 120_000);

afterAll(() => provider?.close());

describe('participe serve with staff sign-in', () => {
  it('serves /auth/ and sends the browser to the provider with PKCE, state and nonce', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'participe-serve-oidc-'));
    const child = startCli(['serve'], {
      PARTICIPE_DATA_DIR: dir,
      PARTICIPE_TOKEN_SECRET: SECRET,
      PARTICIPE_MAIL_DIR: join(dir, 'mail'),
      PARTICIPE_PORT: String(port),
      PARTICIPE_PUBLIC_URL: publicUrl,
      PARTICIPE_OIDC_ISSUER: provider.issuer,
      PARTICIPE_OIDC_CLIENT_ID: CLIENT.clientId,
      PARTICIPE_OIDC_CLIENT_SECRET: CLIENT.clientSecret,
      PARTICIPE_OIDC_ACCESS: '[{"emailDomain":"example.fr","role":"professional","spaces":["groupe-rsa-nord"]}]',
    });
    const exit = finished(child);
    let out = '';
    child.stdout!.setEncoding('utf8');
    await new Promise<void>((resolve) => {
      child.stdout!.on('data', (d: string) => {
        out += d;
        if (out.includes('"msg":"identity provider reachable"') && out.includes('"msg":"listening"')) resolve();
      });
    });

    const page = await fetch(`${publicUrl}/auth/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('Se connecter avec le compte de ma collectivité');

    const binding = 'B'.repeat(43);
    const login = await fetch(`${publicUrl}/auth/login?binding=${binding}`, { redirect: 'manual' });
    expect(login.status).toBe(303);
    const authorize = new URL(login.headers.get('location')!);
    expect(authorize.origin).toBe(provider.issuer);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      client_id: CLIENT.clientId,
      response_type: 'code',
      redirect_uri: `${publicUrl}/auth/callback`,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      state: expect.stringMatching(/^[\w-]{20,}$/),
      nonce: expect.stringMatching(/^[\w-]{20,}$/),
    });
    // The provider accepts the client and its redirect URI: it asks the person to sign in.
    const atProvider = await fetch(authorize, { redirect: 'manual' });
    expect(atProvider.status).toBe(303);
    expect(atProvider.headers.get('location')).toMatch(/^\/interaction\//);

    child.kill('SIGTERM');
    expect((await exit).code).toBe(0);
    expect(out).not.toContain(CLIENT.clientSecret);
  }, 120_000);

  it('refuses to start with sign-in settings that do not go together', async () => {
    const run = await runCli(['serve'], {
      PARTICIPE_TOKEN_SECRET: SECRET,
      PARTICIPE_MAIL_DIR: 'mail',
      PARTICIPE_OIDC_ISSUER: provider.issuer,
      PARTICIPE_OIDC_CLIENT_SECRET: CLIENT.clientSecret,
    });
    expect(run.code).toBe(2);
    expect(
      run.stderr
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(':')[0]),
    ).toEqual(['PARTICIPE_PUBLIC_URL', 'PARTICIPE_OIDC_CLIENT_ID']);
    expect(run.stderr).not.toContain(CLIENT.clientSecret);
  }, 120_000);
});
