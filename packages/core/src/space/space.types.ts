import type * as z from '../zod.js';
import type {
  AnswerTemplateSchema,
  ConsentRecordSchema,
  MemberInputSchema,
  MemberPatchSchema,
  MemberSchema,
  SpaceSchema,
  SpaceSettingsSchema,
  ThemeSchema,
} from './space.schema.js';

export type Space = z.output<typeof SpaceSchema>;
/** What a caller may pass: fields with a default can be left out. */
export type SpaceInput = z.input<typeof SpaceSchema>;
export type Theme = z.output<typeof ThemeSchema>;
export type Member = z.output<typeof MemberSchema>;
export type MemberInput = z.input<typeof MemberInputSchema>;
export type MemberPatch = z.output<typeof MemberPatchSchema>;
export type AnswerTemplate = z.output<typeof AnswerTemplateSchema>;
export type SpaceSettings = z.output<typeof SpaceSettingsSchema>;
export type ConsentRecord = z.output<typeof ConsentRecordSchema>;

export interface Composition {
  /** Members present on the given day. */
  size: number;
  targetSize: number;
  concerned: number;
  /** Share of people concerned among present members, 0 to 1 (0 for an empty group). */
  concernedShare: number;
  /** `false` when the share is below the space's rule: show a warning wherever the group is shown. */
  parityOk: boolean;
  byRole: Record<Member['role'], number>;
  /** Next renewal day, counted from the last renewal (or creation) in whole months. */
  renewalOn: string;
  /** Present members who said they leave at the next renewal. */
  leavingAtRenewal: number;
  warnings: Array<'parity' | 'belowTarget' | 'aboveTarget' | 'renewalDue'>;
}
