import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutgoingEmail } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { createParticipeService } from '../service/service.js';
import { space } from '../testing/fixtures.js';
import { readThenWrite } from '../testing/read-then-write.js';
import { dispatchNotifications } from './dispatch.js';
import { createFileMailer } from './file.mailer.js';
import { parseMessage } from './testing/mime.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const email = (over: Partial<OutgoingEmail> = {}): OutgoingEmail => ({
  to: 'camille@exemple.fr',
  subject: 'Votre contribution a reçu une réponse',
  text: 'Bonjour,\n\nVotre contribution «\u00a0Un bus plus tôt\u00a0» a reçu une réponse.\n',
  id: 'n_1',
  ...over,
});

describe('createFileMailer', () => {
  let dir: string;
  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'participe-mail-')), 'outbox');
  });
  afterEach(async () => {
    await rm(join(dir, '..'), { recursive: true, force: true });
  });

  it('writes one RFC 5322 .eml file per message, named by date and id, that parses back to the same words', async () => {
    const mailer = createFileMailer({ dir, from: 'Participe <ne-pas-repondre@ville.example>', now: () => NOW });
    const { path, messageId } = await mailer.send(
      email({ html: '<p>Réponse</p>', headers: { 'Auto-Submitted': 'auto-generated' } }),
    );
    expect(await readdir(dir)).toEqual(['2026-03-02T09-00-00-000Z_n_1.eml']);
    expect(path).toBe(join(dir, '2026-03-02T09-00-00-000Z_n_1.eml'));
    expect(messageId).toBe('<n_1@ville.example>');

    const raw = await readFile(path, 'binary');
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const message = parseMessage(raw);
    expect(message.headers.get('from')).toBe('Participe <ne-pas-repondre@ville.example>');
    expect(message.headers.get('to')).toBe('camille@exemple.fr');
    expect(message.headers.get('subject')).toBe('Votre contribution a reçu une réponse');
    expect(message.headers.get('date')).toBe('Mon, 02 Mar 2026 09:00:00 +0000');
    expect(message.headers.get('mime-version')).toBe('1.0');
    expect(message.headers.get('auto-submitted')).toBe('auto-generated');
    expect(message.parts.get('text/plain')?.replace(/\r\n/g, '\n')).toBe(email().text);
    expect(message.parts.get('text/html')).toBe('<p>Réponse</p>');
  });

  it('keeps every file inside its folder and never overwrites one', async () => {
    const mailer = createFileMailer({ dir, now: () => NOW });
    await mailer.send(email({ id: '../../etc/passwd' }));
    await mailer.send(email({ id: 'n_1' }));
    await mailer.send(email({ id: 'n_1' }));
    const { path } = await mailer.send(email({ id: undefined }));
    const files = (await readdir(dir)).sort();
    expect(files).toHaveLength(4);
    expect(files).toContain('2026-03-02T09-00-00-000Z_______etc_passwd.eml');
    expect(files).toContain('2026-03-02T09-00-00-000Z_n_1.eml');
    expect(files).toContain('2026-03-02T09-00-00-000Z_n_1-1.eml');
    expect(path.startsWith(dir)).toBe(true);
    for (const f of files) expect(f).toMatch(/^[A-Za-z0-9_.-]+\.eml$/);
  });

  it('receives what the dispatcher sends: an answer published in the service lands as a readable file', async () => {
    const store = new MemoryStore();
    await store.putSpace(space());
    const service = createParticipeService({ store, now: () => NOW });
    const created = await service.as(null).createContribution({
      spaceId: 'groupe-rsa-nord',
      kind: 'question',
      title: 'Comment déclarer une reprise d’emploi ?',
      body: 'Je ne sais pas à qui écrire.',
      theme: 'mobilite',
      author: { pseudonym: 'Dominique' },
      contact: { email: 'dominique@exemple.fr', consent: true },
    });
    const id = created.contribution.id;
    const pro = readThenWrite(service.as({ role: 'professional', memberId: 'pro_1', spaceIds: ['groupe-rsa-nord'] }));
    await pro.sendContributionEvent(id, { type: 'contribution.review', data: {} });
    const answer = { verdict: 'answered' as const, text: 'Vous pouvez le faire en ligne.', service: 'Insertion' };
    await pro.sendContributionEvent(id, { type: 'contribution.decide', data: { answer } });
    await pro.sendContributionEvent(id, { type: 'contribution.publish', data: {} });

    const result = await dispatchNotifications({
      store,
      mailer: createFileMailer({ dir, from: 'ne-pas-repondre@ville.example', now: () => NOW }),
      followUpUrl: 'https://ville.example/participer/suivi',
    });
    expect(result.sent).toHaveLength(1);
    const [file] = await readdir(dir);
    const message = parseMessage(await readFile(join(dir, file ?? ''), 'binary'));
    expect(message.headers.get('subject')).toBe(
      'Votre contribution a reçu une réponse – Groupe ressource du secteur Nord',
    );
    const text = message.parts.get('text/plain') ?? '';
    expect(text).toContain('«\u00a0Comment déclarer une reprise d’emploi ?\u00a0»');
    expect(text).toContain('https://ville.example/participer/suivi');
    expect(text).toContain(created.followUp.code);
    expect(message.parts.get('text/html')).toContain('<html lang="fr">');
  });
});
