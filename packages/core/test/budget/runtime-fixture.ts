// Runs core as a widget would, in a process where eval and new Function throw
// (node --disallow-code-generation-from-strings): the strict-CSP condition, in Node.
import { applyEvent, ContributionInputSchema, createContribution, statusOf } from '@participe/core';

const input = ContributionInputSchema.parse({
  kind: 'proposal',
  title: 'Un bus plus tôt',
  body: 'Le premier bus arrive trop tard.',
  theme: 'mobilite',
  spaceId: 's_1',
  author: { pseudonym: 'Camille' },
});
const bad = ContributionInputSchema.safeParse({ ...input, title: '' });
const { spaceId, channel, author, contact: _c, assisted: _a, meetingId: _m, ...content } = input;
let snap = createContribution({
  id: 'c_1',
  spaceId,
  channel,
  author,
  content,
  premoderated: false,
  actor: { role: 'author', id: null },
  at: '2026-03-01T09:00:00.000Z',
});
const r = applyEvent(snap, {
  type: 'contribution.submit',
  actor: { role: 'author', id: null },
  at: '2026-03-01T09:01:00.000Z',
});
if (r.ok) snap = r.snapshot;
console.log(JSON.stringify({ status: statusOf(snap), badPath: bad.success ? null : bad.error.issues[0]?.path }));
