// The professional side: moderation, publishing answers together, members, meetings,
// attestations of participation. Every write is validated by the service (422 with paths).
import {
  AttestationInputSchema,
  AttestationSchema,
  DismissReportsInputSchema,
  MeetingInputSchema,
  MeetingSchema,
  MemberInputSchema,
  MemberPatchSchema,
  MemberSchema,
  REPORT_REASONS,
  ReportInputSchema,
  SpaceSchema,
  SpaceSettingsSchema,
} from '@participe/core';
import * as z from 'zod/mini';
import { PublishAnswersSchema, publishAnswersCommand } from '../../service/answers.js';
import {
  addMemberCommand,
  getAttestationQuery,
  issueAttestationCommand,
  listAttestationsQuery,
  listMeetingsQuery,
  saveMeetingCommand,
  updateMemberCommand,
  updateSpaceSettingsCommand,
} from '../../service/group.js';
import { keepReportedCommand, moderationQueueQuery, reportContributionCommand } from '../../service/moderation.js';
import { readIfMatch } from '../http.js';
import { route } from '../router.js';
import { ModerationItemSchema, PublishedAnswersSchema, ReportReceiptSchema, ReportsClosedSchema } from '../schemas.js';
import { BODY_ERRORS } from './errors.js';

const spaceParam = { space: 'Space id or slug, e.g. `groupe-rsa-nord`.' };
const idParam = { id: 'Contribution id, e.g. `c_8f3k2m9q`.' };
const STAFF_ERRORS = [401, 403, 404] as const;

const ModerationQueryString = z.object({
  queue: z.optional(z.enum(['awaitingApproval', 'reported', 'hidden'])),
  reason: z.optional(z.enum(REPORT_REASONS)),
  olderThanDays: z.optional(z.pipe(z.string().check(z.regex(/^\d{1,4}$/)), z.transform(Number))),
});

const AttestationsQueryString = z.object({
  member: z.optional(z.string().check(z.describe('Only this member’s attestations, e.g. `m_7h2k`.'))),
});

export const backofficeRoutes = [
  route({
    method: 'POST',
    path: '/api/contributions/{id}/reports',
    operationId: 'reportContribution',
    tag: 'moderation',
    summary:
      'Report a published contribution to the group’s facilitators, with a reason. Nothing about the reporter is stored.',
    access: 'Anyone.',
    params: idParam,
    body: ReportInputSchema,
    ok: { status: 202, description: 'Received; a facilitator will look at it.', schema: ReportReceiptSchema },
    errors: [...BODY_ERRORS, 404, 409],
    handle: async ({ ctx, params, body }) => ({
      status: 202,
      body: await reportContributionCommand(ctx, params['id'], body),
    }),
  }),
  route({
    method: 'POST',
    path: '/api/contributions/{id}/reports/keep',
    operationId: 'keepReported',
    tag: 'moderation',
    summary: 'Keep a reported contribution online, with a reason: its open reports are closed.',
    access: 'Facilitators of the space.',
    params: idParam,
    body: DismissReportsInputSchema,
    ok: { status: 200, description: 'How many reports were closed.', schema: ReportsClosedSchema },
    errors: [...BODY_ERRORS, ...STAFF_ERRORS],
    handle: async ({ ctx, params, body }) => ({ body: await keepReportedCommand(ctx, params['id'], body) }),
  }),
  route({
    method: 'GET',
    path: '/api/spaces/{space}/moderation',
    operationId: 'listModerationQueue',
    tag: 'moderation',
    summary:
      'What waits for a facilitator: approvals (pre-moderation), reported and hidden contributions, oldest first.',
    access: 'Facilitators of the space.',
    params: spaceParam,
    query: ModerationQueryString,
    ok: { status: 200, description: 'The queue.', schema: z.array(ModerationItemSchema) },
    errors: [400, ...STAFF_ERRORS],
    handle: async ({ ctx, params, query }) => ({ body: await moderationQueueQuery(ctx, params['space'], query) }),
  }),
  route({
    method: 'POST',
    path: '/api/spaces/{space}/answers/publish',
    operationId: 'publishAnswers',
    tag: 'answers',
    summary:
      'Publish several decided answers at once: all of them or none. 409 names each item (`items.N`) that changed or cannot be published.',
    access: 'Professionals of the space.',
    params: spaceParam,
    body: PublishAnswersSchema,
    ok: { status: 200, description: 'The contributions, published.', schema: PublishedAnswersSchema },
    errors: [...BODY_ERRORS, ...STAFF_ERRORS, 409],
    handle: async ({ ctx, params, body }) => ({ body: await publishAnswersCommand(ctx, params['space'], body) }),
  }),
  route({
    method: 'POST',
    path: '/api/spaces/{space}/settings',
    operationId: 'updateSpaceSettings',
    tag: 'spaces',
    summary: 'Turn pre-moderation on or off (facilitators); set the answer templates (professionals).',
    access: 'Facilitators and professionals of the space, each for their field.',
    params: spaceParam,
    body: SpaceSettingsSchema,
    ok: { status: 200, description: 'The space with its new settings.', schema: SpaceSchema },
    errors: [...BODY_ERRORS, ...STAFF_ERRORS],
    handle: async ({ ctx, params, body }) => ({ body: await updateSpaceSettingsCommand(ctx, params['space'], body) }),
  }),
  route({
    method: 'POST',
    path: '/api/spaces/{space}/members',
    operationId: 'addMember',
    tag: 'spaces',
    summary: 'Add a member: a display name, a role, the day they joined. Never any social data.',
    access: 'Facilitators of the space.',
    params: spaceParam,
    body: MemberInputSchema,
    ok: { status: 201, description: 'The member.', schema: MemberSchema },
    errors: [...BODY_ERRORS, ...STAFF_ERRORS],
    handle: async ({ ctx, params, body }) => ({
      status: 201,
      body: await addMemberCommand(ctx, params['space'], body),
    }),
  }),
  route({
    method: 'POST',
    path: '/api/spaces/{space}/members/{member}',
    operationId: 'updateMember',
    tag: 'spaces',
    summary: 'Change a member: name, role, leaving day, whether they leave at the next renewal.',
    access: 'Facilitators of the space.',
    params: { ...spaceParam, member: 'Member id, e.g. `m_7h2k`.' },
    body: MemberPatchSchema,
    ok: { status: 200, description: 'The member.', schema: MemberSchema },
    errors: [...BODY_ERRORS, ...STAFF_ERRORS],
    handle: async ({ ctx, params, body }) => ({
      body: await updateMemberCommand(ctx, params['space'], params['member'], body),
    }),
  }),
  route({
    method: 'GET',
    path: '/api/spaces/{space}/meetings',
    operationId: 'listMeetings',
    tag: 'meetings',
    summary: 'Meetings of the group, oldest first: date, place, attendance, minutes.',
    access: 'Members of the space.',
    params: spaceParam,
    ok: { status: 200, description: 'The meetings.', schema: z.array(MeetingSchema) },
    errors: STAFF_ERRORS,
    handle: async ({ ctx, params }) => ({ body: await listMeetingsQuery(ctx, params['space']) }),
  }),
  route({
    method: 'POST',
    path: '/api/spaces/{space}/meetings',
    operationId: 'createMeeting',
    tag: 'meetings',
    summary: 'Record a meeting. Attendance names members of the group.',
    access: 'Facilitators of the space.',
    params: spaceParam,
    body: MeetingInputSchema,
    ok: { status: 201, description: 'The meeting, at version 1.', schema: MeetingSchema, headers: ['ETag'] },
    errors: [...BODY_ERRORS, ...STAFF_ERRORS],
    handle: async ({ ctx, params, body }) => {
      const meeting = await saveMeetingCommand(ctx, params['space'], body);
      return { status: 201, body: meeting, headers: { ETag: `"${meeting.version}"` } };
    },
  }),
  route({
    method: 'POST',
    path: '/api/spaces/{space}/meetings/{meeting}',
    operationId: 'updateMeeting',
    tag: 'meetings',
    summary:
      'Replace a meeting’s date, place, attendance and minutes. With `If-Match`, 409 if someone changed it since.',
    access: 'Facilitators of the space.',
    params: { ...spaceParam, meeting: 'Meeting id, e.g. `mt_4k9q`.' },
    body: MeetingInputSchema,
    headers: ['If-Match'],
    ok: { status: 200, description: 'The meeting, at its new version.', schema: MeetingSchema, headers: ['ETag'] },
    errors: [...BODY_ERRORS, ...STAFF_ERRORS, 409],
    handle: async ({ ctx, params, body, request }) => {
      const expectedVersion = readIfMatch(request, ctx);
      const meeting = await saveMeetingCommand(ctx, params['space'], body, { id: params['meeting'], expectedVersion });
      return { body: meeting, headers: { ETag: `"${meeting.version}"` } };
    },
  }),
  route({
    method: 'POST',
    path: '/api/spaces/{space}/attestations',
    operationId: 'issueAttestation',
    tag: 'meetings',
    summary: 'Issue an attestation of participation: the meetings attended and the skills the facilitator ticked.',
    access: 'Facilitators of the space.',
    params: spaceParam,
    body: AttestationInputSchema,
    ok: { status: 201, description: 'The attestation, ready to print.', schema: AttestationSchema },
    errors: [...BODY_ERRORS, ...STAFF_ERRORS],
    handle: async ({ ctx, params, body }) => ({
      status: 201,
      body: await issueAttestationCommand(ctx, params['space'], body),
    }),
  }),
  route({
    method: 'GET',
    path: '/api/spaces/{space}/attestations',
    operationId: 'listAttestations',
    tag: 'meetings',
    summary: 'Attestations issued in the group, newest first.',
    access: 'Facilitators (all); a member (their own).',
    params: spaceParam,
    query: AttestationsQueryString,
    ok: { status: 200, description: 'The attestations.', schema: z.array(AttestationSchema) },
    errors: [400, ...STAFF_ERRORS],
    handle: async ({ ctx, params, query }) => ({
      body: await listAttestationsQuery(ctx, params['space'], query.member),
    }),
  }),
  route({
    method: 'GET',
    path: '/api/spaces/{space}/attestations/{attestation}',
    operationId: 'getAttestation',
    tag: 'meetings',
    summary: 'One attestation.',
    access: 'Facilitators; the member it is for.',
    params: { ...spaceParam, attestation: 'Attestation id, e.g. `at_9d2f`.' },
    ok: { status: 200, description: 'The attestation.', schema: AttestationSchema },
    errors: STAFF_ERRORS,
    handle: async ({ ctx, params }) => ({
      body: await getAttestationQuery(ctx, params['space'], params['attestation']),
    }),
  }),
];
