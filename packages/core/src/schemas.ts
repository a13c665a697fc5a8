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
import { ConsentRecordSchema, MemberSchema, SpaceSchema, ThemeSchema } from './space/space.schema.js';

/** Every public schema of Participe, by name. The build writes each as `dist/schemas/<Name>.json`. */
export const schemas = {
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
} as const;

export type SchemaName = keyof typeof schemas;
