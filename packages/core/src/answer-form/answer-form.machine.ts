import { assign, fromPromise, not } from 'xstate';
import type { ContributionView } from '../contribution/contribution.connect.js';
import { AWAITING_ANSWER_STATUSES } from '../contribution/contribution.statuses.js';
import { setup } from '../shared/machine-setup.js';
import { isDenied, NO_BACKEND, toBackendError } from '../store/backend.error.js';
import type { BackofficeBackend } from '../store/backoffice.port.js';
import {
  answerIssuesToErrors,
  buildCommand,
  commandErrors,
  EMPTY_ANSWER_VALUES,
  machineAllows,
  mineOnTheirs,
  valuesFrom,
} from './answer-form.commands.js';
import type {
  AnswerCommandType,
  AnswerFailure,
  AnswerFormContext,
  AnswerFormEvent,
  AnswerFormInput,
  AnswerListResult,
  AnswerLoadRequest,
  AnswerLoadResult,
  AnswerSendRequest,
  AnswerSendResult,
  AnswerValues,
  BulkPublishRequest,
} from './answer-form.types.js';

const at = (view: ContributionView) => view.publishedAt ?? view.createdAt;

/** The space's contributions awaiting an answer, oldest first (every page, up to 1,000). */
export async function loadAnswerList(
  backend: BackofficeBackend | null,
  space: string,
  now: () => Date = () => new Date(),
): Promise<AnswerListResult> {
  if (!backend) throw NO_BACKEND;
  const record = await backend.getSpace(space);
  const items: ContributionView[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 10; page++) {
    const got = await backend.listContributions({
      space: record.id,
      status: AWAITING_ANSWER_STATUSES,
      limit: 100,
      ...(cursor ? { cursor } : {}),
    });
    items.push(...got.items);
    if (!got.nextCursor) break;
    cursor = got.nextCursor;
  }
  items.sort((a, b) => at(a).localeCompare(at(b)) || a.id.localeCompare(b.id));
  return { space: record, items, at: now().toISOString() };
}

/** One contribution with its whole timeline, and its space (fetched once). */
export async function loadAnswerOne(
  backend: BackofficeBackend | null,
  request: AnswerLoadRequest,
  now: () => Date = () => new Date(),
): Promise<AnswerLoadResult> {
  if (!backend) throw NO_BACKEND;
  const { contribution, timeline } = await backend.getContribution(request.contributionId);
  const space = request.known ?? (await backend.getSpace(request.space || contribution.spaceId));
  return { space, contribution, timeline, at: now().toISOString() };
}

/**
 * Sends one command at the version the professional saw, then reads the timeline again.
 * The command is stored once the back end answers: a failed re-read keeps the old timeline.
 */
export async function sendAnswerCommand(
  backend: BackofficeBackend | null,
  request: AnswerSendRequest,
): Promise<AnswerSendResult> {
  if (!backend) throw NO_BACKEND;
  const view = await backend.sendEvent(request.contributionId, request.command, request.expectedVersion);
  try {
    const fresh = await backend.getContribution(request.contributionId);
    if (fresh.contribution.version >= view.version) return fresh;
  } catch {
    // the timeline is refreshed on the next load
  }
  return { contribution: view, timeline: null };
}

/** The back-end calls the machine invokes, over one back end. */
export const answerFormActors = (backend: () => Promise<BackofficeBackend | null>, now?: () => Date) => ({
  loadList: fromPromise<AnswerListResult, { space: string }>(async ({ input }) =>
    loadAnswerList(await backend(), input.space, now),
  ),
  loadOne: fromPromise<AnswerLoadResult, AnswerLoadRequest>(async ({ input }) =>
    loadAnswerOne(await backend(), input, now),
  ),
  send: fromPromise<AnswerSendResult, AnswerSendRequest>(async ({ input }) =>
    sendAnswerCommand(await backend(), input),
  ),
  publishMany: fromPromise<ContributionView[], BulkPublishRequest>(async ({ input }) => {
    const b = await backend();
    if (!b) throw NO_BACKEND;
    return b.publishAnswers(input.space, input.items);
  }),
});

/** The ticked contributions, in list order, at the version shown. */
export function bulkPublishRequest(context: AnswerFormContext): BulkPublishRequest {
  return {
    space: context.spaceRecord?.id ?? context.space,
    items: context.items
      .filter((v) => context.selected.includes(v.id))
      .map((v) => ({ id: v.id, expectedVersion: v.version })),
  };
}

/** The ids a `conflict` on publishing together names (`items.N`), or every one ticked when none is named. */
export function changedInBulk(
  request: BulkPublishRequest,
  issues: ReadonlyArray<{ path: readonly string[] }>,
): string[] {
  const named = issues
    .filter((i) => i.path[0] === 'items' && i.path[1] !== undefined)
    .map((i) => request.items[Number(i.path[1])]?.id)
    .filter((id): id is string => id !== undefined);
  return named.length ? [...new Set(named)] : request.items.map((i) => i.id);
}

type Ev<T extends AnswerFormEvent['type']> = Extract<AnswerFormEvent, { type: T }>;
type Done<T> = { output: T };
const errorOf = (event: unknown) => toBackendError((event as { error: unknown }).error);
const failureOf = (event: unknown): AnswerFailure => {
  const { kind, message } = errorOf(event);
  return { kind, message };
};
const COMMAND_OF = {
  'answer.review': 'contribution.review',
  'answer.decide': 'contribution.decide',
  'answer.publish': 'contribution.publish',
  'answer.commit': 'contribution.commit',
  'answer.start': 'contribution.start',
  'answer.progress': 'contribution.progress',
  'answer.complete': 'contribution.complete',
} as const satisfies Record<string, AnswerCommandType>;
type CommandEvent = keyof typeof COMMAND_OF;

const commandFor = (context: AnswerFormContext, event: AnswerFormEvent) => {
  const type = COMMAND_OF[event.type as CommandEvent];
  return buildCommand(type, context.values, event.type === 'answer.commit' ? event.commitmentId : '', context.lang);
};

/** Answer fields follow the stored answer after it changed; drafts of a sent step are emptied. */
function valuesAfter(type: AnswerCommandType, values: AnswerValues, view: ContributionView): AnswerValues {
  const fresh = valuesFrom(view);
  const commitmentId = view.commitments.some((c) => c.id === values.commitmentId)
    ? values.commitmentId
    : fresh.commitmentId;
  switch (type) {
    case 'contribution.decide':
    case 'contribution.publish':
      return {
        ...values,
        verdict: fresh.verdict,
        text: fresh.text,
        service: fresh.service,
        duplicateOf: fresh.duplicateOf,
      };
    case 'contribution.commit':
      return { ...values, what: '', owner: '', due: '', commitmentId };
    case 'contribution.progress':
      return { ...values, progressText: '', percent: '', commitmentId };
    default:
      return { ...values, commitmentId };
  }
}

/**
 * The professional's answering desk. Without a contribution it lists what awaits an answer
 * (oldest first) and publishes prepared answers together; with one it takes it up, decides,
 * publishes, commits and reports progress. Every send carries the version the professional
 * saw; a `conflict` reloads and shows both versions, and what they typed is kept until they
 * choose.
 */
export const answerFormMachine = setup({
  types: {
    context: {} as AnswerFormContext,
    events: {} as AnswerFormEvent,
    input: {} as AnswerFormInput,
  },
  actors: {
    // Provided by the widget: `machine.provide({ actors: answerFormActors(() => backend) })`.
    loadList: fromPromise<AnswerListResult, { space: string }>(async () => {
      throw NO_BACKEND;
    }),
    loadOne: fromPromise<AnswerLoadResult, AnswerLoadRequest>(async () => {
      throw NO_BACKEND;
    }),
    send: fromPromise<AnswerSendResult, AnswerSendRequest>(async () => {
      throw NO_BACKEND;
    }),
    publishMany: fromPromise<ContributionView[], BulkPublishRequest>(async () => {
      throw NO_BACKEND;
    }),
  },
  guards: {
    hasContribution: ({ context }) => context.contributionId !== null,
    notFixed: ({ context }) => !context.fixed,
    noItems: ({ event }) => (event as unknown as Done<AnswerListResult>).output.items.length === 0,
    isDecided: ({ context, event }) =>
      context.items.some((v) => v.id === (event as Ev<'list.toggle'>).contributionId && v.status === 'decided'),
    hasSelection: ({ context }) => context.selected.length > 0,
    conflict: ({ event }) => errorOf(event).kind === 'conflict',
    rejected: ({ event }) => errorOf(event).kind === 'rejected',
    denied: ({ event }) => isDenied(errorOf(event)),
    valid: ({ context, event }) =>
      Object.keys(commandErrors(COMMAND_OF[event.type as CommandEvent], context.values)).length === 0,
    allowed: ({ context, event }) =>
      context.contribution !== null && machineAllows(context.contribution, commandFor(context, event)),
    mineAllowed: ({ context }) =>
      context.pending !== null &&
      context.contribution !== null &&
      mineOnTheirs(context.pending, context.contribution) !== null,
  },
  actions: {
    keepList: assign(({ context, event }) => {
      const { space, items, at } = (event as unknown as Done<AnswerListResult>).output;
      const decided = new Set(items.filter((v) => v.status === 'decided').map((v) => v.id));
      return {
        spaceRecord: space,
        items,
        loadedAt: at,
        selected: context.selected.filter((id) => decided.has(id)),
        failure: null,
      };
    }),
    toggle: assign({
      selected: ({ context, event }) => {
        const id = (event as Ev<'list.toggle'>).contributionId;
        return context.selected.includes(id) ? context.selected.filter((s) => s !== id) : [...context.selected, id];
      },
    }),
    clearOutcome: assign({ outcome: null, failure: null }),
    keepBulkPublished: assign(({ event }) => {
      const views = (event as unknown as Done<ContributionView[]>).output;
      return {
        selected: [],
        outcome: {
          type: 'bulkPublished' as const,
          ids: views.map((v) => v.id),
          titles: views.map((v) => v.content.title),
        },
        published: views.flatMap((v) => (v.answer ? [{ contributionId: v.id, verdict: v.answer.verdict }] : [])),
        failure: null,
      };
    }),
    keepBulkConflict: assign(({ context, event }) => {
      const ids = changedInBulk(bulkPublishRequest(context), errorOf(event).issues ?? []);
      const titleOf = (id: string) => context.items.find((v) => v.id === id)?.content.title ?? id;
      return { selected: [], outcome: { type: 'bulkConflict' as const, ids, titles: ids.map(titleOf) }, failure: null };
    }),
    openOne: assign(({ event }) => ({
      contributionId: (event as Ev<'list.open'>).contributionId,
      contribution: null,
      timeline: [],
      values: EMPTY_ANSWER_VALUES,
      errors: {},
      pending: null,
      outcome: null,
      failure: null,
    })),
    closeOne: assign({
      contributionId: null,
      contribution: null,
      timeline: [],
      pending: null,
      outcome: null,
      failure: null,
    }),
    keepOne: assign(({ event }) => {
      const { space, contribution, timeline, at } = (event as unknown as Done<AnswerLoadResult>).output;
      return {
        spaceRecord: space,
        contribution,
        timeline,
        loadedAt: at,
        values: valuesFrom(contribution),
        errors: {},
        failure: null,
      };
    }),
    change: assign(({ context, event }) => {
      const { field, value } = event as Ev<'answer.change'>;
      const values = { ...context.values, [field]: value };
      // A field showing an error is checked again as the professional types; others stay quiet.
      const errors = { ...context.errors };
      for (const f of Object.keys(errors) as Array<keyof typeof errors>) {
        const again =
          commandErrors('contribution.decide', values)[f] ??
          commandErrors('contribution.commit', values)[f] ??
          commandErrors('contribution.progress', values)[f];
        if (again) errors[f] = again;
        else delete errors[f];
      }
      return { values, errors };
    }),
    applyTemplate: assign(({ context, event }) => {
      const id = (event as Ev<'answer.template'>).templateId;
      const template = context.spaceRecord?.answerTemplates.find((t) => t.id === id);
      if (!template) return { values: { ...context.values, templateId: '' } };
      const values = { ...context.values, templateId: id, verdict: template.verdict, text: template.text };
      const errors = { ...context.errors };
      delete errors.verdict;
      delete errors.text;
      return { values, errors };
    }),
    showErrors: assign({
      errors: ({ context, event }) => commandErrors(COMMAND_OF[event.type as CommandEvent], context.values),
    }),
    prepare: assign(({ context, event }) => {
      const view = context.contribution!;
      const a = view.answer;
      return {
        pending: {
          command: commandFor(context, event),
          expectedVersion: view.version,
          seenAnswer: a
            ? {
                verdict: a.verdict,
                text: a.text,
                service: a.service,
                ...(a.duplicateOf ? { duplicateOf: a.duplicateOf } : {}),
                ...(a.lang ? { lang: a.lang } : {}),
              }
            : null,
        },
        errors: {},
        outcome: null,
        failure: null,
      };
    }),
    keepSent: assign(({ context, event }) => {
      const { contribution, timeline } = (event as unknown as Done<AnswerSendResult>).output;
      const type = context.pending!.command.type;
      const published =
        type === 'contribution.publish' && contribution.answer
          ? [{ contributionId: contribution.id, verdict: contribution.answer.verdict }]
          : context.published;
      return {
        contribution,
        timeline: timeline ?? context.timeline,
        values: valuesAfter(type, context.values, contribution),
        pending: null,
        errors: {},
        outcome: { type, ids: [contribution.id], titles: [contribution.content.title] },
        published,
        failure: null,
      };
    }),
    keepIssues: assign(({ context, event }) => ({
      errors: answerIssuesToErrors(errorOf(event).issues ?? [], context.values),
      failure: failureOf(event),
      pending: null,
    })),
    keepFailure: assign({ failure: ({ event }) => failureOf(event) }),
    dropPending: assign({ pending: null }),
    keepTheirs: assign(({ event }) => {
      const { contribution, timeline, at } = (event as unknown as Done<AnswerLoadResult>).output;
      return { contribution, timeline, loadedAt: at, failure: null };
    }),
    rebase: assign(({ context }) => {
      const view = context.contribution!;
      const a = view.answer;
      const command = mineOnTheirs(context.pending!, view)!;
      return {
        pending: {
          command,
          expectedVersion: view.version,
          seenAnswer: a
            ? {
                verdict: a.verdict,
                text: a.text,
                service: a.service,
                ...(a.duplicateOf ? { duplicateOf: a.duplicateOf } : {}),
                ...(a.lang ? { lang: a.lang } : {}),
              }
            : null,
        },
        failure: null,
      };
    }),
    discardMine: assign(({ context }) => ({
      values: valuesFrom(context.contribution),
      pending: null,
      errors: {},
      outcome: {
        type: 'discarded' as const,
        ids: context.contribution ? [context.contribution.id] : [],
        titles: context.contribution ? [context.contribution.content.title] : [],
      },
      failure: null,
    })),
  },
}).createMachine({
  id: 'answer',
  context: ({ input }) => ({
    space: input.space.trim(),
    fixed: Boolean(input.contributionId?.trim()),
    contributionId: input.contributionId?.trim() || null,
    lang: input.lang,
    spaceRecord: null,
    items: [],
    loadedAt: null,
    selected: [],
    contribution: null,
    timeline: [],
    values: EMPTY_ANSWER_VALUES,
    errors: {},
    pending: null,
    outcome: null,
    published: null,
    failure: null,
  }),
  initial: 'idle',
  states: {
    idle: {
      on: { 'form.load': [{ guard: 'hasContribution', target: 'one' }, { target: 'list' }] },
    },
    list: {
      initial: 'loading',
      states: {
        loading: {
          invoke: {
            id: 'loadList',
            src: 'loadList',
            input: ({ context }) => ({ space: context.space }),
            onDone: [
              { guard: 'noItems', target: 'empty', actions: 'keepList' },
              { target: 'ready', actions: 'keepList' },
            ],
            onError: [
              { guard: 'denied', target: '#answer.denied', actions: 'keepFailure' },
              { target: 'failed', actions: 'keepFailure' },
            ],
          },
        },
        ready: {
          on: {
            'list.toggle': { guard: 'isDecided', actions: 'toggle' },
            'list.open': { target: '#answer.one', actions: 'openOne' },
            'list.reload': { target: 'loading', actions: 'clearOutcome' },
            'bulk.review': { guard: 'hasSelection', target: 'confirming', actions: 'clearOutcome' },
          },
        },
        empty: {
          on: { 'list.reload': { target: 'loading', actions: 'clearOutcome' } },
        },
        confirming: {
          on: { 'bulk.cancel': 'ready', 'bulk.confirm': 'publishing' },
        },
        publishing: {
          invoke: {
            id: 'publishMany',
            src: 'publishMany',
            input: ({ context }) => bulkPublishRequest(context),
            onDone: { target: 'loading', actions: 'keepBulkPublished' },
            onError: [
              // Something changed: nothing was published; the list is read again to show it.
              { guard: 'conflict', target: 'loading', actions: 'keepBulkConflict' },
              { guard: 'denied', target: '#answer.denied', actions: 'keepFailure' },
              { target: 'ready', actions: 'keepFailure' },
            ],
          },
        },
        failed: {
          on: { 'form.retry': 'loading' },
        },
      },
    },
    one: {
      initial: 'loading',
      states: {
        loading: {
          on: { 'form.back': { guard: 'notFixed', target: '#answer.list', actions: 'closeOne' } },
          invoke: {
            id: 'loadOne',
            src: 'loadOne',
            input: ({ context }) => ({
              contributionId: context.contributionId!,
              space: context.space,
              known: context.spaceRecord,
            }),
            onDone: { target: 'ready', actions: 'keepOne' },
            onError: [
              { guard: 'denied', target: '#answer.denied', actions: 'keepFailure' },
              { target: 'failed', actions: 'keepFailure' },
            ],
          },
        },
        ready: {
          on: {
            'form.back': { guard: 'notFixed', target: '#answer.list', actions: 'closeOne' },
            'answer.change': { actions: 'change' },
            'answer.template': { actions: 'applyTemplate' },
            'answer.review': { guard: 'allowed', target: 'sending', actions: 'prepare' },
            'answer.decide': [
              { guard: not('valid'), actions: 'showErrors' },
              { guard: 'allowed', target: 'sending', actions: 'prepare' },
            ],
            'answer.publish': { guard: 'allowed', target: 'sending', actions: 'prepare' },
            'answer.commit': [
              { guard: not('valid'), actions: 'showErrors' },
              { guard: 'allowed', target: 'sending', actions: 'prepare' },
            ],
            'answer.start': { guard: 'allowed', target: 'sending', actions: 'prepare' },
            'answer.progress': [
              { guard: not('valid'), actions: 'showErrors' },
              { guard: 'allowed', target: 'sending', actions: 'prepare' },
            ],
            'answer.complete': { guard: 'allowed', target: 'sending', actions: 'prepare' },
          },
        },
        sending: {
          invoke: {
            id: 'send',
            src: 'send',
            input: ({ context }) => ({
              contributionId: context.contribution!.id,
              command: context.pending!.command,
              expectedVersion: context.pending!.expectedVersion,
            }),
            onDone: { target: 'ready', actions: 'keepSent' },
            onError: [
              { guard: 'conflict', target: 'conflict' },
              { guard: 'rejected', target: 'ready', actions: 'keepIssues' },
              { guard: 'denied', target: '#answer.denied', actions: ['keepFailure', 'dropPending'] },
              // Offline or broken: what was typed stays; the professional sends again.
              { target: 'ready', actions: ['keepFailure', 'dropPending'] },
            ],
          },
        },
        conflict: {
          initial: 'reloading',
          states: {
            reloading: {
              invoke: {
                id: 'loadOne',
                src: 'loadOne',
                input: ({ context }) => ({
                  contributionId: context.contribution!.id,
                  space: context.space,
                  known: context.spaceRecord,
                }),
                onDone: { target: 'comparing', actions: 'keepTheirs' },
                onError: { target: 'failed', actions: 'keepFailure' },
              },
            },
            comparing: {
              on: {
                'conflict.useMine': { guard: 'mineAllowed', target: '#answer.one.sending', actions: 'rebase' },
                'conflict.keepTheirs': { target: '#answer.one.ready', actions: 'discardMine' },
              },
            },
            // Their version could not be read: mine is kept until it can.
            failed: {
              on: { 'form.retry': 'reloading' },
            },
          },
        },
        failed: {
          on: {
            'form.retry': 'loading',
            'form.back': { guard: 'notFixed', target: '#answer.list', actions: 'closeOne' },
          },
        },
      },
    },
    // Only professionals of the space answer: a clear message, and a retry once signed in.
    denied: {
      on: { 'form.retry': [{ guard: 'hasContribution', target: 'one' }, { target: 'list' }] },
    },
  },
});

export type AnswerFormMachine = typeof answerFormMachine;
