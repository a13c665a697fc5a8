import { assign, fromPromise } from 'xstate';
import { PHASE_IDS } from '../cycle/cycle.phases.js';
import type { PhaseId } from '../cycle/cycle.types.js';
import { setup } from '../shared/machine-setup.js';
import { type BackendError, NO_BACKEND, toBackendError } from '../store/backend.error.js';
import type { ParticipeBackend } from '../store/backend.port.js';
import type { ContentListQuery, ContentPage, ResourceEntry } from '../store/content.port.js';
import type {
  ResourceCentreContext,
  ResourceCentreEvent,
  ResourceCentreInput,
  ResourceCentreLoadRequest,
  ResourceCentreLoadResult,
  ResourceCentreResourcesRequest,
  ResourceCentreSelection,
} from './resource-centre.types.js';

/** The longest search the API takes; longer words are cut, not refused. */
export const RESOURCE_SEARCH_MAX = 200;

/** Every page of a list (a council has tens of entries: one page of 100, rarely two). */
async function allPages<T>(list: (q: ContentListQuery) => Promise<ContentPage<T>>, query: ContentListQuery) {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: ContentPage<T> = await list({ ...query, limit: 100, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < 1000);
  return items;
}

/**
 * The first screen, read through a back end (never from the built-in packs): the "where do I
 * start" questions, and the methods and tools of the phase shown first.
 */
export async function loadResourceCentre(
  backend: ParticipeBackend | null,
  request: ResourceCentreLoadRequest,
): Promise<ResourceCentreLoadResult> {
  if (!backend) throw NO_BACKEND;
  const { locale, phase } = request;
  const [guide, resources, phaseLabels] = await Promise.all([
    allPages((q) => backend.listGuide(q), { locale }),
    allPages((q) => backend.listResources(q), { locale, phase }),
    // The names only (`fields=label`), a few hundred bytes; without them the widget's own words show.
    backend.listPhaseLabels
      ? backend.listPhaseLabels({ locale, limit: 100 }).then(
          (page) => page.items,
          () => [],
        )
      : [],
  ]);
  return { guide, resources, phaseLabels };
}

/**
 * The resources of a later choice: a phase's, a search's (the back end searches), or a
 * question's, one by one in its order (a council may have removed one since: left out).
 */
export async function loadResourceCentreResources(
  backend: ParticipeBackend | null,
  request: ResourceCentreResourcesRequest,
): Promise<ResourceEntry[]> {
  if (!backend) throw NO_BACKEND;
  const { locale, selection } = request;
  if (selection.by === 'phase') return allPages((q) => backend.listResources(q), { locale, phase: selection.phase });
  if (selection.by === 'search') return allPages((q) => backend.listResources(q), { locale, q: selection.q });
  const found = await Promise.all(request.resourceIds.map((id) => backend.getResource(id, { locale })));
  return found.filter((r): r is ResourceEntry => r !== null);
}

type Output<T> = { output: T };
type Chosen = Extract<
  ResourceCentreEvent,
  { type: 'resourceCentre.phase' | 'resourceCentre.question' | 'resourceCentre.search' }
>;

/** What an event asks to see; blank search words go back to the phase last chosen. */
function selectionOf(event: Chosen, phase: PhaseId): ResourceCentreSelection {
  if (event.type === 'resourceCentre.phase') return { by: 'phase', phase: event.phase };
  if (event.type === 'resourceCentre.question') return { by: 'question', entryId: event.entryId };
  const q = event.q.trim().slice(0, RESOURCE_SEARCH_MAX);
  return q ? { by: 'search', q } : { by: 'phase', phase };
}

/**
 * The resource centre: loads the questions and a phase's resources, then shows the resources
 * a person chooses — by phase, by question, or by searching. A failed choice keeps what was
 * shown and can be retried; a new choice while one loads replaces it.
 */
export const resourceCentreMachine = setup({
  types: {
    context: {} as ResourceCentreContext,
    events: {} as ResourceCentreEvent,
    input: {} as ResourceCentreInput,
  },
  actors: {
    // Provided by the widget with its back end: `loadResourceCentre` and `loadResourceCentreResources`.
    load: fromPromise<ResourceCentreLoadResult, ResourceCentreLoadRequest>(async () => {
      throw { kind: 'error', message: 'No load actor provided' } satisfies BackendError;
    }),
    resources: fromPromise<ResourceEntry[], ResourceCentreResourcesRequest>(async () => {
      throw { kind: 'error', message: 'No resources actor provided' } satisfies BackendError;
    }),
  },
  guards: {
    knownQuestion: ({ context, event }) =>
      context.guide.some((g) => g.id === (event as Extract<Chosen, { type: 'resourceCentre.question' }>).entryId),
  },
  actions: {
    keepFirst: assign(({ context, event }) => {
      const { guide, resources, phaseLabels = [] } = (event as unknown as Output<ResourceCentreLoadResult>).output;
      const shown: ResourceCentreSelection = { by: 'phase', phase: context.phase };
      return { guide, resources, phaseLabels, selection: shown, shownFor: shown };
    }),
    select: assign(({ context, event }) => {
      const selection = selectionOf(event as Chosen, context.phase);
      return { selection, phase: selection.by === 'phase' ? selection.phase : context.phase };
    }),
    keepResources: assign(({ context, event }) => ({
      resources: (event as unknown as Output<ResourceEntry[]>).output,
      shownFor: context.selection,
    })),
    clearFailure: assign({ failure: null, resourcesFailure: null }),
    keepFailure: assign({ failure: ({ event }) => toBackendError((event as unknown as { error: unknown }).error) }),
    clearResourcesFailure: assign({ resourcesFailure: null }),
    keepResourcesFailure: assign({
      resourcesFailure: ({ event }) => toBackendError((event as unknown as { error: unknown }).error),
    }),
  },
}).createMachine({
  id: 'resourceCentre',
  context: ({ input }) => {
    // An attribute's value: a phase the cycle does not have shows the first one.
    const phase = PHASE_IDS.includes(input.phase as PhaseId) ? (input.phase as PhaseId) : 'mobilise';
    return {
      locale: input.locale ?? 'fr',
      phase,
      guide: [],
      phaseLabels: [],
      selection: { by: 'phase', phase },
      resources: [],
      shownFor: null,
      failure: null,
      resourcesFailure: null,
    };
  },
  initial: 'idle',
  states: {
    idle: {
      on: { 'resourceCentre.load': 'loading' },
    },
    loading: {
      entry: 'clearFailure',
      invoke: {
        id: 'load',
        src: 'load',
        input: ({ context }) => ({ locale: context.locale, phase: context.phase }),
        onDone: { target: 'ready', actions: 'keepFirst' },
        onError: { target: 'error', actions: 'keepFailure' },
      },
    },
    error: {
      on: { 'resourceCentre.retry': 'loading' },
    },
    ready: {
      initial: 'shown',
      on: {
        'resourceCentre.load': 'loading',
        'resourceCentre.phase': { target: '.fetching', reenter: true, actions: 'select' },
        'resourceCentre.search': { target: '.fetching', reenter: true, actions: 'select' },
        'resourceCentre.question': { guard: 'knownQuestion', target: '.fetching', reenter: true, actions: 'select' },
      },
      states: {
        shown: {},
        fetching: {
          entry: 'clearResourcesFailure',
          invoke: {
            id: 'resources',
            src: 'resources',
            input: ({ context }) => ({
              locale: context.locale,
              selection: context.selection,
              resourceIds:
                context.selection.by === 'question'
                  ? (context.guide.find((g) => g.id === (context.selection as { entryId: string }).entryId)
                      ?.resourceIds ?? [])
                  : [],
            }),
            onDone: { target: 'shown', actions: 'keepResources' },
            onError: { target: 'failed', actions: 'keepResourcesFailure' },
          },
        },
        failed: {
          on: { 'resourceCentre.retry': 'fetching' },
        },
      },
    },
  },
});

export type ResourceCentreMachine = typeof resourceCentreMachine;
