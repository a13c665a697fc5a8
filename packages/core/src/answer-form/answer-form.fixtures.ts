// Test support only (not exported from the package): contributions at each step of the
// answer workflow, built with the real contribution machine.
import { type ContributionSnapshot, type ContributionView, toView } from '../contribution/contribution.connect.js';
import { decide, ev, input } from '../contribution/contribution.fixtures.js';
import { applyEvent, createContribution } from '../contribution/contribution.replay.js';
import type { ContributionEvent } from '../contribution/contribution.types.js';
import { SpaceSchema } from '../space/space.schema.js';
import type { Space } from '../space/space.types.js';
import { snapshotOfView } from './answer-form.commands.js';
import type { AnswerCommand } from './answer-form.types.js';

export const SPACE: Space = SpaceSchema.parse({
  id: 's_1',
  slug: 'groupe',
  name: 'Groupe ressource',
  policyArea: 'Insertion',
  territory: 'Secteur Nord',
  charter: { text: 'Bienveillance.', adoptedOn: '2026-01-15' },
  composition: {},
  answerWithinDays: 30,
  answerTemplates: [
    {
      id: 'retenue',
      label: 'Proposition retenue',
      verdict: 'accepted',
      text: 'Merci pour votre proposition. Nous la retenons parce que le service l’a jugée utile.',
    },
  ],
  createdOn: '2026-01-10',
});

export function viewAfter(id: string, ...events: ContributionEvent[]): ContributionView {
  let s: ContributionSnapshot = createContribution(input({ id, spaceId: SPACE.id }));
  for (const e of events) {
    const r = applyEvent(s, e);
    if (!r.ok) throw new Error(`${e.type} ${r.reason}`);
    s = r.snapshot;
  }
  return toView(s);
}

export const published = (id = 'c_1') => viewAfter(id, ev('contribution.submit', 'author'));
export const underReview = (id = 'c_1') =>
  viewAfter(id, ev('contribution.submit', 'author'), ev('contribution.review', 'professional'));
export const decided = (id = 'c_1') =>
  viewAfter(id, ev('contribution.submit', 'author'), ev('contribution.review', 'professional'), decide('accepted'));

/** What a back end does with a command: the machine's next view, or `null` when refused. */
export function applyCommand(
  view: ContributionView,
  command: AnswerCommand,
  actorId = 'pro_1',
): ContributionView | null {
  const event = {
    type: command.type,
    actor: { role: 'professional', id: actorId },
    at: new Date(Date.parse(view.updatedAt) + 60_000).toISOString(),
    ...command.data,
  } as ContributionEvent;
  const r = applyEvent(snapshotOfView(view), event);
  return r.ok ? toView(r.snapshot) : null;
}
