import type { PlainTextSchema } from '../shared/primitives.js';
import type * as z from '../zod.js';
import type {
  ContentPackSchema,
  CyclePhaseSchema,
  GlossaryEntrySchema,
  GuideEntrySchema,
  PracticeSheetSchema,
  ResourceSchema,
} from './content.schema.js';

export type PlainText = z.infer<typeof PlainTextSchema>;
export type CyclePhase = z.infer<typeof CyclePhaseSchema>;
export type Resource = z.infer<typeof ResourceSchema>;
export type PracticeSheet = z.infer<typeof PracticeSheetSchema>;
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
export type GuideEntry = z.infer<typeof GuideEntrySchema>;
export type ContentPack = z.infer<typeof ContentPackSchema>;
export type Locale = ContentPack['locale'];
