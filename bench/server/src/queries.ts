// Random list and search requests, as the widgets send them: a filter or two, sometimes
// the overdue view, first pages mostly and sometimes a few pages down.
import type { ContributionFilter } from '@participe/core';
import { KINDS, pick, RARE_WORDS, random, SPACES, TERRITORIES, THEMES, WORDS } from './data.js';

export interface Request {
  filter: ContributionFilter;
  /** How many pages to follow after the first one. */
  depth: number;
}

const STATUSES = [
  ['published'],
  ['accepted', 'declined', 'answered'],
  ['draft'],
  ['published', 'underReview'],
] as const;
// The day after the last bench contribution: lists are read today, not in the past.
const NOW = '2025-05-02T00:00:00.000Z';
const depth = (rnd: () => number) => (rnd() < 0.6 ? 0 : 1 + Math.floor(rnd() * 4));

function someFilters(rnd: () => number): ContributionFilter {
  const f: ContributionFilter = {};
  if (rnd() < 0.7) f.spaceId = pick(rnd, SPACES);
  if (rnd() < 0.4) f.status = [...pick(rnd, STATUSES)];
  if (rnd() < 0.3) f.theme = pick(rnd, THEMES);
  if (rnd() < 0.15) f.kind = pick(rnd, KINDS);
  if (rnd() < 0.1) f.territory = pick(rnd, TERRITORIES);
  if (rnd() < 0.1) f.overdue = { now: NOW, answerWithinDays: 60 };
  return f;
}

export const listFilters = (n: number): Request[] => {
  const rnd = random(42);
  return Array.from({ length: n }, () => ({ filter: someFilters(rnd), depth: depth(rnd) }));
};

/** One or two words, common or rare, some with a filter beside them. */
export const searchFilters = (n: number): Request[] => {
  const rnd = random(7);
  const word = () => (rnd() < 0.4 ? pick(rnd, RARE_WORDS) : pick(rnd, WORDS));
  return Array.from({ length: n }, () => {
    const words = Array.from({ length: rnd() < 0.7 ? 1 : 2 }, word).join(' ');
    const filter: ContributionFilter = rnd() < 0.5 ? { q: words } : { ...someFilters(rnd), q: words };
    return { filter, depth: depth(rnd) };
  });
};
