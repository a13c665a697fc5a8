// A practice sheet as it will be published, rendered as text: what the group sees in the
// preview and a council editor reviews. Nothing typed is ever markup; a source is a link
// only when its address is http(s).
import { type PracticeDraft, type PracticeStatus, TRANSFORMATION_FIELDS } from '@participe/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Words } from './practice-editor.words.js';

const list = (items: readonly string[] | undefined) =>
  items?.length ? html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>` : nothing;

const section = (title: string, body: unknown) =>
  body === nothing || body === '' ? nothing : html`<section><h4>${title}</h4>${body}</section>`;

const para = (text: string | undefined) => (text ? html`<p class="pt">${text}</p>` : nothing);

const WEB = /^https?:\/\//;

/** The sheet, under an `h3` with `id="sheet-title"`. */
export function renderSheet(sheet: PracticeDraft, { t }: Words, extra: TemplateResult | typeof nothing = nothing) {
  const meta = [
    sheet.territory,
    sheet.territoryType,
    sheet.startDate ? t('preview.since', { date: sheet.startDate }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return html`<article part="sheet" aria-labelledby="sheet-title">
    <h3 id="sheet-title" part="sheet-title" tabindex="-1">${sheet.title || t('untitled')}</h3>
    ${meta ? html`<p part="sheet-meta">${meta}</p>` : nothing} ${extra}
    ${section(t('label.themes'), list(sheet.themes))} ${section(t('label.public'), list(sheet.public))}
    ${section(t('label.phases'), list(sheet.phases?.map((p) => t(`phase.${p}`))))}
    ${section(t('label.context'), para(sheet.context))}
    ${section(t('label.sharedDiagnostic'), para(sheet.sharedDiagnostic))}
    ${section(
      t('label.problemStatement'),
      sheet.problemStatement ? html`<blockquote>${sheet.problemStatement}</blockquote>` : nothing,
    )}
    ${section(t('label.objectives'), list(sheet.objectives))} ${section(t('label.actions'), list(sheet.actions))}
    ${section(t('label.evaluation'), para(sheet.evaluation))}
    ${TRANSFORMATION_FIELDS.map((v) => section(t(`label.${v}`), list(sheet.transformations?.[v])))}
    ${section(t('label.keysOfSuccess'), list(sheet.keysOfSuccess))}
    ${section(t('label.vigilance'), list(sheet.vigilance))} ${section(t('label.perspectives'), para(sheet.perspectives))}
    ${sheet.contactRole ? html`<p>${t('preview.contact', { role: sheet.contactRole })}</p>` : nothing}
    ${section(
      t('label.sources'),
      sheet.sources?.length
        ? html`<ul>
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
              <blockquote>${q.text}</blockquote>
              <figcaption>${q.role} (${t(`viewpoint.${q.viewpoint}`)})</figcaption>
            </figure>`,
          )}`
        : nothing,
    )}
  </article>`;
}

/** A status, in words. */
export const statusWords = (status: PracticeStatus, { t }: Words) => t(`status.${status}`);
