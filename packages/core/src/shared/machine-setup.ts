import { createMachine, setup as xstateSetup } from 'xstate';

/**
 * Keeps only `createMachine` from a function returning `setup`'s helpers, keeping its type
 * parameters. Used at the type level only (see `typeOfSetup`).
 */
declare function onlyCreateMachine<A extends unknown[], R extends { createMachine: unknown }>(
  f: (...args: A) => R,
): (...args: A) => Pick<R, 'createMachine'>;

/** Never called: it names the type of `setup` narrowed to `createMachine`, generics included. */
const typeOfSetup = () => onlyCreateMachine(xstateSetup);

/**
 * XState's `setup`, typed as XState types it, with only `createMachine`. XState's own
 * `setup` also returns its action creators (`sendTo`, `log`, `emit`, `enqueueActions`, …),
 * so a page that calls it bundles all of them — 0.8 KiB gzip that none of our machines use;
 * they import `assign` directly. This one passes the same implementations to
 * `createMachine`, which is all `setup().createMachine` does.
 */
export const setup = ((implementations: Parameters<typeof xstateSetup>[0]) => ({
  createMachine: (config: object) =>
    createMachine(config, {
      actors: implementations.actors,
      actions: implementations.actions,
      guards: implementations.guards,
      delays: implementations.delays,
    } as never),
})) as unknown as ReturnType<typeof typeOfSetup>;
