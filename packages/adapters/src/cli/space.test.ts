// `participe space` and `participe admin` on the embedded database: flags checked before the
// database opens (exit 2 naming the flag), the service's refusals named by flag, and what is
// created read back by the list and by the API's audit log.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminCommand } from './admin.js';
import { openDatabase } from './database.js';
import { spaceCommand } from './space.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const settings = () => ({ PARTICIPE_DATA_DIR: mkdtempSync(join(tmpdir(), 'participe-space-')) });

describe('participe space and admin', () => {
  it('answers --help and refuses bad flags with exit 2 before opening anything', async () => {
    const env = { PARTICIPE_DATA_DIR: '/nonexistent/never-opened' };
    expect((await spaceCommand(['--help'], env, NOW)).stdout).toContain('participe space create');
    expect((await adminCommand(['--help'], env, NOW)).stdout).toContain('participe admin invite');
    const bad = await spaceCommand(
      ['create', '--slug', 'Pas Un Slug', '--name', 'X', '--answer-days', 'dix'],
      env,
      NOW,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--slug: "Pas Un Slug" is not valid');
    expect(bad.stderr).toContain('--answer-days: "dix" is not valid');
    expect((await spaceCommand(['create', '--name', 'Sans slug'], env, NOW)).stderr).toContain('--slug is required');
    expect((await spaceCommand(['rename'], env, NOW)).code).toBe(2);
    expect((await adminCommand(['invite', '--email', 'pas-une-adresse'], env, NOW)).code).toBe(2);
  });

  it('creates, updates, archives and lists spaces; invites an administrator; all in the audit log', {
    timeout: 120_000,
  }, async () => {
    const env = settings();
    const created = await spaceCommand(
      [
        'create',
        '--slug',
        'groupe-rsa-sud',
        '--name',
        'Groupe ressource RSA du secteur Sud',
        '--kind',
        'Insertion',
        '--premoderation',
      ],
      env,
      NOW,
    );
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toContain('groupe-rsa-sud is created');
    expect(created.stdout).toContain('space="groupe-rsa-sud"');

    const taken = await spaceCommand(['create', '--slug', 'groupe-rsa-sud', '--name', 'Encore'], env, NOW);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('already used');

    const tooLong = await spaceCommand(['update', '--slug', 'groupe-rsa-sud', '--answer-days', '999'], env, NOW);
    expect(tooLong.code).toBe(2);
    expect(tooLong.stderr).toContain('--answer-days:');

    const updated = await spaceCommand(
      ['update', '--slug', 'groupe-rsa-sud', '--answer-days', '45', '--archive'],
      env,
      NOW,
    );
    expect(updated).toMatchObject({ code: 0, stdout: 'groupe-rsa-sud is updated (version 3, archived).\n' });

    const list = await spaceCommand(['list'], env, NOW);
    expect(list.stdout).toMatch(
      /groupe-rsa-sud\s+Groupe ressource RSA du secteur Sud\s+Insertion\s+45\s+yes\s+2026-03-02\s+3/,
    );

    const invited = await adminCommand(['invite', '--email', 'Camille.Martin@cd93.example'], env, NOW);
    expect(invited.stdout).toBe(
      'camille.martin@cd93.example is invited as an administrator of default: their first sign-in activates the account.\n',
    );
    const editor = await adminCommand(['invite', '--email', 'alex.durand@cd93.example', '--editor'], env, NOW);
    expect(editor.stdout).toBe(
      'alex.durand@cd93.example is invited as an editor of default: their first sign-in activates the account.\n',
    );
    const admins = (await adminCommand(['list'], env, NOW)).stdout;
    expect(admins).toMatch(/camille\.martin@cd93\.example\s+-\s+admin\s+invited/);
    expect(admins).toMatch(/alex\.durand@cd93\.example\s+-\s+editor\s+invited/);

    expect(await spaceCommand(['list', '--org', 'nulle-part'], env, NOW)).toMatchObject({ code: 2 });

    const db = await openDatabase({ kind: 'pglite', dir: env.PARTICIPE_DATA_DIR });
    try {
      const audit = await db.admin.listAudit('default', { limit: 10 });
      expect(audit.map((e) => [e.action, e.actor.id])).toEqual([
        ['staff.invite', 'cli'],
        ['staff.invite', 'cli'],
        ['space.archive', 'cli'],
        ['space.update', 'cli'],
        ['space.create', 'cli'],
      ]);
      const account = await db.identity.findAccount({ email: 'camille.martin@cd93.example' });
      expect(account).toMatchObject({ admin: true, status: 'invited' });
      // An editor is not an administrator: the back office shows them the content, not the administration.
      const editorAccount = await db.identity.findAccount({ email: 'alex.durand@cd93.example' });
      expect(editorAccount).toMatchObject({ admin: false, editor: true, status: 'invited' });
    } finally {
      await db.close();
    }
  });
});
