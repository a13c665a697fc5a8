// Test support: a caller's API used as the widgets use it. Every versioned change sends
// the version just read (`If-Match`, which members must send) unless the test gives one,
// so that a test about something else — notifications, moderation, the client — reads
// like a widget's calls. The author acting with the secret sends none, as the API allows.
import type { ParticipeApi } from '../service/api.js';

type Versioned = Pick<
  ParticipeApi,
  'getContribution' | 'sendContributionEvent' | 'listMeetings' | 'updateMeeting' | 'getCycle' | 'sendCycleCommand'
>;

/** The version read, or none when the caller may not read it (the call then fails as it would). */
const read = (version: () => Promise<number>) => version().catch(() => undefined);

export function readThenWrite<A extends Versioned>(api: A): A {
  return {
    ...api,
    sendContributionEvent: async (id, command, options = {}) =>
      api.sendContributionEvent(id, command, {
        expectedVersion:
          options.secret === undefined ? await read(async () => (await api.getContribution(id)).version) : undefined,
        ...options,
      }),
    updateMeeting: async (space, meeting, body, options = {}) =>
      api.updateMeeting(space, meeting, body, {
        expectedVersion: await read(async () => (await api.listMeetings(space)).find((m) => m.id === meeting)!.version),
        ...options,
      }),
    sendCycleCommand: async (space, body, options = {}) =>
      api.sendCycleCommand(space, body, {
        expectedVersion: await read(async () => (await api.getCycle(space)).seq),
        ...options,
      }),
  } satisfies Versioned;
}
