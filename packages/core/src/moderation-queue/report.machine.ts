import { assign, fromPromise } from 'xstate';
import { setup } from '../shared/machine-setup.js';
import { NO_BACKEND, toBackendError } from '../store/backend.error.js';
import type { ParticipeBackend } from '../store/backend.port.js';
import type { ReportContext, ReportError, ReportEvent, ReportRequest } from './moderation-queue.types.js';

/** At most this many characters in a report's note (the report schema's limit). */
export const NOTE_MAX = 1000;

export function reportError(event: Pick<ReportEvent, 'reason' | 'note'>): ReportError | null {
  return !event.reason ? 'reason' : event.note.trim().length > NOTE_MAX ? 'note' : null;
}

/** The `report` actor over a public back end. */
export const reportSender = (backend: () => Promise<ParticipeBackend | null>) =>
  fromPromise<void, ReportRequest>(async ({ input }) => {
    const b = await backend();
    if (!b) throw NO_BACKEND;
    await b.reportContribution(input.contributionId, input.report);
  });

/**
 * A citizen reports a published contribution to the group's facilitators: a reason, an
 * optional note, then a thank-you. A refused or failed sending goes back to the form.
 */
export const reportMachine = setup({
  types: {
    context: {} as ReportContext,
    events: {} as ReportEvent,
  },
  actors: {
    // Provided by the widget: `machine.provide({ actors: { report: reportSender(…) } })`.
    report: fromPromise<void, ReportRequest>(async () => {
      throw NO_BACKEND;
    }),
  },
  guards: {
    valid: ({ event }) => reportError(event) === null,
  },
  actions: {
    check: assign({ error: ({ event }) => reportError(event), failure: null }),
    keepFailure: assign({ failure: ({ event }) => toBackendError((event as unknown as { error: unknown }).error) }),
  },
}).createMachine({
  id: 'report',
  context: { error: null, failure: null },
  initial: 'editing',
  states: {
    editing: {
      on: {
        'report.send': [{ guard: 'valid', target: 'sending', actions: 'check' }, { actions: 'check' }],
      },
    },
    sending: {
      invoke: {
        id: 'report',
        src: 'report',
        input: ({ event }) => {
          const e = event as ReportEvent;
          return {
            contributionId: e.contributionId,
            report: {
              reason: e.reason as Exclude<ReportEvent['reason'], ''>,
              note: e.note.trim(),
              ...(e.lang ? { lang: e.lang } : {}),
            },
          };
        },
        onDone: 'sent',
        onError: { target: 'editing', actions: 'keepFailure' },
      },
    },
    // Not final: the thank-you stays on screen and further sends are ignored.
    sent: {},
  },
});

export type ReportMachine = typeof reportMachine;
