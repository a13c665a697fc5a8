import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verifyToken } from '../server/tokens.js';
import { tokenCommand } from './token.js';

const SECRET = 'cli-secret-long-enough-for-hmac-000000000';
const NOW = new Date('2026-03-02T09:00:00.000Z');

describe('participe token', () => {
  it('prints a token the server accepts, for the role, spaces and member given', async () => {
    const r = await tokenCommand(
      ['--role', 'professional', '--space', 'groupe-rsa-nord', '--space', 's_sud', '--member', 'pro_12', '--days', '7'],
      { PARTICIPE_TOKEN_SECRET: SECRET },
      NOW,
    );
    expect(r.code).toBe(0);
    const check = await verifyToken(SECRET, r.stdout.trim(), NOW);
    expect(check).toEqual({
      ok: true,
      identity: { role: 'professional', memberId: 'pro_12', spaceIds: ['groupe-rsa-nord', 's_sud'] },
    });
    expect(await verifyToken(SECRET, r.stdout.trim(), new Date('2026-03-10T09:00:00.000Z'))).toEqual({
      ok: false,
      reason: 'tokenExpired',
    });
  });

  it('explains what is missing instead of printing a weak token', async () => {
    const r = await tokenCommand(['--role', 'mayor'], { PARTICIPE_TOKEN_SECRET: 'short' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('PARTICIPE_TOKEN_SECRET');
    expect(r.stderr).toContain('--role must be one of');
    expect(r.stderr).toContain('--space is required');
    expect((await tokenCommand(['--nope'], {})).code).toBe(2);
  });

  it('runs as a command', () => {
    const entry = fileURLToPath(new URL('./participe.ts', import.meta.url));
    const r = spawnSync(
      process.execPath,
      [
        '--conditions=participe:source',
        '--import',
        'tsx/esm',
        entry,
        'token',
        '--role',
        'facilitator',
        '--space',
        'groupe-rsa-nord',
      ],
      {
        env: { ...process.env, PARTICIPE_TOKEN_SECRET: SECRET },
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^pt1\.[\w-]+\.[\w-]+\n$/);
  });
});
