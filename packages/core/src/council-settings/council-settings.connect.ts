import type { SnapshotFrom } from 'xstate';
import type { CouncilSettingsMachine } from './council-settings.machine.js';
import type { CouncilSettingsEvent, CouncilSettingsFields } from './council-settings.types.js';

export type CouncilSettingsSnapshot = SnapshotFrom<CouncilSettingsMachine>;

export const COUNCIL_SETTINGS_STATES = ['idle', 'loading', 'error', 'ready', 'saving'] as const;
export type CouncilSettingsState = (typeof COUNCIL_SETTINGS_STATES)[number];

/** The form's fields, in the order it shows them. */
export const COUNCIL_SETTINGS_FIELDS = ['name', 'mailFrom', 'answerWithinDays'] as const;
export type CouncilSettingsField = (typeof COUNCIL_SETTINGS_FIELDS)[number];

/** What the widget shows, and what a person may do: `api.save(settings)`, `api.load()`. */
export function connectCouncilSettings(snapshot: CouncilSettingsSnapshot, send: (event: CouncilSettingsEvent) => void) {
  const c = snapshot.context;
  const state = snapshot.value as CouncilSettingsState;
  const issues = c.refusal?.issues ?? [];
  return {
    state,
    busy: state === 'idle' || state === 'loading',
    saving: state === 'saving',
    settings: c.settings,
    failure: c.failure,
    refusal: c.refusal,
    conflict: c.refusal?.kind === 'conflict',
    saved: c.saved,
    fieldError: (field: CouncilSettingsField): string | null =>
      issues.find((i) => i.path[0] === field)?.message ?? null,
    load: () => send({ type: 'councilSettings.load' }),
    retry: () => send({ type: 'councilSettings.retry' }),
    save: (settings: CouncilSettingsFields) => send({ type: 'councilSettings.save', settings }),
  };
}

/** What `connectCouncilSettings` returns (the port's `CouncilSettingsView` is the settings themselves). */
export type CouncilSettingsConnected = ReturnType<typeof connectCouncilSettings>;
