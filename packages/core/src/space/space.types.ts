import type * as z from '../zod.js';
import type { ConsentRecordSchema, MemberSchema, SpaceSchema, ThemeSchema } from './space.schema.js';

export type Space = z.output<typeof SpaceSchema>;
/** What a caller may pass: fields with a default can be left out. */
export type SpaceInput = z.input<typeof SpaceSchema>;
export type Theme = z.output<typeof ThemeSchema>;
export type Member = z.output<typeof MemberSchema>;
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
  warnings: Array<'parity' | 'belowTarget' | 'aboveTarget' | 'renewalDue'>;
}
