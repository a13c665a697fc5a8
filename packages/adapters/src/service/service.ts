import { DEFAULT_ORGANISATION, type ParticipeStore } from '@participe/core';
import { bindOperations, type CallInput, type ReplyOf } from '../contract/api.js';
import { ENDPOINTS, OPERATION_IDS } from '../contract/endpoints.js';
import type { DeadLetters } from '../notifications/outbox.js';
import { type AdminStore, createMemoryAdminStore } from './admin.store.js';
import type { Caller, ParticipeApi, ServiceOperationId } from './api.js';
import { contentStoreOf } from './content.js';
import type { ContentStore } from './content.store.js';
import type { ServiceContext } from './context.js';
import type { CouncilSettingsPlace } from './council-settings.js';
import type { ApiLocale } from './messages.js';
import { runOperation } from './operations.js';

export interface ServiceOptions {
  store: ParticipeStore;
  /** The administration's records (audit log, council settings, staff). @default in memory */
  admin?: AdminStore;
  /** Each council's content. @default the PostgreSQL store's own tables, else in memory */
  content?: ContentStore;
  /**
   * The outbox's notifications set aside after their last attempt (the PostgreSQL outbox of
   * `participe serve`). @default none: the list is empty, as nothing is ever set aside
   */
  deadLetters?: DeadLetters;
  /** The clock; tests pin it. @default () => new Date() */
  now?: () => Date;
}

export interface ParticipeService {
  /** The context of one call: the server builds one per request, for the organisation its path names. */
  context(caller: Caller, locale?: ApiLocale, organisation?: string): ServiceContext;
  /** Runs one operation of the contract in `ctx`: its input validated, then its implementation. */
  run<K extends ServiceOperationId>(ctx: ServiceContext, id: K, input: CallInput): Promise<ReplyOf<K>>;
  /** The API as `caller` sees it, e.g. a widget on the memory store acting as an anonymous citizen. */
  as(caller: Caller, locale?: ApiLocale): ParticipeApi;
}

/** Every operation the service runs: all of the contract's but the OpenAPI document. */
export const SERVICE_OPERATIONS = OPERATION_IDS.filter((id): id is ServiceOperationId => id !== 'openApi');
const { openApi: _document, ...SERVICE_ENDPOINTS } = ENDPOINTS;

/** The application layer over any `ParticipeStore`. Runs in Node and in browsers. */
export function createParticipeService(options: ServiceOptions): ParticipeService {
  const now = options.now ?? (() => new Date());
  // Without an administration of its own, the settings it keeps are the store's organisations'.
  const place = options.store as Partial<CouncilSettingsPlace>;
  const admin =
    options.admin ??
    createMemoryAdminStore(
      undefined,
      place.getCouncilSettings && place.putCouncilSettings ? (place as CouncilSettingsPlace) : undefined,
    );
  const content = options.content ?? contentStoreOf(options.store);
  const context = (caller: Caller, locale: ApiLocale = 'fr', organisation = DEFAULT_ORGANISATION): ServiceContext => ({
    store: organisation === DEFAULT_ORGANISATION ? options.store : options.store.forOrganisation(organisation),
    organisation,
    caller,
    admin,
    content,
    ...(options.deadLetters ? { deadLetters: options.deadLetters } : {}),
    locale,
    now,
  });
  return {
    context,
    run: runOperation,
    as: (caller, locale) => {
      const ctx = context(caller, locale);
      return bindOperations(
        SERVICE_ENDPOINTS,
        async (id, _endpoint, input) => (await runOperation(ctx, id, input)).body,
      );
    },
  };
}
