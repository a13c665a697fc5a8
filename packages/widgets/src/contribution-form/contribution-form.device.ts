// Loaded as the form starts, in one chunk: what the form keeps in the browser (drafts and the
// outbox in IndexedDB), the HTTP client for `endpoint`, and what the device does for the form
// (`deviceActions`). Step 1 does not wait for it; a submission does, long after it came.
import { createDraftStore, createOutbox } from '@participe/adapters/browser';
import { createFormHttpBackend } from '@participe/adapters/http/backend';
import { deviceActions, type FormDraft, type ParticipeBackend } from '@participe/core';

/** The form's back end (`backend`, or the REST API at `endpoint`) and its device. */
export function openDevice(backend: ParticipeBackend | null, endpoint: string) {
  const b: Pick<ParticipeBackend, 'getSpace' | 'createContribution'> = backend ?? createFormHttpBackend({ endpoint });
  // One outbox per form, so a submission is never in flight twice from this page.
  return { backend: b, actions: deviceActions({ drafts: createDraftStore<FormDraft>(), outbox: createOutbox(b) }) };
}
