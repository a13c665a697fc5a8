// The part of the REST API the content editor calls, as the HTTP client and the in-process
// service both offer it (same method names and arguments as `@participe/adapters`): the
// widget never builds a URL or a header, and a test or a story passes the service itself.
import type { ContentListQuery, CouncilText, PhaseId, ResourceEntry } from '@participe/core';

/** One saved version of an entry: who, when, which top-level fields changed. */
export interface ContentVersionRead {
  version: number;
  at: string;
  /** `id` is `null` for the built-in pack the council started from. */
  actor: { id: string | null; role: string };
  changes: string[];
}

type Locale = { locale?: 'fr' | 'en' };

/** The resource operations of the API, by their operation ids. */
export interface ContentEditorApi {
  listResources(
    query?: ContentListQuery,
  ): Promise<{ items: ResourceEntry[]; nextCursor: string | null; total: number }>;
  getResource(id: string, query?: Locale): Promise<ResourceEntry>;
  putResource(
    id: string,
    body: Record<string, unknown>,
    options: Locale & { expectedVersion: number },
  ): Promise<ResourceEntry>;
  getContentHistory(kind: string, id: string, query?: Locale): Promise<ContentVersionRead[]>;
}

/** What the API's errors carry, in-process or over HTTP (`ParticipeApiError`); 0: not reached. */
export interface ApiFailure {
  status: number;
  code: string;
  issues: Array<{ path: string; message: string }>;
  headers?: Record<string, string>;
}

export const failureOf = (e: unknown): ApiFailure => {
  const o = e as Partial<ApiFailure> | null;
  return typeof o?.status === 'number'
    ? {
        status: o.status,
        code: String(o.code ?? ''),
        issues: Array.isArray(o.issues) ? o.issues : [],
        ...(o.headers ? { headers: o.headers } : {}),
      }
    : { status: 0, code: 'offline', issues: [] };
};

/** The four rows of the contract the editor uses (`ENDPOINTS` in `@participe/adapters`). */
const ROWS = {
  listResources: { method: 'GET', path: '/api/resources' },
  getResource: { method: 'GET', path: '/api/resources/{id}' },
  putResource: { method: 'PUT', path: '/api/resources/{id}', headers: ['If-Match'] },
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

/** The texts of a resource a resident reads, each with its FALC version. */
export const TEXT_FIELDS = ['title', 'summary', 'whenToUse'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** What the form holds: the citizen texts, steps and duration; the rest is sent back as read. */
export interface ResourceDraft {
  title: CouncilText;
  summary: CouncilText;
  whenToUse: CouncilText;
  steps: CouncilText[];
  duration: string;
}

export const draftOf = (r: ResourceEntry): ResourceDraft => ({
  title: { ...r.title },
  summary: { ...r.summary },
  whenToUse: { ...r.whenToUse },
  steps: r.steps.map((s) => ({ ...s })),
  duration: r.duration,
});

/** The body of a save: the entry as read, with the form's texts (empty FALC versions are the API's to flag). */
export function bodyOf(r: ResourceEntry, d: ResourceDraft): Record<string, unknown> {
  const { version: _v, falcMissing: _f, ...rest } = r;
  const text = (t: CouncilText) => ({ standard: t.standard, falc: t.falc ?? '' });
  return {
    ...rest,
    title: text(d.title),
    summary: text(d.summary),
    whenToUse: text(d.whenToUse),
    steps: d.steps.map(text),
    duration: d.duration,
  };
}

/** Paths of the form's texts whose FALC version is empty, as the API names them (`steps.2.falc`-less: `steps.2`). */
export function falcMissingOf(d: ResourceDraft): string[] {
  const missing = (t: CouncilText) => !t.falc?.trim();
  return [
    ...TEXT_FIELDS.filter((f) => missing(d[f])),
    ...d.steps.flatMap((s, i) => (missing(s) ? [`steps.${i}`] : [])),
  ];
}

export type { PhaseId };
