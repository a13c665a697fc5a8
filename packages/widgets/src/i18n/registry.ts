import type { Catalog } from './i18n.js';

/** Every catalog, so one test can check that each locale and variant is complete. */
export const catalogs = new Map<string, Catalog<string>>();

export function registerCatalog<K extends string>(name: string, catalog: Catalog<K>): Catalog<K> {
  catalogs.set(name, catalog as unknown as Catalog<string>);
  return catalog;
}
