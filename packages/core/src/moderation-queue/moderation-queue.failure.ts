import type { BackendError } from '../store/backend.port.js';
import type { QueueFailure } from './moderation-queue.types.js';

// Apart from the machines, so the citizen report form loads it without the queue machine.

const KINDS = new Set<BackendError['kind']>([
  'offline',
  'rejected',
  'notFound',
  'conflict',
  'forbidden',
  'unauthorized',
  'error',
]);

/** Whatever a back end threw, as a failure a widget can word for a person. */
export function toQueueFailure(error: unknown): QueueFailure {
  if (typeof error === 'object' && error !== null && 'kind' in error) {
    const { kind, message } = error as { kind: unknown; message?: unknown };
    if (KINDS.has(kind as BackendError['kind'])) {
      return { kind: kind as BackendError['kind'], message: typeof message === 'string' ? message : '' };
    }
  }
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}
