import { afterAll, describe, expect, it } from 'vitest';
import { ACTOR_ROLES } from '../shared/roles.js';
import type { ContributionSnapshot } from './contribution.connect.js';
import { decide, ev, input } from './contribution.fixtures.js';
import { applyEvent, createContribution } from './contribution.replay.js';
import { CONTRIBUTION_EVENT_ROLES } from './contribution.roles.js';
import type { ContributionEvent } from './contribution.types.js';

// For each event, a history after which the event is possible for its allowed roles.
const BEFORE: { [K in keyof typeof CONTRIBUTION_EVENT_ROLES]: ContributionEvent[] } = {
  'contribution.edit': [],
  'contribution.submit': [],
  'contribution.approve': [ev('contribution.submit', 'author')],
  'contribution.hide': [ev('contribution.submit', 'author')],
  'contribution.restore': [ev('contribution.submit', 'author'), ev('contribution.hide', 'facilitator')],
  'contribution.withdraw': [ev('contribution.submit', 'author')],
  'contribution.review': [ev('contribution.submit', 'author'), ev('contribution.approve', 'facilitator')],
  'contribution.decide': [
    ev('contribution.submit', 'author'),
    ev('contribution.approve', 'facilitator'),
    ev('contribution.review', 'professional'),
  ],
  'contribution.publish': [
    ev('contribution.submit', 'author'),
    ev('contribution.approve', 'facilitator'),
    ev('contribution.review', 'professional'),
    decide('accepted'),
  ],
  'contribution.commit': [
    ev('contribution.submit', 'author'),
    ev('contribution.approve', 'facilitator'),
    ev('contribution.review', 'professional'),
    decide('accepted'),
    ev('contribution.publish', 'professional'),
  ],
  'contribution.start': [
    ev('contribution.submit', 'author'),
    ev('contribution.approve', 'facilitator'),
    ev('contribution.review', 'professional'),
    decide('accepted'),
    ev('contribution.publish', 'professional'),
    ev('contribution.commit', 'professional'),
  ],
  'contribution.progress': [
    ev('contribution.submit', 'author'),
    ev('contribution.approve', 'facilitator'),
    ev('contribution.review', 'professional'),
    decide('accepted'),
    ev('contribution.publish', 'professional'),
    ev('contribution.commit', 'professional'),
    ev('contribution.start', 'professional'),
  ],
  'contribution.complete': [
    ev('contribution.submit', 'author'),
    ev('contribution.approve', 'facilitator'),
    ev('contribution.review', 'professional'),
    decide('accepted'),
    ev('contribution.publish', 'professional'),
    ev('contribution.commit', 'professional'),
    ev('contribution.start', 'professional'),
    ev('contribution.progress', 'professional'),
  ],
};

const start = (events: ContributionEvent[]): ContributionSnapshot => {
  // An assisted, pre-moderated entry: the one case where every event can be tried.
  let snap = createContribution(
    input({
      premoderated: true,
      channel: 'assisted',
      assisted: { onBehalfOf: 'M. D.', facilitatorId: 'facilitator_1', consentMethod: 'oral' },
    }),
  );
  for (const e of events) {
    const r = applyEvent(snap, e);
    if (!r.ok) throw new Error(`setup ${e.type} ${r.reason}`);
    snap = r.snapshot;
  }
  return snap;
};

const cells: string[] = [];
afterAll(() => {
  const allowed = cells.filter((c) => c.endsWith('allowed')).length;
  console.log(`role matrix: ${cells.length} cells (${allowed} allowed, ${cells.length - allowed} refused)`);
});

describe('role matrix: every event × every role', () => {
  const rows = Object.keys(BEFORE).flatMap((type) => ACTOR_ROLES.map((role) => [type, role] as const));
  it.each(rows)('%s by %s', (type, role) => {
    const t = type as keyof typeof BEFORE;
    const snap = start(BEFORE[t]);
    const allowed = (CONTRIBUTION_EVENT_ROLES[t] as readonly string[]).includes(role);
    const result = applyEvent(snap, ev(t, role));
    expect(result.ok).toBe(allowed);
    if (!allowed) expect(result).toMatchObject({ ok: false, reason: 'forbidden' });
    cells.push(`${type}:${role}:${allowed ? 'allowed' : 'refused'}`);
  });

  it('a citizen never answers, a professional never edits, only a facilitator moderates', () => {
    expect(CONTRIBUTION_EVENT_ROLES['contribution.decide']).not.toContain('citizen');
    expect(CONTRIBUTION_EVENT_ROLES['contribution.edit']).not.toContain('professional');
    expect(CONTRIBUTION_EVENT_ROLES['contribution.hide']).toEqual(['facilitator']);
  });
});
