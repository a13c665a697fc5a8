// The resource centre, read-only: phases, methods and tools, practice sheets, glossary and
// "where to start", from core's content packs in the caller's language.
import {
  type ContentPack,
  type CyclePhase,
  contentPacks,
  type GlossaryEntry,
  type GuideEntry,
  type PhaseId,
  type PracticeSheet,
  type Resource,
} from '@participe/core';
import type { ContentQuery } from './api.js';
import { fail, type ServiceContext } from './context.js';
import type { ApiLocale } from './messages.js';

function packOf(ctx: ServiceContext, query: ContentQuery | undefined): { pack: ContentPack; phase?: PhaseId } {
  const q = query ?? {};
  return { pack: contentPacks[q.locale ?? ctx.locale], ...(q.phase ? { phase: q.phase } : {}) };
}

function byId<T extends { id: string }>(ctx: ServiceContext, items: readonly T[], id: unknown): T {
  const found = items.find((i) => i.id === id);
  if (!found) throw fail(ctx, 404, 'contentNotFound');
  return found;
}

export const phaseLabel = (locale: ApiLocale, id: PhaseId): string =>
  contentPacks[locale].phases.find((p) => p.id === id)?.label.standard ?? id;

export function listPhasesQuery(ctx: ServiceContext, query?: ContentQuery): CyclePhase[] {
  return packOf(ctx, query).pack.phases;
}

export const getPhaseQuery = (ctx: ServiceContext, id: unknown, query?: ContentQuery): CyclePhase =>
  byId(ctx, packOf(ctx, query).pack.phases, id);

export function listResourcesQuery(ctx: ServiceContext, query?: ContentQuery): Resource[] {
  const { pack, phase } = packOf(ctx, query);
  return phase ? pack.resources.filter((r) => r.phases.includes(phase)) : pack.resources;
}

export const getResourceQuery = (ctx: ServiceContext, id: unknown, query?: ContentQuery): Resource =>
  byId(ctx, packOf(ctx, query).pack.resources, id);

export function listPracticesQuery(ctx: ServiceContext, query?: ContentQuery): PracticeSheet[] {
  const { pack, phase } = packOf(ctx, query);
  return phase ? pack.practices.filter((p) => p.phases.includes(phase)) : pack.practices;
}

export const getPracticeQuery = (ctx: ServiceContext, id: unknown, query?: ContentQuery): PracticeSheet =>
  byId(ctx, packOf(ctx, query).pack.practices, id);

export const listGlossaryQuery = (ctx: ServiceContext, query?: ContentQuery): GlossaryEntry[] =>
  packOf(ctx, query).pack.glossary;

export function listGuideQuery(ctx: ServiceContext, query?: ContentQuery): GuideEntry[] {
  const { pack, phase } = packOf(ctx, query);
  return phase ? pack.guide.filter((g) => g.phase === phase) : pack.guide;
}
