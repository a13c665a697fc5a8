// A practice sheet as it will be published, rendered as text: what the group sees in the
// preview and a council editor reviews. Nothing typed is ever markup; a source is a link
// only when its address is http(s).
import { type PracticeDraft, type PracticeStatus, TRANSFORMATION_FIELDS } from '@participe/core';
import { html, nothing, type TemplateResult } from 'lit';
import { sentence } from '../internal/written.js';
import type { Words } from './practice-editor.words.js';

/** `lang`: the language the group wrote in; absent for the interface's own words (phases). */
const list = (items: readonly string[] | undefined, lang?: string) =>
  items?.length ? html`<ul lang=${lang ?? nothing}>${items.map((i) => html`<li>${i}</li>`)}</ul>` : nothing;

const section = (title: string, body: unknown) =>
  body === nothing || body === '' ? nothing : html`<section><h4>${title}</h4>${body}</section>`;

const para = (text: string | undefined, lang: string) =>
  text ? html`<p class="pt" lang=${lang}>${text}</p>` : nothing;

const WEB = /^https?:\/\//;

/**
 * The sheet, under an `h3` with `id="sheet-title"`. What the group wrote carries `lang`, the
 * language of the sheet (RGAA 8.7); headings and labels are the interface's.
 */
export function renderSheet(
  sheet: PracticeDraft,
  { t }: Words,
  lang: string,
  extra: TemplateResult | typeof nothing = nothing,
) {
  const meta = [
    sheet.territory,
    sheet.territoryType,
    sheet.startDate ? t('preview.since', { date: sheet.startDate }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return html`<article part="sheet" aria-labelledby="sheet-title">
    <h3 id="sheet-title" part="sheet-title" tabindex="-1" lang=${sheet.title ? lang : nothing}>${sheet.title || t('untitled')}</h3>
    ${meta ? html`<p part="sheet-meta" lang=${lang}>${meta}</p>` : nothing} ${extra}
    ${section(t('label.themes'), list(sheet.themes, lang))} ${section(t('label.public'), list(sheet.public, lang))}
    ${section(t('label.phases'), list(sheet.phases?.map((p) => t(`phase.${p}`))))}
    ${section(t('label.context'), para(sheet.context, lang))}
    ${section(t('label.sharedDiagnostic'), para(sheet.sharedDiagnostic, lang))}
    ${section(
      t('label.problemStatement'),
      sheet.problemStatement ? html`<blockquote lang=${lang}>${sheet.problemStatement}</blockquote>` : nothing,
    )}
    ${section(t('label.objectives'), list(sheet.objectives, lang))} ${section(t('label.actions'), list(sheet.actions, lang))}
    ${section(t('label.evaluation'), para(sheet.evaluation, lang))}
    ${TRANSFORMATION_FIELDS.map((v) => section(t(`label.${v}`), list(sheet.transformations?.[v], lang)))}
    ${section(t('label.keysOfSuccess'), list(sheet.keysOfSuccess, lang))}
    ${section(t('label.vigilance'), list(sheet.vigilance, lang))} ${section(t('label.perspectives'), para(sheet.perspectives, lang))}
    ${sheet.contactRole ? html`<p>${sentence(t, 'preview.contact', 'role', sheet.contactRole, lang)}</p>` : nothing}
    ${section(
      t('label.sources'),
      sheet.sources?.length
        ? html`<ul lang=${lang}>
            ${sheet.sources.map(
              (s) =>
                html`<li>
                  ${s.url && WEB.test(s.url) ? html`<a href=${s.url} rel="noopener noreferrer">${s.title}</a>` : s.title}
                </li>`,
            )}
          </ul>`
        : nothing,
    )}
    ${section(t('label.resourceIds'), list(sheet.resourceIds))}
    ${section(
      t('sec.testimonies'),
      sheet.testimonies?.length
        ? html`${sheet.testimonies.map(
            (q) => html`<figure>
              <blockquote lang=${lang}>${q.text}</blockquote>
              <figcaption><span lang=${lang}>${q.role}</span> (${t(`viewpoint.${q.viewpoint}`)})</figcaption>
            </figure>`,
          )}`
        : nothing,
    )}
  </article>`;
}

/** A status, in words. */
export const statusWords = (status: PracticeStatus, { t }: Words) => t(`status.${status}`);
