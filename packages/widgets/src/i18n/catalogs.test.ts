/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { type Catalog, loadMore } from './i18n.js';

// Every message catalog of every widget, found by file name, so a new widget is checked
// without anyone remembering to add it here.
const modules = import.meta.glob<Record<string, unknown>>(['../**/*.messages.ts'], { eager: true });
const catalogs = Object.entries(modules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([, v]) => typeof v === 'object' && v !== null && 'fr' in v && 'more' in v)
    .map(([name, v]) => [`${file.replace('../', '')}#${name}`, v as Catalog<string>] as const),
);

const placeholders = (s: string) =>
  [...s.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

describe('message catalogs', () => {
  it('finds the catalogs', () => {
    expect(catalogs.length).toBeGreaterThanOrEqual(5);
  });

  it.each(catalogs)('%s: English, FALC French and FALC English have every French key', async (_name, catalog) => {
    const more = await loadMore(catalog);
    const keys = Object.keys(catalog.fr).sort();
    expect(Object.keys(more.en).sort()).toEqual(keys);
    expect(Object.keys(more.falc.fr).sort()).toEqual(keys);
    expect(Object.keys(more.falc.en).sort()).toEqual(keys);
  });

  it.each(catalogs)('%s: no empty text, same placeholders in every translation', async (_name, catalog) => {
    const more = await loadMore(catalog);
    for (const key of Object.keys(catalog.fr)) {
      for (const table of [catalog.fr, more.en, more.falc.fr, more.falc.en]) {
        expect(table[key]?.trim(), key).toBeTruthy();
        expect(placeholders(table[key]!), key).toEqual(placeholders(catalog.fr[key]!));
      }
    }
  });
});
