// Test support (not shipped): the graph of a machine for model-based tests. `createTestModel`
// refuses machines that invoke actors, so tests walk the path generators directly: every
// shortest path to a state, and every edge replayed from the shortest path to its source.
import type { AnyStateMachine, EventObject } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';

type GraphOptions = Parameters<typeof getShortestPaths>[1] & {
  serializeState: (snapshot: never) => string;
};

export function modelGraph<TEvent extends EventObject, TSnapshot>(machine: AnyStateMachine, options: GraphOptions) {
  const paths = getShortestPaths(machine, options as never);
  const adjacency = getAdjacencyMap(machine, options as never);
  const edges = Object.entries(adjacency).flatMap(([from, v]) =>
    Object.values(v.transitions as Record<string, { event: TEvent; state: TSnapshot }>).map((t) => ({
      from,
      event: t.event,
      to: t.state,
    })),
  );
  const serialize = options.serializeState as (s: unknown) => string;
  const pathTo = new Map(paths.map((p) => [serialize(p.state), p]));
  return { paths, adjacency, edges, pathTo };
}

/**
 * Sends a path's events to a live system under test (the initial `xstate.init` left out),
 * and hands each state the path expects to `check`, once its event is sent.
 */
export async function walk<TEvent extends EventObject, TSnapshot>(
  sut: { send: (event: TEvent) => unknown },
  steps: ReadonlyArray<{ event: EventObject; state: TSnapshot }>,
  check?: (expected: TSnapshot) => void,
): Promise<void> {
  for (const step of steps) {
    if (step.event.type !== 'xstate.init') await sut.send(step.event as TEvent);
    check?.(step.state);
  }
}
