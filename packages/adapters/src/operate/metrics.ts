// Prometheus metrics (prom-client, loaded by the caller: it is an optional peer). One
// registry per server, so two servers in one process (tests) never mix their figures.
import type PromClient from 'prom-client';
import type { OutboxBacklog } from '../postgres/status.js';

export type PromClientModule = typeof PromClient;

export interface MetricsOptions {
  /** Read at each scrape; a failure leaves the last figures and is counted. */
  outbox?: () => Promise<OutboxBacklog>;
  /** @default () => Date.now() */
  now?: () => number;
}

export interface ServerMetrics {
  /** One finished request. `route` is the route's template (`/api/contributions/{id}`) or a class (`static`, `unmatched`). */
  observe(labels: { method: string; route: string; status: number }, seconds: number): void;
  inFlight(delta: 1 | -1): void;
  /** One pass of the notification dispatcher. */
  dispatched(counts: { sent: number; skipped: number; failed: number }): void;
  /** The exposition text and its content type, for `GET /metrics`. */
  scrape(): Promise<{ contentType: string; body: string }>;
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export function createServerMetrics(prom: PromClientModule, options: MetricsOptions = {}): ServerMetrics {
  const register = new prom.Registry();
  prom.collectDefaultMetrics({ register });
  const now = options.now ?? Date.now;

  const duration = new prom.Histogram({
    name: 'participe_http_request_duration_seconds',
    help: 'Time from the request to the end of the answer, by method, route template and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [register],
  });
  const inFlight = new prom.Gauge({
    name: 'participe_http_requests_in_flight',
    help: 'Requests being answered now.',
    registers: [register],
  });
  const notifications = new prom.Counter({
    name: 'participe_notifications_total',
    help: 'Notifications handled by the dispatcher: sent, skipped (no e-mail address, refused for good) or failed (tried again later).',
    labelNames: ['outcome'] as const,
    registers: [register],
  });
  const scrapeErrors = new prom.Counter({
    name: 'participe_metrics_store_errors_total',
    help: 'Scrapes that could not read the outbox from the store.',
    registers: [register],
  });
  let backlog: OutboxBacklog | null = null;
  const readBacklog = async () => {
    if (!options.outbox) return;
    try {
      backlog = await options.outbox();
    } catch {
      scrapeErrors.inc();
    }
  };
  new prom.Gauge({
    name: 'participe_outbox_pending',
    help: 'Notifications written with their event and not yet handled by the dispatcher.',
    registers: [register],
    collect() {
      if (backlog) this.set(backlog.pending);
    },
  });
  new prom.Gauge({
    name: 'participe_outbox_oldest_pending_age_seconds',
    help: 'Age of the oldest notification waiting to be sent (0 when none waits).',
    registers: [register],
    collect() {
      if (!backlog) return;
      this.set(backlog.oldestAt ? Math.max(0, (now() - Date.parse(backlog.oldestAt)) / 1000) : 0);
    },
  });

  return {
    observe({ method, route, status }, seconds) {
      duration.observe({ method: METHODS.has(method) ? method : 'other', route, status: String(status) }, seconds);
    },
    inFlight: (delta) => inFlight.inc(delta),
    dispatched({ sent, skipped, failed }) {
      if (sent) notifications.inc({ outcome: 'sent' }, sent);
      if (skipped) notifications.inc({ outcome: 'skipped' }, skipped);
      if (failed) notifications.inc({ outcome: 'failed' }, failed);
    },
    async scrape() {
      // Read once before the collectors run (prom-client runs them concurrently).
      await readBacklog();
      return { contentType: register.contentType, body: await register.metrics() };
    },
  };
}
