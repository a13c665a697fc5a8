// The API contract: one row per operation, under the name `endpoints.ts` gives it with its
// method, path and request headers. From these two files come the server's routing and
// validation, the service's typed implementations, the typed client (its methods and
// their types), and the OpenAPI document. An operation is written here and nowhere else.
import {
  AggregateResultSchema,
  AttestationInputSchema,
  AttestationSchema,
  BoardSchema,
  CompositionSchema,
  ContributionCommandSchema,
  ContributionEventSchema,
  ContributionForCallerSchema,
  ContributionPageSchema,
  CreatedContributionSchema,
  CycleCommandSchema,
  CycleViewSchema,
  DiagnosticResultSchema,
  DismissReportsInputSchema,
  ErasedReceiptSchema,
  FollowUpSchema,
  HealthSchema,
  MeetingInputSchema,
  MeetingSchema,
  MemberInputSchema,
  MemberPatchSchema,
  MemberSchema,
  MemberViewSchema,
  ModerationItemSchema,
  PracticeCommandSchema,
  PracticeDraftSchema,
  PracticeVersionSchema,
  PracticeViewSchema,
  PrivacyExportSchema,
  PublicMeetingSchema,
  PublishedAnswersSchema,
  QuestionnaireSchema,
  ReportInputSchema,
  ReportReceiptSchema,
  ReportsClosedSchema,
  SpaceSchema,
  SpaceSettingsSchema,
  StatsSchema,
} from '@participe/core';
import * as z from 'zod/mini';
import type { Endpoint, Endpoints, OperationId, PathParam } from './endpoints.js';
import {
  AdminSpaceSchema,
  AuditPageSchema,
  AuditQuerySchema,
  CouncilSettingsInputSchema,
  CouncilSettingsSchema,
  DeadLetterPageSchema,
  DeadLetterQuerySchema,
  RevivedDeadLetterSchema,
  SpaceArchiveSchema,
  SpaceCreateSchema,
  SpacePatchSchema,
  StaffInviteSchema,
  StaffViewSchema,
} from './schemas.admin.js';
import {
  ContentListQuerySchema,
  ContentLocaleQuerySchema,
  ContentVersionSchema,
  contentPage,
  GlossaryEntryInputSchema,
  GlossaryEntryReadSchema,
  GuideEntryInputSchema,
  GuideEntryReadSchema,
  PhaseEntrySchema,
  PhaseInputSchema,
  PhaseLabelSchema,
  QuestionnaireInEffectSchema,
  QuestionnaireInputSchema,
  ResourceEntrySchema,
  ResourceInputSchema,
} from './schemas.content.js';
import {
  AttestationsQuerySchema,
  AuthorProofSchema,
  BoardQuerySchema,
  ContentQuerySchema,
  ContributionQuerySchema,
  CreateContributionSchema,
  DiagnosticSubmissionSchema,
  ModerationQuerySchema,
  PublishAnswersSchema,
  QuestionnaireQuerySchema,
} from './schemas.js';
import {
  PracticeCreateSchema,
  PracticeLocaleQuerySchema,
  PracticeSearchQuerySchema,
  PracticeSearchResponseSchema,
} from './schemas.practices.js';

/** The groups of operations in the documentation, each with what it is about. */
export const API_TAGS = {
  contributions: 'Send a contribution, follow it, read the public ones.',
  answers: 'Publish the institution’s answers.',
  moderation: 'Reports and the facilitators’ moderation queue.',
  spaces: 'Participation groups: settings, members, composition, figures.',
  meetings: 'Meetings of a group and attestations of participation.',
  cycle: 'The participation cycle of a group, phase by phase.',
  diagnostics: 'The self-diagnostic: “Where does our participation stand?”',
  privacy: 'An author’s data: export and erasure.',
  content: 'The resource centre: phases, methods, practices, glossary, guide.',
  practices: 'Practice sheets written by groups: drafts, review, publication, sharing between councils, search.',
  admin:
    'The council’s administration: spaces, staff and invitations, settings, the audit log, notifications set aside.',
  system: 'Health and this document.',
} as const;
export type ApiTag = keyof typeof API_TAGS;

/** Headers an operation may set on its success response, each documented in the OpenAPI document. */
export const RESPONSE_HEADERS = {
  ETag: 'The version of what was read or written, to send back as `If-Match`.',
  Location: 'Where the created resource can be read.',
  'Idempotent-Replayed': '`true` when this is the stored answer to an earlier request with the same `Idempotency-Key`.',
} as const;
export type ResponseHeader = keyof typeof RESPONSE_HEADERS;

/** One operation, but for its method, path and request headers (in `endpoints.ts`). */
export interface OperationSpec {
  tag: ApiTag;
  summary: string;
  /** Who may call it, in one sentence, for the documentation; the service enforces it. */
  access: string;
  /** Each parameter in the path's `{…}`, described. */
  params?: Readonly<Record<string, string>>;
  /** Typed values; the server reads them from the query string (lists comma-separated). */
  query?: z.ZodMiniObject;
  /** The JSON body: every POST has one, no GET does. */
  body?: z.ZodMiniType;
  /** The success response, with the headers its implementation sets. */
  ok: {
    status: number;
    description: string;
    schema: z.ZodMiniType;
    headers?: readonly ResponseHeader[];
    /** The body is text of this type (its schema a string) instead of JSON. */
    mediaType?: 'text/calendar';
  };
  /** Error statuses it can answer, besides those any operation can (401 for a bad token, 429, 500). */
  errors: readonly number[];
  /**
   * Public read-only content may be cached for a few minutes; `'revalidate'`: cached, but
   * checked with `If-None-Match` on every use (content its council edits).
   */
  cacheable?: boolean | 'revalidate';
}

/** The row an endpoint needs: each path parameter described, and a body exactly when it is a POST. */
type RowFor<E extends Endpoint> = OperationSpec &
  ([PathParam<E['path']>] extends [never] ? { params?: never } : { params: Record<PathParam<E['path']>, string> }) &
  (E['method'] extends 'POST' | 'PUT' ? { body: z.ZodMiniType } : { body?: never });

/** Error statuses shared by groups of operations. */
const BODY_ERRORS = [400, 413, 415, 422] as const;
const STAFF_ERRORS = [401, 403, 404] as const;

const space = { space: 'Space id or slug, e.g. `groupe-rsa-nord`.' } as const;
const ADMINS = 'Administrators of the council (not its editors).';
/** The content and the practice review: an editor's work, which an administrator may also do. */
const EDITORS = 'Editors of the council, and its administrators.';
const ADMIN_ERRORS = [401, 403] as const;
const id = { id: 'Contribution id, e.g. `c_8f3k2m9q`.' } as const;
const entry = { id: 'Entry id, e.g. `arbre-a-problemes`.' } as const;
const practice = { id: 'Practice sheet id, e.g. `courriers-rsa-reecrits`.' } as const;

/** The resource centre as the council keeps it: public, paged, searchable; `ETag` for `If-None-Match`. */
const councilList = <S extends z.ZodMiniType>(summary: string, schema: S) =>
  ({
    tag: 'content',
    summary: `${summary} The council’s own entries, in its order; a page at a time.`,
    access: 'Anyone.',
    query: ContentListQuerySchema,
    cacheable: 'revalidate',
    ok: {
      status: 200,
      description:
        'A page of entries, in the chosen language. Send its `ETag` back as `If-None-Match`: 304 when unchanged.',
      schema: contentPage(schema),
      headers: ['ETag'],
    },
    errors: [400],
  }) as const;
const councilEntry = <S extends z.ZodMiniType>(summary: string, schema: S) =>
  ({
    tag: 'content',
    summary,
    access: 'Anyone.',
    params: entry,
    query: ContentLocaleQuerySchema,
    cacheable: 'revalidate',
    ok: {
      status: 200,
      description: 'The entry. `ETag` is its version: send it as `If-Match` to change it, or `If-None-Match`.',
      schema,
      headers: ['ETag'],
    },
    errors: [400, 404],
  }) as const;
const contentPut = <B extends z.ZodMiniType, S extends z.ZodMiniType>(summary: string, body: B, schema: S) =>
  ({
    tag: 'content',
    summary: `${summary} \`If-Match\` is required (428 without it): 409 if someone saved it since. A text without its FALC version is saved and flagged in \`falcMissing\`.`,
    access: EDITORS,
    params: entry,
    query: ContentLocaleQuerySchema,
    body,
    ok: { status: 200, description: 'The entry, at its new version.', schema, headers: ['ETag'] },
    errors: [...BODY_ERRORS, ...ADMIN_ERRORS, 404, 409, 428],
  }) as const;

export const OPERATIONS = {
  listContributions: {
    tag: 'contributions',
    summary: 'List contributions, newest first, with filters and a cursor.',
    access: 'Anyone: published contributions. Members of the space (with `space`): also drafts and moderation.',
    query: ContributionQuerySchema,
    ok: { status: 200, description: 'A page of contributions.', schema: ContributionPageSchema },
    errors: [400, 401, 404],
  },
  createContribution: {
    tag: 'contributions',
    summary:
      'Send a contribution: stored and submitted (published, or waiting for moderation). Answers with its follow-up code and secret code (six common French words), shown once.',
    access: 'Anyone online; assisted and meeting entries by a facilitator of the space.',
    body: CreateContributionSchema,
    ok: {
      status: 201,
      description: 'Created, or the first answer to the same key and body.',
      schema: CreatedContributionSchema,
      headers: ['Location', 'ETag', 'Idempotent-Replayed'],
    },
    errors: [...BODY_ERRORS, 401, 403, 409],
  },
  getContribution: {
    tag: 'contributions',
    summary: 'One contribution, as the caller may see it. `ETag` is its version.',
    access: 'Anyone if published; its author with the secret code; members of its space.',
    params: id,
    ok: { status: 200, description: 'The contribution.', schema: ContributionForCallerSchema, headers: ['ETag'] },
    errors: [401, 404],
  },
  getTimeline: {
    tag: 'contributions',
    summary: 'Every event of the contribution: its public timeline (the full audit log for professionals).',
    access: 'As for the contribution.',
    params: id,
    ok: {
      status: 200,
      description: 'Events, oldest first. `ETag` is the contribution’s version.',
      schema: z.array(ContributionEventSchema),
      headers: ['ETag'],
    },
    errors: [401, 404],
  },
  resolveFollowUpCode: {
    tag: 'contributions',
    summary: 'The contribution a follow-up code points to. Case, spaces and dashes do not matter.',
    access: 'Anyone.',
    params: { code: 'Follow-up code, e.g. `K7P-4QX`.' },
    ok: { status: 200, description: 'The contribution id.', schema: FollowUpSchema },
    errors: [404],
  },
  sendContributionEvent: {
    tag: 'contributions',
    summary:
      'Apply a machine event: submit, moderate, review, decide, publish the answer, commit, report progress… ' +
      '403 when the role may not send it, 409 when the machine refuses it or someone changed the contribution, ' +
      '428 when a member sends no `If-Match`.',
    access:
      'The author with the secret code (edit, submit, withdraw); facilitators (moderation); professionals (answers, commitments, progress).',
    params: id,
    body: ContributionCommandSchema,
    ok: {
      status: 200,
      description: 'The contribution after the event. `ETag` is its new version.',
      schema: ContributionForCallerSchema,
      headers: ['ETag'],
    },
    errors: [...BODY_ERRORS, 401, 403, 404, 409, 428],
  },
  listSpaces: {
    tag: 'spaces',
    summary: 'Every participation group or committee.',
    access: 'Anyone.',
    ok: { status: 200, description: 'The spaces.', schema: z.array(SpaceSchema) },
    errors: [],
  },
  getSpace: {
    tag: 'spaces',
    summary: 'One space: its charter, themes, answer delay and composition rule.',
    access: 'Anyone.',
    params: space,
    ok: { status: 200, description: 'The space.', schema: SpaceSchema },
    errors: [404],
  },
  listMembers: {
    tag: 'spaces',
    summary: 'Members of the space. Consents are shown to facilitators only.',
    access: 'Members of the space.',
    params: space,
    ok: { status: 200, description: 'The members.', schema: z.array(MemberViewSchema) },
    errors: [401, 403, 404],
  },
  getComposition: {
    tag: 'spaces',
    summary: 'Who is in the group today, by role: size, parity share of people concerned, next renewal, warnings.',
    access: 'Anyone (numbers only, no names).',
    params: space,
    ok: { status: 200, description: 'The composition.', schema: CompositionSchema },
    errors: [404],
  },
  getStats: {
    tag: 'spaces',
    summary: 'Counts by status and theme, median days to a published answer, overdue count.',
    access: 'Anyone.',
    params: space,
    ok: { status: 200, description: 'The figures.', schema: StatsSchema },
    errors: [404],
  },
  getBoard: {
    tag: 'spaces',
    summary:
      'The public board of the whole council: share answered, days to answer (mean, median, 90th percentile), overdue contributions oldest first, answers by verdict, commitments with progress and milestones, by theme and by month.',
    access: 'Anyone.',
    query: BoardQuerySchema,
    ok: { status: 200, description: 'The board.', schema: BoardSchema },
    errors: [],
  },
  getSpaceBoard: {
    tag: 'spaces',
    summary: 'The public board of one space: the figures of `GET /api/board` for its contributions only.',
    access: 'Anyone.',
    params: space,
    query: BoardQuerySchema,
    ok: { status: 200, description: 'The board.', schema: BoardSchema },
    errors: [404],
  },
  getOpenData: {
    tag: 'spaces',
    summary:
      'The open data: answered contributions with their answers, commitments and progress, figures per space — each table as rows and as CSV (UTF-8, comma) with its Table Schema — and the metadata of a data.gouv.fr dataset (Licence Ouverte 2.0). Only public fields: no author, nothing hidden or withdrawn.',
    access: 'Anyone.',
    ok: { status: 200, description: 'The open data.', schema: z.record(z.string(), z.unknown()) },
    errors: [],
    cacheable: true,
  },
  reportContribution: {
    tag: 'moderation',
    summary:
      'Report a published contribution to the group’s facilitators, with a reason. Nothing about the reporter is stored.',
    access: 'Anyone.',
    params: id,
    body: ReportInputSchema,
    ok: { status: 202, description: 'Received; a facilitator will look at it.', schema: ReportReceiptSchema },
    errors: [...BODY_ERRORS, 404, 409],
  },
  keepReported: {
    tag: 'moderation',
    summary: 'Keep a reported contribution online, with a reason: its open reports are closed.',
    access: 'Facilitators of the space.',
    params: id,
    body: DismissReportsInputSchema,
    ok: { status: 200, description: 'How many reports were closed.', schema: ReportsClosedSchema },
    errors: [...BODY_ERRORS, ...STAFF_ERRORS],
  },
  listModerationQueue: {
    tag: 'moderation',
    summary:
      'What waits for a facilitator: approvals (pre-moderation), reported and hidden contributions, oldest first.',
    access: 'Facilitators of the space.',
    params: space,
    query: ModerationQuerySchema,
    ok: { status: 200, description: 'The queue.', schema: z.array(ModerationItemSchema) },
    errors: [400, ...STAFF_ERRORS],
  },
  publishAnswers: {
    tag: 'answers',
    summary:
      'Publish several decided answers at once: all of them or none. 409 names each item (`items.N`) that changed or cannot be published.',
    access: 'Professionals of the space.',
    params: space,
    body: PublishAnswersSchema,
    ok: { status: 200, description: 'The contributions, published.', schema: PublishedAnswersSchema },
    errors: [...BODY_ERRORS, ...STAFF_ERRORS, 409],
  },
  updateSpaceSettings: {
    tag: 'spaces',
    summary: 'Turn pre-moderation on or off (facilitators); set the answer templates (professionals).',
    access: 'Facilitators and professionals of the space, each for their field.',
    params: space,
    body: SpaceSettingsSchema,
    ok: { status: 200, description: 'The space with its new settings.', schema: SpaceSchema },
    errors: [...BODY_ERRORS, ...STAFF_ERRORS],
  },
  addMember: {
    tag: 'spaces',
    summary: 'Add a member: a display name, a role, the day they joined. Never any social data.',
    access: 'Facilitators of the space.',
    params: space,
    body: MemberInputSchema,
    ok: { status: 201, description: 'The member.', schema: MemberSchema },
    errors: [...BODY_ERRORS, ...STAFF_ERRORS],
  },
  updateMember: {
    tag: 'spaces',
    summary: 'Change a member: name, role, leaving day, whether they leave at the next renewal.',
    access: 'Facilitators of the space.',
    params: { ...space, member: 'Member id, e.g. `m_7h2k`.' },
    body: MemberPatchSchema,
    ok: { status: 200, description: 'The member.', schema: MemberSchema },
    errors: [...BODY_ERRORS, ...STAFF_ERRORS],
  },
  listMeetings: {
    tag: 'meetings',
    summary: 'Meetings of the group, oldest first: date, place, attendance, minutes.',
    access: 'Members of the space.',
    params: space,
    ok: { status: 200, description: 'The meetings.', schema: z.array(MeetingSchema) },
    errors: STAFF_ERRORS,
  },
  getAgenda: {
    tag: 'meetings',
    summary:
      'The next public meetings of the group, soonest first (50 at most): title, start and end, place, how to get there, cancelled or not.',
    access: 'Anyone. Members-only meetings, attendance and minutes are never in it.',
    params: space,
    ok: { status: 200, description: 'The agenda.', schema: z.array(PublicMeetingSchema) },
    errors: [404],
    cacheable: true,
  },
  getMeetingsCalendar: {
    tag: 'meetings',
    summary:
      'The public meetings of the group as an iCalendar feed (RFC 5545) to subscribe to: one UID per meeting for life, SEQUENCE its version, cancelled ones marked STATUS:CANCELLED.',
    access: 'Anyone. Members-only meetings, attendance and minutes are never in it.',
    params: space,
    ok: { status: 200, description: 'The calendar.', schema: z.string(), mediaType: 'text/calendar' },
    errors: [404],
    cacheable: true,
  },
  createMeeting: {
    tag: 'meetings',
    summary: 'Record a meeting. Attendance names members of the group.',
    access: 'Facilitators of the space.',
    params: space,
    body: MeetingInputSchema,
    ok: { status: 201, description: 'The meeting, at version 1.', schema: MeetingSchema, headers: ['ETag'] },
    errors: [...BODY_ERRORS, ...STAFF_ERRORS],
  },
  updateMeeting: {
    tag: 'meetings',
    summary:
      'Replace a meeting’s date, place, attendance and minutes. `If-Match` is required (428 without it): 409 if someone changed it since.',
    access: 'Facilitators of the space.',
    params: { ...space, meeting: 'Meeting id, e.g. `mt_4k9q`.' },
    body: MeetingInputSchema,
    ok: { status: 200, description: 'The meeting, at its new version.', schema: MeetingSchema, headers: ['ETag'] },
    errors: [...BODY_ERRORS, ...STAFF_ERRORS, 409, 428],
  },
  issueAttestation: {
    tag: 'meetings',
    summary: 'Issue an attestation of participation: the meetings attended and the skills the facilitator ticked.',
    access: 'Facilitators of the space.',
    params: space,
    body: AttestationInputSchema,
    ok: { status: 201, description: 'The attestation, ready to print.', schema: AttestationSchema },
    errors: [...BODY_ERRORS, ...STAFF_ERRORS],
  },
  listAttestations: {
    tag: 'meetings',
    summary: 'Attestations issued in the group, newest first.',
    access: 'Facilitators (all); a member (their own).',
    params: space,
    query: AttestationsQuerySchema,
    ok: { status: 200, description: 'The attestations.', schema: z.array(AttestationSchema) },
    errors: [400, ...STAFF_ERRORS],
  },
  getAttestation: {
    tag: 'meetings',
    summary: 'One attestation.',
    access: 'Facilitators; the member it is for.',
    params: { ...space, attestation: 'Attestation id, e.g. `at_9d2f`.' },
    ok: { status: 200, description: 'The attestation.', schema: AttestationSchema },
    errors: STAFF_ERRORS,
  },
  getCycle: {
    tag: 'cycle',
    summary: 'The participation cycle of the space: phase, round, history, and today’s facts.',
    access: 'Anyone; who moved the cycle is shown to members only.',
    params: space,
    ok: {
      status: 200,
      description: 'The cycle. `ETag` is its number of stored steps.',
      schema: CycleViewSchema,
      headers: ['ETag'],
    },
    errors: [404],
  },
  sendCycleCommand: {
    tag: 'cycle',
    summary:
      'Move the cycle: advance, go back with a reason, state the problem, record an evaluation, override. `If-Match` (the `ETag` of the cycle read) is required: 428 without it, 409 if the cycle moved since.',
    access: 'Facilitators and professionals of the space (people concerned may state the problem).',
    params: space,
    body: CycleCommandSchema,
    ok: { status: 200, description: 'The cycle after the step.', schema: CycleViewSchema, headers: ['ETag'] },
    errors: [...BODY_ERRORS, 401, 403, 404, 409, 428],
  },
  getQuestionnaire: {
    tag: 'diagnostics',
    summary: '“Where does our participation stand?”: the self-diagnostic questionnaire.',
    access: 'Anyone.',
    query: QuestionnaireQuerySchema,
    cacheable: true,
    ok: { status: 200, description: 'The questionnaire.', schema: QuestionnaireSchema },
    errors: [400],
  },
  submitDiagnostic: {
    tag: 'diagnostics',
    summary: 'Answer the self-diagnostic as a member; the role is the one of the token. Returns the result.',
    access: 'Members of the space. A later response of the same member replaces the earlier one.',
    params: space,
    body: DiagnosticSubmissionSchema,
    ok: {
      status: 201,
      description: 'The member’s result: scores, phase, recommendations.',
      schema: DiagnosticResultSchema,
    },
    errors: [...BODY_ERRORS, 401, 403, 404],
  },
  getDiagnosticAggregate: {
    tag: 'diagnostics',
    summary:
      'The group’s diagnostic: scores by role, where residents and professionals disagree, phases, recommendations.',
    access: 'Members of the space (small groups: a role’s scores can be one person’s).',
    params: space,
    ok: { status: 200, description: 'The aggregate.', schema: AggregateResultSchema },
    errors: [401, 403, 404],
  },
  exportMyData: {
    tag: 'privacy',
    summary: 'Everything kept about a contribution’s author: text, timeline, contact, messages.',
    access: 'The author, with the follow-up code and secret code.',
    body: AuthorProofSchema,
    ok: { status: 200, description: 'The export.', schema: PrivacyExportSchema },
    errors: [...BODY_ERRORS, 401],
  },
  eraseMyData: {
    tag: 'privacy',
    summary:
      'Erase the author’s words and contact. The institution’s published answer stays; the title, text and pseudonym are replaced.',
    access: 'The author, with the follow-up code and secret code.',
    body: AuthorProofSchema,
    ok: { status: 200, description: 'Erased.', schema: ErasedReceiptSchema },
    errors: [...BODY_ERRORS, 401],
  },
  listPhases: councilList(
    'The seven phases of the participation cycle; with `fields=label`, their names only.',
    z.union([PhaseEntrySchema, PhaseLabelSchema]),
  ),
  getPhase: councilEntry('One phase: stakes, objectives, vigilance, methods.', PhaseEntrySchema),
  listResources: councilList('Methods and tools of the resource centre.', ResourceEntrySchema),
  getResource: councilEntry('One method or tool, with its steps and when to use it.', ResourceEntrySchema),
  searchPractices: {
    tag: 'practices',
    summary:
      'Search the published sheets in French: accents ignored, words stemmed, the domain’s synonyms added (`mobilité` finds `mobilite` and `transports`); facets by phase (with the council’s name of each phase), theme and public count the sheets found. With `q`, `resources` holds the resource centre’s methods and tools the same search finds.',
    access: 'Anyone: the council’s published sheets and those other councils share.',
    query: PracticeSearchQuerySchema,
    ok: {
      status: 200,
      description: 'Sheets found, best match first, with facets; with `q`, the resources found too.',
      schema: PracticeSearchResponseSchema,
    },
    errors: [400],
  },
  listPractices: {
    tag: 'practices',
    summary:
      'Published practice sheets: the council’s (the built-in ones and its groups’) and those other councils share, each with its origin council.',
    access: 'Anyone.',
    query: ContentQuerySchema,
    ok: { status: 200, description: 'The sheets, newest first.', schema: z.array(PracticeViewSchema) },
    errors: [400],
  },
  getPractice: {
    tag: 'practices',
    summary:
      'One practice sheet. Its group and the council’s editors also read it as a draft, submitted or returned, with the reason it was returned (`review`). `ETag` is its version.',
    access: 'Anyone if published (or shared by another council); else members of its group and the council’s editors.',
    params: practice,
    query: PracticeLocaleQuerySchema,
    ok: { status: 200, description: 'The sheet.', schema: PracticeViewSchema, headers: ['ETag'] },
    errors: [400, 404],
  },
  listRelatedPractices: {
    tag: 'practices',
    summary: '“Vous aimerez aussi”: up to three published sheets close to this one by themes, phases and words.',
    access: 'As for the sheet.',
    params: practice,
    query: PracticeLocaleQuerySchema,
    ok: { status: 200, description: 'Related sheets, closest first.', schema: z.array(PracticeViewSchema) },
    errors: [400, 404],
  },
  listPracticeVersions: {
    tag: 'practices',
    summary:
      'Every version of a sheet: who changed it (member id and role), when, what they did, and the sheet after it.',
    access: 'Members of its group and the council’s editors.',
    params: practice,
    query: PracticeLocaleQuerySchema,
    ok: { status: 200, description: 'Versions, oldest first.', schema: z.array(PracticeVersionSchema) },
    errors: [400, ...STAFF_ERRORS],
  },
  updatePractice: {
    tag: 'practices',
    summary:
      'Replace what a sheet says while it is a draft or returned (an editor may also correct a published one). `If-Match` is required (428 without it): 409 if someone changed it since.',
    access: 'Members of its group; the council’s editors.',
    params: practice,
    query: PracticeLocaleQuerySchema,
    body: PracticeDraftSchema,
    ok: { status: 200, description: 'The sheet, at its new version.', schema: PracticeViewSchema, headers: ['ETag'] },
    errors: [...BODY_ERRORS, ...STAFF_ERRORS, 409, 428],
  },
  sendPracticeCommand: {
    tag: 'practices',
    summary:
      'Move a sheet: `practice.submit` (its group; 422 names each field still missing), `practice.publish`, `practice.return` with a reason its authors read on the sheet, `practice.share` with every council on the server (the council’s editors). `If-Match` is required.',
    access: 'Members of its group (submit); the council’s editors (publish, return, share).',
    params: practice,
    query: PracticeLocaleQuerySchema,
    body: PracticeCommandSchema,
    ok: { status: 200, description: 'The sheet after the step.', schema: PracticeViewSchema, headers: ['ETag'] },
    errors: [...BODY_ERRORS, ...STAFF_ERRORS, 409, 428],
  },
  listSpacePractices: {
    tag: 'practices',
    summary: 'The sheets a group wrote, in every status, each with the council’s last review.',
    access: 'Members of the space; the council’s editors.',
    params: space,
    query: PracticeLocaleQuerySchema,
    ok: { status: 200, description: 'The sheets, newest first.', schema: z.array(PracticeViewSchema) },
    errors: [400, ...STAFF_ERRORS],
  },
  createPractice: {
    tag: 'practices',
    summary: 'Start a practice sheet as a draft: a title at least, the rest when the group is ready.',
    access: 'Members of the space; the council’s editors.',
    params: space,
    body: PracticeCreateSchema,
    ok: {
      status: 201,
      description: 'The draft, at version 1.',
      schema: PracticeViewSchema,
      headers: ['ETag', 'Location'],
    },
    errors: [...BODY_ERRORS, ...STAFF_ERRORS],
  },
  listPracticeQueue: {
    tag: 'practices',
    summary: 'Sheets submitted by the council’s groups, waiting for an editor, oldest first.',
    access: EDITORS,
    query: PracticeLocaleQuerySchema,
    ok: { status: 200, description: 'The sheets.', schema: z.array(PracticeViewSchema) },
    errors: [400, 401, 403],
  },
  listGlossary: councilList('Terms and acronyms, explained plainly.', GlossaryEntryReadSchema),
  listGuide: councilList('“Where to start?”: questions, answers and resources.', GuideEntryReadSchema),
  putPhase: contentPut(
    'Replace a phase’s texts (the seven phases are edited, never added).',
    PhaseInputSchema,
    PhaseEntrySchema,
  ),
  putResource: contentPut(
    'Replace a method or tool, or add one (`If-Match: "0"`).',
    ResourceInputSchema,
    ResourceEntrySchema,
  ),
  putGuideEntry: contentPut(
    'Replace a “where to start?” question, or add one (`If-Match: "0"`).',
    GuideEntryInputSchema,
    GuideEntryReadSchema,
  ),
  putGlossaryEntry: contentPut(
    'Replace a glossary term, or add one (`If-Match: "0"`).',
    GlossaryEntryInputSchema,
    GlossaryEntryReadSchema,
  ),
  putQuestionnaire: {
    tag: 'diagnostics',
    summary:
      'Load the council’s own self-diagnostic questionnaire (its spaces use it unless they have their own). Checked by the diagnostic engine: 422 with each error’s path (`questions.3.options.1.weights`) and reason. `If-Match` is required: `"0"` for the first, then the `version` read.',
    access: EDITORS,
    query: ContentLocaleQuerySchema,
    body: QuestionnaireInputSchema,
    ok: {
      status: 200,
      description: 'The questionnaire, saved.',
      schema: QuestionnaireInEffectSchema,
      headers: ['ETag'],
    },
    errors: [...BODY_ERRORS, ...ADMIN_ERRORS, 409, 428],
  },
  getSpaceQuestionnaire: {
    tag: 'diagnostics',
    summary: 'The questionnaire a space answers: its own, else its council’s, else the built-in one.',
    access: 'Anyone.',
    params: space,
    query: ContentLocaleQuerySchema,
    cacheable: 'revalidate',
    ok: {
      status: 200,
      description: 'The questionnaire and whose it is.',
      schema: QuestionnaireInEffectSchema,
      headers: ['ETag'],
    },
    errors: [400, 404],
  },
  putSpaceQuestionnaire: {
    tag: 'diagnostics',
    summary:
      'Load a space’s own questionnaire, checked as the council’s is (422 naming each error’s path and reason). `If-Match` is required: `"0"` for its first.',
    access: EDITORS,
    params: space,
    query: ContentLocaleQuerySchema,
    body: QuestionnaireInputSchema,
    ok: {
      status: 200,
      description: 'The questionnaire, saved.',
      schema: QuestionnaireInEffectSchema,
      headers: ['ETag'],
    },
    errors: [...BODY_ERRORS, ...ADMIN_ERRORS, 404, 409, 428],
  },
  getContentHistory: {
    tag: 'content',
    summary: 'Every version of an entry, newest first: who saved it, when, which fields changed, and its text.',
    access: EDITORS,
    params: { kind: '`phase`, `resource`, `guide`, `glossary` or `questionnaire`.', ...entry },
    query: ContentLocaleQuerySchema,
    ok: { status: 200, description: 'The versions.', schema: z.array(ContentVersionSchema) },
    errors: [400, ...ADMIN_ERRORS, 404],
  },
  listAdminSpaces: {
    tag: 'admin',
    summary: 'Every space of the council, archived ones included, each with its version.',
    access: ADMINS,
    ok: { status: 200, description: 'The spaces.', schema: z.array(AdminSpaceSchema) },
    errors: ADMIN_ERRORS,
  },
  createSpace: {
    tag: 'admin',
    summary: 'Create a space. Its answer delay is the council’s default unless given. 409 if the slug is taken.',
    access: ADMINS,
    body: SpaceCreateSchema,
    ok: {
      status: 201,
      description: 'The space, at version 1.',
      schema: AdminSpaceSchema,
      headers: ['ETag', 'Location'],
    },
    errors: [...BODY_ERRORS, ...ADMIN_ERRORS, 409],
  },
  updateSpace: {
    tag: 'admin',
    summary:
      'Change a space: name, slug, kind, territory, themes, answer delay, pre-moderation, cadence. `If-Match` is required (428 without it): 409 if someone changed it since.',
    access: ADMINS,
    params: space,
    body: SpacePatchSchema,
    ok: { status: 200, description: 'The space, at its new version.', schema: AdminSpaceSchema, headers: ['ETag'] },
    errors: [...BODY_ERRORS, ...ADMIN_ERRORS, 404, 409, 428],
  },
  archiveSpace: {
    tag: 'admin',
    summary:
      'Archive a space (it keeps its history, leaves the public list and takes no new contribution), or bring it back. `If-Match` is required.',
    access: ADMINS,
    params: space,
    body: SpaceArchiveSchema,
    ok: { status: 200, description: 'The space, at its new version.', schema: AdminSpaceSchema, headers: ['ETag'] },
    errors: [...BODY_ERRORS, ...ADMIN_ERRORS, 404, 409, 428],
  },
  listStaff: {
    tag: 'admin',
    summary: 'Every member of staff: invited, active and removed, with their role and spaces.',
    access: ADMINS,
    ok: { status: 200, description: 'The accounts.', schema: z.array(StaffViewSchema) },
    errors: ADMIN_ERRORS,
  },
  inviteStaff: {
    tag: 'admin',
    summary:
      'Invite a member of staff by e-mail with a role and spaces: their first sign-in with this e-mail (verified by the identity provider) activates the account. Inviting again changes the role.',
    access: ADMINS,
    body: StaffInviteSchema,
    ok: { status: 201, description: 'The account, invited (or changed).', schema: StaffViewSchema },
    errors: [...BODY_ERRORS, ...ADMIN_ERRORS],
  },
  revokeStaff: {
    tag: 'admin',
    summary: 'Withdraw an invitation or remove a member of staff: their sessions end and their tokens are refused.',
    access: ADMINS,
    params: { account: 'Account id, e.g. `acc_4k9q2m`.' },
    body: z.strictObject({}),
    ok: { status: 200, description: 'The account, removed.', schema: StaffViewSchema },
    errors: [...BODY_ERRORS, ...ADMIN_ERRORS, 404],
  },
  getCouncilSettings: {
    tag: 'admin',
    summary: 'The council’s settings: name, mail sender, default answer delay. `ETag` is their version.',
    access: ADMINS,
    ok: { status: 200, description: 'The settings.', schema: CouncilSettingsSchema, headers: ['ETag'] },
    errors: ADMIN_ERRORS,
  },
  updateCouncilSettings: {
    tag: 'admin',
    summary:
      'Replace the council’s settings. `If-Match` is required (`"0"` before the first save): 409 if someone changed them since.',
    access: ADMINS,
    body: CouncilSettingsInputSchema,
    ok: {
      status: 200,
      description: 'The settings, at their new version.',
      schema: CouncilSettingsSchema,
      headers: ['ETag'],
    },
    errors: [...BODY_ERRORS, ...ADMIN_ERRORS, 409, 428],
  },
  listAudit: {
    tag: 'admin',
    summary: 'What administrators changed, newest first: who, when, what, before and after.',
    access: ADMINS,
    query: AuditQuerySchema,
    ok: { status: 200, description: 'A page of the audit log.', schema: AuditPageSchema },
    errors: [400, ...ADMIN_ERRORS],
  },
  listDeadLetters: {
    tag: 'admin',
    summary:
      'The council’s notifications given up on after their last attempt (dead letters), set aside first listed first: contribution, kind, e-mail or text message, attempts, the last error’s kind. Never the address, the number or the text.',
    access: ADMINS,
    query: DeadLetterQuerySchema,
    ok: { status: 200, description: 'A page of dead letters.', schema: DeadLetterPageSchema },
    errors: [400, ...ADMIN_ERRORS],
  },
  reviveDeadLetter: {
    tag: 'admin',
    summary:
      'Put a dead letter back in the queue once its cause is fixed, its attempts counted from zero: the dispatcher sends it on its next pass. Recorded in the audit log.',
    access: ADMINS,
    params: { notification: 'Notification id, e.g. `n_4k9q2m`.' },
    body: z.strictObject({}),
    ok: { status: 200, description: 'The notification, back in the queue.', schema: RevivedDeadLetterSchema },
    errors: [...BODY_ERRORS, ...ADMIN_ERRORS, 404],
  },
  health: {
    tag: 'system',
    summary: 'Whether the server answers. It does not touch the store.',
    access: 'Anyone.',
    ok: { status: 200, description: 'Up.', schema: HealthSchema },
    errors: [],
  },
  openApi: {
    tag: 'system',
    summary: 'This API described in OpenAPI 3.1, generated from its zod schemas.',
    access: 'Anyone.',
    ok: { status: 200, description: 'The OpenAPI document.', schema: z.record(z.string(), z.unknown()) },
    errors: [],
    cacheable: true,
  },
} as const satisfies { [K in OperationId]: RowFor<Endpoints[K]> };

export type Operations = typeof OPERATIONS;
