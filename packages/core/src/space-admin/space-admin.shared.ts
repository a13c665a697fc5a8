// What the three group-running machines (composition, meetings, attestations) share: how a
// back-end error becomes a failure the widget can word, and the checks a form runs before
// it sends anything. Limits are repeated here, away from the zod schemas, so a widget can
// check a field without bundling zod; space-admin.shared.test.ts keeps them equal.
import type { BackendError } from '../store/backend.error.js';

/** Longest member name (`MemberSchema.displayName`). */
export const DISPLAY_NAME_MAX = 80;
/** Longest meeting place (`MeetingSchema.place`). */
export const PLACE_MAX = 200;
/** Longest minutes (`MeetingSchema.minutes`). */
export const MINUTES_MAX = 20000;
/** Longest "other skills" text (`AttestationInputSchema.otherSkills`). */
export const OTHER_SKILLS_MAX = 500;
/** Longest signature (`AttestationInputSchema.signedBy`). */
export const SIGNED_BY_MAX = 120;

/**
 * Skills a facilitator can tick on an attestation, in the order a form offers them. The same
 * list as `SKILLS` in meeting.schema.ts (a test checks it), kept here so widgets need no zod.
 */
export const ATTESTATION_SKILLS = [
  'speakingInPublic',
  'chairingMeeting',
  'writingMinutes',
  'teamwork',
  'presentingProposal',
  'listening',
  'knowingInstitutions',
  'digitalTools',
  'welcomingNewcomers',
] as const;
export type AttestationSkill = (typeof ATTESTATION_SKILLS)[number];

/** Why something could not be loaded or saved; `issues` name the fields the back end refused. */
export type AdminFailure = Pick<BackendError, 'kind' | 'message' | 'issues'>;

/**
 * What is wrong with a field. The widget words it with the field's name and a valid example:
 * `required`, `tooLong` (with `max`), `invalidDate` (not a day like 2026-03-01),
 * `beforeJoined` (a leaving day before the arrival day), `noSkill` (nothing ticked or
 * written), `invalid` (the back end refused it).
 */
export interface AdminFieldError {
  code: 'required' | 'tooLong' | 'invalidDate' | 'beforeJoined' | 'noSkill' | 'invalid';
  /** For `tooLong`: the maximum length. */
  max?: number;
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar day that exists, written `YYYY-MM-DD` (2026-02-30 is not one). */
export function isDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The day of an instant, in UTC: what "today" means for a group's dates. */
export const dayOf = (at: Date): string => at.toISOString().slice(0, 10);

export const requiredText = (s: string, max: number): AdminFieldError | undefined =>
  s.trim() === '' ? { code: 'required' } : s.length > max ? { code: 'tooLong', max } : undefined;

export const optionalText = (s: string, max: number): AdminFieldError | undefined =>
  s.length > max ? { code: 'tooLong', max } : undefined;

export const requiredDay = (s: string): AdminFieldError | undefined =>
  s.trim() === '' ? { code: 'required' } : isDay(s.trim()) ? undefined : { code: 'invalidDate' };

/** Keeps only the errors that are set. */
export function errorsOf<F extends string>(
  checks: Record<F, AdminFieldError | undefined>,
): Partial<Record<F, AdminFieldError>> {
  const out: Partial<Record<F, AdminFieldError>> = {};
  for (const [field, error] of Object.entries(checks) as Array<[F, AdminFieldError | undefined]>) {
    if (error) out[field] = error;
  }
  return out;
}

/**
 * The back end's field issues as form errors: the first segment of each path that names a
 * field of this form (`content.body` → `body`); an issue naming none is left to the general
 * failure message.
 */
export function issuesToErrors<F extends string>(
  failure: AdminFailure,
  fields: readonly F[],
): Partial<Record<F, AdminFieldError>> {
  const out: Partial<Record<F, AdminFieldError>> = {};
  for (const issue of failure.issues ?? []) {
    const field = issue.path
      .map(String)
      .find((segment): segment is F => (fields as readonly string[]).includes(segment));
    if (field) out[field] = { code: 'invalid' };
  }
  return out;
}

/** `true` when the back end refused the input and said which fields. */
export const hasFieldIssues = (failure: AdminFailure): boolean =>
  failure.kind === 'rejected' && (failure.issues?.length ?? 0) > 0;
