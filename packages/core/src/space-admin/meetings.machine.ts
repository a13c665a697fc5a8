import { assign, fromPromise } from 'xstate';
import type { ContributionView } from '../contribution/contribution.connect.js';
import { BODY_MAX, CONTRIBUTION_KINDS, TITLE_MAX } from '../contribution/contribution.constants.js';
import type { Meeting } from '../meeting/meeting.types.js';
import { setup } from '../shared/machine-setup.js';
import type { Space } from '../space/space.types.js';
import { isDenied, NO_BACKEND, toBackendError } from '../store/backend.error.js';
import type { BackofficeBackend } from '../store/backoffice.port.js';
import {
  CAPTURE_FIELDS,
  type CaptureRequest,
  type CaptureValues,
  MEETING_FIELDS,
  type MeetingSaveFailure,
  type MeetingsContext,
  type MeetingsData,
  type MeetingsEvent,
  type MeetingsInput,
  type MeetingValues,
  type SaveMeetingRequest,
} from './meetings.types.js';
import {
  type AdminFailure,
  errorsOf,
  hasFieldIssues,
  issuesToErrors,
  MINUTES_MAX,
  optionalText,
  PLACE_MAX,
  requiredDay,
  requiredText,
} from './space-admin.shared.js';

type Ev<T extends MeetingsEvent['type']> = Extract<MeetingsEvent, { type: T }>;

export function meetingErrors(values: MeetingValues) {
  return errorsOf({
    on: requiredDay(values.on),
    place: requiredText(values.place, PLACE_MAX),
    minutes: optionalText(values.minutes, MINUTES_MAX),
  });
}

export function captureErrors(values: CaptureValues, space: Pick<Space, 'themes'> | null) {
  return errorsOf({
    kind: (CONTRIBUTION_KINDS as readonly string[]).includes(values.kind) ? undefined : { code: 'required' as const },
    title: requiredText(values.title, TITLE_MAX),
    body: requiredText(values.body, BODY_MAX),
    theme: space?.themes.some((t) => t.id === values.theme) ? undefined : { code: 'required' as const },
  });
}

const valuesOf = (m: Meeting): MeetingValues => ({
  on: m.on,
  place: m.place,
  attendance: [...m.attendance],
  minutes: m.minutes,
});

const EMPTY_CAPTURE: CaptureValues = { kind: '', title: '', body: '', theme: '' };

/** Errors still shown after a change: a field in error is checked again as people type. */
function recheck<F extends string, E>(shown: Partial<Record<F, E>>, now: Partial<Record<F, E>>) {
  return Object.fromEntries(Object.keys(shown).flatMap((f) => (f in now ? [[f, now[f as F]]] : []))) as Partial<
    Record<F, E>
  >;
}

/** Loads the space (its themes), its members (for attendance) and its meetings. */
export async function loadMeetings(backend: BackofficeBackend | null, spaceId: string): Promise<MeetingsData> {
  if (!backend) throw NO_BACKEND;
  const space = await backend.getSpace(spaceId);
  const [members, meetings] = await Promise.all([backend.listMembers(space.id), backend.listMeetings(space.id)]);
  return { space, members, meetings };
}

/**
 * Saves a meeting. On `conflict` it reads the meetings again and adds the other person's
 * version (`theirs`) to the failure, so the facilitator can compare before deciding.
 */
export async function saveMeetingOrExplain(
  backend: BackofficeBackend | null,
  request: SaveMeetingRequest,
): Promise<Meeting> {
  if (!backend) throw NO_BACKEND;
  try {
    return await backend.saveMeeting(request.spaceId, request.input, request.existing);
  } catch (error) {
    const failure: MeetingSaveFailure = toBackendError(error);
    if (failure.kind !== 'conflict' || !request.existing) throw failure;
    const theirs = (await backend.listMeetings(request.spaceId)).find((m) => m.id === request.existing!.id);
    throw theirs ? { ...failure, theirs } : failure;
  }
}

export async function captureMeetingContribution(
  backend: BackofficeBackend | null,
  request: CaptureRequest,
): Promise<ContributionView> {
  if (!backend) throw NO_BACKEND;
  return backend.captureFromMeeting(request.spaceId, request.meetingId, request.input);
}

/** The three actors over a back end, for `machine.provide({ actors })`. */
export const meetingsActors = (backend: () => Promise<BackofficeBackend | null>) => ({
  load: fromPromise<MeetingsData, { spaceId: string }>(async ({ input }) =>
    loadMeetings(await backend(), input.spaceId),
  ),
  save: fromPromise<Meeting, SaveMeetingRequest>(async ({ input }) => saveMeetingOrExplain(await backend(), input)),
  capture: fromPromise<ContributionView, CaptureRequest>(async ({ input }) =>
    captureMeetingContribution(await backend(), input),
  ),
});

const errorOf = (event: unknown) => (event as { error: unknown }).error;
const failureOf = (event: unknown): MeetingSaveFailure => {
  const error = errorOf(event) as MeetingSaveFailure;
  const failure: MeetingSaveFailure = toBackendError(error);
  return error && typeof error === 'object' && error.theirs ? { ...failure, theirs: error.theirs } : failure;
};

/** Meetings keep the back end's order (oldest first); a new one goes where its day belongs. */
const withMeeting = (meetings: Meeting[], saved: Meeting) =>
  [...meetings.filter((m) => m.id !== saved.id), saved].sort((a, b) => a.on.localeCompare(b.on));

/**
 * A group's meetings: the list, recording one (day, place, who came, minutes), changing one
 * without overwriting someone else's change (on `conflict` both versions stay on screen),
 * and writing a contribution that came out of a meeting, attributed to the group.
 */
export const meetingsMachine = setup({
  types: {
    context: {} as MeetingsContext,
    events: {} as MeetingsEvent,
    input: {} as MeetingsInput,
  },
  actors: {
    // Provided by the widget: `machine.provide({ actors: meetingsActors(getBackend) })`.
    load: fromPromise<MeetingsData, { spaceId: string }>(async () => {
      throw { kind: 'error', message: 'No load actor provided' } satisfies AdminFailure;
    }),
    save: fromPromise<Meeting, SaveMeetingRequest>(async () => {
      throw { kind: 'error', message: 'No save actor provided' } satisfies AdminFailure;
    }),
    capture: fromPromise<ContributionView, CaptureRequest>(async () => {
      throw { kind: 'error', message: 'No capture actor provided' } satisfies AdminFailure;
    }),
  },
  guards: {
    manage: ({ context }) => context.manage,
    knownMeeting: ({ context, event }) =>
      context.manage && context.meetings.some((m) => m.id === (event as Ev<'meeting.edit'>).meetingId),
    formValid: ({ context }) => Object.keys(meetingErrors(context.form!.values)).length === 0,
    hasTheirs: ({ context }) => context.form?.theirs != null,
    captureValid: ({ context }) => Object.keys(captureErrors(context.capture!.values, context.space)).length === 0,
    forbidden: ({ event }) => isDenied(failureOf(event)),
    conflict: ({ event }) => failureOf(event).kind === 'conflict',
    fieldIssues: ({ event }) => hasFieldIssues(failureOf(event)),
  },
  actions: {
    keepData: assign(({ event }) => {
      const { space, members, meetings } = (event as unknown as { output: MeetingsData }).output;
      return { space, spaceId: space.id, members, meetings, failure: null };
    }),
    keepFailure: assign({ failure: ({ event }) => failureOf(event) }),
    clearFailure: assign({ failure: null }),
    openNew: assign(({ context }) => ({
      form: {
        meetingId: null,
        expectedVersion: null,
        values: { on: context.today, place: '', attendance: [], minutes: '' },
        errors: {},
        theirs: null,
      },
      notice: null,
      failure: null,
    })),
    openEdit: assign(({ context, event }) => {
      const meeting = context.meetings.find((m) => m.id === (event as Ev<'meeting.edit'>).meetingId)!;
      return {
        form: {
          meetingId: meeting.id,
          expectedVersion: meeting.version,
          values: valuesOf(meeting),
          errors: {},
          theirs: null,
        },
        notice: null,
        failure: null,
      };
    }),
    change: assign(({ context, event }) => {
      const { field, value } = event as Ev<'meeting.change'>;
      const form = context.form!;
      const values = { ...form.values, [field]: value };
      return { form: { ...form, values, errors: recheck(form.errors, meetingErrors(values)) } };
    }),
    attend: assign(({ context, event }) => {
      const { memberId, present } = event as Ev<'meeting.attend'>;
      const form = context.form!;
      const others = form.values.attendance.filter((id) => id !== memberId);
      return { form: { ...form, values: { ...form.values, attendance: present ? [...others, memberId] : others } } };
    }),
    showErrors: assign(({ context }) => ({ form: { ...context.form!, errors: meetingErrors(context.form!.values) } })),
    takeTheirs: assign(({ context }) => {
      const theirs = context.form!.theirs!;
      return {
        form: {
          meetingId: theirs.id,
          expectedVersion: theirs.version,
          values: valuesOf(theirs),
          errors: {},
          theirs: null,
        },
        failure: null,
      };
    }),
    closeForm: assign({ form: null, failure: null }),
    keepSaved: assign(({ context, event }) => {
      const saved = (event as unknown as { output: Meeting }).output;
      return {
        meetings: withMeeting(context.meetings, saved),
        form: null,
        notice: { kind: 'saved' as const, meetingId: saved.id, created: context.form?.meetingId === null },
        failure: null,
      };
    }),
    // Their version goes in the list and becomes the one the next save replaces, knowingly.
    keepConflict: assign(({ context, event }) => {
      const failure = failureOf(event);
      const theirs = failure.theirs ?? null;
      const { theirs: _, ...rest } = failure;
      return {
        failure: rest,
        meetings: theirs ? withMeeting(context.meetings, theirs) : context.meetings,
        form: { ...context.form!, theirs, expectedVersion: theirs?.version ?? context.form!.expectedVersion },
      };
    }),
    saveIssuesToFields: assign(({ context, event }) => {
      const failure = failureOf(event);
      return { failure, form: { ...context.form!, errors: issuesToErrors(failure, MEETING_FIELDS) } };
    }),
    readOnly: assign(({ event }) => ({ manage: false, form: null, capture: null, failure: failureOf(event) })),
    openCapture: assign(({ event }) => ({
      capture: { meetingId: (event as Ev<'capture.open'>).meetingId, values: { ...EMPTY_CAPTURE }, errors: {} },
      notice: null,
      failure: null,
    })),
    changeCapture: assign(({ context, event }) => {
      const { field, value } = event as Ev<'capture.change'>;
      const capture = context.capture!;
      const values = { ...capture.values, [field]: value } as CaptureValues;
      return { capture: { ...capture, values, errors: recheck(capture.errors, captureErrors(values, context.space)) } };
    }),
    showCaptureErrors: assign(({ context }) => ({
      capture: { ...context.capture!, errors: captureErrors(context.capture!.values, context.space) },
    })),
    closeCapture: assign({ capture: null, failure: null }),
    keepCaptured: assign(({ context, event }) => ({
      notice: {
        kind: 'captured' as const,
        meetingId: context.capture!.meetingId,
        contribution: (event as unknown as { output: ContributionView }).output,
      },
      capture: null,
      failure: null,
    })),
    captureIssuesToFields: assign(({ context, event }) => {
      const failure = failureOf(event);
      return {
        failure,
        capture: { ...context.capture!, errors: issuesToErrors(failure, CAPTURE_FIELDS) },
      };
    }),
  },
}).createMachine({
  id: 'meetings',
  context: ({ input }) => ({
    spaceId: input.spaceId,
    today: input.today,
    manage: input.manage ?? false,
    lang: input.lang ?? null,
    space: null,
    members: [],
    meetings: [],
    form: null,
    capture: null,
    notice: null,
    failure: null,
  }),
  initial: 'idle',
  states: {
    idle: {
      on: { 'meetings.load': 'loading' },
    },
    loading: {
      entry: 'clearFailure',
      invoke: {
        id: 'load',
        src: 'load',
        input: ({ context }) => ({ spaceId: context.spaceId }),
        onDone: { target: 'ready', actions: 'keepData' },
        onError: { target: 'error', actions: 'keepFailure' },
      },
    },
    error: {
      on: { 'meetings.retry': 'loading' },
    },
    ready: {
      on: {
        'meeting.new': { guard: 'manage', target: 'recording', actions: 'openNew' },
        'meeting.edit': { guard: 'knownMeeting', target: 'recording', actions: 'openEdit' },
        'capture.open': { guard: 'knownMeeting', target: 'capturing', actions: 'openCapture' },
      },
    },
    recording: {
      on: {
        'meeting.change': { actions: 'change' },
        'meeting.attend': { actions: 'attend' },
        'meeting.save': [{ guard: 'formValid', target: 'saving', actions: 'clearFailure' }, { actions: 'showErrors' }],
        'meeting.takeTheirs': { guard: 'hasTheirs', actions: 'takeTheirs' },
        'meeting.cancel': { target: 'ready', actions: 'closeForm' },
      },
    },
    saving: {
      invoke: {
        id: 'save',
        src: 'save',
        input: ({ context }) => {
          const { meetingId, expectedVersion, values } = context.form!;
          return {
            spaceId: context.spaceId,
            input: {
              ...values,
              place: values.place.trim(),
              on: values.on.trim(),
              ...(context.lang ? { lang: context.lang } : {}),
            },
            ...(meetingId !== null && expectedVersion !== null ? { existing: { id: meetingId, expectedVersion } } : {}),
          };
        },
        onDone: { target: 'ready', actions: 'keepSaved' },
        onError: [
          { guard: 'forbidden', target: 'ready', actions: 'readOnly' },
          { guard: 'conflict', target: 'recording', actions: 'keepConflict' },
          { guard: 'fieldIssues', target: 'recording', actions: 'saveIssuesToFields' },
          { target: 'recording', actions: 'keepFailure' },
        ],
      },
    },
    capturing: {
      on: {
        'capture.change': { actions: 'changeCapture' },
        'capture.submit': [
          { guard: 'captureValid', target: 'sending', actions: 'clearFailure' },
          { actions: 'showCaptureErrors' },
        ],
        'capture.cancel': { target: 'ready', actions: 'closeCapture' },
      },
    },
    sending: {
      invoke: {
        id: 'capture',
        src: 'capture',
        input: ({ context }) => {
          const { meetingId, values } = context.capture!;
          return {
            spaceId: context.spaceId,
            meetingId,
            input: {
              kind: values.kind as Exclude<CaptureValues['kind'], ''>,
              title: values.title.trim(),
              body: values.body.trim(),
              theme: values.theme,
            },
          };
        },
        onDone: { target: 'ready', actions: 'keepCaptured' },
        onError: [
          { guard: 'forbidden', target: 'ready', actions: 'readOnly' },
          { guard: 'fieldIssues', target: 'capturing', actions: 'captureIssuesToFields' },
          { target: 'capturing', actions: 'keepFailure' },
        ],
      },
    },
  },
});

export type MeetingsMachine = typeof meetingsMachine;
