import type { AnswerFormView } from '@participe/core';
import { html, nothing } from 'lit';
import { failureMessage } from '../internal/failure.js';
import { type AnswerScope, statusWord } from './answer-form.words.js';

type Item = AnswerFormView['items'][number];

/** The contributions awaiting an answer, the bulk publish and its confirmation. */
export function renderList(s: AnswerScope) {
  const { v, words } = s;
  const { t, c } = words;
  if (v.state === 'list.loading' && !v.items.length) return heading(s);
  if (v.state === 'list.failed') {
    return html`${heading(s)}
      <div part="error" role="alert">
        <p>${failureMessage(v.failure, { offline: c('offline'), notFound: t('notFound'), failed: t('listFailed') })}</p>
        <button id="retry" type="button" @click=${() => s.settle({ type: 'form.retry' }, ['heading'])}>${c('retry')}</button>
      </div>`;
  }
  const confirming = v.state === 'list.confirming' || v.state === 'list.publishing';
  return html`${heading(s)} ${outcome(s)}
    ${
      v.failure && v.state === 'list.ready'
        ? html`<p part="alert" role="alert">${failureMessage(v.failure, { offline: c('offline'), failed: t('sendFailed') })}</p>`
        : nothing
    }
    ${
      v.state === 'list.empty'
        ? html`<p>${t('emptyList')}</p>`
        : html`<p id="count">${t('countList', { n: v.items.length })}</p>
            <ol part="items" aria-labelledby="heading" aria-busy=${v.busy ? 'true' : 'false'}>
              ${v.items.map((item) => listItem(item, s, confirming))}
            </ol>`
    }
    ${confirming ? confirm(s) : bulkActions(s)}`;
}

function heading({ v, words: { t } }: AnswerScope) {
  return html`<h2 id="heading" part="heading" tabindex="-1">${t('heading')}</h2>
    ${v.space ? html`<p part="intro">${v.space.name}. ${t('listIntro')}</p>` : nothing}`;
}

function outcome({ v, words: { t } }: AnswerScope) {
  const o = v.outcome;
  if (o?.type === 'bulkPublished') {
    return html`<div part="notice">
      <p>${t('bulkPublished', { n: o.titles.length })}</p>
      <ul>
        ${o.titles.map((title) => html`<li>${title}</li>`)}
      </ul>
      <p>${t('authorsTold')}</p>
    </div>`;
  }
  if (o?.type === 'bulkConflict') {
    return html`<div part="conflict-notice" role="alert">
      <p>${t('bulkConflict', { n: o.titles.length })}</p>
      <ul>
        ${o.titles.map((title) => html`<li>${title}</li>`)}
      </ul>
      <p>${t('bulkConflictAfter')}</p>
    </div>`;
  }
  return nothing;
}

function listItem(item: Item, s: AnswerScope, locked: boolean) {
  const { t, w, dates } = s.words;
  const titleId = `t-${item.id}`;
  return html`<li part="item">
    <h3 id=${titleId} part="item-title" lang=${item.lang}>
      <button
        part="item-link"
        type="button"
        @click=${() => s.settle({ type: 'list.open', contributionId: item.id }, ['title'])}
      >
        ${item.title}
      </button>
    </h3>
    <p part="item-meta">
      ${w(`kind.${item.kind}`)}${
        item.publishedAt
          ? html` · <time datetime=${item.publishedAt}>${t('publishedOn', { date: dates.instant(item.publishedAt) })}</time>`
          : nothing
      }
    </p>
    <p part="item-status">${t('statusIs', { status: statusWord(item.status, w, t) })}</p>
    ${item.timing ? html`<p part="item-timing">${w(item.timing.kind, { n: item.timing.days })}</p>` : nothing}
    ${
      item.overdueDays !== null
        ? html`<p part="overdue-badge"><span aria-hidden="true">⚠</span> ${w('overdue', { n: item.overdueDays })}</p>`
        : nothing
    }
    ${item.verdict ? html`<p part="item-verdict">${t('verdictPrepared', { verdict: w(`verdict.${item.verdict}`) })}</p>` : nothing}
    ${item.changed ? html`<p part="changed-badge">${t('changed')}</p>` : nothing}
    ${
      item.selectable
        ? html`<div part="check">
            <input
              id=${`s-${item.id}`}
              type="checkbox"
              .checked=${item.selected}
              ?disabled=${locked}
              @change=${() => s.send({ type: 'list.toggle', contributionId: item.id })}
            />
            <label for=${`s-${item.id}`}>${t('ready')}<span class="visually-hidden">\u00a0: ${item.title}</span></label>
          </div>`
        : nothing
    }
  </li>`;
}

function bulkActions({ v, words: { t }, settle }: AnswerScope) {
  const none = v.selection.length === 0;
  const anyDecided = v.items.some((i) => i.selectable);
  return html`<div part="bulk-actions">
    ${
      anyDecided
        ? html`<button
              id="publish-selected"
              class="primary"
              type="button"
              aria-describedby=${none ? 'none-selected' : nothing}
              ?disabled=${none}
              @click=${() => settle({ type: 'bulk.review' }, ['confirm'])}
            >
              ${t('publishSelected', { n: v.selection.length })}
            </button>
            ${none ? html`<p id="none-selected" part="hint">${t('noneSelected')}</p>` : nothing}`
        : nothing
    }
    <button type="button" @click=${() => settle({ type: 'list.reload' }, ['heading'])}>${t('reload')}</button>
  </div>`;
}

function confirm({ v, words: { t, w }, settle }: AnswerScope) {
  const publishing = v.state === 'list.publishing';
  return html`<section part="confirm" aria-labelledby="confirm-heading">
    <h3 id="confirm-heading" tabindex="-1">${t('confirmHeading', { n: v.selection.length })}</h3>
    <p>${t('confirmIntro')}</p>
    <ul>
      ${v.selection.map((i) => html`<li>${i.title} — ${i.verdict ? w(`verdict.${i.verdict}`) : ''}</li>`)}
    </ul>
    <div part="bulk-actions">
      <button
        class="primary"
        type="button"
        ?disabled=${publishing}
        @click=${() => settle({ type: 'bulk.confirm' }, ['heading'])}
      >
        ${t('confirmYes')}
      </button>
      <button
        type="button"
        ?disabled=${publishing}
        @click=${() => settle({ type: 'bulk.cancel' }, ['publish-selected'])}
      >
        ${t('confirmNo')}
      </button>
    </div>
  </section>`;
}
