import { describe, expect, it } from 'vitest';
import { publicTimeline } from './contribution.connect.js';
import type { StoredContributionEvent } from './contribution.types.js';

const at = '2026-03-01T10:00:00.000Z';
const ev = (seq: number, type: StoredContributionEvent['type'], data: Record<string, unknown> = {}, role = 'author') =>
  ({
    contributionId: 'c_1',
    seq,
    type,
    actor: { role, id: role === 'author' ? null : `${role}_1` },
    at,
    data,
  }) as StoredContributionEvent;

const created = ev(1, 'contribution.created', {
  id: 'c_1',
  content: { kind: 'proposal', title: 'Titre', body: 'Texte', theme: 'mobilite' },
  assisted: { onBehalfOf: 'M. D.', facilitatorId: 'fac_9', consentMethod: 'oral', consentNote: 'note privée' },
});

describe('publicTimeline', () => {
  it('leaves out internal decisions and actor ids, shows the answer when published', () => {
    const t = publicTimeline([
      created,
      ev(2, 'contribution.submit'),
      ev(3, 'contribution.review', {}, 'professional'),
      ev(
        4,
        'contribution.decide',
        { answer: { verdict: 'accepted', text: 'Oui', service: 'Mobilité' } },
        'professional',
      ),
      ev(5, 'contribution.publish', {}, 'professional'),
    ]);
    expect(t.map((e) => e.type)).not.toContain('contribution.decide');
    expect(t.every((e) => e.actor.id === null)).toBe(true);
    expect(t.at(-1)?.data).toMatchObject({ answer: { verdict: 'accepted' } });
    expect(JSON.stringify(t)).not.toContain('fac_9');
    expect(JSON.stringify(t)).not.toContain('note privée');
  });

  it('keeps a decided but unpublished answer out entirely', () => {
    const t = publicTimeline([
      created,
      ev(2, 'contribution.decide', { answer: { text: 'secret interne' } }, 'professional'),
    ]);
    expect(JSON.stringify(t)).not.toContain('secret interne');
  });

  it('leaves the author’s words out while the contribution is hidden, and back after restore', () => {
    const hidden = [
      created,
      ev(2, 'contribution.edit', { title: 'Nouveau' }),
      ev(3, 'contribution.hide', { reason: 'Nom cité' }, 'facilitator'),
    ];
    expect(JSON.stringify(publicTimeline(hidden))).not.toMatch(/Titre|Texte|Nouveau/);
    const restored = [...hidden, ev(4, 'contribution.restore', { reason: 'Corrigé' }, 'facilitator')];
    expect(JSON.stringify(publicTimeline(restored))).toMatch(/Nouveau/);
  });
});
