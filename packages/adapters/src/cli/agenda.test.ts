import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { agendaSpace, publicMeeting } from '../interop/testing/meetings.fixture.js';
import { type FakeOpenAgenda, startFakeOpenAgenda } from '../interop/testing/openagenda.fake.js';
import { agendaCommand } from './agenda.js';
import { openDatabase } from './database.js';
import { main } from './main.js';

let fake: FakeOpenAgenda | undefined;
afterEach(async () => fake?.close());

describe('participe agenda sync (against a fake OpenAgenda on loopback)', () => {
  it('publishes, then skips on a second run, then imports', async () => {
    fake = await startFakeOpenAgenda();
    const dir = mkdtempSync(join(tmpdir(), 'participe-agenda-'));
    const env = {
      PARTICIPE_DATA_DIR: join(dir, 'data'),
      PARTICIPE_OPENAGENDA_AGENDA: fake.agendaUid,
      PARTICIPE_OPENAGENDA_SECRET_KEY: fake.secretKey,
      PARTICIPE_OPENAGENDA_PUBLIC_KEY: fake.publicKey,
      PARTICIPE_OPENAGENDA_URL: fake.baseUrl,
    };
    const db = await openDatabase({ kind: 'pglite', dir: env.PARTICIPE_DATA_DIR });
    await db.store.putSpace(agendaSpace);
    // Far ahead, without an end: the agenda gets a two-hour slot.
    const { endsAt: _end, access: _access, ...meeting } = publicMeeting;
    await db.store.putMeeting({ ...meeting, on: '2030-03-05', startsAt: '2030-03-05T17:00:00.000Z' }, null);
    await db.close();

    const dry = await agendaCommand(['sync', '--space', 'groupe-rsa-nord', '--dry-run'], env);
    expect(dry.stdout).toContain('Dry run (nothing written): OpenAgenda agenda 41630080: 1 created');
    expect(fake.events.size).toBe(0);
    const first = await agendaCommand(['sync', '--space', 'groupe-rsa-nord'], env);
    expect(first.stdout).toContain('1 created, 0 updated, 0 cancelled, 0 skipped, 0 failed');
    expect(first.code).toBe(0);
    const second = await agendaCommand(['sync', '--space', 's_nord'], env);
    expect(second.stdout).toContain('0 created, 0 updated, 0 cancelled, 1 skipped, 0 failed');
    const imported = await agendaCommand(['sync', '--space', 's_nord', '--import'], env);
    expect(imported.stdout).toContain('mt_atelier');
    expect(imported.stdout).toContain('published from Participe');
  }, 120_000);

  it('says what is missing, and has --help', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'participe-agenda-'));
    const none = await agendaCommand(['sync', '--space', 'x'], { PARTICIPE_DATA_DIR: join(dir, 'data') });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No OpenAgenda agenda for organisation "default"');
    const bad = await agendaCommand(['sync', '--space', 'x'], {
      PARTICIPE_DATA_DIR: join(dir, 'data'),
      PARTICIPE_OPENAGENDA_AGENDA: 'not-a-number',
    });
    expect(bad.stderr).toContain('PARTICIPE_OPENAGENDA_AGENDA');
    expect(bad.stderr).toContain('the agenda uid is a number');
    expect((await main(['agenda', '--help'], {})).stdout).toContain('participe agenda sync --space');
    expect((await main(['--help'], {})).stdout).toContain('agenda');
  }, 120_000);
});
