import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Locales every widget ships complete. French is the default and the reference. */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** `falc`: "facile à lire et à comprendre" (easy to read) wording for citizen-facing text. */
export type Variant = 'standard' | 'falc';

export type Params = Record<string, string | number>;

/** The English and FALC tables of a catalog, with every key of the French one. */
export interface MoreTables<K extends string | number | symbol> {
  en: Record<K, string>;
  falc: { fr: Record<K, string>; en: Record<K, string> };
}

/**
 * A widget's messages. French, the reference, is bundled; English and the FALC variants
 * load on first use, so a French page does not download them. Completeness is checked by
 * the types (`satisfies MoreTables<…>`) and by a test.
 */
export interface Catalog<K extends string> {
  fr: Record<K, string>;
  more: () => Promise<MoreTables<K>>;
}

export const defineCatalog = <const T extends Record<string, string>>(catalog: {
  fr: T;
  more: () => Promise<MoreTables<keyof T>>;
}): Catalog<Extract<keyof T, string>> => catalog as unknown as Catalog<Extract<keyof T, string>>;

const loaded = new WeakMap<Catalog<string>, MoreTables<string>>();
const loading = new WeakMap<Catalog<string>, Promise<MoreTables<string>>>();
const listeners = new Set<() => void>();

/** Loads a catalog's English and FALC tables once; every element re-renders when they arrive. */
export function loadMore<K extends string>(catalog: Catalog<K>): Promise<MoreTables<K>> {
  const c = catalog as unknown as Catalog<string>;
  let p = loading.get(c);
  if (!p) {
    p = c.more().then((tables) => {
      loaded.set(c, tables);
      for (const listener of listeners) listener();
      return tables;
    });
    loading.set(c, p);
  }
  return p as unknown as Promise<MoreTables<K>>;
}

/** The page's language for an element: its nearest `lang`, else the document's, else French. */
export function localeOf(el: Element): Locale {
  const lang = (el.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? 'fr').toLowerCase();
  return lang.startsWith('en') ? 'en' : 'fr';
}

/**
 * Fills `{name}` placeholders. A `{n|one|other}` placeholder picks a plural form with the
 * locale's rules: `{n|jour|jours}`; a third form replaces the number when it is 0, so a
 * sentence never says "0 jour": `{n|jour|jours|aujourd’hui}`.
 */
export function format(template: string, params: Params = {}, locale: Locale = 'fr'): string {
  const placeholder = /\{(\w+)(?:\|([^|}]*)\|([^|}]*)(?:\|([^}]*))?)?\}/g;
  return template.replace(placeholder, (whole, name: string, one?: string, other?: string, zero?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (zero !== undefined && Number(value) === 0) return zero;
    if (one !== undefined && other !== undefined) {
      const rule = new Intl.PluralRules(locale).select(Number(value));
      // A no-break space: "3 jours" never breaks between the number and its word.
      return `${value}\u00a0${rule === 'one' ? one : other}`;
    }
    return String(value);
  });
}

/**
 * A translate function for one catalog, locale and variant. Until the English or FALC
 * table has arrived it answers in standard French and starts loading it.
 */
export function translator<K extends string>(catalog: Catalog<K>, locale: Locale, variant: Variant) {
  let table: Record<K, string> = catalog.fr;
  if (locale !== 'fr' || variant === 'falc') {
    const more = loaded.get(catalog as unknown as Catalog<string>) as MoreTables<K> | undefined;
    if (more) table = variant === 'falc' ? more.falc[locale] : more.en;
    else void loadMore(catalog);
  }
  return (key: K, params?: Params): string => format(table[key] ?? catalog.fr[key] ?? key, params, locale);
}

/** Re-renders its element when a lazily loaded table arrives. */
export class I18nController implements ReactiveController {
  #update = () => this.host.requestUpdate();
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  hostConnected() {
    listeners.add(this.#update);
  }
  hostDisconnected() {
    listeners.delete(this.#update);
  }
}
