// Prometheus metrics (prom-client, loaded by the caller: it is an optional peer). One
// registry per server, so two servers in one process (tests) never mix their figures.
import type PromClient from 'prom-client';
import type { OrganisationFigures } from '../postgres/status.js';

export type PromClientModule = typeof PromClient;

export interface MetricsOptions {
  /**
   * Each council's contributions waiting for an answer and outbox, read at a scrape (at
   * `now`); a failure leaves the last figures and is counted.
   */
  figures?: (now: Date) => Promise<readonly OrganisationFigures[]>;
  /** How long one read of `figures` serves the scrapes that follow. @default 5000 */
  figuresMaxAgeMs?: number;
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
    help: 'Scrapes that could not read the councils’ figures from the store.',
    registers: [register],
  });
  // Each council's figures: read at most once every `figuresMaxAgeMs` (two scrapers, or a
  // scrape during a burst, share one query), kept when a read fails.
  const maxAge = options.figuresMaxAgeMs ?? 5000;
  let figures: { at: number; rows: readonly OrganisationFigures[] } | null = null;
  let reading: Promise<void> | null = null;
  const readFigures = async () => {
    const read = options.figures;
    if (!read || (figures && now() - figures.at < maxAge)) return;
    reading ??= (async () => {
      const at = now();
      try {
        figures = { at, rows: await read(new Date(at)) };
      } catch {
        scrapeErrors.inc();
      } finally {
        reading = null;
      }
    })();
    await reading;
  };
  /** A gauge by council slug; a council gone since the last scrape leaves the exposition. */
  const perOrganisation = (name: string, help: string, value: (row: OrganisationFigures) => number) =>
    new prom.Gauge({
      name,
      help,
      labelNames: ['organisation'] as const,
      registers: [register],
      collect() {
        if (!figures) return;
        this.reset();
        for (const row of figures.rows) this.set({ organisation: row.slug }, value(row));
      },
    });
  perOrganisation(
    'participe_contributions_awaiting_answer',
    'Public contributions still waiting for the institution’s published answer, by council.',
    (row) => row.awaiting,
  );
  perOrganisation(
    'participe_contributions_overdue',
    'Contributions waiting for their answer past their space’s answer delay, by council.',
    (row) => row.overdue,
  );
  perOrganisation(
    'participe_outbox_pending',
    'Notifications written with their event and not yet handled by the dispatcher (those set aside excepted), by council.',
    (row) => row.outboxPending,
  );
  perOrganisation(
    'participe_outbox_dead',
    'Notifications set aside after their last attempt, waiting for an administrator (participe outbox dead), by council.',
    (row) => row.outboxDead,
  );
  perOrganisation(
    'participe_outbox_oldest_pending_age_seconds',
    'Age of the oldest notification waiting to be sent (0 when none waits), by council.',
    (row) => (row.outboxOldestAt === null ? 0 : Math.max(0, (now() - row.outboxOldestAt) / 1000)),
  );

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
      await readFigures();
      return { contentType: register.contentType, body: await register.metrics() };
    },
  };
}
