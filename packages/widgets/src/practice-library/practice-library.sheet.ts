// One inspiring-practice sheet, with the sections of the practice-sheet structure and what
// changed seen from each side, then its resources and "vous aimerez aussi". Every text is
// the sheet's own (as its group wrote it), rendered as text; a section the group left
// empty is left out.
// `EVALUATION_VIEWPOINTS` are the sheets' viewpoints too; `VIEWPOINTS` sits beside zod schemas
// a bundler cannot drop, which would cost 6 KiB.
import { EVALUATION_VIEWPOINTS, type PracticeLibraryView } from '@participe/core';
import { html, nothing } from 'lit';
import type { Locale, Variant } from '../i18n/i18n.js';
import { oneLine } from '../internal/council-text.js';
import { resourceList } from '../internal/resource-list.js';
import { sentence } from '../internal/written.js';
import type { libraryMessages } from './practice-library.messages.js';

type T = (key: keyof typeof libraryMessages.fr, params?: Record<string, string | number>) => string;

export interface SheetScope {
  t: T;
  locale: Locale;
  variant: Variant;
  resourceUrl: string;
  onBack: () => void;
  /** Open another sheet ("vous aimerez aussi"). */
  onOpen: (practiceId: string) => void;
}

/** A source's address is a link only when it is a web page (never `javascript:` or `data:`). */
const WEB = /^https?:\/\//i;

/** `lang`: the language the sheet is written in; absent for the interface's own words (phases). */
const listOf = (items: readonly string[], lang?: string) => html`<ul class="list" lang=${lang ?? nothing}>
  ${items.map((i) => html`<li>${i}</li>`)}
</ul>`;

/** `2023-09` as the page's language says it ("septembre 2023"); a year alone as it is. */
function startOf(start: string | undefined, locale: Locale): string {
  const [year, month] = (start ?? '').split('-').map(Number);
  if (!year) return '';
  if (!month) return String(year);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}

export function renderSheet(sheet: NonNullable<PracticeLibraryView['sheet']>, s: SheetScope) {
  const { practice: p, phases, resources, related } = sheet;
  const { t } = s;
  // What the group wrote is in the sheet's language (RGAA 8.7); headings are the interface's.
  const lang = p.locale;
  const section = (id: string, title: string, body: unknown) =>
    html`<section part="sheet-section" aria-labelledby=${`s-${id}`}>
      <h4 id=${`s-${id}`}>${title}</h4>
      ${body}
    </section>`;
  const paragraph = (id: string, title: string, text: string | undefined) =>
    text ? section(id, title, html`<p lang=${lang}>${text}</p>`) : nothing;
  const list = (id: string, title: string, items: readonly string[] | undefined, written = true) =>
    items?.length ? section(id, title, listOf(items, written ? lang : undefined)) : nothing;
  const changed = p.transformations;
  const start = startOf(p.startDate, s.locale);
  return html`<article part="sheet" aria-labelledby="sheet-title">
    <p><button part="back" type="button" @click=${s.onBack}>← ${t('back')}</button></p>
    <h3 id="sheet-title" part="sheet-title" tabindex="-1" lang=${lang}>${p.title}</h3>
    <ul part="sheet-meta">
      ${
        p.territory
          ? html`<li>${sentence(t, 'territoryIs', 'territory', p.territory, lang, { type: p.territoryType ?? '' })}</li>`
          : nothing
      }
      ${start ? html`<li>${t('startIs', { start })}</li>` : nothing}
      ${p.themes?.length ? html`<li>${sentence(t, 'themesAre', 'list', p.themes.join(', '), lang)}</li>` : nothing}
      ${p.public?.length ? html`<li>${sentence(t, 'publicIs', 'list', p.public.join(', '), lang)}</li>` : nothing}
      ${p.shared ? html`<li>${t('sharedBy', { name: p.origin.name })}</li>` : nothing}
    </ul>
    ${paragraph('context', t('context'), p.context)}
    ${paragraph('diagnostic', t('sharedDiagnostic'), p.sharedDiagnostic)}
    ${
      p.problemStatement
        ? section(
            'problem',
            t('problem'),
            html`<blockquote part="problem" lang=${lang}>${p.problemStatement}</blockquote>`,
          )
        : nothing
    }
    ${list('objectives', t('objectives'), p.objectives)} ${list('actions', t('actions'), p.actions)}
    ${paragraph('evaluation', t('evaluation'), p.evaluation)}
    ${
      changed
        ? html`<section part="sheet-section transformations" aria-labelledby="s-transformations">
            <h4 id="s-transformations">${t('transformations')}</h4>
            <div part="viewpoints">
              ${EVALUATION_VIEWPOINTS.map(
                (v) => html`<section part="viewpoint" aria-labelledby=${`v-${v}`}>
                  <h5 id=${`v-${v}`}>${t(`viewpoint.${v}`)}</h5>
                  ${changed[v].length ? listOf(changed[v], lang) : html`<p>${t('nothingNoted')}</p>`}
                </section>`,
              )}
            </div>
          </section>`
        : nothing
    }
    ${
      p.testimonies?.length
        ? section(
            'testimonies',
            t('testimonies'),
            html`${p.testimonies.map(
              (x) => html`<figure part="testimony">
                <blockquote lang=${lang}>${x.text}</blockquote>
                <figcaption><span lang=${lang}>${x.role}</span> (${t(`viewpoint.${x.viewpoint}`)})</figcaption>
              </figure>`,
            )}`,
          )
        : nothing
    }
    ${list('keys', t('keysOfSuccess'), p.keysOfSuccess)} ${list('vigilance', t('vigilance'), p.vigilance)}
    ${paragraph('perspectives', t('perspectives'), p.perspectives)}
    ${list(
      'phases',
      t('phases'),
      phases.map((ph) => oneLine(ph.label, s.variant)),
      false,
    )}
    ${
      resources.length
        ? section(
            'resources',
            t('resources'),
            resourceList(resources, { locale: s.locale, variant: s.variant, urlTemplate: s.resourceUrl }),
          )
        : nothing
    }
    ${paragraph('contact', t('contact'), p.contactRole)}
    ${
      p.sources?.length
        ? section(
            'sources',
            t('sources'),
            html`<ul class="list" lang=${lang}>
              ${p.sources.map((x) => html`<li>${x.url && WEB.test(x.url) ? html`<a href=${x.url}>${x.title}</a>` : x.title}</li>`)}
            </ul>`,
          )
        : nothing
    }
    ${
      related.length
        ? html`<section part="sheet-section related" aria-labelledby="s-related">
            <h4 id="s-related">${t('related')}</h4>
            <ul class="list">
              ${related.map(
                (r) =>
                  html`<li lang=${r.locale}>
                    <button part="related-link" type="button" data-id=${r.id} @click=${() => s.onOpen(r.id)}>
                      ${r.title}
                    </button>
                    ${r.territory ? html`<span class="meta">${r.territory}</span>` : nothing}
                  </li>`,
              )}
            </ul>
          </section>`
        : nothing
    }
  </article>`;
}
