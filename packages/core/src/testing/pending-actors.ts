// Test support (not shipped): a live actor whose invoked promises wait until a model path
// says how they end, and the replay of every edge of a machine's graph against it.
import { type AnyStateMachine, createActor, type EventObject, fromPromise } from 'xstate';

/**
 * The machine started with each named actor replaced by a promise that settles when the test
 * sends `xstate.done.actor.<id>` (resolved with `output`) or `xstate.error.actor.<id>`
 * (rejected with `error`). `requests` lists what each invocation was asked, in order.
 */
export function pendingActors<M extends AnyStateMachine>(machine: M, sources: readonly string[], input: unknown) {
  const pending = new Map<string, { resolve: (r: unknown) => void; reject: (e: unknown) => void }>();
  const requests: Array<{ src: string; input: unknown }> = [];
  const waiting =
    (src: string) =>
    ({ input: i }: { input: unknown }) =>
      new Promise((resolve, reject) => {
        requests.push({ src, input: i });
        pending.set(src, { resolve, reject });
      });
  const provided = machine.provide({
    actors: Object.fromEntries(sources.map((src) => [src, fromPromise(waiting(src))])),
  } as never);
  const actor = createActor(provided as M, { input } as never).start();
  return {
    actor,
    requests,
    async send(e: EventObject & Record<string, unknown>) {
      const m = /^xstate\.(done|error)\.actor\.(\w+)$/.exec(e.type);
      if (m) {
        const p = pending.get(m[2]!)!;
        if (m[1] === 'done') p.resolve(e.output);
        else p.reject(e.error);
      } else actor.send(e as never);
      for (let i = 0; i < 6; i++) await Promise.resolve();
    },
  };
}

/**
 * Every edge of the graph: a fresh system replays the shortest path to the edge's source,
 * takes the edge, and must be in the state the graph expects; `check` then tests it.
 */
export async function replayEdges<TSut extends { send: (e: never) => Promise<void> }, TSnapshot>(
  graph: {
    edges: ReadonlyArray<{ from: string; event: EventObject; to: TSnapshot }>;
    pathTo: Map<string, { steps: ReadonlyArray<{ event: EventObject }> }>;
  },
  makeSut: () => TSut,
  serialize: (s: TSnapshot) => string,
  snapshotOf: (sut: TSut) => TSnapshot,
  check: (s: TSnapshot, sut: TSut) => void,
  expectEqual: (actual: string, expected: string) => void,
): Promise<void> {
  for (const edge of graph.edges) {
    const sut = makeSut();
    for (const step of graph.pathTo.get(edge.from)!.steps)
      if (step.event.type !== 'xstate.init') await sut.send(step.event as never);
    await sut.send(edge.event as never);
    expectEqual(serialize(snapshotOf(sut)), serialize(edge.to));
    check(snapshotOf(sut), sut);
  }
}
