import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatabaseConfig, loadServerConfig, SETTING_NAMES } from './config.js';

const SECRET = 'a-token-secret-that-is-long-enough-0123456789';
const cwd = mkdtempSync(join(tmpdir(), 'participe-config-'));
const minimal = { PARTICIPE_TOKEN_SECRET: SECRET, PARTICIPE_MAIL_DIR: 'mail' };

describe('participe serve settings', () => {
  it('starts from two settings: the embedded database in ./participe-data, port 8080, e-mails as files', () => {
    const loaded = loadServerConfig({ env: minimal, cwd });
    expect(loaded).toMatchObject({
      ok: true,
      config: {
        database: { kind: 'pglite', dir: join(cwd, 'participe-data') },
        host: '127.0.0.1',
        port: 8080,
        mail: { kind: 'files', dir: join(cwd, 'mail') },
        rateLimit: { capacity: 120, refillPerSecond: 4 },
        trustProxy: 0,
        logLevel: 'info',
        corsOrigins: [],
        widgets: null,
        staticDir: null,
        oidc: null,
      },
    });
  });

  it('reads every kind of value', () => {
    const loaded = loadServerConfig({
      cwd,
      env: {
        DATABASE_URL: 'postgres://participe:pw@db.internal:5432/participe',
        PARTICIPE_DATABASE_SCHEMA: 'participe',
        PARTICIPE_TOKEN_SECRET: SECRET,
        PARTICIPE_SMTP_URL: 'smtps://relay:pw@smtp.departement.example',
        PARTICIPE_MAIL_FROM: '"Département – Participation" <ne-pas-repondre@departement.example>',
        PARTICIPE_PORT: '9000',
        PARTICIPE_PUBLIC_URL: 'https://participe.departement.example/',
        PARTICIPE_CORS_ORIGINS: 'https://www.departement.example/, https://ville.example:8443',
        PARTICIPE_RATE_LIMIT: 'off',
        PARTICIPE_TRUST_PROXY: '1',
        PARTICIPE_LOG_LEVEL: 'warn',
        PARTICIPE_STATIC_DIR: '.',
        PARTICIPE_SHUTDOWN_TIMEOUT: '30',
      },
    });
    expect(loaded).toMatchObject({
      ok: true,
      config: {
        database: { kind: 'postgres', url: 'postgres://participe:pw@db.internal:5432/participe', schema: 'participe' },
        mail: {
          kind: 'smtp',
          from: { name: 'Département – Participation', address: 'ne-pas-repondre@departement.example' },
        },
        port: 9000,
        publicUrl: 'https://participe.departement.example',
        corsOrigins: ['https://www.departement.example', 'https://ville.example:8443'],
        rateLimit: false,
        trustProxy: 1,
        logLevel: 'warn',
        staticDir: cwd,
        shutdownTimeoutMs: 30_000,
      },
    });
    const limited = loadServerConfig({ cwd, env: { ...minimal, PARTICIPE_RATE_LIMIT: '60/2' } });
    expect(limited.ok && limited.config.rateLimit).toEqual({ capacity: 60, refillPerSecond: 2 });
  });

  it('names each wrong or missing setting on its own line, with what was found and a valid example', () => {
    const loaded = loadServerConfig({
      cwd,
      env: {
        PARTICIPE_PORT: '80a',
        PARTICIPE_CORS_ORIGINS: 'https://ok.example,ville.example',
        PARTICIPE_LOG_LEVEL: 'verbose',
        PARTICIPE_RATE_LIMIT: '120',
        PARTICIPE_WIDGETS_PATH: '/api/widgets',
        PARTICIPE_STATIC_DIR: join(cwd, 'no-such-folder'),
        PARTICIPE_SMTP_URL: 'smtp://relay.example',
      },
    });
    if (loaded.ok) throw new Error('should fail');
    const byName = Object.fromEntries(loaded.problems.map((p) => [p.split(':')[0], p]));
    expect(Object.keys(byName).sort()).toEqual(
      [
        'PARTICIPE_CORS_ORIGINS',
        'PARTICIPE_LOG_LEVEL',
        'PARTICIPE_MAIL_FROM',
        'PARTICIPE_PORT',
        'PARTICIPE_RATE_LIMIT',
        'PARTICIPE_STATIC_DIR',
        'PARTICIPE_TOKEN_SECRET',
        'PARTICIPE_WIDGETS_PATH',
      ].sort(),
    );
    expect(byName['PARTICIPE_PORT']).toBe(
      'PARTICIPE_PORT: expected a port from 0 to 65535; found "80a". Example: PARTICIPE_PORT=8080',
    );
    expect(byName['PARTICIPE_TOKEN_SECRET']).toMatch(/required.*found nothing\. Example: PARTICIPE_TOKEN_SECRET=/);
    expect(byName['PARTICIPE_LOG_LEVEL']).toContain('found "verbose"');
    for (const p of loaded.problems) expect(p).not.toContain('\n');
  });

  it('never prints a secret: the token secret, a password in a URL, a value that may hold one', () => {
    const secrets = ['short-secret-XYZ', 'hunter2pass', 'mailpass99', 'metricsss', 'rawpass-in-garbage'];
    const loaded = loadServerConfig({
      cwd,
      env: {
        PARTICIPE_TOKEN_SECRET: 'short-secret-XYZ',
        DATABASE_URL: 'mysql://admin:hunter2pass@db:3306/x',
        PARTICIPE_SMTP_URL: 'http://me:mailpass99@smtp.example',
        PARTICIPE_METRICS_TOKEN: 'metricsss',
      },
    });
    const garbage = loadDatabaseConfig({ cwd, env: { DATABASE_URL: 'postgres//u:rawpass-in-garbage@' } });
    if (loaded.ok || garbage.ok) throw new Error('should fail');
    const printed = [...loaded.problems, ...garbage.problems].join('\n');
    for (const s of secrets) expect(printed).not.toContain(s);
    expect(printed).toContain('DATABASE_URL: expected a PostgreSQL URL');
    expect(printed).toContain('found "mysql://admin:***@db:3306/x"');
    expect(printed).toContain('PARTICIPE_TOKEN_SECRET: expected a secret of at least 32 characters');
    expect(printed).toContain('found a value of 16 characters (hidden)');
    expect(printed).toContain('(hidden: it may hold a password)');
  });

  it('says when two settings exclude each other', () => {
    const loaded = loadServerConfig({
      cwd,
      env: {
        ...minimal,
        DATABASE_URL: 'postgres://db/participe',
        PARTICIPE_DATA_DIR: '/var/lib/participe',
        PARTICIPE_SMTP_URL: 'smtp://localhost',
      },
    });
    if (loaded.ok) throw new Error('should fail');
    expect(loaded.problems.map((p) => p.split(':')[0]).sort()).toEqual(['PARTICIPE_DATA_DIR', 'PARTICIPE_MAIL_DIR']);
  });

  it('reads a --config file of the same names; the environment wins; unknown names are refused', () => {
    const file = join(cwd, 'participe.json');
    writeFileSync(
      file,
      JSON.stringify({
        PARTICIPE_TOKEN_SECRET: SECRET,
        PARTICIPE_MAIL_DIR: 'mail',
        PARTICIPE_PORT: 9090,
        PARTICIPE_CORS_ORIGINS: ['https://a.example', 'https://b.example'],
      }),
    );
    const loaded = loadServerConfig({ cwd, configFile: file, env: { PARTICIPE_PORT: '9191' } });
    expect(loaded).toMatchObject({
      ok: true,
      config: { port: 9191, corsOrigins: ['https://a.example', 'https://b.example'] },
    });

    writeFileSync(file, JSON.stringify({ PARTICIPE_PORT: 'x', PARTICIPE_TOKN_SECRET: SECRET }));
    const wrong = loadServerConfig({ cwd, configFile: file, env: minimal });
    expect(wrong.ok === false && wrong.problems).toEqual([
      `PARTICIPE_TOKN_SECRET (in ${file}): not a setting. Settings are: ${SETTING_NAMES.join(', ')}`,
      `PARTICIPE_PORT: expected a port from 0 to 65535 (in ${file}); found "x". Example: PARTICIPE_PORT=8080`,
    ]);

    // A JSON error message quotes the text around the mistake: not shown.
    writeFileSync(file, `{ "PARTICIPE_TOKEN_SECRET": "${SECRET}", }`);
    const broken = loadServerConfig({ cwd, configFile: file, env: {} });
    expect(broken.ok === false && broken.problems.join('\n')).toMatch(/is not valid JSON/);
    expect(broken.ok === false && broken.problems.join('\n')).not.toContain(SECRET);
  });

  it('warns about a PARTICIPE_ variable that is no setting (a typo), and migrate reads only the database', () => {
    const loaded = loadServerConfig({ cwd, env: { ...minimal, PARTICIPE_PROT: '9000' } });
    expect(loaded.ok && loaded.warnings).toEqual([
      'PARTICIPE_PROT is set but is not a setting of participe serve; ignored.',
    ]);
    expect(loadDatabaseConfig({ cwd, env: { PARTICIPE_PORT: 'not checked here' } })).toMatchObject({
      ok: true,
      config: { kind: 'pglite' },
    });
  });

  it('reads staff sign-in: the provider, its client, who may come in; the parts go together', () => {
    const oidc = {
      PARTICIPE_PUBLIC_URL: 'https://participe.departement.example',
      PARTICIPE_OIDC_ISSUER: 'https://auth.agentconnect.gouv.fr/api/v2',
      PARTICIPE_OIDC_CLIENT_ID: 'participe-hautes-combes',
      PARTICIPE_OIDC_CLIENT_SECRET: 'a-client-secret-from-the-provider',
    };
    expect(loadServerConfig({ cwd, env: { ...minimal, ...oidc } })).toMatchObject({
      ok: true,
      config: {
        oidc: {
          issuer: 'https://auth.agentconnect.gouv.fr/api/v2',
          clientId: 'participe-hautes-combes',
          clientAuth: 'client_secret_basic',
          scopes: ['openid', 'email', 'profile'],
          access: [],
          sessionSeconds: 3600,
          staffHome: '/auth/',
        },
        organisations: {},
      },
    });
    const rules = [
      { emailDomain: 'hautes-combes.example', role: 'professional', spaces: ['groupe-rsa-nord'] },
      { claim: 'organizational_unit', equals: 'DSOL', role: 'facilitator', spaces: ['s_nord'] },
    ];
    const file = join(cwd, 'oidc.json');
    // In a --config file the rules are JSON as they are; in the environment, JSON text.
    writeFileSync(file, JSON.stringify({ PARTICIPE_OIDC_ACCESS: rules }));
    const full = loadServerConfig({
      cwd,
      configFile: file,
      env: {
        ...minimal,
        ...oidc,
        PARTICIPE_OIDC_SCOPES: 'openid email given_name usual_name organizational_unit',
        PARTICIPE_OIDC_CLIENT_AUTH: 'client_secret_post',
        PARTICIPE_SESSION_MINUTES: '30',
        PARTICIPE_STAFF_HOME: '/pro/',
      },
    });
    expect(full).toMatchObject({
      ok: true,
      config: {
        oidc: { access: rules, sessionSeconds: 1800, staffHome: '/pro/', clientAuth: 'client_secret_post' },
      },
    });
    expect(
      loadServerConfig({ cwd, env: { ...minimal, ...oidc, PARTICIPE_OIDC_ACCESS: JSON.stringify(rules) } }),
    ).toMatchObject({ ok: true, config: { oidc: { access: rules } } });

    const partial = loadServerConfig({
      cwd,
      env: {
        ...minimal,
        PARTICIPE_OIDC_ISSUER: 'http://idp.example',
        PARTICIPE_OIDC_CLIENT_SECRET: 'a-client-secret-not-to-show',
        PARTICIPE_OIDC_ACCESS: '[{"emailDomain":"x.example","role":"mayor","spaces":[]}]',
        PARTICIPE_OIDC_SCOPES: 'email profile',
        PARTICIPE_SESSION_MINUTES: '120',
      },
    });
    if (partial.ok) throw new Error('should fail');
    expect(partial.problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'PARTICIPE_OIDC_ACCESS',
      'PARTICIPE_OIDC_CLIENT_ID',
      'PARTICIPE_OIDC_ISSUER',
      'PARTICIPE_OIDC_SCOPES',
      'PARTICIPE_PUBLIC_URL',
      'PARTICIPE_SESSION_MINUTES',
    ]);
    expect(partial.problems.join('\n')).not.toContain('a-client-secret-not-to-show');
    // http only for a provider on this machine (a test provider).
    expect(
      loadServerConfig({ cwd, env: { ...minimal, ...oidc, PARTICIPE_OIDC_ISSUER: 'http://127.0.0.1:9000' } }).ok,
    ).toBe(true);
    const stray = loadServerConfig({ cwd, env: { ...minimal, PARTICIPE_STAFF_HOME: '/pro/' } });
    expect(stray.ok === false && stray.problems[0]).toMatch(/^PARTICIPE_STAFF_HOME: set without PARTICIPE_OIDC_ISSUER/);
  });

  it('runs the embedded database in a thread of its own unless PARTICIPE_PGLITE_THREAD says main', () => {
    expect(loadDatabaseConfig({ cwd, env: {} })).toMatchObject({ ok: true, config: { thread: 'worker' } });
    expect(loadDatabaseConfig({ cwd, env: { PARTICIPE_PGLITE_THREAD: 'main' } })).toMatchObject({
      ok: true,
      config: { kind: 'pglite', thread: 'main' },
    });
    const wrong = loadDatabaseConfig({ cwd, env: { PARTICIPE_PGLITE_THREAD: 'both' } });
    expect(wrong.ok === false && wrong.problems[0]).toMatch(/^PARTICIPE_PGLITE_THREAD: .*worker or main/);
  });

  it('every setting is in the README table', () => {
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Run it for a council'));
    for (const name of SETTING_NAMES) expect(section, name).toContain(`| \`${name}\``);
  });
});
