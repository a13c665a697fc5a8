// The dispatcher is server-wide, but what a notification says (the group's name, the
// follow-up code and link) is read in the store of the council that wrote it.
import type { Mailer, OutgoingEmail } from '@participe/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openSqlOutbox } from '../postgres/outbox.sql.js';
import { openPglite, type PgliteDatabase, pgliteDriver } from '../postgres/pglite.driver.js';
import { storeInFreshSchema } from '../postgres/schema.testing.js';
import { createParticipeService } from '../service/service.js';
import { space } from '../testing/fixtures.js';
import { dispatchNotifications } from './dispatch.js';
import { composeMessage } from './message.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
let db: PgliteDatabase;
beforeAll(async () => {
  db = await openPglite();
}, 60_000);
afterAll(async () => {
  await db?.close();
});

it('renders another council’s notification from that council’s data', async () => {
  const store = await storeInFreshSchema(db);
  try {
    await store.createOrganisation({
      id: 'o_lyon',
      slug: 'lyon',
      name: 'Métropole',
      kind: 'métropole',
      settings: {},
      createdAt: NOW.toISOString(),
    });
    await store.putOrganisationSettings('o_lyon', { mailFrom: 'Participation <participation@lyon.example>' });
    const lyon = store.forOrganisation('o_lyon');
    await lyon.putSpace(space({ name: 'Comité des usagers de Lyon' }));
    const service = createParticipeService({ store: lyon, now: () => NOW });
    const created = await service.as(null).createContribution({
      spaceId: 'groupe-rsa-nord',
      kind: 'question',
      title: 'Comment déclarer une reprise d’emploi ?',
      body: 'Je ne trouve pas le formulaire.',
      theme: 'emploi-insertion',
      author: { pseudonym: 'Sami' },
      contact: { email: 'sami@exemple.fr', consent: true },
    });
    const pro = service.as({ role: 'professional', memberId: 'pro_1', spaceIds: ['groupe-rsa-nord'] });
    let version = created.contribution.version;
    for (const command of [
      { type: 'contribution.review', data: {} },
      {
        type: 'contribution.decide',
        data: { answer: { verdict: 'accepted', text: 'Le formulaire est en ligne.', service: 'RSA' } },
      },
      { type: 'contribution.publish', data: {} },
    ] as const) {
      version = (
        await pro.sendContributionEvent(created.contribution.id, command as never, { expectedVersion: version })
      ).version;
    }

    const sent: OutgoingEmail[] = [];
    const mailer: Mailer = {
      async send(email) {
        sent.push(email);
        return { messageId: `<${email.id}@test>` };
      },
    };
    const result = await dispatchNotifications({
      store,
      mailer,
      outbox: await openSqlOutbox(pgliteDriver(db)),
      now: () => NOW,
      followUpUrl: ({ spaceSlug, contributionId }) => `https://participe.example/o/lyon/${spaceSlug}/${contributionId}`,
    });
    expect(result.sent).toHaveLength(1);
    expect(sent[0]!.subject).toContain('Comité des usagers de Lyon');
    // From the council's own sender, which the composed message (and its Message-ID) use.
    expect(sent[0]!.from).toBe('Participation <participation@lyon.example>');
    const composed = composeMessage(sent[0]!, { from: 'Participe <ne-pas-repondre@serveur.example>' });
    expect(composed).toMatchObject({ from: 'Participation <participation@lyon.example>' });
    expect(composed.messageId).toMatch(/@lyon\.example>$/);
    expect(sent[0]!.text).toContain(created.followUp.code);
    expect(sent[0]!.text).toContain(`https://participe.example/o/lyon/groupe-rsa-nord/${created.contribution.id}`);
  } finally {
    await store.close();
  }
}, 60_000);
