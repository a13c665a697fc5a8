import { createDraftStore, type DraftStore } from '@participe/adapters/browser';
import type {
  ParticipeBackend,
  PreparedDiagnostic,
  PrepareRequest,
  Questionnaire,
  SavedDiagnostic,
} from '@participe/core';
import type { Locale } from '../i18n/i18n.js';

export type Engine = typeof import('./diagnostic.engine.js');

// Loaded once per page, like the lazy message tables: the module, not state.
let engine: Engine | null = null;
let loading: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  loading ??= import('./diagnostic.engine.js').then((m) => {
    engine = m;
    return m;
  });
  return loading;
}

/** The engine once loaded; a diagnostic renders only after `prepare` has loaded it. */
export const loadedEngine = (): Engine => {
  if (!engine) throw new Error('The diagnostic engine is not loaded yet: prepare the diagnostic first.');
  return engine;
};

export const defaultQuestionnaire = (locale: Locale): Promise<Questionnaire> =>
  locale === 'en'
    ? import('./questionnaire.en.js').then((m) => m.questionnaire)
    : import('./questionnaire.fr.js').then((m) => m.questionnaire);

let drafts: DraftStore<SavedDiagnostic> | null = null;
/** Diagnostics in progress, in this browser's IndexedDB: a reload or a closed tab loses nothing. */
export const diagnosticDrafts = () => {
  drafts ??= createDraftStore<SavedDiagnostic>('participe-diagnostics');
  return drafts;
};

/** One draft per space and questionnaire; `-` for a diagnostic made outside any space. */
export const draftKey = (space: string | null, questionnaire: Questionnaire) => `${space || '-'}:${questionnaire.id}`;

export interface PrepareOptions {
  /** The host's own questionnaire: it wins over the API's. */
  questionnaire: Questionnaire | null;
  /** Where the council's questionnaire comes from (`endpoint` or `backend`); `null` without one. */
  backend: PromiseLike<ParticipeBackend | null>;
}

/**
 * The questionnaire to answer: the host's; else the one loaded through the API for the
 * space (its own, else its council's — an integrator's questionnaire); else, only when
 * there is no API to ask (no back end, or one without questionnaires) or it knows no such
 * space, the built-in one in the page's language. A failing API is an error to retry, not
 * a reason to answer another questionnaire than the group's.
 */
export async function questionnaireFor(request: PrepareRequest, o: PrepareOptions): Promise<Questionnaire> {
  if (o.questionnaire) return o.questionnaire;
  const backend = await o.backend;
  const fromApi = backend?.getQuestionnaire
    ? await backend.getQuestionnaire(request.spaceId || null, { locale: request.locale })
    : null;
  return fromApi ?? defaultQuestionnaire(request.locale);
}

/**
 * Loads the engine, the questionnaire (`questionnaireFor`) and the diagnostic saved on this
 * device if it still fits the questionnaire. One that no longer fits is set aside rather than
 * half-applied. The council's phases and resources wait for the results (`diagnostic.content.ts`).
 */
export async function prepareDiagnostic(request: PrepareRequest, o: PrepareOptions): Promise<PreparedDiagnostic> {
  const [eng, questionnaire] = await Promise.all([loadEngine(), questionnaireFor(request, o)]);
  const prepared = { questionnaire, saved: null, discarded: false };
  if (request.view === 'group') return prepared;
  const key = draftKey(request.spaceId, questionnaire);
  const saved = await diagnosticDrafts()
    .load(key)
    .catch(() => null);
  if (!saved) return prepared;
  try {
    eng.restoreDiagnostic(questionnaire, saved);
    return { ...prepared, saved };
  } catch {
    await diagnosticDrafts()
      .clear(key)
      .catch(() => undefined);
    return { ...prepared, discarded: true };
  }
}
