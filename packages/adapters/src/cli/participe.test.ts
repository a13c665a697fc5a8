import { describe, expect, it } from 'vitest';
import { main } from './main.js';
import { runCli } from './testing/run.js';
import { VERSION } from './version.js';

describe('participe', () => {
  it('stops with exit code 2 and one line per wrong setting, never showing a secret', async () => {
    const run = await runCli(['serve'], {
      PARTICIPE_TOKEN_SECRET: 'too-short-secret',
      DATABASE_URL: 'postgres://participe:pg-password-123@db.internal/participe?sslpassword=ssl-pass-456',
      PARTICIPE_SMTP_URL: 'smtps://relay:smtp-password-789@',
      PARTICIPE_PORT: 'eighty',
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines.map((l) => l.split(':')[0]).sort()).toEqual([
      'PARTICIPE_MAIL_FROM',
      'PARTICIPE_PORT',
      'PARTICIPE_SMTP_URL',
      'PARTICIPE_TOKEN_SECRET',
    ]);
    for (const secret of ['too-short-secret', 'pg-password-123', 'ssl-pass-456', 'smtp-password-789']) {
      expect(run.stderr).not.toContain(secret);
    }
  }, 120_000);

  it('has --help on every command and --version', async () => {
    const runs = await Promise.all([
      runCli(['--version'], {}),
      runCli(['--help'], {}),
      runCli(['serve', '--help'], {}),
      runCli(['migrate', '--help'], {}),
      runCli(['token', '--help'], {}),
      runCli(['keys', '--help'], {}),
      runCli(['staff', '--help'], {}),
    ]);
    for (const run of runs) expect([run.code, run.stderr]).toEqual([0, '']);
    const [version, help, ...usages] = runs.map((r) => r.stdout);
    expect(version).toBe(`${VERSION}\n`);
    const commands = ['serve', 'migrate', 'token', 'keys', 'staff'];
    for (const command of commands) expect(help).toContain(`  ${command} `);
    expect(usages.map((u) => u?.split(' ')[2])).toEqual(commands);
  }, 120_000);

  it('names an unknown command or option, with exit code 2', async () => {
    expect(await main(['serv'], {})).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unknown command "serv"'),
    });
    expect(await main(['serve', '--port', '80'], {})).toMatchObject({ code: 2 });
    expect(await main(['migrate', '--nope'], {})).toMatchObject({ code: 2 });
    expect((await main(['help', 'migrate'], {})).stdout).toMatch(/^Usage: participe migrate/);
  });
});
