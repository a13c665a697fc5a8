import type { ModeratorContributionView } from '../contribution/contribution.connect.js';
import type * as z from '../zod.js';
import type { REPORT_REASONS, ReportInputSchema, ReportSchema } from './moderation.schema.js';

export type ReportReason = (typeof REPORT_REASONS)[number];
export type ReportInput = z.input<typeof ReportInputSchema>;
export type Report = z.output<typeof ReportSchema>;

/** One line of the moderation queue: a contribution and why it is there. */
export interface ModerationItem {
  /** As a facilitator sees it: the author's words, never an unpublished answer. */
  contribution: ModeratorContributionView;
  /**
   * - `awaitingApproval`: submitted in a pre-moderated space, not public yet;
   * - `reported`: public, with open reports;
   * - `hidden`: hidden by a facilitator, can be restored.
   */
  queue: 'awaitingApproval' | 'reported' | 'hidden';
  /** Open reports, oldest first (none for `awaitingApproval`). */
  reports: Report[];
  /** When it entered the queue: submission, first open report, or hiding. */
  since: string;
}
