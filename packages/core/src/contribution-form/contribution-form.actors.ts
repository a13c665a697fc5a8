import { fromPromise } from 'xstate';
import type {
  DeliveryFailure,
  DeliveryRequest,
  DeliveryResult,
  FormBackend,
  FormDeviceActions,
  FormWatch,
} from './contribution-form.types.js';

/**
 * The machine's actors, to pass to `contributionFormMachine.provide({ actors })`, over a back
 * end and a device that may arrive late (a lazy chunk; `null`: none). Step 1 shows at once;
 * the group loads as soon as the back end is there, and what needs the device waits for it.
 */
export function formActors(backend: Promise<FormBackend | null>, device: Promise<FormDeviceActions | null>) {
  return {
    // Runs as long as the form does: a promise that never settles; `signal` says when the form stops.
    device: fromPromise<never, FormWatch>(({ input: form, signal }) => {
      const { spaceId } = form.getSnapshot().context;
      // The group as the host wrote it (id or slug); unknown, or no back end: the service is unavailable.
      const space = backend.then((b) => (b && spaceId ? b.getSpace(spaceId) : null)).catch(() => null);
      space.then((s) => signal.aborted || form.send({ type: 'form.space', space: s }));
      device.then((d) => signal.aborted || d?.watch(form, signal, space));
      return new Promise<never>(() => undefined);
    }),
    deliver: fromPromise<DeliveryResult, DeliveryRequest>(async ({ input }) => {
      const d = await device;
      if (!d) throw { kind: 'error', message: 'No back end' } satisfies DeliveryFailure;
      return d.deliver(input);
    }),
    flush: fromPromise<void>(async () => (await device)?.flush()),
  };
}
