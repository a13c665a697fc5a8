// Model-based: every reachable state and every transition of the machine is a test case.
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import type { AdministrationBackend, CouncilSettingsView } from '../store/administration.port.js';
import { modelGraph } from '../testing/model-graph.js';
import { connectCouncilSettings } from './council-settings.connect.js';
import { councilSettingsMachine, loadCouncilSettings, saveCouncilSettings } from './council-settings.machine.js';
import type { CouncilSettingsEvent, CouncilSettingsSaveRequest } from './council-settings.types.js';

type Snap = SnapshotFrom<typeof councilSettingsMachine>;

const READ: CouncilSettingsView = { name: 'Département', version: 1 };
const SAVED: CouncilSettingsView = { name: 'Département des Hautes-Combes', answerWithinDays: 45, version: 2 };
const loaded = { type: 'xstate.done.actor.load', output: READ } as const;
const loadFailed = { type: 'xstate.error.actor.load', error: { kind: 'offline', message: 'down' } } as const;
const saved = { type: 'xstate.done.actor.save', output: SAVED } as const;
const refused = { type: 'xstate.error.actor.save', error: { kind: 'conflict', status: 409, message: 'x' } } as const;
type ModelEvent = CouncilSettingsEvent | typeof loaded | typeof loadFailed | typeof saved | typeof refused;

const PERSON_EVENTS: CouncilSettingsEvent[] = [
  { type: 'councilSettings.load' },
  { type: 'councilSettings.retry' },
  { type: 'councilSettings.save', settings: { name: 'Département des Hautes-Combes', answerWithinDays: 45 } },
];
const modelEvents = (s: Snap) =>
  (s.matches('loading')
    ? [...PERSON_EVENTS, loaded, loadFailed]
    : s.matches('saving')
      ? [...PERSON_EVENTS, saved, refused]
      : PERSON_EVENTS) as CouncilSettingsEvent[];
const serializeState = (s: Snap) =>
  JSON.stringify({
    value: s.value,
    version: s.context.settings?.version ?? null,
    failure: s.context.failure?.kind ?? null,
    refusal: s.context.refusal?.kind ?? null,
    saved: s.context.saved,
  });

function makeSut() {
  const pending: Record<string, { resolve: (r: unknown) => void; reject: (e: unknown) => void }> = {};
  const requests: CouncilSettingsSaveRequest[] = [];
  const wait = (name: string) =>
    new Promise<CouncilSettingsView>((resolve, reject) => {
      pending[name] = { resolve: resolve as (r: unknown) => void, reject };
    });
  const machine = councilSettingsMachine.provide({
    actors: {
      load: fromPromise<CouncilSettingsView, void>(() => wait('load')),
      save: fromPromise<CouncilSettingsView, CouncilSettingsSaveRequest>(({ input }) => {
        requests.push(input);
        return wait('save');
      }),
    },
  });
  const actor = createActor(machine, { input: {} }).start();
  return {
    actor,
    requests,
    async send(e: ModelEvent) {
      if (e.type.startsWith('xstate.done.actor.'))
        pending[e.type.slice(18)]!.resolve((e as { output: unknown }).output);
      else if (e.type.startsWith('xstate.error.actor.'))
        pending[e.type.slice(19)]!.reject((e as { error: unknown }).error);
      else return actor.send(e as CouncilSettingsEvent);
      for (let i = 0; i < 4; i++) await Promise.resolve();
    },
  };
}

describe('councilSettingsMachine model', () => {
  const { paths, edges, pathTo } = modelGraph<ModelEvent, Snap>(councilSettingsMachine, {
    input: {},
    events: modelEvents,
    serializeState,
    serializeEvent: (e: CouncilSettingsEvent) => JSON.stringify(e),
  });

  it('reaches every state', () => {
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    expect([...reached].sort()).toEqual(['"error"', '"idle"', '"loading"', '"ready"', '"saving"']);
  });

  it('takes every transition; a save always carries the version read', { timeout: 60_000 }, async () => {
    for (const edge of edges) {
      const sut = makeSut();
      for (const step of pathTo.get(edge.from)!.steps)
        if ((step.event.type as string) !== 'xstate.init') await sut.send(step.event as ModelEvent);
      await sut.send(edge.event);
      const s = sut.actor.getSnapshot();
      expect(serializeState(s)).toBe(serializeState(edge.to));
      const v = connectCouncilSettings(s, () => {});
      expect(Boolean(v.failure)).toBe(v.state === 'error');
      for (const r of sut.requests) expect([1, 2]).toContain(r.version);
    }
  });
});

describe('loadCouncilSettings and saveCouncilSettings', () => {
  it('call the back end with the version read', async () => {
    const calls: unknown[] = [];
    const backend = {
      getSettings: async () => READ,
      updateSettings: async (settings: unknown, version: number) => {
        calls.push([settings, version]);
        return SAVED;
      },
    } as unknown as AdministrationBackend;
    expect(await loadCouncilSettings(backend)).toEqual(READ);
    expect(await saveCouncilSettings(backend, { settings: { name: 'X' }, version: 1 })).toEqual(SAVED);
    expect(calls).toEqual([[{ name: 'X' }, 1]]);
    await expect(loadCouncilSettings(null)).rejects.toMatchObject({ kind: 'error' });
  });
});
