import { assign, fromPromise } from 'xstate';
import type { ListFailure } from '../contribution-list/contribution-list.types.js';
import { setup } from '../shared/machine-setup.js';
import { NO_BACKEND, toBackendError } from '../store/backend.error.js';
import type { ParticipeBackend } from '../store/backend.port.js';
import type {
  ContributionDetailContext,
  ContributionDetailEvent,
  ContributionDetailInput,
  DetailLoadRequest,
  DetailLoadResult,
} from './contribution-detail.types.js';

/** Resolves a follow-up code if there is one, then loads the contribution and its space. */
export async function loadDetail(
  backend: ParticipeBackend | null,
  request: DetailLoadRequest,
  now: () => Date = () => new Date(),
): Promise<DetailLoadResult> {
  if (!backend) throw NO_BACKEND;
  const id = request.code ? await backend.resolveFollowUpCode(request.code) : request.contributionId;
  if (!id) return { found: false, missing: 'code' };
  const detail = await backend.getContribution(id);
  if (!detail) return { found: false, missing: request.code ? 'code' : 'contribution' };
  const space = await backend.getSpace(detail.contribution.spaceId);
  return { found: true, detail, space, at: now().toISOString() };
}

/** The `load` actor over a back end. */
export const detailLoader = (backend: ParticipeBackend | null, now?: () => Date) =>
  fromPromise<DetailLoadResult, DetailLoadRequest>(({ input }) => loadDetail(backend, input, now));

const clean = (s: string | undefined) => (s?.trim() ? s.trim() : null);
type Done = { output: DetailLoadResult };
const EMPTY = { detail: null, space: null, loadedAt: null, missing: null, failure: null } as const;

/**
 * One contribution as the public (or its author, with a follow-up code) sees it. Without
 * an id or a code it waits in `idle`, where the widget asks for a code.
 */
export const contributionDetailMachine = setup({
  types: {
    context: {} as ContributionDetailContext,
    events: {} as ContributionDetailEvent,
    input: {} as ContributionDetailInput,
  },
  actors: {
    // Provided by the widget: `machine.provide({ actors: { load: detailLoader(backend) } })`.
    load: fromPromise<DetailLoadResult, DetailLoadRequest>(async () => {
      throw { kind: 'error', message: 'No load actor provided' } satisfies ListFailure;
    }),
  },
  guards: {
    hasTarget: ({ context }) => context.code !== null || context.contributionId !== null,
    found: ({ event }) => (event as unknown as Done).output.found,
  },
  actions: {
    open: assign(({ event }) => {
      const e = event as Extract<ContributionDetailEvent, { type: 'detail.open' }>;
      return { contributionId: clean(e.contributionId), code: clean(e.code), ...EMPTY };
    }),
    start: assign(EMPTY),
    keepDetail: assign(({ event }) => {
      const out = (event as unknown as Done).output;
      return out.found ? { detail: out.detail, space: out.space, loadedAt: out.at } : {};
    }),
    keepMissing: assign(({ event }) => {
      const out = (event as unknown as Done).output;
      return { missing: out.found ? null : out.missing };
    }),
    keepFailure: assign({ failure: ({ event }) => toBackendError((event as unknown as { error: unknown }).error) }),
  },
}).createMachine({
  id: 'detail',
  context: ({ input }) => ({
    contributionId: clean(input.contributionId),
    code: clean(input.code),
    ...EMPTY,
  }),
  initial: 'idle',
  on: {
    'detail.open': { target: '.idle', reenter: true, actions: 'open' },
  },
  states: {
    idle: {
      always: { guard: 'hasTarget', target: 'loading' },
    },
    loading: {
      entry: 'start',
      invoke: {
        id: 'load',
        src: 'load',
        input: ({ context }) => ({ contributionId: context.contributionId, code: context.code }),
        onDone: [
          { guard: 'found', target: 'ready', actions: 'keepDetail' },
          { target: 'notFound', actions: 'keepMissing' },
        ],
        onError: { target: 'error', actions: 'keepFailure' },
      },
    },
    ready: {},
    notFound: {},
    error: {
      on: { 'detail.retry': 'loading' },
    },
  },
});

export type ContributionDetailMachine = typeof contributionDetailMachine;
