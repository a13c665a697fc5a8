import type { API_ERRORS, ApiErrorCode, ParticipeStore, Space } from '@participe/core';
import { IdSchema } from '@participe/core';
import type * as z from 'zod/mini';
import type { DeadLetters } from '../notifications/outbox.js';
import type { AdminStore } from './admin.store.js';
import type { Caller, Identity } from './api.js';
import type { ContentStore } from './content.store.js';
import { type ApiIssue, ParticipeApiError } from './errors.js';
import { toApiIssues } from './issues.js';
import { type ApiLocale, message, messagesIn } from './messages.js';

/** Everything a service call needs: where data lives, who asks, in which language, and the time. */
export interface ServiceContext {
  /** The store of `organisation`: every read and write it makes is that council's. */
  store: ParticipeStore;
  /** The council (tenant) the request is served for: its id, `default` on a single-council server. */
  organisation: string;
  caller: Caller;
  /** The administration's records: the audit log, the council's settings, staff accounts. */
  admin?: AdminStore;
  /** Each council's phases, resources, guide, glossary and questionnaires. */
  content?: ContentStore;
  /** The notifications set aside after their last attempt, every council's (the service scopes them). */
  deadLetters?: DeadLetters;
  locale: ApiLocale;
  now(): Date;
}

/** The error of `code`, in the caller's language; its status is the one `API_ERRORS` gives it. */
export const fail = <C extends ApiErrorCode>(
  ctx: Pick<ServiceContext, 'locale'>,
  status: (typeof API_ERRORS)[C],
  code: C,
  params: Record<string, string | number> = {},
  issues: ApiIssue[] = [],
  headers: Record<string, string> = {},
): ParticipeApiError => new ParticipeApiError(status, code, message(ctx.locale, code, params), issues, headers);

export const invalid = (ctx: Pick<ServiceContext, 'locale'>, issues: ApiIssue[], query = false) =>
  fail(ctx, query ? 400 : 422, query ? 'invalidQuery' : 'invalidInput', {}, issues);

/** Nesting deeper than this is no real request; refusing it keeps every walk of the data shallow. */
export const MAX_DEPTH = 12;

// In `u` mode a well-formed surrogate pair is one code point: `\p{Cs}` only matches lone halves.
const LONE_SURROGATE = /\p{Cs}/u;
const unstorable = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);

/**
 * Text is stored exactly as sent, so what a database cannot store exactly is refused,
 * never altered: U+0000 (PostgreSQL text and jsonb reject it) and lone surrogates (UTF-8
 * cannot encode them; a driver would turn them into U+FFFD). Also refuses absurd nesting.
 * Walks iteratively: a deeply nested body cannot overflow the stack.
 */
export function unstorableIssues(value: unknown, locale: ApiLocale, prefix: readonly string[] = []): ApiIssue[] {
  const issues: ApiIssue[] = [];
  const stack: Array<{ v: unknown; path: string[] }> = [{ v: value, path: [...prefix] }];
  while (stack.length > 0 && issues.length < 20) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (unstorable(v)) issues.push({ path: path.join('.'), message: messagesIn(locale).issues.unstorable() });
    } else if (v !== null && typeof v === 'object') {
      if (path.length - prefix.length >= MAX_DEPTH) {
        issues.push({ path: path.join('.'), message: messagesIn(locale).issues.tooDeep({ max: MAX_DEPTH }) });
        continue;
      }
      for (const [k, child] of Object.entries(v)) {
        if (unstorable(k)) {
          issues.push({ path: [...path, k].join('.'), message: messagesIn(locale).issues.unstorable() });
        } else stack.push({ v: child, path: [...path, k] });
      }
    }
  }
  return issues;
}

/** Parses with zod and throws a 422 (400 for a query) naming each field and a valid example. */
export function parseInput<S extends z.ZodMiniType>(
  ctx: Pick<ServiceContext, 'locale'>,
  schema: S,
  value: unknown,
  opts: { query?: boolean; prefix?: readonly string[] } = {},
): z.output<S> {
  const shape = unstorableIssues(value, ctx.locale, opts.prefix);
  if (shape.length > 0) throw invalid(ctx, shape, opts.query);
  const r = schema.safeParse(value, { reportInput: true });
  if (!r.success) throw invalid(ctx, toApiIssues(r.error.issues, ctx.locale, opts.prefix), opts.query);
  return r.data;
}

/** A path identifier that could exist; anything else is a 404 without asking the store. */
export const isId = (id: unknown): id is string => typeof id === 'string' && IdSchema.safeParse(id).success;

export async function requireSpace(ctx: ServiceContext, idOrSlug: unknown): Promise<Space> {
  const space = isId(idOrSlug) ? await ctx.store.getSpace(idOrSlug) : null;
  if (!space) throw fail(ctx, 404, 'spaceNotFound');
  return space;
}

/** The caller when they are a member of `space` (named by id or slug in their token). */
export function memberOf(caller: Caller, space: Pick<Space, 'id' | 'slug'>): Identity | null {
  if (!caller) return null;
  return caller.spaceIds.includes(space.id) || caller.spaceIds.includes(space.slug) ? caller : null;
}

/** Today as `YYYY-MM-DD` in UTC. */
export const today = (ctx: ServiceContext): string => ctx.now().toISOString().slice(0, 10);

/** The current instant, never earlier than `after`: a clock step back cannot reorder a history. */
export function instant(ctx: ServiceContext, after?: string): string {
  const now = ctx.now().toISOString();
  return after && after > now ? after : now;
}
