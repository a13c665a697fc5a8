// Schemas of the API's responses. They live in core (`api/api.schema.ts`), beside the
// domain they describe, so the build publishes them as JSON Schema for every client; the
// route table documents its responses with them, and the route tests parse every
// successful response with them, so the document cannot drift from what the server sends.
import * as z from 'zod/mini';

export {
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
  PrivacyExportSchema,
  PublicContributionViewSchema,
  PublishedAnswersSchema,
  pageOf,
  ReportReceiptSchema,
  ReportsClosedSchema,
  StatsSchema,
} from '@participe/core';

/** The OpenAPI document itself: any JSON object. */
export const OpenApiSchema = z.record(z.string(), z.unknown());
