import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTokenService } from '../server/tokens.js';
import { openDatabase } from './database.js';
import { keysCommand } from './keys.js';
import { staffCommand } from './staff.js';
import { runCli } from './testing/run.js';
import { tokenCommand } from './token.js';

const SECRET = 'cli-secret-long-enough-for-the-keys-000000';
const NOW = new Date('2026-03-02T09:00:00.000Z');
const PUBLIC_URL = 'https://participe.departement.example';

/** A fresh embedded database, as `participe serve` would use it (one process at a time). */
const settings = () => ({
  PARTICIPE_TOKEN_SECRET: SECRET,
  PARTICIPE_PUBLIC_URL: PUBLIC_URL,
  PARTICIPE_DATA_DIR: mkdtempSync(join(tmpdir(), 'participe-token-')),
});

/** The server's view of a token: the same database, secret and address. */
async function serverCheck(env: ReturnType<typeof settings>, token: string, at: Date) {
  const db = await openDatabase({ kind: 'pglite', dir: env.PARTICIPE_DATA_DIR });
  try {
    return await createTokenService({ store: db.identity, secret: SECRET, issuer: PUBLIC_URL }).verify(token, at);
  } finally {
    await db.close();
  }
}

describe('participe token', () => {
  it('prints an API token with scopes and an expiry, lists it, revokes it', async () => {
    const env = settings();
    const r = await tokenCommand(
      ['--role', 'professional', '--space', 'groupe-rsa-nord', '--space', 's_sud', '--member', 'pro_12'].concat([
        '--scope',
        'read,answer',
        '--expires',
        '7d',
        '--label',
        'Tableau de bord',
      ]),
      env,
      NOW,
    );
    expect(r.stderr).toMatch(
      /^Token (t_\w+) for pro_12: professional in groupe-rsa-nord, s_sud, scopes read answer, expires 2026-03-09T09:00:00.000Z\. Revoke it with: participe token revoke t_\w+\n$/,
    );
    expect(r.code).toBe(0);
    const token = r.stdout.trim();
    const jti = /Token (t_\w+)/.exec(r.stderr)![1]!;
    expect(await serverCheck(env, token, NOW)).toMatchObject({
      ok: true,
      identity: { role: 'professional', memberId: 'pro_12', spaceIds: ['groupe-rsa-nord', 's_sud'] },
      scopes: ['read', 'answer'],
      jti,
    });
    expect(await serverCheck(env, token, new Date('2026-03-10T09:00:00.000Z'))).toEqual({
      ok: false,
      reason: 'tokenExpired',
    });

    const list = await tokenCommand(['list'], env, NOW);
    expect(list.stdout).toMatch(
      new RegExp(
        `${jti}\\s+pro_12\\s+professional\\s+groupe-rsa-nord,s_sud\\s+read,answer\\s+2026-03-09T09:00:00.000Z\\s+valid\\s+Tableau de bord`,
      ),
    );

    expect((await tokenCommand(['revoke', jti], env, NOW)).stdout).toBe(`Token ${jti} is refused from now on.\n`);
    expect(await serverCheck(env, token, NOW)).toEqual({ ok: false, reason: 'tokenRevoked' });
    expect((await tokenCommand(['revoke', 't_unknown'], env, NOW)).code).toBe(1);
  }, 120_000);

  it('an `edit` token is an editor of the council, in no space if none is given', async () => {
    const env = settings();
    const args = ['--role', 'professional', '--expires', '7d', '--label', 'Import des fiches'];
    expect((await tokenCommand([...args, '--scope', 'read'], env, NOW)).stderr).toContain('--space is required');
    const r = await tokenCommand([...args, '--scope', 'edit'], env, NOW);
    expect(r.stderr).toMatch(
      /^Token t_\w+ for api_import_des_fiches: professional, editor of the council, scopes edit,/,
    );
    expect(await serverCheck(env, r.stdout.trim(), NOW)).toMatchObject({
      ok: true,
      identity: { role: 'professional', spaceIds: [], editor: true },
      scopes: ['edit'],
    });
  }, 120_000);

  it('revokes every token of a subject; keys rotate without refusing earlier tokens', async () => {
    const env = settings();
    const issue = async (at: Date) =>
      (
        await tokenCommand(
          [
            '--role',
            'facilitator',
            '--space',
            'groupe-rsa-nord',
            '--subject',
            'sig',
            '--scope',
            'admin',
            '--expires',
            '2026-06-30',
          ],
          env,
          at,
        )
      ).stdout.trim();
    const first = await issue(NOW);
    const rotated = await keysCommand(['rotate'], env, NOW);
    expect(rotated.stdout).toMatch(
      /^default: new signing key k_\w+\.\ndefault: key k_\w+ verifies until 2026-06-30T00:00:00.000Z\.\n$/,
    );
    const second = await issue(NOW);
    expect(second.split('.')[0]).not.toBe(first.split('.')[0]);
    expect(await serverCheck(env, first, NOW)).toMatchObject({ ok: true });
    const keys = (await keysCommand(['list'], env, NOW)).stdout;
    expect(keys).toMatch(/ signs\n/);
    expect(keys).toMatch(/ verifies until 2026-06-30T00:00:00.000Z\n/);

    const later = new Date(NOW.getTime() + 60_000);
    expect((await tokenCommand(['revoke', '--subject', 'sig'], env, later)).code).toBe(0);
    for (const t of [first, second])
      expect(await serverCheck(env, t, later)).toEqual({ ok: false, reason: 'tokenRevoked' });
  }, 120_000);

  it('explains what is missing instead of printing a token', async () => {
    const r = await tokenCommand(['--role', 'mayor', '--scope', 'everything', '--expires', '10y'], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--role must be one of');
    expect(r.stderr).toContain('--space is required');
    expect(r.stderr).toContain('--scope must be among: read, answer, moderate, edit, admin');
    expect(r.stderr).toContain('--expires is required');
    const noSecret = await tokenCommand(
      ['--role', 'professional', '--space', 'x', '--scope', 'read', '--expires', '1d'],
      {},
    );
    expect(noSecret.code).toBe(2);
    expect(noSecret.stderr).toMatch(/^PARTICIPE_TOKEN_SECRET: required/);
    expect((await tokenCommand(['--nope'], {})).code).toBe(2);
  });

  it('staff: invite, list, remove', async () => {
    const env = settings();
    const invite = await staffCommand(
      [
        'invite',
        '--email',
        'Camille.Martin@Departement.example',
        '--role',
        'professional',
        '--space',
        'groupe-rsa-nord',
        '--member',
        'm_rsa_pro_1',
      ],
      env,
      NOW,
    );
    expect(invite.stdout).toBe('camille.martin@departement.example is invited as professional in groupe-rsa-nord.\n');
    expect((await staffCommand(['list'], env, NOW)).stdout).toMatch(
      /camille\.martin@departement\.example\s+professional\s+groupe-rsa-nord\s+m_rsa_pro_1\s+invited\s+invitation/,
    );
    expect((await staffCommand(['remove', '--email', 'camille.martin@departement.example'], env, NOW)).code).toBe(0);
    expect((await staffCommand(['list'], env, NOW)).stdout).toMatch(/removed/);
    // An editor of the council besides their role in the group; inviting again without --editor takes it back.
    const args = ['invite', '--email', 'alex.durand@departement.example', '--role', 'facilitator'];
    const editor = await staffCommand([...args, '--space', 'groupe-rsa-nord', '--editor'], env, NOW);
    expect(editor.stdout).toBe(
      'alex.durand@departement.example is invited as facilitator and editor in groupe-rsa-nord.\n',
    );
    expect((await staffCommand(['list'], env, NOW)).stdout).toMatch(
      /alex\.durand@departement\.example\s+facilitator\+editor\s/,
    );
    await staffCommand([...args, '--space', 'groupe-rsa-nord'], env, NOW);
    expect((await staffCommand(['list'], env, NOW)).stdout).toMatch(
      /alex\.durand@departement\.example\s+facilitator\s/,
    );
    expect((await staffCommand(['remove', '--email', 'nobody@departement.example'], env, NOW)).code).toBe(1);
    expect((await staffCommand(['invite', '--email', 'pas-une-adresse'], env, NOW)).code).toBe(2);
  }, 120_000);

  it('runs as a command', async () => {
    const env = settings();
    const r = await runCli(
      ['token', '--role', 'facilitator', '--space', 'groupe-rsa-nord', '--scope', 'read', '--expires', '1d'],
      env,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+\n$/);
  }, 120_000);
});
