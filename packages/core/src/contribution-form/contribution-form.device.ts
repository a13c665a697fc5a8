// What the device does for a form: restore and keep its draft, deliver through the outbox,
// bring it the outbox's later deliveries. Imported by the code that opens the
// device (the widget's lazy chunk, with IndexedDB and the HTTP client), never by the machine,
// so a page paints step 1 without it.
import { isDenied, isUnacknowledged, toBackendError } from '../store/backend.error.js';
import type { CreatedContribution, PublicSpace } from '../store/backend.port.js';
import { draftKeyOf, draftOf, worthKeeping } from './contribution-form.draft.js';
import type {
  ContributionFormEvent,
  DeliveryFailure,
  DeliveryResult,
  FormDevice,
  FormDeviceActions,
  FormState,
} from './contribution-form.types.js';

/**
 * A back end's failure as the form words it: `offline` (no acknowledgement — no connection,
 * a timeout, a 5xx: it waits in the outbox and leaves by itself), `rejected` (the server
 * refused it, for its content or for the caller's role: the form shows the server's words),
 * or an `error` worth retrying.
 */
export function toDeliveryFailure(e: unknown): DeliveryFailure {
  const error = toBackendError(e);
  const kind = isUnacknowledged(e) ? 'offline' : error.kind === 'rejected' || isDenied(error) ? 'rejected' : 'error';
  return { kind, message: error.message, ...(error.issues ? { issues: error.issues } : {}) };
}

const noop = () => undefined;

/** What the device does for one form: see `FormDeviceActions`. */
export function deviceActions({ drafts, outbox }: FormDevice): FormDeviceActions {
  let space: Promise<PublicSpace | null> = Promise.resolve(null);
  const toResult = async (created: CreatedContribution): Promise<DeliveryResult> => {
    const s = await space;
    if (!s) throw { kind: 'error', message: 'space unavailable' } satisfies DeliveryFailure;
    return {
      id: created.contribution.id,
      followUpCode: created.followUp.code,
      secret: created.followUp.secret,
      answerWithinDays: s.answerWithinDays,
    };
  };

  return {
    watch(form, signal, group) {
      space = group;
      const send = (e: ContributionFormEvent) => signal.aborted || form.send(e);
      const key = draftKeyOf(form.getSnapshot().context);
      void (async () => {
        const draft = await drafts.load(key).catch(() => null);
        // Asked before the outbox starts, so a submission it delivers now finds the form queued.
        if (draft) {
          const pending = await outbox.has(draft.idempotencyKey).catch(() => false);
          send({ type: 'form.restore', saved: { draft, pending } });
        }
        if (signal.aborted) return;
        // The draft follows every change (what the person typed meanwhile wins over an older
        // draft) and goes once the contribution is stored. Drafts are a comfort: a failed
        // write never stops the person.
        let last = '';
        const keep = (state: FormState) => {
          if (state.value === 'sent') {
            if (last !== 'sent') drafts.clear(key).catch(noop);
            last = 'sent';
            return;
          }
          const next = draftOf(state);
          const json = JSON.stringify(next);
          if (json === last) return;
          last = json;
          (worthKeeping(next, state.context.kinds) ? drafts.save(key, next) : drafts.clear(key)).catch(noop);
        };
        keep(form.getSnapshot());
        const watching = form.subscribe(keep);
        // The outbox may deliver a queued submission at any time: at start, on `online`, on "try now".
        const unlisten = outbox.subscribe((e) => {
          if (e.idempotencyKey !== form.getSnapshot().context.idempotencyKey) return;
          if (e.type === 'rejected') send({ type: 'form.rejected', failure: toDeliveryFailure(e.error) });
          else toResult(e.created).then((result) => send({ type: 'form.delivered', result }), noop);
        });
        const stop = outbox.start();
        signal.addEventListener('abort', () => {
          watching.unsubscribe();
          unlisten();
          stop();
        });
      })();
    },

    async deliver(request) {
      let created: CreatedContribution;
      try {
        created = await outbox.send(request);
      } catch (e) {
        throw toDeliveryFailure(e);
      }
      return toResult(created);
    },

    flush: () => outbox.flush().catch(noop),
  };
}
