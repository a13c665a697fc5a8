import type * as z from '../zod.js';
import type {
  PRACTICE_STATUSES,
  PracticeCommandSchema,
  PracticeContentSchema,
  PracticeDraftSchema,
  PracticeReviewSchema,
  PracticeSearchResultSchema,
  PracticeViewSchema,
  TestimonySchema,
} from './practice.schema.js';

export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];
export type PracticeContent = z.infer<typeof PracticeContentSchema>;
export type PracticeDraft = z.infer<typeof PracticeDraftSchema>;
export type PracticeReview = z.infer<typeof PracticeReviewSchema>;
export type PracticeView = z.infer<typeof PracticeViewSchema>;
export type PracticeSearchResult = z.infer<typeof PracticeSearchResultSchema>;
export type PracticeCommand = z.infer<typeof PracticeCommandSchema>;
export type Testimony = z.infer<typeof TestimonySchema>;
