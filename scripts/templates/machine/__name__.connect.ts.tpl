import type { SnapshotFrom } from 'xstate';
import type { {{Name}}Machine } from './{{name}}.machine.js';
import type { {{Name}}Event } from './{{name}}.types.js';

export type {{Name}}Snapshot = SnapshotFrom<{{Name}}Machine>;

/** The machine's states, as the view names them. */
export const {{CONST}}_STATES = ['idle', 'loading', 'error', 'ready'] as const;
export type {{Name}}State = (typeof {{CONST}}_STATES)[number];

/**
 * What the widget shows for a snapshot, and what a person may do: the element renders the
 * view and calls `api.retry()`; it never builds an event itself.
 */
export function connect{{Name}}(snapshot: {{Name}}Snapshot, send: (event: {{Name}}Event) => void) {
  const c = snapshot.context;
  const state = snapshot.value as {{Name}}State;
  return {
    state,
    busy: state === 'idle' || state === 'loading',
    spaceName: c.result?.spaceName ?? null,
    failure: c.failure,
    load: () => send({ type: '{{camel}}.load' }),
    retry: () => send({ type: '{{camel}}.retry' }),
  };
}

export type {{Name}}View = ReturnType<typeof connect{{Name}}>;
