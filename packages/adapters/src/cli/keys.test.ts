// `participe keys`: each council's signing keys, rotated one council at a time (--org) or all
// together, on the embedded database as `participe serve` would use it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createTokenService } from '../server/tokens.js';
import { openDatabase } from './database.js';
import { main } from './main.js';

const env = () => ({
  PARTICIPE_TOKEN_SECRET: 'cli-secret-long-enough-for-the-keys-000000',
  PARTICIPE_PUBLIC_URL: 'https://participe.example',
  PARTICIPE_DATA_DIR: mkdtempSync(join(tmpdir(), 'participe-keys-')),
});
const kidOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')) as { kid: string }).kid;

it('says in its help what rotate does with and without --org', async () => {
  const help = await main(['keys', '--help'], {});
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('participe keys rotate [--org <slug>]');
  expect(help.stdout).toMatch(/without\s+--org, every council's/);
});

it('rotates one council’s keys with --org, every council’s without; lists them by council', async () => {
  const e = env();
  for (const slug of ['cd93', 'lyon']) {
    expect((await main(['org', 'create', '--slug', slug, '--name', 'Conseil', '--kind', 'autre'], e)).code).toBe(0);
  }
  const token = async (org: string) => {
    const r = await main(
      ['token', '--role', 'professional', '--space', 'groupe-rsa-nord', '--scope', 'read', '--expires', '7d'].concat([
        '--org',
        org,
      ]),
      e,
    );
    expect(r.code).toBe(0);
    return r.stdout.trim();
  };
  const cd93 = await token('cd93');
  const lyon = await token('lyon');
  expect(kidOf(cd93)).not.toBe(kidOf(lyon));

  const one = await main(['keys', 'rotate', '--org', 'cd93'], e);
  expect(one.code).toBe(0);
  expect(one.stdout).toMatch(new RegExp(`^cd93: new signing key k_\\w+\\.\\ncd93: key ${kidOf(cd93)} verifies until `));
  expect(one.stdout).not.toContain('lyon');
  expect(kidOf(await token('cd93'))).not.toBe(kidOf(cd93));
  expect(kidOf(await token('lyon'))).toBe(kidOf(lyon));

  const listed = (await main(['keys', 'list', '--org', 'lyon'], e)).stdout;
  expect(listed).toMatch(
    new RegExp(`^COUNCIL\\s+KEY\\s+CREATED\\s+STATE\\nlyon\\s+${kidOf(lyon)}\\s+\\S+\\s+signs\\n$`),
  );
  const everyone = (await main(['keys', 'list'], e)).stdout;
  expect(everyone.match(/^cd93 /gm)).toHaveLength(2);
  expect(everyone.match(/^lyon /gm)).toHaveLength(1);

  const all = await main(['keys', 'rotate'], e);
  expect(all.code).toBe(0);
  for (const slug of ['default', 'cd93', 'lyon'])
    expect(all.stdout).toMatch(new RegExp(`^${slug}: new signing key`, 'm'));
  expect((await main(['keys', 'rotate', '--org', 'nowhere'], e)).stderr).toMatch(/^--org: no organisation/);

  // Tokens issued before the rotations still open their council's API, and only theirs.
  const db = await openDatabase({ kind: 'pglite', dir: e.PARTICIPE_DATA_DIR });
  try {
    const tokens = createTokenService({
      store: db.identity,
      secret: e.PARTICIPE_TOKEN_SECRET,
      issuer: e.PARTICIPE_PUBLIC_URL,
    });
    const [c, l] = [(await db.store.getOrganisation('cd93'))!, (await db.store.getOrganisation('lyon'))!];
    expect(await tokens.verify(cd93, new Date(), { id: c.id, slug: 'cd93' })).toMatchObject({ ok: true });
    expect(await tokens.verify(lyon, new Date(), { id: l.id, slug: 'lyon' })).toMatchObject({ ok: true });
    expect(await tokens.verify(lyon, new Date(), { id: c.id, slug: 'cd93' })).toEqual({
      ok: false,
      reason: 'otherOrganisation',
    });
  } finally {
    await db.close();
  }
}, 240_000);
