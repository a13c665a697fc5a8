import { assign, fromPromise, spawnChild } from 'xstate';
import { BODY_MAX, TITLE_MAX } from '../contribution/contribution.constants.js';
import { setup } from '../shared/machine-setup.js';
import { NO_BACKEND, toBackendError } from '../store/backend.error.js';
import type { AuthorExport, AuthorProof, ParticipeBackend } from '../store/backend.port.js';
import type {
  AuthorActRequest,
  AuthorContext,
  AuthorDraft,
  AuthorEvent,
  AuthorInput,
  AuthorProblem,
} from './author.types.js';

type Ev<T extends AuthorEvent['type']> = Extract<AuthorEvent, { type: T }>;

/** What is wrong with a correction, or `null`. */
export function draftProblem({ title, body }: AuthorDraft): AuthorProblem | null {
  if (!title.trim()) return 'emptyTitle';
  if (!body.trim()) return 'emptyBody';
  return title.trim().length > TITLE_MAX || body.trim().length > BODY_MAX ? 'tooLong' : null;
}

/** A back end's refusal as the author's page words it. */
export function authorProblem(error: unknown): AuthorProblem {
  const { kind } = toBackendError(error);
  if (kind === 'unauthorized' || kind === 'forbidden') return 'wrongSecret';
  if (kind === 'conflict' || kind === 'rejected') return 'tooLate';
  return kind === 'offline' ? 'offline' : 'failed';
}

/** The `open` and `act` actors over a public back end (`exportMyData`, `eraseMyData`, `sendAuthorCommand`). */
export function authorActors(backend: () => Promise<ParticipeBackend | null>) {
  const needs = async <K extends 'exportMyData' | 'eraseMyData' | 'sendAuthorCommand'>(name: K) => {
    const b = await backend();
    const method = b?.[name];
    if (!b || !method) throw NO_BACKEND;
    return method.bind(b) as NonNullable<ParticipeBackend[K]>;
  };
  return {
    open: fromPromise<AuthorExport, AuthorProof>(async ({ input }) => (await needs('exportMyData'))(input)),
    act: fromPromise<void, AuthorActRequest>(async ({ input }) => {
      const { command, proof, contributionId } = input;
      if (command.type === 'erase') await (await needs('eraseMyData'))(proof);
      else await (await needs('sendAuthorCommand'))(contributionId, proof.secret, command);
    }),
  };
}

const proofOf = (c: AuthorContext): AuthorProof => ({ followUpCode: c.code, secret: c.secret });

/**
 * The secret code as typed, without accents and outer spaces: it travels in a header, which
 * takes ASCII only. The server reads the rest (capitals, spaces, hyphens); an older secret,
 * ASCII already, is left as it is.
 */
export const asciiSecret = (typed: string): string =>
  typed
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim();
const errorOf = (event: unknown) => (event as { error?: unknown }).error;

/**
 * The author's own page, opened with the follow-up code: the secret code unlocks a copy of
 * everything kept about them, then correcting or withdrawing the contribution and erasing
 * their data, each after a confirmation. After an erase the secret code opens nothing.
 */
export const authorMachine = setup({
  types: {
    context: {} as AuthorContext,
    events: {} as AuthorEvent,
    input: {} as AuthorInput,
    children: {} as { open: 'open'; act: 'act' },
  },
  actors: {
    // Provided by the widget: `authorMachine.provide({ actors: authorActors(…) })`.
    open: fromPromise<AuthorExport, AuthorProof>(async () => {
      throw NO_BACKEND;
    }),
    act: fromPromise<void, AuthorActRequest>(async () => {
      throw NO_BACKEND;
    }),
  },
  guards: {
    secretGiven: ({ event }) => (event as Ev<'author.unlock'>).secret.trim() !== '',
    draftValid: ({ event }) => draftProblem(event as Ev<'author.save'>) === null,
    erasing: ({ context }) => context.action === 'erase',
  },
  actions: {
    keepSecret: assign({
      secret: ({ event }) => asciiSecret((event as Ev<'author.unlock'>).secret),
      problem: null,
      done: null,
    }),
    noSecret: assign({ problem: 'emptySecret' }),
    keepData: assign({ data: ({ event }) => (event as Ev<'xstate.done.actor.open'>).output, problem: null }),
    // A refused secret code is forgotten at once.
    refused: assign({ secret: '', problem: ({ event }) => authorProblem(errorOf(event)) }),
    failed: assign({ problem: ({ event }) => authorProblem(errorOf(event)) }),
    forget: assign({ secret: '', data: null, action: null, draft: null, problem: null, done: null }),
    startCorrection: assign({
      action: 'correct',
      draft: ({ context }) => ({
        title: context.data?.contribution.content?.title ?? '',
        body: context.data?.contribution.content?.body ?? '',
      }),
      problem: null,
      done: null,
    }),
    keepDraft: assign({
      draft: ({ event }) => {
        const { title, body } = event as Ev<'author.save'>;
        return { title: title.trim(), body: body.trim() };
      },
      problem: null,
    }),
    badDraft: assign({
      draft: ({ event }) => ({ title: (event as Ev<'author.save'>).title, body: (event as Ev<'author.save'>).body }),
      problem: ({ event }) => draftProblem(event as Ev<'author.save'>),
    }),
    ask: assign({
      action: ({ event }) => (event.type === 'author.withdraw' ? 'withdraw' : 'erase'),
      problem: null,
      done: null,
    }),
    cancel: assign({ action: null, draft: null, problem: null }),
    succeeded: assign({ done: ({ context }) => context.action, action: null, draft: null }),
    erased: assign({ done: 'erase', action: null, draft: null, secret: '', data: null }),
    open: spawnChild('open', { id: 'open', input: ({ context }) => proofOf(context) }),
    act: spawnChild('act', {
      id: 'act',
      input: ({ context }): AuthorActRequest => ({
        proof: proofOf(context),
        contributionId: context.contributionId,
        command:
          context.action === 'erase'
            ? { type: 'erase' }
            : context.action === 'withdraw'
              ? { type: 'contribution.withdraw', data: {} }
              : { type: 'contribution.edit', data: { ...context.draft } },
      }),
    }),
  },
}).createMachine({
  id: 'author',
  context: ({ input }) => ({
    code: input.code,
    contributionId: input.contributionId,
    secret: '',
    data: null,
    action: null,
    draft: null,
    problem: null,
    done: null,
  }),
  initial: 'locked',
  states: {
    locked: {
      on: {
        'author.unlock': [
          { guard: 'secretGiven', target: 'unlocking', actions: 'keepSecret' },
          { actions: 'noSecret' },
        ],
      },
    },
    unlocking: {
      entry: 'open',
      on: {
        'xstate.done.actor.open': { target: 'unlocked', actions: 'keepData' },
        'xstate.error.actor.open': { target: 'locked', actions: 'refused' },
      },
    },
    unlocked: {
      on: {
        'author.correct': { target: 'correcting', actions: 'startCorrection' },
        'author.withdraw': { target: 'confirming', actions: 'ask' },
        'author.erase': { target: 'confirming', actions: 'ask' },
        'author.lock': { target: 'locked', actions: 'forget' },
      },
    },
    correcting: {
      on: {
        'author.save': [{ guard: 'draftValid', target: 'confirming', actions: 'keepDraft' }, { actions: 'badDraft' }],
        'author.cancel': { target: 'unlocked', actions: 'cancel' },
      },
    },
    confirming: {
      on: {
        'author.confirm': 'working',
        'author.cancel': { target: 'unlocked', actions: 'cancel' },
      },
    },
    working: {
      entry: 'act',
      on: {
        'xstate.done.actor.act': [
          { guard: 'erasing', target: 'erased', actions: 'erased' },
          { target: 'refreshing', actions: 'succeeded' },
        ],
        'xstate.error.actor.act': { target: 'unlocked', actions: ['cancel', 'failed'] },
      },
    },
    // After a correction or a withdrawal: the copy of the data is read again.
    refreshing: {
      entry: 'open',
      on: {
        'xstate.done.actor.open': { target: 'unlocked', actions: 'keepData' },
        'xstate.error.actor.open': 'unlocked',
      },
    },
    // Nothing is left to open: the secret code is gone with the author's words.
    erased: {},
  },
});

export type AuthorMachine = typeof authorMachine;
