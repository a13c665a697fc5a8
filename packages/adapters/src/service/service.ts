import type { ParticipeStore } from '@participe/core';
import { publishAnswersCommand } from './answers.js';
import type { Caller, ParticipeApi } from './api.js';
import {
  getPhaseQuery,
  getPracticeQuery,
  getResourceQuery,
  listGlossaryQuery,
  listGuideQuery,
  listPhasesQuery,
  listPracticesQuery,
  listResourcesQuery,
} from './content.js';
import type { ServiceContext } from './context.js';
import { sendEventCommand } from './contributions.command.js';
import { createContributionCommand } from './contributions.create.js';
import {
  getContributionQuery,
  getTimelineQuery,
  listContributionsQuery,
  resolveFollowUpCodeQuery,
} from './contributions.read.js';
import { getCycleQuery, sendCycleCommandCall } from './cycle.js';
import { diagnosticAggregateQuery, questionnaireQuery, submitDiagnosticCommand } from './diagnostics.js';
import {
  addMemberCommand,
  getAttestationQuery,
  issueAttestationCommand,
  listAttestationsQuery,
  listMeetingsQuery,
  saveMeetingCommand,
  updateMemberCommand,
  updateSpaceSettingsCommand,
} from './group.js';
import type { ApiLocale } from './messages.js';
import { keepReportedCommand, moderationQueueQuery, reportContributionCommand } from './moderation.js';
import { eraseMyDataCommand, exportMyDataQuery } from './privacy.js';
import { compositionQuery, getSpaceQuery, listMembersQuery, listSpacesQuery } from './spaces.js';
import { statsQuery } from './stats.js';

export interface ServiceOptions {
  store: ParticipeStore;
  /** The clock; tests pin it. @default () => new Date() */
  now?: () => Date;
}

export interface ParticipeService {
  /** The context of one call: the server builds one per request. */
  context(caller: Caller, locale?: ApiLocale): ServiceContext;
  /** The API as `caller` sees it, e.g. a widget on the memory store acting as an anonymous citizen. */
  as(caller: Caller, locale?: ApiLocale): ParticipeApi;
}

/** The application layer over any `ParticipeStore`. Runs in Node and in browsers. */
export function createParticipeService(options: ServiceOptions): ParticipeService {
  const now = options.now ?? (() => new Date());
  const context = (caller: Caller, locale: ApiLocale = 'fr'): ServiceContext => ({
    store: options.store,
    caller,
    locale,
    now,
  });
  return {
    context,
    as: (caller, locale) => bind(context(caller, locale)),
  };
}

function bind(ctx: ServiceContext): ParticipeApi {
  return {
    listSpaces: () => listSpacesQuery(ctx),
    getSpace: (space) => getSpaceQuery(ctx, space),
    listMembers: (space) => listMembersQuery(ctx, space),
    getComposition: (space) => compositionQuery(ctx, space),
    getCycle: (space) => getCycleQuery(ctx, space),
    sendCycleCommand: (space, command, opts) => sendCycleCommandCall(ctx, space, command, opts),
    createContribution: async (request, opts) =>
      (await createContributionCommand(ctx, request, opts?.idempotencyKey)).body,
    listContributions: (query) => listContributionsQuery(ctx, query),
    getContribution: async (id, opts) => (await getContributionQuery(ctx, id, opts?.secret)).body,
    getTimeline: async (id, opts) => (await getTimelineQuery(ctx, id, opts?.secret)).body,
    resolveFollowUpCode: (code) => resolveFollowUpCodeQuery(ctx, code),
    sendEvent: async (id, command, opts) => (await sendEventCommand(ctx, id, command, opts)).body,
    getStats: (space) => statsQuery(ctx, space),
    exportMyData: (proof) => exportMyDataQuery(ctx, proof),
    eraseMyData: (proof) => eraseMyDataCommand(ctx, proof),
    listPhases: async (q) => listPhasesQuery(ctx, q),
    getPhase: async (id, q) => getPhaseQuery(ctx, id, q),
    listResources: async (q) => listResourcesQuery(ctx, q),
    getResource: async (id, q) => getResourceQuery(ctx, id, q),
    listPractices: async (q) => listPracticesQuery(ctx, q),
    getPractice: async (id, q) => getPracticeQuery(ctx, id, q),
    listGlossary: async (q) => listGlossaryQuery(ctx, q),
    listGuide: async (q) => listGuideQuery(ctx, q),
    getQuestionnaire: async (q) => questionnaireQuery(ctx, q),
    submitDiagnostic: (space, submission) => submitDiagnosticCommand(ctx, space, submission),
    getDiagnosticAggregate: (space) => diagnosticAggregateQuery(ctx, space),
    reportContribution: (id, report) => reportContributionCommand(ctx, id, report),
    listModerationQueue: (space, query) => moderationQueueQuery(ctx, space, query),
    keepReported: (id, body) => keepReportedCommand(ctx, id, body),
    publishAnswers: (space, body) => publishAnswersCommand(ctx, space, body),
    updateSpaceSettings: (space, settings) => updateSpaceSettingsCommand(ctx, space, settings),
    addMember: (space, input) => addMemberCommand(ctx, space, input),
    updateMember: (space, memberId, patch) => updateMemberCommand(ctx, space, memberId, patch),
    listMeetings: (space) => listMeetingsQuery(ctx, space),
    saveMeeting: (space, input, existing) =>
      saveMeetingCommand(ctx, space, input, existing && { id: existing.id, expectedVersion: existing.expectedVersion }),
    issueAttestation: (space, input) => issueAttestationCommand(ctx, space, input),
    listAttestations: (space, memberId) => listAttestationsQuery(ctx, space, memberId),
    getAttestation: (space, id) => getAttestationQuery(ctx, space, id),
  };
}
