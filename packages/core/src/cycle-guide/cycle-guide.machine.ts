import { assign, fromPromise } from 'xstate';
import type { ContentPack, Resource } from '../content/content.types.js';
import { PHASE_IDS, type PhaseId } from '../cycle/cycle.phases.js';
import { setup } from '../shared/machine-setup.js';
import { NO_BACKEND, toBackendError } from '../store/backend.error.js';
import type { ParticipeBackend } from '../store/backend.port.js';
import type {
  CycleGuideContent,
  CycleGuideContext,
  CycleGuideEvent,
  CycleGuideInput,
  CycleGuideLoadRequest,
  CycleGuideLoadResult,
  CycleResourcesRequest,
  FocusMove,
  GuideFailure,
  SpaceCycle,
} from './cycle-guide.types.js';

/** The space's name and phase; a failure here never hides the cycle itself. */
async function readSpaceCycle(backend: ParticipeBackend | null, spaceId: string): Promise<SpaceCycle> {
  if (!backend) throw NO_BACKEND;
  const space = await backend.getSpace(spaceId);
  const cycle = space && (await backend.getCycle(space.id));
  if (!space || !cycle) throw { kind: 'notFound', message: `No space "${spaceId}"` } satisfies GuideFailure;
  return { ...cycle, spaceName: space.name };
}

/**
 * Loads the content of a locale (the widget passes a lazy import of the content pack, or
 * a council's own content) and, when a space is named, where that space stands.
 */
export async function loadCycleGuide(
  backend: ParticipeBackend | null,
  request: CycleGuideLoadRequest,
  contentFor: (locale: ContentPack['locale']) => Promise<CycleGuideContent>,
): Promise<CycleGuideLoadResult> {
  const [content, cycle] = await Promise.all([
    contentFor(request.locale),
    request.spaceId
      ? readSpaceCycle(backend, request.spaceId).then(
          (c) => ({ cycle: c, cycleFailure: null }),
          (e: unknown) => ({ cycle: null, cycleFailure: toBackendError(e) }),
        )
      : { cycle: null, cycleFailure: null },
  ]);
  return { content, ...cycle };
}

/** The phase a focus move lands on. The wheel wraps around: after `share` comes `mobilise`. */
export function movedFocus(from: PhaseId, to: FocusMove | PhaseId): PhaseId {
  const i = PHASE_IDS.indexOf(from);
  const n = PHASE_IDS.length;
  switch (to) {
    case 'next':
      return PHASE_IDS[(i + 1) % n]!;
    case 'previous':
      return PHASE_IDS[(i + n - 1) % n]!;
    case 'first':
      return PHASE_IDS[0];
    case 'last':
      return PHASE_IDS[n - 1]!;
    default:
      return to;
  }
}

type Ev<T extends CycleGuideEvent['type']> = Extract<CycleGuideEvent, { type: T }>;
type Done = { output: CycleGuideLoadResult };
const isPhase = (p: unknown): p is PhaseId => (PHASE_IDS as readonly unknown[]).includes(p);

/**
 * The participation cycle as a guide: a wheel of the seven phases (the space's current one
 * marked), the sheet of the phase a person picks, and "Par où commencer ?". The keyboard's
 * place on the wheel is state too, so the element only renders it.
 */
export const cycleGuideMachine = setup({
  types: {
    context: {} as CycleGuideContext,
    events: {} as CycleGuideEvent,
    input: {} as CycleGuideInput,
  },
  actors: {
    // Provided by the widget: `machine.provide({ actors: { load: fromPromise(… loadCycleGuide …) } })`.
    load: fromPromise<CycleGuideLoadResult, CycleGuideLoadRequest>(async () => {
      throw { kind: 'error', message: 'No load actor provided' } satisfies GuideFailure;
    }),
    // Provided by the widget too: the council's resources, when a sheet or an answer first needs them.
    loadResources: fromPromise<Resource[], CycleResourcesRequest>(async () => {
      throw { kind: 'error', message: 'No loadResources actor provided' } satisfies GuideFailure;
    }),
  },
  guards: {
    knownPhase: ({ event }) => {
      const { phase } = event as Ev<'guide.select'>;
      return phase === undefined || isPhase(phase);
    },
    knownFocus: ({ event }) => {
      const { to } = event as Ev<'guide.focus'>;
      return isPhase(to) || ['next', 'previous', 'first', 'last'].includes(to);
    },
    knownEntry: ({ context, event }) =>
      context.content?.guide.some((g) => g.id === (event as Ev<'guide.toggle'>).entryId) ?? false,
    // A step the group took, from the steering panel: only for the space shown.
    sameSpace: ({ context, event }) => context.cycle?.spaceId === (event as Ev<'guide.cycle'>).cycle.spaceId,
    // A sheet or an answer is open and the resources it lists are not there yet.
    resourcesWanted: ({ context }) =>
      context.content !== null &&
      context.content.resources === null &&
      (context.selected !== null || context.openEntry !== null),
  },
  actions: {
    keepContent: assign(({ event }) => {
      const { content, cycle, cycleFailure } = (event as unknown as Done).output;
      return { content, cycle, cycleFailure, failure: null, focused: cycle?.phase ?? PHASE_IDS[0] };
    }),
    keepCycle: assign({
      cycle: ({ context, event }) => ({ ...(event as Ev<'guide.cycle'>).cycle, spaceName: context.cycle!.spaceName }),
    }),
    clearFailure: assign({ failure: null }),
    keepFailure: assign({ failure: ({ event }) => toBackendError((event as unknown as { error: unknown }).error) }),
    keepResources: assign(({ context, event }) => ({
      content: context.content && {
        ...context.content,
        resources: (event as unknown as { output: Resource[] }).output,
      },
      resourcesFailure: null,
    })),
    keepResourcesFailure: assign({
      resourcesFailure: ({ event }) => toBackendError((event as unknown as { error: unknown }).error),
    }),
    moveFocus: assign({
      focused: ({ context, event }) => movedFocus(context.focused, (event as Ev<'guide.focus'>).to),
    }),
    select: assign(({ context, event }) => {
      const phase = (event as Ev<'guide.select'>).phase ?? context.focused;
      return { selected: phase, focused: phase };
    }),
    unselect: assign({ selected: null }),
    toggleEntry: assign({
      openEntry: ({ context, event }) => {
        const { entryId } = event as Ev<'guide.toggle'>;
        return context.openEntry === entryId ? null : entryId;
      },
    }),
  },
}).createMachine({
  id: 'cycleGuide',
  context: ({ input }) => ({
    spaceId: input.spaceId?.trim() || null,
    locale: input.locale ?? 'fr',
    content: null,
    cycle: null,
    cycleFailure: null,
    failure: null,
    focused: PHASE_IDS[0],
    selected: null,
    openEntry: null,
    resourcesFailure: null,
  }),
  initial: 'idle',
  states: {
    idle: {
      on: { 'guide.load': 'loading' },
    },
    loading: {
      entry: 'clearFailure',
      invoke: {
        id: 'load',
        src: 'load',
        input: ({ context }) => ({ spaceId: context.spaceId, locale: context.locale }),
        onDone: { target: 'ready', actions: 'keepContent' },
        onError: { target: 'error', actions: 'keepFailure' },
      },
    },
    error: {
      on: { 'guide.retry': 'loading' },
    },
    ready: {
      type: 'parallel',
      on: {
        'guide.focus': { guard: 'knownFocus', actions: 'moveFocus' },
        'guide.select': { guard: 'knownPhase', target: '.view.sheet', actions: 'select' },
        'guide.toggle': { guard: 'knownEntry', actions: 'toggleEntry' },
        'guide.cycle': { guard: 'sameSpace', actions: 'keepCycle' },
      },
      states: {
        view: {
          initial: 'overview',
          states: {
            overview: {},
            sheet: {
              on: { 'guide.close': { target: 'overview', actions: 'unselect' } },
            },
          },
        },
        // The first screen is the wheel and the questions; resources load with the first sheet or answer opened.
        resources: {
          initial: 'idle',
          states: {
            idle: {
              always: { guard: 'resourcesWanted', target: 'loading' },
            },
            loading: {
              entry: assign({ resourcesFailure: null }),
              invoke: {
                id: 'loadResources',
                src: 'loadResources',
                input: ({ context }) => ({ locale: context.locale }),
                onDone: { target: 'idle', actions: 'keepResources' },
                onError: { target: 'failed', actions: 'keepResourcesFailure' },
              },
            },
            failed: {
              on: { 'guide.resources.retry': 'loading' },
            },
          },
        },
      },
    },
  },
});

export type CycleGuideMachine = typeof cycleGuideMachine;
