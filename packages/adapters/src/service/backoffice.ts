// The professional widgets' port (`BackofficeBackend` in core) over any `ParticipeApi`:
// the HTTP client with a member's token, or the service in-process for a caller.
import type { BackofficeBackend, ContributionView } from '@participe/core';
import type { ContributionForCaller, ParticipeApi } from './api.js';
import { translated } from './backend.js';

// A professional or facilitator of the space receives full views; the union narrows here.
const asStaff = (v: ContributionForCaller): ContributionView => v as ContributionView;

export function toBackofficeBackend(api: ParticipeApi): BackofficeBackend {
  return {
    getSpace: (space) => translated(() => api.getSpace(space)),
    listContributions: (query) =>
      translated(async () => {
        const { space, status, ...rest } = query;
        const page = await api.listContributions({ ...rest, space, ...(status ? { status: [...status] } : {}) });
        return { items: page.items.map(asStaff), nextCursor: page.nextCursor };
      }),
    getContribution: (id) =>
      translated(async () => {
        const [contribution, timeline] = await Promise.all([api.getContribution(id), api.getTimeline(id)]);
        return { contribution: asStaff(contribution), timeline };
      }),
    sendEvent: (id, command, expectedVersion) =>
      translated(async () => asStaff(await api.sendContributionEvent(id, command, { expectedVersion }))),
    publishAnswers: (space, items) =>
      translated(async () => (await api.publishAnswers(space, { items: [...items] })).published),
    listModerationQueue: (space, query) => translated(() => api.listModerationQueue(space, query)),
    keepReported: (id, reason) => translated(() => api.keepReported(id, { reason })),
    listMembers: (space) =>
      translated(async () => (await api.listMembers(space)).map((m) => ({ ...m, consents: m.consents ?? [] }))),
    getComposition: (space) => translated(() => api.getComposition(space)),
    addMember: (space, input) => translated(() => api.addMember(space, input)),
    updateMember: (space, memberId, patch) => translated(() => api.updateMember(space, memberId, patch)),
    listMeetings: (space) => translated(() => api.listMeetings(space)),
    saveMeeting: (space, input, existing) =>
      translated(() =>
        existing
          ? api.updateMeeting(space, existing.id, input, { expectedVersion: existing.expectedVersion })
          : api.createMeeting(space, input),
      ),
    captureFromMeeting: (space, meetingId, input) =>
      translated(async () => {
        const target = await api.getSpace(space);
        const created = await api.createContribution({
          ...input,
          spaceId: target.id,
          channel: 'meeting',
          meetingId,
          // The service makes the group the author; a pseudonym is still part of the input.
          author: { pseudonym: target.name.slice(0, 60) },
        });
        return asStaff(await api.getContribution(created.contribution.id));
      }),
    issueAttestation: (space, input) => translated(() => api.issueAttestation(space, input)),
    listAttestations: (space, member) => translated(() => api.listAttestations(space, { member })),
    getCycle: (space) => translated(() => api.getCycle(space)),
    sendCycleCommand: (space, command, expectedVersion) =>
      translated(() => api.sendCycleCommand(space, command, { expectedVersion })),
    listSpacePractices: (space, locale) => translated(() => api.listSpacePractices(space, { locale })),
    listPracticeQueue: (locale) => translated(() => api.listPracticeQueue({ locale })),
    listPublishedPractices: (locale) => translated(() => api.listPractices({ locale })),
    getPractice: (id, locale) => translated(() => api.getPractice(id, { locale })),
    createPractice: (space, draft, locale) => translated(() => api.createPractice(space, { ...draft, locale })),
    updatePractice: (id, draft, expectedVersion, locale) =>
      translated(() => api.updatePractice(id, draft, { locale, expectedVersion })),
    sendPracticeCommand: (id, command, expectedVersion, locale) =>
      translated(() => api.sendPracticeCommand(id, command, { locale, expectedVersion })),
  };
}
