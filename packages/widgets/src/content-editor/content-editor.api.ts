// The part of the REST API the content editor calls, as the HTTP client and the in-process
// service both offer it (same method names and arguments as `@participe/adapters`): the
// widget never builds a URL or a header, and a test or a story passes the service itself.
import type {
  ContentEditorKind,
  ContentEditorPort,
  ContentFailure,
  ContentListQuery,
  ContentVersionRead,
  EditableEntry,
  GlossaryEntryRead,
  GuideEntryRead,
  PhaseEntry,
  ResourceEntry,
} from '@participe/core';

export type { ContentVersionRead };

type Locale = { locale?: 'fr' | 'en' };
type Page<T> = { items: T[]; nextCursor: string | null; total: number };
type Put<T> = (id: string, body: Record<string, unknown>, options: Locale & { expectedVersion: number }) => Promise<T>;

/** The content operations of the API, by their operation ids. */
export interface ContentEditorApi {
  listResources(query?: ContentListQuery): Promise<Page<ResourceEntry>>;
  getResource(id: string, query?: Locale): Promise<ResourceEntry>;
  putResource: Put<ResourceEntry>;
  listPhases(query?: ContentListQuery): Promise<Page<PhaseEntry>>;
  getPhase(id: string, query?: Locale): Promise<PhaseEntry>;
  putPhase: Put<PhaseEntry>;
  listGuide(query?: ContentListQuery): Promise<Page<GuideEntryRead>>;
  putGuideEntry: Put<GuideEntryRead>;
  listGlossary(query?: ContentListQuery): Promise<Page<GlossaryEntryRead>>;
  putGlossaryEntry: Put<GlossaryEntryRead>;
  getContentHistory(kind: string, id: string, query?: Locale): Promise<ContentVersionRead[]>;
}

/** One kind's operations, whatever the kind: what the editor calls. */
export interface KindApi {
  list(query: ContentListQuery): Promise<Page<EditableEntry>>;
  get(id: string, query: Locale): Promise<EditableEntry>;
  put(id: string, body: Record<string, unknown>, options: Locale & { expectedVersion: number }): Promise<EditableEntry>;
  history(id: string, query: Locale): Promise<ContentVersionRead[]>;
}

const notFound = () => Object.assign(new Error('404'), { status: 404, code: 'contentNotFound', issues: [] });

/**
 * The guide and the glossary have no read of one entry: it is found in their list, page by
 * page (a council may add entries beyond the first page).
 */
async function findIn(list: KindApi['list'], id: string, query: Locale): Promise<EditableEntry> {
  let cursor: string | null = null;
  do {
    const page: Page<EditableEntry> = await list({ ...query, limit: 100, ...(cursor ? { cursor } : {}) });
    const found = page.items.find((e) => e.id === id);
    if (found) return found;
    cursor = page.nextCursor;
  } while (cursor);
  throw notFound();
}

/** The operations of a kind, named alike. */
export function kindApi(api: ContentEditorApi, kind: ContentEditorKind): KindApi {
  const as = <T>(p: Promise<T>) => p as unknown as Promise<never>;
  const history: KindApi['history'] = (id, query) => api.getContentHistory(kind, id, query);
  switch (kind) {
    case 'resource':
      return {
        list: (q) => as(api.listResources(q)),
        get: (id, q) => as(api.getResource(id, q)),
        put: (id, b, o) => as(api.putResource(id, b, o)),
        history,
      };
    case 'phase':
      return {
        list: (q) => as(api.listPhases(q)),
        get: (id, q) => as(api.getPhase(id, q)),
        put: (id, b, o) => as(api.putPhase(id, b, o)),
        history,
      };
    case 'guide': {
      const list: KindApi['list'] = (q) => as(api.listGuide(q));
      return { list, get: (id, q) => findIn(list, id, q), put: (id, b, o) => as(api.putGuideEntry(id, b, o)), history };
    }
    case 'glossary': {
      const list: KindApi['list'] = (q) => as(api.listGlossary(q));
      return {
        list,
        get: (id, q) => findIn(list, id, q),
        put: (id, b, o) => as(api.putGlossaryEntry(id, b, o)),
        history,
      };
    }
  }
}

/** What the API's errors carry, in-process or over HTTP (`ParticipeApiError`); status 0: not reached. */
export type ApiFailure = ContentFailure;

/** The API as the editor's machine asks it, one kind at a time. */
export function contentPort(api: ContentEditorApi): ContentEditorPort {
  return {
    list: (kind, query) => kindApi(api, kind).list(query),
    get: (kind, id, locale) => kindApi(api, kind).get(id, { locale }),
    put: (kind, id, body, options) => kindApi(api, kind).put(id, body, options),
    history: (kind, id, locale) => kindApi(api, kind).history(id, { locale }),
  };
}

/** The rows of the contract the editor uses (`ENDPOINTS` in `@participe/adapters`). */
const ROWS = {
  listResources: { method: 'GET', path: '/api/resources' },
  getResource: { method: 'GET', path: '/api/resources/{id}' },
  putResource: { method: 'PUT', path: '/api/resources/{id}', headers: ['If-Match'] },
  listPhases: { method: 'GET', path: '/api/phases' },
  getPhase: { method: 'GET', path: '/api/phases/{id}' },
  putPhase: { method: 'PUT', path: '/api/phases/{id}', headers: ['If-Match'] },
  listGuide: { method: 'GET', path: '/api/guide' },
  putGuideEntry: { method: 'PUT', path: '/api/guide/{id}', headers: ['If-Match'] },
  listGlossary: { method: 'GET', path: '/api/glossary' },
  putGlossaryEntry: { method: 'PUT', path: '/api/glossary/{id}', headers: ['If-Match'] },
  getContentHistory: { method: 'GET', path: '/api/content/{kind}/{id}/history' },
} as const;

interface HttpModule {
  createClientFor?: (
    rows: typeof ROWS,
    endpoint: string,
    options: { token: () => string | null | undefined },
  ) => unknown;
}

/**
 * The API over HTTP, the client loaded only when an `endpoint` is used; the token is read
 * at each call, so a host that signs in later or refreshes it does not rebuild the widget.
 */
export async function httpContentApi(
  endpoint: string,
  token: () => string | null | undefined,
): Promise<ContentEditorApi | null> {
  try {
    const http: HttpModule = await import('@participe/adapters/http');
    return typeof http.createClientFor === 'function'
      ? (http.createClientFor(ROWS, endpoint, { token }) as ContentEditorApi)
      : null;
  } catch {
    return null;
  }
}
