// The calls of OpenAgenda's API v2 that the sync makes, as its documentation describes them
// (developers.openagenda.com: authentication, events — reading, creating, editing, deleting —
// and locations): a secret key is exchanged for an access token sent as `access-token`;
// reads send the public key as a `key` header; bodies are JSON.
import { callName, callRemote, type RemoteCall, RemoteError, type RetryOptions } from '../remote.js';
import type { OpenAgendaSettings } from '../settings.js';

/** A multilingual field: text per language code. */
export type Multilingual = Partial<Record<string, string>>;

/** An event as the sync writes it (standard fields only). */
export interface OpenAgendaEventInput {
  title: Multilingual;
  description: Multilingual;
  longDescription?: Multilingual;
  conditions?: Multilingual;
  timings: Array<{ begin: string; end: string }>;
  /** 1 in person (needs `locationUid`), 2 online, 3 mixed. */
  attendanceMode?: 1 | 2 | 3;
  locationUid?: number;
  /** 1 scheduled … 6 cancelled. */
  status?: 1 | 2 | 3 | 4 | 5 | 6;
  extIds?: Array<{ key: string; value: string }>;
}

/** An event as the agenda gives it (what the import reads). */
export interface OpenAgendaEvent {
  uid: number;
  title?: Multilingual | string;
  description?: Multilingual | string;
  longDescription?: Multilingual | string;
  conditions?: Multilingual | string;
  timings?: Array<{ begin: string; end: string }>;
  attendanceMode?: number;
  onlineAccessLink?: string;
  status?: number;
  extIds?: Array<{ key: string; value: string }>;
  location?: { uid?: number; name?: string; address?: string; access?: Multilingual | string } | null;
  updatedAt?: string;
}

export interface OpenAgendaLocationInput {
  name: string;
  address: string;
  countryCode: string;
  access?: Multilingual;
}

/** The pages the import reads at most (300 events each): a bound, not a limit met in practice. */
const MAX_PAGES = 50;

export class OpenAgendaClient {
  #token: string | undefined;
  readonly #base: string;

  constructor(
    readonly settings: OpenAgendaSettings,
    readonly retry: RetryOptions = {},
  ) {
    this.#base = settings.baseUrl.replace(/\/+$/, '');
    this.#token = settings.accessToken;
  }

  get agenda(): string {
    return this.settings.agendaUid;
  }

  #url(path: string, query?: URLSearchParams) {
    return `${this.#base}${path}${query && [...query].length ? `?${query}` : ''}`;
  }

  /** The access token, asked for once with the secret key. */
  async #accessToken(): Promise<string> {
    if (this.#token) return this.#token;
    if (!this.settings.secretKey) {
      throw new RemoteError(
        callName({ method: 'POST', url: this.#url('/requestAccessToken') }),
        'writing to OpenAgenda needs the secret key (secretKey) or an access token (accessToken) in the settings',
        null,
        0,
      );
    }
    const call = {
      method: 'POST' as const,
      url: this.#url('/requestAccessToken'),
      body: { grant_type: 'authorization_code', code: this.settings.secretKey },
    };
    const answer = await callRemote<{ access_token?: string }>(call, this.retry);
    if (!answer?.access_token) throw new RemoteError(callName(call), 'the answer has no access_token', 200, 1);
    this.#token = answer.access_token;
    return this.#token;
  }

  async #write<T>(method: 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const headers = { 'access-token': await this.#accessToken(), lang: 'fr' };
    return callRemote<T>({ method, url: this.#url(path), headers, ...(body ? { body } : {}) }, this.retry);
  }

  /** A well-formed answer that lacks what the call is for. */
  #missing(method: RemoteCall['method'], path: string, what: string): RemoteError {
    return new RemoteError(callName({ method, url: this.#url(path) }), `the answer has no ${what}`, 200, 1);
  }

  #events(path = '') {
    return `/agendas/${encodeURIComponent(this.agenda)}/events${path}`;
  }

  /** Creates or updates the location known by this external id; its uid. */
  async putLocation(extKey: string, extValue: string, location: OpenAgendaLocationInput): Promise<number> {
    const path = `/agendas/${encodeURIComponent(this.agenda)}/locations/ext/${encodeURIComponent(extKey)}/${encodeURIComponent(extValue)}`;
    const answer = await this.#write<{ location?: { uid?: number } }>('PUT', path, location);
    const uid = answer?.location?.uid;
    if (typeof uid !== 'number') throw this.#missing('PUT', path, 'location.uid');
    return uid;
  }

  /**
   * Creates the event known by this external id, or updates it if the agenda has it already:
   * a create that is retried after a lost answer cannot make a second event.
   */
  async putEventByExtId(extKey: string, extValue: string, event: OpenAgendaEventInput): Promise<number> {
    const path = this.#events(`/ext/${encodeURIComponent(extKey)}/${encodeURIComponent(extValue)}`);
    const answer = await this.#write<{ event?: { uid?: number } }>('PUT', path, event);
    const uid = answer?.event?.uid;
    if (typeof uid !== 'number') throw this.#missing('PUT', path, 'event.uid');
    return uid;
  }

  /** Changes the fields given (a partial update). */
  async patchEvent(uid: string, fields: Partial<OpenAgendaEventInput>): Promise<void> {
    await this.#write('PATCH', this.#events(`/${encodeURIComponent(uid)}`), fields);
  }

  async deleteEvent(uid: string): Promise<void> {
    await this.#write('DELETE', this.#events(`/${encodeURIComponent(uid)}`));
  }

  /** The current and upcoming published events, every page of them, in French. */
  async listUpcomingEvents(): Promise<OpenAgendaEvent[]> {
    const headers: Record<string, string> = this.settings.publicKey
      ? { key: this.settings.publicKey }
      : { 'access-token': await this.#accessToken() };
    const events: OpenAgendaEvent[] = [];
    let after: string[] | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const query: URLSearchParams = new URLSearchParams([
        ['relative[]', 'current'],
        ['relative[]', 'upcoming'],
        ['detailed', '1'],
        ['monolingual', 'fr'],
        ['size', '300'],
        ...(after ?? []).map((a): [string, string] => ['after[]', a]),
      ]);
      const answer: { events?: OpenAgendaEvent[]; after?: string[] | null } | null = await callRemote(
        { method: 'GET', url: this.#url(this.#events(), query), headers },
        this.retry,
      );
      if (!answer || !Array.isArray(answer.events)) throw this.#missing('GET', this.#events(), '"events" list');
      events.push(...answer.events);
      after = answer.after ?? null;
      if (!after || answer.events.length === 0) return events;
    }
    throw new RemoteError(
      callName({ method: 'GET', url: this.#url(this.#events()) }),
      `more than ${MAX_PAGES} pages of events`,
      200,
      MAX_PAGES,
    );
  }
}
