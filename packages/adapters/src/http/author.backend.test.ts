// The author's own page over HTTP (issue 21 §2): the citizen back end a page loads with
// `endpoint` binds the author's operations — a copy of the data, a correction and a
// withdrawal with the secret code in a header (no If-Match), an erase — against the real
// server on loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { createHandler } from '../server/handler.js';
import { type Served, serve } from '../server/serve.js';
import { space } from '../testing/fixtures.js';
import { createHttpBackend } from './backend.js';

const input = (title: string) => ({
  spaceId: 'groupe-rsa-nord',
  kind: 'proposal' as const,
  title,
  body: 'Le premier bus arrive après l’ouverture du guichet.',
  theme: 'mobilite',
  channel: 'online' as const,
  author: { pseudonym: 'Sam' },
  contact: { email: 'sam@exemple.fr', consent: true as const },
});

describe('the citizen back end over HTTP: the author’s operations', () => {
  let served: Served;
  let backend: ReturnType<typeof createHttpBackend>;

  beforeAll(async () => {
    const store = new MemoryStore();
    await store.putSpace(space());
    served = await serve(createHandler({ store, rateLimit: false }), { port: 0 });
    backend = createHttpBackend({ endpoint: `${served.url}/api`, retries: 0 });
  });
  afterAll(() => served.close());

  it('copies, corrects and withdraws with the secret code as typed by hand; a wrong one is unauthorized', async () => {
    const { contribution, followUp } = await backend.createContribution(input('Un bus plus tôt'), 'cle-auteur-0000001');
    const typed = followUp.secret.toUpperCase().replaceAll('-', ' ');
    const proof = { followUpCode: followUp.code.toLowerCase(), secret: typed };
    const copy = await backend.exportMyData!(proof);
    expect(copy).toMatchObject({ followUpCode: followUp.code, contact: { email: 'sam@exemple.fr' } });
    await backend.sendAuthorCommand!(contribution.id, typed, {
      type: 'contribution.edit',
      data: { title: 'Un bus à 8 h 10' },
    });
    expect((await backend.getContribution(contribution.id))?.contribution.content?.title).toBe('Un bus à 8 h 10');
    await backend.sendAuthorCommand!(contribution.id, followUp.secret, { type: 'contribution.withdraw', data: {} });
    expect((await backend.getContribution(contribution.id))?.contribution.status).toBe('withdrawn');
    const wrong = followUp.secret.split('-').reverse().join('-');
    await expect(backend.exportMyData!({ ...proof, secret: wrong })).rejects.toMatchObject({ kind: 'unauthorized' });
  });

  it('erases: the same proof opens nothing after', async () => {
    const { followUp } = await backend.createContribution(input('Un banc'), 'cle-auteur-0000002');
    const proof = { followUpCode: followUp.code, secret: followUp.secret };
    await backend.eraseMyData!(proof);
    await expect(backend.exportMyData!(proof)).rejects.toMatchObject({ kind: 'unauthorized' });
  });
});
