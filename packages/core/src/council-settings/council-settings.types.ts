import type { CouncilSettingsView } from '../store/administration.port.js';
import type { BackendError } from '../store/backend.error.js';

/** @default nothing: the widget reads the council its back end serves. */
export type CouncilSettingsInput = Record<string, never>;

/** What the form sends: the settings, without the version (the machine adds the one read). */
export type CouncilSettingsFields = Omit<CouncilSettingsView, 'version'>;

export interface CouncilSettingsSaveRequest {
  settings: CouncilSettingsFields;
  version: number;
}

export interface CouncilSettingsContext {
  /** The settings as last read or saved, with their version. */
  settings: CouncilSettingsView | null;
  /** Why the last load failed. */
  failure: BackendError | null;
  /** Why the last save was refused (field issues, a conflict). */
  refusal: BackendError | null;
  /** The last save went through. */
  saved: boolean;
}

export type CouncilSettingsEvent =
  /** Load the settings, or load them again (after a conflict). */
  | { type: 'councilSettings.load' }
  /** Load again after a failure. */
  | { type: 'councilSettings.retry' }
  /** Save the form from the version read. */
  | { type: 'councilSettings.save'; settings: CouncilSettingsFields };
