import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decidimProposal, type FakeDecidim, startFakeDecidim } from '../interop/testing/decidim-graphql.fake.js';
import { agendaSpace } from '../interop/testing/meetings.fixture.js';
import { openDatabase } from './database.js';
import { decidimCommand } from './decidim.js';
import { main } from './main.js';

let fake: FakeDecidim | undefined;
afterEach(async () => fake?.close());

describe('participe decidim (against a fake Decidim GraphQL API on loopback)', () => {
  it('pulls a component into the space named by the settings, then again with nothing to do', async () => {
    fake = await startFakeDecidim();
    fake.proposals.push(
      decidimProposal('301', { state: 'accepted', answer: 'Oui, dès la rentrée.', answeredAt: '2025-03-01T10:00:00Z' }),
    );
    const dir = mkdtempSync(join(tmpdir(), 'participe-decidim-'));
    const env = {
      PARTICIPE_DATA_DIR: join(dir, 'data'),
      PARTICIPE_DECIDIM_API_URL: fake.apiUrl,
      PARTICIPE_DECIDIM_TOKEN: fake.writeToken,
    };
    const db = await openDatabase({ kind: 'pglite', dir: env.PARTICIPE_DATA_DIR });
    await db.store.putSpace(agendaSpace);
    await db.close();

    const none = await decidimCommand(['pull', '--space', 'groupe-rsa-nord'], env);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('give --component <id>, or set interop.decidim.spaces.s_nord');
    const first = await decidimCommand(['pull', '--space', 'groupe-rsa-nord', '--component', fake.component], env);
    expect(first.stdout).toContain('created  contribution c_decidim_301');
    const second = await decidimCommand(['pull', '--space', 's_nord', '--component', fake.component], env);
    expect(second.stdout).toContain('0 created, 0 updated, 2 skipped, 0 rejected');
    const pushed = await decidimCommand(['push', '--space', 's_nord', '--component', fake.component], env);
    expect(pushed.stdout).toContain('0 answered, 1 skipped, 0 failed');
    const wrong = await decidimCommand(['pull', '--space', 's_nord', '--component', '99'], env);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(
      'POST /api (ParticipeProposals): component 99 is not a published proposals component',
    );
    expect((await main(['decidim', '--help'], {})).stdout).toContain('participe decidim pull --space');
  }, 120_000);
});
