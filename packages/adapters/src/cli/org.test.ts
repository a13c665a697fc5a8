import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandler } from '../server/handler.js';
import { createTokenService } from '../server/tokens.js';
import type { AuditEntry } from '../service/admin.store.js';
import type { Identity } from '../service/api.js';
import { openDatabase } from './database.js';
import { main } from './main.js';

type Call = (
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  version?: number,
  // biome-ignore lint/suspicious/noExplicitAny: answers are read as loose JSON in these checks
) => Promise<{ status: number; etag: string | null; body: any }>;

const dataDir = () => ({ PARTICIPE_DATA_DIR: join(mkdtempSync(join(tmpdir(), 'participe-org-')), 'data') });

describe('participe org', () => {
  it('explains itself with --help, and refuses wrong flags with one line each (exit 2, no database opened)', async () => {
    const help = await main(['org', '--help'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('participe org create --slug <slug> --name <text> --kind <kind>');
    expect((await main(['help', 'org'], {})).stdout).toBe(help.stdout);

    const env = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };
    const bad = await main(['org', 'create', '--slug', 'CD 93', '--kind', 'région', '--answer-within-days', '0'], env);
    expect(bad.code).toBe(2);
    const lines = bad.stderr.split('\n\n')[0]!.split('\n');
    expect(lines).toEqual([
      '--slug: "CD 93" is not valid; expected lowercase letters, digits and dashes, e.g. --slug cd93',
      '--name: missing; expected a name of 1 to 200 characters, e.g. --name "Conseil départemental"',
      '--kind: "région" is not valid; expected one of département, métropole, commune, ccas, autre, e.g. --kind département',
      '--answer-within-days: "0" is not valid; expected a whole number of days from 1 to 365, e.g. --answer-within-days 30',
    ]);
    expect(bad.stderr).toContain('Usage: participe org');
    expect((await main(['org'], env)).code).toBe(2);
    expect((await main(['org', 'delete'], env)).stderr).toMatch(/^Unknown action "delete"/);
    expect((await main(['org', 'list', '--bogus'], env)).code).toBe(2);
    expect(
      (
        await main(
          ['org', 'create', '--slug', 'a', '--name', 'A', '--kind', 'commune', '--oidc-issuer', 'https://x.example'],
          env,
        )
      ).stderr,
    ).toMatch(/^--oidc-issuer and --oidc-client-id go together/);
    const oidc = ['org', 'create', '--slug', 'a', '--name', 'A', '--kind', 'commune'];
    expect(
      (
        await main(
          [...oidc, '--oidc-issuer', 'https://x.example', '--oidc-client-id', 'p', '--oidc-access', '[{"role":1}]'],
          env,
        )
      ).stderr,
    ).toMatch(/^--oidc-access: "\[\{\\"role\\":1\}\]" is not valid; expected a JSON list of rules/);
    expect((await main([...oidc, '--oidc-scopes', 'openid'], env)).stderr).toMatch(/^--oidc-issuer: missing/);
  });

  it('creates councils, lists them with their API address, keeps their settings, refuses a taken slug', async () => {
    const env = { ...dataDir(), PARTICIPE_PUBLIC_URL: 'https://participe.example/' };
    const created = await main(
      [
        'org',
        'create',
        '--slug',
        'cd93',
        '--name',
        'Conseil départemental',
        '--kind',
        'departement',
        '--answer-within-days',
        '45',
      ],
      env,
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^Created cd93 \(o_[A-Za-z0-9]+\): Conseil départemental, département\.\n/);
    expect(created.stdout).toContain('API: https://participe.example/o/cd93/api\n');

    // Its resource centre is written at creation, from the built-in packs.
    const seeded = await openDatabase({ kind: 'pglite', dir: env.PARTICIPE_DATA_DIR });
    try {
      const org = (await seeded.store.getOrganisation('cd93'))!;
      const resources = await seeded.store.contentStore().list(org.id, 'resource', 'fr');
      expect(resources.length).toBeGreaterThan(20);
      expect(resources[0]).toMatchObject({ version: 1, falcMissing: [] });
    } finally {
      await seeded.close();
    }

    const again = await main(['org', 'create', '--slug', 'cd93', '--name', 'Autre', '--kind', 'commune'], env);
    expect(again).toMatchObject({ code: 1, stderr: 'An organisation already has the slug cd93.\n' });

    const set = await main(
      ['org', 'settings', '--slug', 'cd93', '--mail-from', 'Participation <participation@cd93.fr>'],
      env,
    );
    expect(set).toMatchObject({
      code: 0,
      stdout: 'cd93: mail from Participation <participation@cd93.fr>; answer within 45 days\n',
    });
    expect((await main(['org', 'settings', '--slug', 'nope', '--mail-from', 'x'], env)).code).toBe(1);

    // Its own identity provider: staff sign in at /o/cd93/auth/; the secret stays in the environment.
    const sso = await main(
      [
        'org',
        'settings',
        '--slug',
        'cd93',
        '--oidc-issuer',
        'https://auth.cd93.example/realms/agents',
        '--oidc-client-id',
        'participe',
        '--oidc-scopes',
        'openid email profile organizational_unit',
        '--oidc-access',
        '[{"emailDomain":"cd93.example","role":"professional","spaces":["groupe-rsa"]}]',
      ],
      env,
    );
    expect(sso.stderr).toBe('');
    expect(sso.stdout).toContain('sign-in at https://auth.cd93.example/realms/agents (participe, 1 access rule(s))');
    // Its OpenAgenda and Decidim: secrets named by variable, never written in the settings.
    const interop = await main(
      [
        'org',
        'settings',
        '--slug',
        'cd93',
        '--interop',
        '{"openagenda":{"agendaUid":"12345678","secretKeyEnv":"PARTICIPE_OPENAGENDA_SECRET_KEY_CD93"},"decidim":{"apiUrl":"https://decidim.cd93.example/api","tokenEnv":"PARTICIPE_DECIDIM_TOKEN_CD93"}}',
      ],
      env,
    );
    expect(interop.stderr).toBe('');
    expect(interop.stdout).toContain('OpenAgenda agenda 12345678; Decidim at https://decidim.cd93.example/api');
    const secretInSettings = await main(
      ['org', 'settings', '--slug', 'cd93', '--interop', '{"openagenda":{"agendaUid":"1","secretKey":"oa_sk_x"}}'],
      env,
    );
    expect(secretInSettings.code).toBe(2);
    expect(secretInSettings.stderr).toMatch(
      /^--interop: .* is not valid; expected .*secrets only as \*Env variable names/,
    );
    expect(secretInSettings.stderr).not.toContain('oa_sk_x');
    // Staff invited in cd93 are cd93's only.
    const staffEnv = { ...env, PARTICIPE_TOKEN_SECRET: 'org-test-secret-that-is-long-enough-000' };
    const invite = ['staff', 'invite', '--email', 'camille@cd93.example', '--role', 'professional'];
    expect((await main([...invite, '--space', 'groupe-rsa', '--org', 'cd93'], staffEnv)).code).toBe(0);
    expect((await main(['staff', 'list', '--org', 'cd93'], staffEnv)).stdout).toContain('camille@cd93.example');
    expect((await main(['staff', 'list'], staffEnv)).stdout).toBe('No staff account yet.\n');
    expect((await main(['staff', 'list', '--org', 'nope'], staffEnv)).code).toBe(2);

    const list = await main(['org', 'list'], env);
    expect(list.code).toBe(0);
    const rows = list.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^SLUG\s+ID\s+KIND\s+NAME\s+API\s+SETTINGS$/);
    expect(rows[1]).toMatch(/^default\s+default\s+autre\s+.*https:\/\/participe\.example\/api\s+-$/);
    expect(rows[2]).toMatch(
      /^cd93\s+o_\w+\s+département\s+Conseil départemental\s+https:\/\/participe\.example\/o\/cd93\/api\s+mail from/,
    );

    // Export and import name the organisation by its slug.
    const unknown = await main(
      ['export', '--open-data', join(env.PARTICIPE_DATA_DIR, 'od'), '--publisher', 'CD', '--org', 'nope'],
      env,
    );
    expect(unknown).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^--org: no organisation has the slug "nope"/),
    });
    const known = await main(
      ['export', '--open-data', join(env.PARTICIPE_DATA_DIR, 'od'), '--publisher', 'CD', '--org', 'cd93'],
      env,
    );
    expect(known.code).toBe(0);
  }, 120_000);

  it('keeps one set of settings: the back office and participe org settings see each other’s, bad input writes nothing', async () => {
    const env = dataDir();
    const create = ['org', 'create', '--slug', 'cd93', '--name', 'CD', '--kind', 'département'];
    expect((await main([...create, '--mail-from', 'CD <cli@cd93.example>'], env)).code).toBe(0);
    /** The back office's API on the same database, as the council's administrator; the CLI runs between two. */
    const backOffice = async <T>(work: (call: Call) => Promise<T>): Promise<T> => {
      const db = await openDatabase({ kind: 'pglite', dir: env.PARTICIPE_DATA_DIR });
      const admin: Identity = { role: 'professional', memberId: 'acc_admin', spaceIds: [], admin: true };
      const handle = createHandler({ store: db.store, admin: db.admin, rateLimit: false, authenticate: () => admin });
      try {
        return await work(async (method, path, body, version) => {
          const res = await handle(
            new Request(`http://api.test/o/cd93/api/admin/${path}`, {
              method,
              headers: {
                'content-type': 'application/json',
                ...(version === undefined ? {} : { 'if-match': `"${version}"` }),
              },
              // A string is sent as it is: a body that is not JSON.
              ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
            }),
          );
          return { status: res.status, etag: res.headers.get('etag'), body: await res.json() };
        });
      } finally {
        await db.close();
      }
    };
    const saved = {
      name: 'Seine-Saint-Denis',
      mailFrom: 'Participation <participation@cd93.example>',
      answerWithinDays: 30,
    };
    await backOffice(async (call) => {
      // What the CLI gave at creation, before any change.
      expect(await call('GET', 'settings')).toEqual({
        status: 200,
        etag: '"0"',
        body: { mailFrom: 'CD <cli@cd93.example>', version: 0 },
      });
      expect((await call('POST', 'settings', saved, 0)).body).toEqual({ ...saved, version: 1 });
      // Bad input: 4xx naming each field (422, the API's answer to a body that does not fit its
      // schema; 400 for one that is not JSON), and nothing written.
      const bad = await call(
        'POST',
        'settings',
        { mailFrom: 'pas une adresse', answerWithinDays: 0, colour: 'red' },
        1,
      );
      expect(bad.status).toBe(422);
      expect(bad.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['mailFrom', 'answerWithinDays', '']);
      expect(bad.body.error.issues[2].message).toContain('colour');
      expect((await call('POST', 'settings', '{"name": "Seine', 1)).status).toBe(400);
      expect((await call('GET', 'settings')).body).toEqual({ ...saved, version: 1 });
    });

    // The CLI sees the back office's settings and changes them; a wrong flag writes nothing.
    expect((await main(['org', 'settings', '--slug', 'cd93', '--answer-within-days', '400'], env)).code).toBe(2);
    const sso = ['--oidc-issuer', 'https://auth.cd93.example/realms/agents', '--oidc-client-id', 'participe'];
    const set = await main(['org', 'settings', '--slug', 'cd93', '--answer-within-days', '20', ...sso], env);
    expect(set.stderr).toBe('');
    expect(set.stdout).toBe(
      'cd93: named Seine-Saint-Denis; mail from Participation <participation@cd93.example>; answer within 20 days; sign-in at https://auth.cd93.example/realms/agents (participe)\n',
    );

    await backOffice(async (call) => {
      expect(await call('GET', 'settings')).toMatchObject({
        etag: '"2"',
        body: { ...saved, answerWithinDays: 20, version: 2 },
      });
      // Saved from the version read before the CLI's change: refused, the CLI's change stays.
      expect((await call('POST', 'settings', saved, 1)).status).toBe(409);
      expect((await call('POST', 'settings', { name: 'CD93' }, 2)).body).toEqual({ name: 'CD93', version: 3 });
      const audit = (await call('GET', 'audit')).body.items as AuditEntry[];
      expect(audit.map((e) => [e.action, e.actor.role, e.target.version])).toEqual([
        ['settings.update', 'admin', 3],
        ['settings.update', 'operator', 2],
        ['settings.update', 'admin', 1],
      ]);
      expect(audit[1]).toMatchObject({
        before: saved,
        after: { ...saved, answerWithinDays: 20, oidc: { clientId: 'participe' } },
      });
    });
    // The back office's save kept the sign-in settings the operator gave: staff sign-in reads them there.
    const listed = await main(['org', 'list'], env);
    expect(listed.stdout).toMatch(
      /cd93 .* named CD93; sign-in at https:\/\/auth\.cd93\.example\/realms\/agents \(participe\)\n/,
    );
  }, 180_000);

  it('issues a token for one council: accepted at its address only', async () => {
    const env = {
      ...dataDir(),
      PARTICIPE_PUBLIC_URL: 'https://participe.example',
      PARTICIPE_TOKEN_SECRET: 'cli-secret-long-enough-for-the-keys-000000',
    };
    expect((await main(['org', 'create', '--slug', 'cd93', '--name', 'CD', '--kind', 'département'], env)).code).toBe(
      0,
    );
    const args = [
      'token',
      '--role',
      'professional',
      '--space',
      'groupe-rsa-nord',
      '--scope',
      'read',
      '--expires',
      '7d',
    ];
    const issued = await main([...args, '--org', 'cd93'], env);
    expect(issued.code).toBe(0);
    expect(issued.stderr).toContain(', for https://participe.example/o/cd93/api. Revoke it with');
    expect((await main([...args, '--org', 'nope'], env)).stderr).toMatch(/^--org: no organisation has the slug "nope"/);

    const db = await openDatabase({ kind: 'pglite', dir: env.PARTICIPE_DATA_DIR });
    try {
      const org = (await db.store.getOrganisation('cd93'))!;
      const tokens = createTokenService({
        store: db.identity,
        secret: env.PARTICIPE_TOKEN_SECRET,
        issuer: env.PARTICIPE_PUBLIC_URL,
      });
      const token = issued.stdout.trim();
      expect(await tokens.verify(token, new Date(), { id: org.id, slug: 'cd93' })).toMatchObject({ ok: true });
      expect(await tokens.verify(token, new Date())).toEqual({ ok: false, reason: 'otherOrganisation' });
    } finally {
      await db.close();
    }
  }, 120_000);
});
