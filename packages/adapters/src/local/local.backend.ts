import type { AdministrationBackend, BackofficeBackend, ParticipeBackend, ParticipeStore } from '@participe/core';
import type { AdminStore } from '../service/admin.store.js';
import { toAdministrationBackend } from '../service/administration.js';
import type { Caller } from '../service/api.js';
import { toParticipeBackend } from '../service/backend.js';
import { toBackofficeBackend } from '../service/backoffice.js';
import { createParticipeService } from '../service/service.js';

export interface LocalBackendOptions {
  /** The clock; tests and stories pin it. @default () => new Date() */
  now?: () => Date;
  /** Who the widget acts as: `null` for an anonymous citizen, a facilitator for assisted entry. @default null */
  caller?: Caller;
}

/**
 * A back end that runs in-process over a store, for tests, Storybook and demos without a
 * server. It is the same service the HTTP API runs, so the rules are the same: validation,
 * roles, idempotency, honeypot, public views.
 */
export function createLocalBackend(store: ParticipeStore, options: LocalBackendOptions = {}): ParticipeBackend {
  const service = createParticipeService({ store, ...(options.now ? { now: options.now } : {}) });
  return toParticipeBackend(service.as(options.caller ?? null));
}

export interface LocalBackofficeOptions {
  /** The clock; tests and stories pin it. @default () => new Date() */
  now?: () => Date;
  /** The member the professional widgets act as, e.g. `{ role: 'professional', memberId: 'm_pro', spaceIds: ['s_nord'] }`. */
  caller: NonNullable<Caller>;
}

/**
 * The professional widgets' back end in-process, acting as one member of a space: the
 * same service and rules as the HTTP API (roles, conflicts, validation).
 */
export function createLocalBackoffice(store: ParticipeStore, options: LocalBackofficeOptions): BackofficeBackend {
  const service = createParticipeService({ store, ...(options.now ? { now: options.now } : {}) });
  return toBackofficeBackend(service.as(options.caller));
}

export interface LocalAdministrationOptions {
  /** The clock; tests and stories pin it. @default () => new Date() */
  now?: () => Date;
  /** Who acts: an administrator, e.g. `{ role: 'professional', memberId: 'acc_admin', spaceIds: [], admin: true }`. */
  caller: NonNullable<Caller>;
  /** Where staff, settings and the audit log are kept. @default a fresh one in memory */
  admin?: AdminStore;
}

/** The administration widgets' back end in-process: the same service and rules as the HTTP API. */
export function createLocalAdministration(
  store: ParticipeStore,
  options: LocalAdministrationOptions,
): AdministrationBackend {
  const service = createParticipeService({
    store,
    ...(options.admin ? { admin: options.admin } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return toAdministrationBackend(service.as(options.caller));
}
