// One inspiring-practice sheet, with the sections of the practice-sheet structure and what
// changed seen from each side. Every text is the sheet's own, rendered as text.
// `EVALUATION_VIEWPOINTS` are the sheets' viewpoints too; `VIEWPOINTS` sits beside zod schemas
// a bundler cannot drop, which would cost 6 KiB.
import { EVALUATION_VIEWPOINTS, type PracticeLibraryView } from '@participe/core';
import { html, nothing } from 'lit';
import type { Locale, Variant } from '../i18n/i18n.js';
import { oneLine } from '../internal/content.js';
import { resourceList } from '../internal/resource-list.js';
import type { libraryMessages } from './practice-library.messages.js';

type T = (key: keyof typeof libraryMessages.fr, params?: Record<string, string | number>) => string;

export interface SheetScope {
  t: T;
  locale: Locale;
  variant: Variant;
  resourceUrl: string;
  onBack: () => void;
}

const listOf = (items: readonly string[]) => html`<ul class="list">
  ${items.map((i) => html`<li>${i}</li>`)}
</ul>`;

export function renderSheet(sheet: NonNullable<PracticeLibraryView['sheet']>, s: SheetScope) {
  const { practice: p, phases, resources } = sheet;
  const { t } = s;
  const section = (id: string, title: string, body: unknown) =>
    html`<section part="sheet-section" aria-labelledby=${`s-${id}`}>
      <h4 id=${`s-${id}`}>${title}</h4>
      ${body}
    </section>`;
  const paragraph = (text: string) => html`<p>${text}</p>`;
  return html`<article part="sheet" aria-labelledby="sheet-title">
    <p><button part="back" type="button" @click=${s.onBack}>← ${t('back')}</button></p>
    <h3 id="sheet-title" part="sheet-title" tabindex="-1">${p.title}</h3>
    <ul part="sheet-meta">
      <li>${t('territoryIs', { territory: p.territory, type: p.territoryType })}</li>
      <li>${t('yearIs', { year: p.year })}</li>
      <li>${t('themesAre', { list: p.themes.join(', ') })}</li>
      <li>${t('publicIs', { list: p.public.join(', ') })}</li>
    </ul>
    ${section('context', t('context'), paragraph(p.context))}
    ${section('diagnostic', t('sharedDiagnostic'), paragraph(p.sharedDiagnostic))}
    ${section('problem', t('problem'), html`<blockquote part="problem">${p.problemStatement}</blockquote>`)}
    ${section('objectives', t('objectives'), listOf(p.objectives))}
    ${section('actions', t('actions'), listOf(p.actions))}
    ${section('evaluation', t('evaluation'), paragraph(p.evaluation))}
    <section part="sheet-section transformations" aria-labelledby="s-transformations">
      <h4 id="s-transformations">${t('transformations')}</h4>
      <div part="viewpoints">
        ${EVALUATION_VIEWPOINTS.map(
          (v) => html`<section part="viewpoint" aria-labelledby=${`v-${v}`}>
            <h5 id=${`v-${v}`}>${t(`viewpoint.${v}`)}</h5>
            ${p.transformations[v].length ? listOf(p.transformations[v]) : html`<p>${t('nothingNoted')}</p>`}
          </section>`,
        )}
      </div>
    </section>
    ${p.keysOfSuccess.length ? section('keys', t('keysOfSuccess'), listOf(p.keysOfSuccess)) : nothing}
    ${p.vigilance.length ? section('vigilance', t('vigilance'), listOf(p.vigilance)) : nothing}
    ${section('perspectives', t('perspectives'), paragraph(p.perspectives))}
    ${
      phases.length ? section('phases', t('phases'), listOf(phases.map((ph) => oneLine(ph.label, s.variant)))) : nothing
    }
    ${
      resources.length
        ? section(
            'resources',
            t('resources'),
            resourceList(resources, { locale: s.locale, variant: s.variant, urlTemplate: s.resourceUrl }),
          )
        : nothing
    }
  </article>`;
}
