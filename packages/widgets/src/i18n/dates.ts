// Dates in the page's own language (`lang="fr-BE"` keeps Belgian conventions), not just
// the catalog's two locales; an unknown tag falls back to French.
function pageLang(el: Element): string {
  return el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'fr';
}

function formatter(lang: string, options: Intl.DateTimeFormatOptions) {
  try {
    return new Intl.DateTimeFormat(lang, options);
  } catch {
    return new Intl.DateTimeFormat('fr', options);
  }
}

/** Formats ISO instants and calendar days as long dates for the element's page. */
export function datesFor(el: Element) {
  const lang = pageLang(el);
  const instant = formatter(lang, { dateStyle: 'long' });
  // A calendar day (a due date) names no time zone: read it in UTC so it never shifts by one.
  const day = formatter(lang, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    instant: (iso: string) => instant.format(new Date(iso)),
    day: (isoDay: string) => day.format(new Date(`${isoDay}T00:00:00Z`)),
  };
}
