// The issue's "done when", end to end from the BUILT packages, as README's "Run it for a
// council" tells a council's IT department: `participe migrate`, `org create`, `org settings`
// (its identity provider), `admin invite`, `space create`, then `participe serve` with the
// installed widgets' folder and a folder of the council's pages. In Debian's chromium the
// administrator signs in through the server-rendered sign-in (a real OpenID Connect provider,
// `oidc-provider` on loopback), creates a second space in the back office's
// `participe-spaces-admin`, and the built `participe-contribution-form` embedded for that new
// space takes a citizen's proposal, stored (read back through the API), under the pages'
// strict CSP, with no cookie. On PGlite always; on PostgreSQL too when DATABASE_URL is set (a
// fresh schema).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientSecretEnvOf } from '../identity/council-sign-in.js';
import { startTestProvider, type TestProvider } from '../identity/testing/provider.js';
import { DATABASE_URL } from '../postgres/pg.testing.js';
import { axeViolations, launch, open } from '../testing/browser.js';
import { baseEnv, type Finished, finished } from './testing/run.js';

/** The built command, as `npx participe` runs it: no TypeScript, no `participe:source`. */
const BIN = fileURLToPath(new URL('../../bin/participe.js', import.meta.url));
const BUILT = fileURLToPath(new URL('../../dist/cli/participe.js', import.meta.url));
const WIDGETS = fileURLToPath(new URL('../../../widgets', import.meta.url));

const ORG = 'cd-hautes-combes';
const ADMIN_EMAIL = 'nadia.l@hautes-combes.example';
const FIRST_SPACE = 'groupe-rsa-nord';
const NEW_SPACE = 'conseil-seniors-sud';
const NEW_NAME = 'Conseil des seniors du secteur Sud';
const TITLE = 'Des bancs sur le chemin du marché';
const CLIENT = { clientId: 'participe', clientSecret: 'hautes-combes-client-secret-0123456789' };
const SECRET = 'council-e2e-token-secret-that-is-long-enough';

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

/** The council's pages, as it would put them in PARTICIPE_STATIC_DIR. */
function writeSite(dir: string) {
  mkdirSync(dir, { recursive: true });
  const head = (title: string, scripts: string[]) => `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — Département des Hautes-Combes</title>
<link rel="stylesheet" href="/participe/themes/departement-des-hautes-combes.css">
${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('\n')}
</head>`;
  // The back office: the administration widgets, given the session token of this tab.
  writeFileSync(
    join(dir, 'administration.html'),
    `${head('Administration', ['/participe/participe-admin.js', '/administration.js'])}
<body>
<main>
<h1>Administration de la participation</h1>
<p><a href="/o/${ORG}/auth/">Se connecter</a></p>
<participe-spaces-admin endpoint="/o/${ORG}/api" data-staff></participe-spaces-admin>
</main>
</body>
</html>
`,
  );
  writeFileSync(
    join(dir, 'administration.js'),
    `import { currentSession, onSession } from '/o/${ORG}/auth/staff.js';
const apply = (s) => { for (const el of document.querySelectorAll('[data-staff]')) el.token = s?.token; };
await customElements.whenDefined('participe-spaces-admin');
apply(currentSession());
onSession(apply);
`,
  );
  // A citizen's page: the form alone, for the space the administrator is about to create.
  writeFileSync(
    join(dir, 'participer.html'),
    `${head('Participer', ['/participe/participe-contribution-form.js'])}
<body>
<main>
<h1>Conseil des seniors : écrivez-nous</h1>
<participe-contribution-form endpoint="/o/${ORG}/api" space="${NEW_SPACE}" institution="Le Département"></participe-contribution-form>
</main>
</body>
</html>
`,
  );
}

interface Backend {
  name: string;
  /** The database settings, and what to do once done. */
  setUp(): Promise<{ env: Record<string, string>; tearDown(): Promise<void> }>;
}

const BACKENDS: Array<Backend & { skip: boolean }> = [
  {
    name: 'PGlite (PARTICIPE_DATA_DIR)',
    skip: false,
    async setUp() {
      const dir = mkdtempSync(join(tmpdir(), 'participe-council-data-'));
      return {
        env: { PARTICIPE_DATA_DIR: dir },
        tearDown: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'PostgreSQL (DATABASE_URL, a fresh schema)',
    skip: !DATABASE_URL,
    async setUp() {
      const schema = `participe_council_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      return {
        env: { DATABASE_URL: DATABASE_URL!, PARTICIPE_DATABASE_SCHEMA: schema },
        tearDown: async () => {
          await admin.query(`DROP SCHEMA ${schema} CASCADE`);
          await admin.end();
        },
      };
    },
  },
];

for (const backend of BACKENDS) {
  describe.skipIf(backend.skip)(`run it for a council, from the built packages: ${backend.name}`, () => {
    let serverDir: string;
    let provider: TestProvider;
    let browser: Browser;
    let url: string;
    let port: number;
    let db: Awaited<ReturnType<Backend['setUp']>>;
    let server: ChildProcess | null = null;
    let served: Promise<Finished> | null = null;
    let settings: Record<string, string>;

    /** `participe …` from the server's folder, with the settings of the environment only. */
    const participe = (args: string[], extra: Record<string, string> = {}) =>
      finished(
        spawn(process.execPath, [BIN, ...args], {
          cwd: serverDir,
          env: { ...baseEnv(), ...settings, ...extra },
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
      );

    const ok = async (args: string[]) => {
      const run = await participe(args);
      expect(run.code, `participe ${args.join(' ')}\n${run.stderr}`).toBe(0);
      return run.stdout;
    };

    beforeAll(async () => {
      if (!existsSync(BUILT) || !existsSync(join(WIDGETS, 'dist', 'browser', 'participe-admin.js'))) {
        throw new Error('This test runs the built packages: run `pnpm build` first.');
      }
      // The server's folder: @participe/widgets installed beside it (README: npm install
      // @participe/widgets), the council's pages in ./site.
      serverDir = mkdtempSync(join(tmpdir(), 'participe-council-'));
      mkdirSync(join(serverDir, 'node_modules', '@participe'), { recursive: true });
      symlinkSync(WIDGETS, join(serverDir, 'node_modules', '@participe', 'widgets'), 'dir');
      writeSite(join(serverDir, 'site'));
      port = await freePort();
      url = `http://127.0.0.1:${port}`;
      [provider, browser, db] = await Promise.all([
        startTestProvider({
          name: 'Fournisseur d’identité du Département',
          people: [
            {
              sub: 'agent-nadia',
              label: 'Nadia L., administratrice',
              email: ADMIN_EMAIL,
              email_verified: true,
              given_name: 'Nadia',
            },
          ],
          clients: [
            {
              ...CLIENT,
              redirectUris: [`${url}/o/${ORG}/auth/callback`],
              postLogoutRedirectUris: [`${url}/o/${ORG}/auth/signed-out`],
            },
          ],
        }),
        launch(),
        backend.setUp(),
      ]);
      settings = { PARTICIPE_TOKEN_SECRET: SECRET, ...db.env };
    }, 120_000);

    afterAll(async () => {
      if (server && served && server.exitCode === null) {
        server.kill('SIGTERM');
        await served;
      }
      await browser?.close();
      await provider?.close();
      await db?.tearDown();
      if (serverDir) rmSync(serverDir, { recursive: true, force: true });
    });

    it('creates a council, its administrator and a space from the command line', async () => {
      expect(await ok(['migrate'])).toContain('schema at version');
      expect(
        await ok(['org', 'create', '--slug', ORG, '--name', 'Département des Hautes-Combes', '--kind', 'département']),
      ).toContain(`/o/${ORG}/api`);
      expect(
        await ok([
          'org',
          'settings',
          '--slug',
          ORG,
          '--oidc-issuer',
          provider.issuer,
          '--oidc-client-id',
          CLIENT.clientId,
        ]),
      ).toContain(provider.issuer);
      expect(await ok(['admin', 'invite', '--org', ORG, '--email', ADMIN_EMAIL])).toContain('administrator');
      expect(
        await ok([
          'space',
          'create',
          '--org',
          ORG,
          '--slug',
          FIRST_SPACE,
          '--name',
          'Groupe ressource RSA du secteur Nord',
          '--kind',
          'Insertion',
        ]),
      ).toContain(`space="${FIRST_SPACE}"`);
    }, 300_000);

    it('serves it: the administrator signs in, creates a second space in the back office, and its form takes a proposal', async () => {
      server = spawn(process.execPath, [BIN, 'serve'], {
        cwd: serverDir,
        env: {
          ...baseEnv(),
          ...settings,
          PARTICIPE_PORT: String(port),
          PARTICIPE_PUBLIC_URL: url,
          PARTICIPE_MAIL_DIR: './mail',
          PARTICIPE_WIDGETS_PATH: '/participe/',
          PARTICIPE_STATIC_DIR: './site',
          // The council's client secret stays in the server's environment, named after its slug.
          [clientSecretEnvOf(ORG)]: CLIENT.clientSecret,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      served = finished(server);
      // Ready: the store answers, the schema is current, the dispatcher runs.
      await expect
        .poll(
          async () => {
            if (server?.exitCode !== null) throw new Error(`participe serve stopped: ${JSON.stringify(await served)}`);
            return (await fetch(`${url}/api/ready`).catch(() => null))?.status;
          },
          { timeout: 90_000, interval: 250 },
        )
        .toBe(200);

      // Sign in through the server-rendered page at /o/<slug>/auth/, then the provider.
      const staff = await open(browser, `${url}/o/${ORG}/auth/`);
      await staff.page.getByRole('button', { name: 'Se connecter avec le compte de ma collectivité' }).click();
      await staff.page.waitForURL(`${provider.issuer}/interaction/**`, { timeout: 30_000 });
      await staff.page.locator('input[name="sub"][value="agent-nadia"]').check();
      await staff.page.getByRole('button', { name: 'Se connecter' }).click();
      await staff.page.locator('#signed-in-section').waitFor({ timeout: 30_000 });
      expect(staff.page.url()).toBe(`${url}/o/${ORG}/auth/`);

      // The back office, in the same tab: the session is this tab's.
      await staff.page.goto(`${url}/administration`);
      const admin = staff.page.locator('participe-spaces-admin');
      await admin.locator('[part~="list"] li').first().waitFor({ timeout: 30_000 });
      expect(await admin.locator('[part~="list"]').textContent()).toContain('Groupe ressource RSA du secteur Nord');
      await admin.getByRole('button', { name: 'Nouveau groupe' }).click();
      await admin.locator('#space-name').fill(NEW_NAME);
      await admin.locator('#space-slug').fill(NEW_SPACE);
      await admin.locator('#space-policyArea').fill('Autonomie');
      await admin.locator('#space-territory').fill('Secteur Sud');
      await admin.locator('#space-answerWithinDays').fill('30');
      await admin.getByRole('button', { name: 'Créer le groupe' }).click();
      await expect
        .poll(() => admin.locator('[part~="status"]').textContent(), { timeout: 30_000 })
        .toBe(`Le groupe «\u00a0${NEW_NAME}\u00a0» est créé.`);
      expect(await axeViolations(staff.page)).toEqual([]);
      expect(await staff.cspViolations()).toEqual([]);
      await staff.close();

      // The citizen's page, embedding the built form for the new space.
      const page = await fetch(`${url}/participer`);
      expect(page.status).toBe(200);
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      const citizen = await open(browser, `${url}/participer`);
      const cookies: string[] = [];
      citizen.page.on('response', async (r) => {
        const cookie = await r.headerValue('set-cookie');
        if (cookie) cookies.push(`${r.url()}: ${cookie}`);
      });
      const form = citizen.page.locator('participe-contribution-form');
      await form.locator('input[name="kind"][value="proposal"]').waitFor({ timeout: 30_000 });
      expect(await axeViolations(citizen.page)).toEqual([]);
      await form.locator('input[name="kind"][value="proposal"]').check();
      await form.getByRole('button', { name: 'Continuer' }).click();
      await form.locator('[name="title"]').fill(TITLE);
      await form
        .locator('[name="body"]')
        .fill('Le trajet est long pour nous : quelques bancs permettraient de souffler.');
      await form.getByRole('button', { name: 'Continuer' }).click();
      await form.locator('select[name="theme"]').selectOption({ index: 1 });
      await form.getByRole('button', { name: 'Continuer' }).click();
      await form.locator('[name="pseudonym"]').fill('Josette');
      await form.getByRole('button', { name: 'Continuer' }).click();
      await form.getByRole('button', { name: 'Envoyer mon message' }).click();
      const code = ((await form.locator('[part~="code"]').textContent({ timeout: 30_000 })) ?? '').trim();
      expect(code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
      expect(await citizen.cspViolations()).toEqual([]);
      expect(cookies).toEqual([]);
      expect(await citizen.page.context().cookies()).toEqual([]);
      await citizen.close();

      // Stored: the council's API lists it in the new space, and the space in the public list.
      const spaces = (await (await fetch(`${url}/o/${ORG}/api/spaces`)).json()) as Array<{
        slug: string;
        answerWithinDays: number;
      }>;
      expect(spaces.map((s) => s.slug).sort()).toEqual([NEW_SPACE, FIRST_SPACE].sort());
      expect(spaces.find((s) => s.slug === NEW_SPACE)).toMatchObject({ answerWithinDays: 30 });
      const listed = (await (await fetch(`${url}/o/${ORG}/api/contributions?space=${NEW_SPACE}`)).json()) as {
        items: Array<{ followUpCode?: string }>;
      };
      expect(listed.items).toHaveLength(1);
      expect(JSON.stringify(listed.items[0])).toContain(TITLE);
      // The server's own council has neither.
      const elsewhere = await fetch(`${url}/api/contributions?space=${NEW_SPACE}`);
      expect(JSON.stringify(await elsewhere.json())).not.toContain(TITLE);

      // A graceful stop, and the command line sees the space the back office made.
      server.kill('SIGTERM');
      expect((await served).code).toBe(0);
      const list = await ok(['space', 'list', '--org', ORG]);
      expect(list).toContain(NEW_SPACE);
      expect(list).toContain(FIRST_SPACE);
    }, 300_000);
  });
}
