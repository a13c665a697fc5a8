import { describe, expect, it } from 'vitest';
import { composition, nextRenewal } from './space.composition.js';
import { SpaceSchema } from './space.schema.js';

const space = SpaceSchema.parse({
  id: 's_1',
  slug: 'groupe-rsa-nord',
  name: 'Groupe ressource du secteur Nord',
  policyArea: 'Insertion',
  territory: 'Secteur Nord',
  charter: { text: 'Co-responsabilité, bienveillance, confidentialité.', adoptedOn: '2026-01-15' },
  composition: {},
  createdOn: '2026-01-10',
});

const member = (
  role: 'concerned' | 'professional' | 'elected',
  joinedOn = '2026-01-10',
  leftOn: string | null = null,
) => ({
  role,
  joinedOn,
  leftOn,
});

describe('space', () => {
  it('fills defaults: parity, 16 people, 60 days to answer, French themes', () => {
    expect(space.composition).toEqual({ concernedShareMin: 0.5, targetSize: 16 });
    expect(space.answerWithinDays).toBe(60);
    expect(space.meetingCadence).toBe('monthly');
    expect(space.themes.map((t) => t.id)).toContain('logement');
  });

  it('warns below parity and counts only members present that day', () => {
    const members = [
      member('concerned'),
      member('concerned', '2026-01-10', '2026-03-01'),
      member('professional'),
      member('elected'),
    ];
    const c = composition(space, members, '2026-04-01');
    expect(c.size).toBe(3);
    expect(c.concernedShare).toBeCloseTo(1 / 3);
    expect(c.parityOk).toBe(false);
    expect(c.warnings).toContain('parity');
    expect(composition(space, members, '2026-02-01').parityOk).toBe(true);
  });

  it('an empty group is not at parity', () => {
    expect(composition(space, [], '2026-02-01')).toMatchObject({ size: 0, parityOk: false, concernedShare: 0 });
  });

  it('renews every renewalMonths from creation', () => {
    expect(nextRenewal(space, '2026-05-01')).toBe('2027-01-10');
    expect(nextRenewal(space, '2027-01-11')).toBe('2028-01-10');
  });
});
