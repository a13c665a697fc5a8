// Councils as tenants over HTTP: `/o/{slug}/api/…` is the API of the organisation `slug`,
// `/api/…` the API of `default`. A widget names its council by its `api`/`endpoint`
// attribute alone (`https://host/o/cd93/api`); nothing else in the request says it.
import { DEFAULT_ORGANISATION, type OrganisationStore, SlugSchema } from '@participe/core';
import type { TokenOrganisation } from './tokens.js';

const PREFIX = /^\/o\/([^/]*)(?=\/api(?:\/|$))/;

/** The organisation's slug in `pathname` (or `null` for `/api/…`) and the path without it. */
export function splitOrganisationPath(pathname: string): { slug: string | null; path: string } {
  const found = PREFIX.exec(pathname);
  return found ? { slug: found[1]!, path: pathname.slice(found[0].length) } : { slug: null, path: pathname };
}

export const DEFAULT_TOKEN_ORGANISATION: TokenOrganisation = { id: DEFAULT_ORGANISATION, slug: DEFAULT_ORGANISATION };

/**
 * Finds the organisation a slug names, or `null` when none does (a 404). Only slugs: an id in
 * the path would make two addresses for one API.
 */
export function createOrganisationResolver(
  registry: Pick<OrganisationStore, 'getOrganisation'> | undefined,
): (slug: string) => Promise<TokenOrganisation | null> {
  return async (slug) => {
    if (!registry || !SlugSchema.safeParse(slug).success) return null;
    const found = await registry.getOrganisation(slug);
    return found && found.slug === slug ? { id: found.id, slug: found.slug } : null;
  };
}

/** The organisation registry inside a store that keeps one (PostgreSQL and memory stores do). */
export const registryOf = (store: object): Pick<OrganisationStore, 'getOrganisation'> | undefined =>
  'getOrganisation' in store && typeof store.getOrganisation === 'function'
    ? (store as Pick<OrganisationStore, 'getOrganisation'>)
    : undefined;
