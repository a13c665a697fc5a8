// French typography for the values we put into sentences: a number and its unit stay on one
// line, and "0 jour" never appears. The widgets' catalogues carry the same spaces in their
// fixed words (`typography.test.ts` in the widgets checks every French and FALC string).

/** No-break space: before `:`, inside « », between a number and its unit, in "8 h 40". */
export const NBSP = '\u00a0';
/** Narrow no-break space: before `?`, `!` and `;`, and as the thousands separator. */
export const NNBSP = '\u202f';

export type TypographyLocale = 'fr' | 'en';

/** `1 234,5` in French (narrow no-break space, decimal comma), `1,234.5` in English; at most `digits` decimals. */
export function formatNumber(n: number, locale: TypographyLocale, digits = 1): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: digits }).format(n);
}

/** A share from 0 to 1 as a whole percent: `40 %` in French (no-break space), `40%` in English. */
export function formatPercent(share: number, locale: TypographyLocale): string {
  const n = formatNumber(Math.round(share * 100), locale, 0);
  return locale === 'fr' ? `${n}${NBSP}%` : `${n}%`;
}

export interface FormatDaysOptions {
  /**
   * What 0 means: `duration` (an answer given the same day: "moins d’un jour", "less than a
   * day") or `since` (waiting since today: "aujourd’hui", "today").
   * @default 'duration'
   */
  zero?: 'duration' | 'since';
  /** Decimals kept for a median or a mean. @default 1 */
  digits?: number;
}

/**
 * A number of days in words, with a no-break space: `1 jour`, `21,5 jours`, `moins d’un
 * jour` or `aujourd’hui` for 0 (see `zero`). French puts the plural from 2 (`1,5 jour`),
 * English on anything but 1. Negative or non-finite values read as 0.
 */
export function formatDays(days: number, locale: TypographyLocale, options: FormatDaysOptions = {}): string {
  const n = Number.isFinite(days) && days > 0 ? days : 0;
  const digits = options.digits ?? 1;
  const shown = Number(n.toFixed(digits));
  if (shown === 0) {
    if (options.zero === 'since') return locale === 'fr' ? 'aujourd’hui' : 'today';
    return locale === 'fr' ? 'moins d’un jour' : 'less than a day';
  }
  const number = formatNumber(shown, locale, digits);
  if (locale === 'fr') return `${number}${NBSP}${shown < 2 ? 'jour' : 'jours'}`;
  return `${number}${NBSP}${shown === 1 ? 'day' : 'days'}`;
}
