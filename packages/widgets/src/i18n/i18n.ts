/** Locales every widget ships complete. French is the default and the reference. */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** `falc`: "facile à lire et à comprendre" (easy to read) wording for citizen-facing text. */
export type Variant = 'standard' | 'falc';

export type Params = Record<string, string | number>;

/**
 * A widget's messages: French is the reference; English must have every key (checked by
 * the type and by a test); the FALC variant covers every key in both languages.
 */
export interface Catalog<K extends string> {
  fr: Record<K, string>;
  en: Record<K, string>;
  falc: { fr: Record<K, string>; en: Record<K, string> };
}

export const defineCatalog = <const T extends Record<string, string>>(catalog: {
  fr: T;
  en: Record<keyof T, string>;
  falc: { fr: Record<keyof T, string>; en: Record<keyof T, string> };
}): Catalog<Extract<keyof T, string>> => catalog as Catalog<Extract<keyof T, string>>;

/** The page's language for an element: its nearest `lang`, else the document's, else French. */
export function localeOf(el: Element): Locale {
  const lang = (el.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? 'fr').toLowerCase();
  return lang.startsWith('en') ? 'en' : 'fr';
}

/**
 * Fills `{name}` placeholders. A `{n|one|other}` placeholder picks a plural form with the
 * locale's rules: `{n|jour|jours}`.
 */
export function format(template: string, params: Params = {}, locale: Locale = 'fr'): string {
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (one !== undefined && other !== undefined) {
      const rule = new Intl.PluralRules(locale).select(Number(value));
      return `${value} ${rule === 'one' ? one : other}`;
    }
    return String(value);
  });
}

/** A translate function for one catalog, locale and variant. */
export function translator<K extends string>(catalog: Catalog<K>, locale: Locale, variant: Variant) {
  const table = variant === 'falc' ? catalog.falc[locale] : catalog[locale];
  return (key: K, params?: Params): string => format(table[key] ?? catalog.fr[key] ?? key, params, locale);
}
