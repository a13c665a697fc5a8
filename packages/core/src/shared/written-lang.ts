// Apart from the schemas: views import it without pulling zod into a widget's bundle.

/** The language of words stored without one: councils write and are written to in French. */
export const DEFAULT_WRITTEN_LANG = 'fr';

/** The language `x` was written in (see `LangSchema`), `fr` when it does not say. */
export const writtenIn = (x: { lang?: string | undefined } | null | undefined): string =>
  x?.lang ?? DEFAULT_WRITTEN_LANG;
