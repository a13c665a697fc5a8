import { describe, expect, it } from 'vitest';
import { AttestationInputSchema, MeetingInputSchema, SKILLS } from '../meeting/meeting.schema.js';
import { MemberInputSchema } from '../space/space.schema.js';
import { toBackendError as toAdminFailure } from '../store/backend.error.js';
import {
  ATTESTATION_SKILLS,
  DISPLAY_NAME_MAX,
  isDay,
  issuesToErrors,
  MINUTES_MAX,
  OTHER_SKILLS_MAX,
  PLACE_MAX,
  SIGNED_BY_MAX,
} from './space-admin.shared.js';

const x = (n: number) => 'x'.repeat(n);
/** The longest text a schema takes at `path`, found by trying the limit and one more. */
const takes = (schema: { safeParse: (v: unknown) => { success: boolean } }, base: object, field: string, n: number) => [
  schema.safeParse({ ...base, [field]: x(n) }).success,
  schema.safeParse({ ...base, [field]: x(n + 1) }).success,
];

describe('space-admin limits', () => {
  it('are the schemas’ limits, so a form never accepts what the back end refuses', () => {
    expect(
      takes(MemberInputSchema, { role: 'concerned', joinedOn: '2026-03-15' }, 'displayName', DISPLAY_NAME_MAX),
    ).toEqual([true, false]);
    const meeting = { on: '2026-03-15', place: 'Salle', attendance: [], minutes: '' };
    expect(takes(MeetingInputSchema, meeting, 'place', PLACE_MAX)).toEqual([true, false]);
    expect(takes(MeetingInputSchema, meeting, 'minutes', MINUTES_MAX)).toEqual([true, false]);
    const attestation = { memberId: 'm_1', skills: [], otherSkills: '', signedBy: 'Service' };
    expect(takes(AttestationInputSchema, attestation, 'otherSkills', OTHER_SKILLS_MAX)).toEqual([true, false]);
    expect(takes(AttestationInputSchema, attestation, 'signedBy', SIGNED_BY_MAX)).toEqual([true, false]);
    expect([...ATTESTATION_SKILLS]).toEqual([...SKILLS]);
  });

  it('knows a day that exists', () => {
    expect(['2026-03-15', '2024-02-29'].map(isDay)).toEqual([true, true]);
    expect(['2026-02-30', '2026-13-01', '15/03/2026', ''].map(isDay)).toEqual([false, false, false, false]);
  });

  it('turns whatever a back end threw into a failure, and field issues into form errors', () => {
    expect(toAdminFailure({ kind: 'conflict', message: 'changed' })).toEqual({ kind: 'conflict', message: 'changed' });
    expect(toAdminFailure(new Error('boom'))).toEqual({ kind: 'error', message: 'boom' });
    expect(toAdminFailure({ kind: 'weird' })).toEqual({ kind: 'error', message: '[object Object]' });
    const rejected = toAdminFailure({
      kind: 'rejected',
      message: '',
      issues: [
        { path: ['content', 'body'], message: 'vide' },
        { path: ['attendance', '2'], message: 'inconnu' },
      ],
    });
    expect(issuesToErrors(rejected, ['title', 'body'] as const)).toEqual({ body: { code: 'invalid' } });
  });
});
