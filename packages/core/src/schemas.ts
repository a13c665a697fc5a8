import {
  AggregateResultSchema,
  ApiErrorSchema,
  CompositionSchema,
  ContributionForCallerSchema,
  ContributionPageSchema,
  ContributionViewSchema,
  CreatedContributionSchema,
  CycleViewSchema,
  DiagnosticResultSchema,
  ErasedReceiptSchema,
  FollowUpSchema,
  HealthSchema,
  MemberViewSchema,
  ModerationItemSchema,
  ModeratorContributionViewSchema,
  PrivacyExportSchema,
  PublicContributionViewSchema,
  PublishedAnswersSchema,
  ReportReceiptSchema,
  ReportsClosedSchema,
  StatsSchema,
} from './api/index.js';
import {
  ContentPackSchema,
  CyclePhaseSchema,
  GlossaryEntrySchema,
  GuideEntrySchema,
  PracticeSheetSchema,
  ResourceSchema,
} from './content/content.schema.js';
import {
  ActorSchema,
  ContributionCommandSchema,
  ContributionEventSchema,
} from './contribution/contribution.events.schema.js';
import {
  AnswerSchema,
  AssistedEntrySchema,
  AuthorSchema,
  CommitmentSchema,
  ContactSchema,
  ContributionContentSchema,
  ContributionInputSchema,
  ProgressUpdateSchema,
} from './contribution/contribution.schema.js';
import { CycleCommandSchema } from './cycle/cycle.schema.js';
import { AnswersSchema, DiagnosticResponseSchema, QuestionnaireSchema } from './diagnostic/diagnostic.schema.js';
import {
  AttestationInputSchema,
  AttestationSchema,
  MeetingInputSchema,
  MeetingSchema,
} from './meeting/meeting.schema.js';
import { DismissReportsInputSchema, ReportInputSchema, ReportSchema } from './moderation/moderation.schema.js';
import {
  ConsentRecordSchema,
  MemberInputSchema,
  MemberPatchSchema,
  MemberSchema,
  SpaceSchema,
  SpaceSettingsSchema,
  ThemeSchema,
} from './space/space.schema.js';

/**
 * What a client sends, and the domain's records as they are stored and exchanged. Written
 * as the JSON Schema of the *input*: a field with a default is optional there.
 */
export const inputSchemas = {
  Space: SpaceSchema,
  Theme: ThemeSchema,
  Member: MemberSchema,
  ConsentRecord: ConsentRecordSchema,
  ContributionContent: ContributionContentSchema,
  ContributionInput: ContributionInputSchema,
  Author: AuthorSchema,
  Contact: ContactSchema,
  AssistedEntry: AssistedEntrySchema,
  Answer: AnswerSchema,
  Commitment: CommitmentSchema,
  ProgressUpdate: ProgressUpdateSchema,
  Actor: ActorSchema,
  ContributionCommand: ContributionCommandSchema,
  ContributionEvent: ContributionEventSchema,
  CycleCommand: CycleCommandSchema,
  CyclePhase: CyclePhaseSchema,
  Resource: ResourceSchema,
  PracticeSheet: PracticeSheetSchema,
  GlossaryEntry: GlossaryEntrySchema,
  GuideEntry: GuideEntrySchema,
  ContentPack: ContentPackSchema,
  Questionnaire: QuestionnaireSchema,
  DiagnosticAnswers: AnswersSchema,
  DiagnosticResponse: DiagnosticResponseSchema,
  MemberInput: MemberInputSchema,
  MemberPatch: MemberPatchSchema,
  SpaceSettings: SpaceSettingsSchema,
  MeetingInput: MeetingInputSchema,
  AttestationInput: AttestationInputSchema,
  ReportInput: ReportInputSchema,
  DismissReportsInput: DismissReportsInputSchema,
} as const;

/**
 * What a client receives from the API, the error body included. Written as the JSON Schema
 * of the *output*: every field with a default is there.
 */
export const outputSchemas = {
  Meeting: MeetingSchema,
  Attestation: AttestationSchema,
  Report: ReportSchema,
  ContributionView: ContributionViewSchema,
  PublicContributionView: PublicContributionViewSchema,
  ModeratorContributionView: ModeratorContributionViewSchema,
  ContributionForCaller: ContributionForCallerSchema,
  ContributionPage: ContributionPageSchema,
  CreatedContribution: CreatedContributionSchema,
  FollowUp: FollowUpSchema,
  Stats: StatsSchema,
  Composition: CompositionSchema,
  MemberView: MemberViewSchema,
  CycleView: CycleViewSchema,
  PrivacyExport: PrivacyExportSchema,
  ErasedReceipt: ErasedReceiptSchema,
  Health: HealthSchema,
  DiagnosticResult: DiagnosticResultSchema,
  DiagnosticAggregate: AggregateResultSchema,
  ModerationItem: ModerationItemSchema,
  PublishedAnswers: PublishedAnswersSchema,
  ReportReceipt: ReportReceiptSchema,
  ReportsClosed: ReportsClosedSchema,
  ApiError: ApiErrorSchema,
} as const;

/** Every public schema of Participe, by name. The build writes each as `dist/schemas/<Name>.json`. */
export const schemas = { ...inputSchemas, ...outputSchemas } as const;

export type SchemaName = keyof typeof schemas;

/** Whether a schema's JSON Schema describes what is sent (`input`) or what is received (`output`). */
export const schemaIo = (name: SchemaName): 'input' | 'output' => (name in outputSchemas ? 'output' : 'input');
