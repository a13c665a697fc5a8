import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqlOutbox } from '../postgres/outbox.sql.js';
import { createParticipeService } from '../service/service.js';
import { createCouncils, space } from '../testing/fixtures.js';
import { readThenWrite } from '../testing/read-then-write.js';
import { openDatabase } from './database.js';
import { main } from './main.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');

describe('participe outbox', () => {
  it('lists the notifications set aside without any contact, and puts one back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'participe-outbox-'));
    const db = await openDatabase({ kind: 'pglite', dir });
    let id: string;
    try {
      await createCouncils(db.store, [{ id: 'o_cd93', slug: 'cd93' }], NOW.toISOString());
      await db.store.putSpace(space());
      const service = createParticipeService({ store: db.store, now: () => NOW });
      const c = await service.as(null).createContribution({
        spaceId: 'groupe-rsa-nord',
        kind: 'proposal',
        title: 'Un bus plus tôt le matin',
        body: 'Le premier bus arrive après l’heure du rendez-vous.',
        theme: 'mobilite',
        author: { pseudonym: 'Camille' },
        contact: { phone: '06 12 34 56 78', consent: true, smsConsent: true },
      });
      const staff = readThenWrite(
        service.as({ role: 'professional', memberId: 'pro_1', spaceIds: ['groupe-rsa-nord'] }),
      );
      await staff.sendContributionEvent(c.contribution.id, { type: 'contribution.review', data: {} });
      await staff.sendContributionEvent(c.contribution.id, {
        type: 'contribution.decide',
        data: { answer: { verdict: 'accepted', text: 'Oui.', service: 'Mobilité' } },
      });
      await staff.sendContributionEvent(c.contribution.id, { type: 'contribution.publish', data: {} });
      const outbox = await openSqlOutbox(db.driver);
      const [claimed] = await outbox.claim(10, NOW);
      id = claimed!.id;
      await outbox.failed(claimed!, NOW, { error: 'SmsGatewayError 503', retryAt: null });
    } finally {
      await db.close();
    }
    const env = { PARTICIPE_DATA_DIR: dir };
    const listed = await main(['outbox', 'dead'], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).toMatch(/answerPublished\s+sms\s+1\s+SmsGatewayError 503/);
    expect(listed.stdout).not.toMatch(/06 ?12|612345678/);
    // One council's: the default council's holds it, cd93's does not (nor can cd93 revive it).
    expect((await main(['outbox', 'dead', '--org', 'default'], env)).stdout).toContain(id);
    expect((await main(['outbox', 'dead', '--org', 'cd93'], env)).stdout).toBe('No notification set aside.\n');
    expect((await main(['outbox', 'revive', '--org', 'cd93', id], env)).code).toBe(1);
    const unknown = await main(['outbox', 'dead', '--org', 'nulle-part'], env);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('nulle-part')]);
    expect((await main(['outbox', 'revive', id], env)).stdout).toBe(`${id} is back in the queue.\n`);
    expect((await main(['outbox', 'dead'], env)).stdout).toBe('No notification set aside.\n');
    expect((await main(['outbox', 'revive', id], env)).code).toBe(1);
    expect((await main(['outbox', 'bury'], env)).code).toBe(2);
  }, 180_000);
});
