// The council's phases and resources for the results and the group view, read through its
// API when they first show (not on the first screen). Part of the engine's chunk: no page
// pays for it before a diagnostic is answered, and no content pack is imported here.
import {
  type ContentPack,
  type ContentPage,
  councilResources,
  NO_BACKEND,
  type ParticipeBackend,
  type PhaseEntry,
  toBackendError,
  withFalc,
} from '@participe/core';

/** The results name phases (id and label) and show resources whole. */
export interface ResultsContent {
  phases: Pick<ContentPack['phases'][number], 'id' | 'label'>[];
  resources: ContentPack['resources'];
}

/**
 * The cycle has seven phases: one page of a hundred is plenty; stop after ten all the same.
 * Their names only when the back end can send them alone (0.4 KiB instead of 13).
 */
async function councilPhases(backend: ParticipeBackend, locale: ContentPack['locale']) {
  const items: Pick<PhaseEntry, 'id' | 'label'>[] = [];
  const list = backend.listPhaseLabels?.bind(backend) ?? backend.listPhases.bind(backend);
  let cursor: string | null = null;
  for (let page = 0; page < 10; page++) {
    const served: ContentPage<Pick<PhaseEntry, 'id' | 'label'>> = await list({
      locale,
      limit: 100,
      ...(cursor ? { cursor } : {}),
    });
    items.push(...served.items);
    cursor = served.nextCursor;
    if (!cursor) break;
  }
  return withFalc<ResultsContent['phases']>(items);
}

/**
 * What the host gave (`content`: its own phases or resources), the rest from the council's
 * API. Without either, the results say so and offer to retry: they never fall back to the
 * project's built-in content, which is not the council's.
 */
export async function loadResultsContent(
  given: Partial<ContentPack> | null,
  backend: ParticipeBackend | null,
  locale: ContentPack['locale'],
): Promise<ResultsContent> {
  if ((!given?.phases || !given.resources) && !backend) throw NO_BACKEND;
  const [phases, resources] = await Promise.all([
    given?.phases ?? councilPhases(backend!, locale),
    given?.resources ?? councilResources(backend!, locale),
  ]);
  return { phases, resources };
}

/** Where the results' content stands, as the widget shows it. */
export type ResultsContentState =
  | { state: 'loading' }
  | { state: 'ready'; content: ResultsContent }
  | { state: 'failed'; offline: boolean };

/** `loadResultsContent`, its failure made a state to show (offline, or another failure to retry). */
export async function resultsContentOf(
  given: PromiseLike<Partial<ContentPack> | null> | Partial<ContentPack> | null,
  backend: PromiseLike<ParticipeBackend | null>,
  locale: ContentPack['locale'],
): Promise<ResultsContentState> {
  try {
    return { state: 'ready', content: await loadResultsContent(await given, await backend, locale) };
  } catch (e) {
    return { state: 'failed', offline: toBackendError(e).kind === 'offline' };
  }
}
