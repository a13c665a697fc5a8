// What each operation of the contract does, and the one way every operation is run: its
// input validated against its row of the contract (a 400 for a query or header, a 422 for
// a body, naming each field), then its implementation. The server and the in-process API
// both call `runOperation`, so they validate and answer alike.
import type { CallInput, InputOf, ReplyOf } from '../contract/api.js';
import { ENDPOINTS, type Endpoint, pathTo } from '../contract/endpoints.js';
import { OPERATIONS, type OperationSpec } from '../contract/operations.js';
import { IdempotencyKeySchema } from '../contract/schemas.js';
import {
  archiveSpaceCommand,
  createSpaceCommand,
  getCouncilSettingsQuery,
  inviteStaffCommand,
  listAdminSpacesQuery,
  listAuditQuery,
  listStaffQuery,
  publisherOf,
  revokeStaffCommand,
  updateCouncilSettingsCommand,
  updateSpaceCommand,
} from './admin.js';
import { publishAnswersCommand } from './answers.js';
import type { ServiceOperationId } from './api.js';
import { contentHistoryQuery, getContentQuery, listContentQuery, putContentCommand } from './content.js';
import { fail, instant, parseInput, requireSpace, type ServiceContext } from './context.js';
import { sendEventCommand } from './contributions.command.js';
import { createContributionCommand } from './contributions.create.js';
import {
  getContributionQuery,
  getTimelineQuery,
  listContributionsQuery,
  resolveFollowUpCodeQuery,
} from './contributions.read.js';
import { getCycleQuery, sendCycleCommandCall } from './cycle.js';
import { listDeadLettersQuery, reviveDeadLetterCommand } from './dead-letters.js';
import { diagnosticAggregateQuery, questionnaireQuery, submitDiagnosticCommand } from './diagnostics.js';
import {
  addMemberCommand,
  agendaQuery,
  getAttestationQuery,
  issueAttestationCommand,
  listAttestationsQuery,
  listMeetingsQuery,
  meetingsCalendarQuery,
  saveMeetingCommand,
  updateMemberCommand,
  updateSpaceSettingsCommand,
} from './group.js';
import { keepReportedCommand, moderationQueueQuery, reportContributionCommand } from './moderation.js';
import {
  createPracticeCommand,
  getPracticeQuery,
  listPracticesQuery,
  listSpacePracticesQuery,
  practiceQueueQuery,
  practiceVersionsQuery,
  relatedPracticesQuery,
  searchPracticesQuery,
  sendPracticeCommandCall,
  updatePracticeCommand,
} from './practices.js';
import { eraseMyDataCommand, exportMyDataQuery } from './privacy.js';
import { putQuestionnaireCommand, questionnaireFor } from './questionnaires.js';
import { compositionQuery, getSpaceQuery, listMembersQuery, listSpacesQuery } from './spaces.js';
import { boardQuery, statsQuery } from './stats.js';

/** An operation's implementation; `sent` is the body as it came, before validation. */
type Implementation<K extends ServiceOperationId> = (
  ctx: ServiceContext,
  input: InputOf<K> & { sent: unknown },
) => Promise<ReplyOf<K>>;

const etag = (version: number) => `"${version}"`;
/** A reply with only a body. */
const just = async <T>(body: T | Promise<T>) => ({ body: await body });
/** A reply whose `ETag` is the version of what was read or written. */
const versioned = async <T>(out: Promise<{ body: T; version: number }>) => {
  const { body, version } = await out;
  return { body, headers: { ETag: etag(version) } };
};

const IMPLEMENTATIONS: { [K in ServiceOperationId]: Implementation<K> } = {
  listContributions: (ctx, { query }) => just(listContributionsQuery(ctx, query)),
  createContribution: async (ctx, { body, sent, idempotencyKey }) => {
    const out = await createContributionCommand(ctx, body, sent, idempotencyKey);
    const { id, version } = out.body.contribution;
    return {
      body: out.body,
      headers: {
        Location: pathTo(ENDPOINTS.getContribution.path, { id }),
        ETag: etag(version),
        ...(out.replayed ? { 'Idempotent-Replayed': 'true' } : {}),
      },
    };
  },
  getContribution: (ctx, { params, secret }) => versioned(getContributionQuery(ctx, params.id, secret)),
  getTimeline: (ctx, { params, secret }) => versioned(getTimelineQuery(ctx, params.id, secret)),
  resolveFollowUpCode: (ctx, { params }) => just(resolveFollowUpCodeQuery(ctx, params.code)),
  sendContributionEvent: (ctx, { params, body, secret, expectedVersion }) =>
    versioned(sendEventCommand(ctx, params.id, body, { secret, expectedVersion })),
  listSpaces: (ctx) => just(listSpacesQuery(ctx)),
  getSpace: (ctx, { params }) => just(getSpaceQuery(ctx, params.space)),
  listMembers: (ctx, { params }) => just(listMembersQuery(ctx, params.space)),
  getComposition: (ctx, { params }) => just(compositionQuery(ctx, params.space)),
  getStats: (ctx, { params }) => just(statsQuery(ctx, params.space)),
  // Loaded when asked: the CSV writer it uses needs Node's Buffer, and the service also runs
  // in browsers (the widgets' in-process back end for Storybook and tests).
  getOpenData: (ctx) =>
    just(
      Promise.all([import('../interop/opendata/opendata.js'), publisherOf(ctx)]).then(([m, publisher]) =>
        m.openDataDocument(ctx.store, instant(ctx), publisher),
      ),
    ),
  reportContribution: (ctx, { params, body }) => just(reportContributionCommand(ctx, params.id, body)),
  keepReported: (ctx, { params, body }) => just(keepReportedCommand(ctx, params.id, body)),
  listModerationQueue: (ctx, { params, query }) => just(moderationQueueQuery(ctx, params.space, query)),
  publishAnswers: (ctx, { params, body }) => just(publishAnswersCommand(ctx, params.space, body)),
  updateSpaceSettings: (ctx, { params, body }) => just(updateSpaceSettingsCommand(ctx, params.space, body)),
  addMember: (ctx, { params, body }) => just(addMemberCommand(ctx, params.space, body)),
  updateMember: (ctx, { params, body }) => just(updateMemberCommand(ctx, params.space, params.member, body)),
  listMeetings: (ctx, { params }) => just(listMeetingsQuery(ctx, params.space)),
  getBoard: (ctx, { query }) => just(boardQuery(ctx, null, query)),
  getSpaceBoard: (ctx, { params, query }) => just(boardQuery(ctx, params.space, query)),
  getMeetingsCalendar: (ctx, { params }) => just(meetingsCalendarQuery(ctx, params.space)),
  getAgenda: (ctx, { params }) => just(agendaQuery(ctx, params.space)),
  createMeeting: async (ctx, { params, body }) => {
    const meeting = await saveMeetingCommand(ctx, params.space, body);
    return { body: meeting, headers: { ETag: etag(meeting.version) } };
  },
  updateMeeting: async (ctx, { params, body, expectedVersion }) => {
    const meeting = await saveMeetingCommand(ctx, params.space, body, { id: params.meeting, expectedVersion });
    return { body: meeting, headers: { ETag: etag(meeting.version) } };
  },
  issueAttestation: (ctx, { params, body }) => just(issueAttestationCommand(ctx, params.space, body)),
  listAttestations: (ctx, { params, query }) => just(listAttestationsQuery(ctx, params.space, query.member)),
  getAttestation: (ctx, { params }) => just(getAttestationQuery(ctx, params.space, params.attestation)),
  getCycle: async (ctx, { params }) => {
    const view = await getCycleQuery(ctx, params.space);
    return { body: view, headers: { ETag: etag(view.seq) } };
  },
  sendCycleCommand: async (ctx, { params, body, expectedVersion }) => {
    const view = await sendCycleCommandCall(ctx, params.space, body, { expectedSeq: expectedVersion });
    return { body: view, headers: { ETag: etag(view.seq) } };
  },
  getQuestionnaire: (ctx, { query }) => just(questionnaireQuery(ctx, query)),
  submitDiagnostic: (ctx, { params, body }) => just(submitDiagnosticCommand(ctx, params.space, body)),
  getDiagnosticAggregate: (ctx, { params }) => just(diagnosticAggregateQuery(ctx, params.space)),
  exportMyData: (ctx, { body }) => just(exportMyDataQuery(ctx, body)),
  eraseMyData: (ctx, { body }) => just(eraseMyDataCommand(ctx, body)),
  listPhases: (ctx, { query }) => listContentQuery(ctx, 'phase', query) as never,
  getPhase: (ctx, { params, query }) => getContentQuery(ctx, 'phase', params.id, query) as never,
  listResources: (ctx, { query }) => listContentQuery(ctx, 'resource', query) as never,
  getResource: (ctx, { params, query }) => getContentQuery(ctx, 'resource', params.id, query) as never,
  searchPractices: (ctx, { query }) => just(searchPracticesQuery(ctx, query)),
  listPractices: (ctx, { query }) => just(listPracticesQuery(ctx, query)),
  getPractice: (ctx, { params, query }) => versioned(getPracticeQuery(ctx, params.id, query)),
  listRelatedPractices: (ctx, { params, query }) => just(relatedPracticesQuery(ctx, params.id, query)),
  listPracticeVersions: (ctx, { params, query }) => just(practiceVersionsQuery(ctx, params.id, query)),
  updatePractice: (ctx, { params, query, body, expectedVersion }) =>
    versioned(updatePracticeCommand(ctx, params.id, body, { ...query, expectedVersion })),
  sendPracticeCommand: (ctx, { params, query, body, expectedVersion }) =>
    versioned(sendPracticeCommandCall(ctx, params.id, body, { ...query, expectedVersion })),
  listSpacePractices: (ctx, { params, query }) => just(listSpacePracticesQuery(ctx, params.space, query)),
  createPractice: async (ctx, { params, body }) => {
    const { body: sheet, version } = await createPracticeCommand(ctx, params.space, body);
    const Location = `${pathTo(ENDPOINTS.getPractice.path, { id: sheet.id })}?locale=${sheet.locale}`;
    return { body: sheet, headers: { ETag: etag(version), Location } };
  },
  listPracticeQueue: (ctx, { query }) => just(practiceQueueQuery(ctx, query)),
  listGlossary: (ctx, { query }) => listContentQuery(ctx, 'glossary', query) as never,
  listGuide: (ctx, { query }) => listContentQuery(ctx, 'guide', query) as never,
  putPhase: (ctx, { params, body, query, expectedVersion }) =>
    putContentCommand(ctx, 'phase', params.id, body, query, expectedVersion) as never,
  putResource: (ctx, { params, body, query, expectedVersion }) =>
    putContentCommand(ctx, 'resource', params.id, body, query, expectedVersion) as never,
  putGuideEntry: (ctx, { params, body, query, expectedVersion }) =>
    putContentCommand(ctx, 'guide', params.id, body, query, expectedVersion) as never,
  putGlossaryEntry: (ctx, { params, body, query, expectedVersion }) =>
    putContentCommand(ctx, 'glossary', params.id, body, query, expectedVersion) as never,
  putQuestionnaire: async (ctx, { body, query, expectedVersion }) => {
    const saved = await putQuestionnaireCommand(ctx, null, body, query.locale, expectedVersion);
    return { body: saved, headers: { ETag: etag(saved.version) } };
  },
  getSpaceQuestionnaire: async (ctx, { params, query }) => {
    const found = await questionnaireFor(ctx, await requireSpace(ctx, params.space), query.locale);
    return { body: found, headers: { ETag: etag(found.version) } };
  },
  putSpaceQuestionnaire: async (ctx, { params, body, query, expectedVersion }) => {
    const saved = await putQuestionnaireCommand(ctx, params.space, body, query.locale, expectedVersion);
    return { body: saved, headers: { ETag: etag(saved.version) } };
  },
  getContentHistory: (ctx, { params, query }) => just(contentHistoryQuery(ctx, params.kind, params.id, query)) as never,
  listAdminSpaces: (ctx) => just(listAdminSpacesQuery(ctx)),
  createSpace: async (ctx, { body }) => {
    const space = await createSpaceCommand(ctx, body);
    return {
      body: space,
      headers: { ETag: etag(space.version), Location: pathTo(ENDPOINTS.getSpace.path, { space: space.slug }) },
    };
  },
  updateSpace: async (ctx, { params, body, expectedVersion }) => {
    const space = await updateSpaceCommand(ctx, params.space, body, expectedVersion);
    return { body: space, headers: { ETag: etag(space.version) } };
  },
  archiveSpace: async (ctx, { params, body, expectedVersion }) => {
    const space = await archiveSpaceCommand(ctx, params.space, body, expectedVersion);
    return { body: space, headers: { ETag: etag(space.version) } };
  },
  listStaff: (ctx) => just(listStaffQuery(ctx)),
  inviteStaff: (ctx, { body }) => just(inviteStaffCommand(ctx, body)),
  revokeStaff: (ctx, { params }) => just(revokeStaffCommand(ctx, params.account)),
  getCouncilSettings: async (ctx) => {
    const settings = await getCouncilSettingsQuery(ctx);
    return { body: settings, headers: { ETag: etag(settings.version) } };
  },
  updateCouncilSettings: async (ctx, { body, expectedVersion }) => {
    const settings = await updateCouncilSettingsCommand(ctx, body, expectedVersion);
    return { body: settings, headers: { ETag: etag(settings.version) } };
  },
  listAudit: (ctx, { query }) => just(listAuditQuery(ctx, query)),
  listDeadLetters: (ctx, { query }) => just(listDeadLettersQuery(ctx, query)),
  reviveDeadLetter: (ctx, { params }) => just(reviveDeadLetterCommand(ctx, params.notification)),
  health: (ctx) => just({ status: 'ok' as const, time: ctx.now().toISOString() }),
};

/**
 * A member (a token) changing something versioned — every operation that reads `If-Match` —
 * must say which version they saw: without it, two people's changes would silently replace
 * each other, and each would believe theirs stands. The author acting with the secret may
 * leave it out. `If-Match: *` names no version, so it does not do.
 */
export const preconditionRequired = (endpoint: Endpoint, ctx: Pick<ServiceContext, 'caller'>, input: CallInput) =>
  Boolean(endpoint.headers?.includes('If-Match')) &&
  input.expectedVersion === undefined &&
  ctx.caller !== null &&
  input.secret === undefined;

/** Validates `input` against the operation's row of the contract, then runs the operation. */
export async function runOperation<K extends ServiceOperationId>(
  ctx: ServiceContext,
  id: K,
  input: CallInput,
): Promise<ReplyOf<K>> {
  const row: OperationSpec = OPERATIONS[id];
  if (input.idempotencyKey !== undefined && !IdempotencyKeySchema.safeParse(input.idempotencyKey).success) {
    throw fail(ctx, 400, 'badIdempotencyKey');
  }
  if (preconditionRequired(ENDPOINTS[id], ctx, input)) throw fail(ctx, 428, 'preconditionRequired');
  const query = row.query ? parseInput(ctx, row.query, input.query, { query: true }) : {};
  const body = row.body ? parseInput(ctx, row.body, input.body) : undefined;
  const implementation = IMPLEMENTATIONS[id] as unknown as (
    ctx: ServiceContext,
    input: CallInput & { sent: unknown },
  ) => Promise<ReplyOf<K>>;
  return implementation(ctx, { ...input, query, body, sent: input.body });
}
