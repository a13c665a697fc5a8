import type { AnswerContribution, AnswerTimelineEntry } from '@participe/core';
import { html, nothing } from 'lit';
import { failureMessage } from '../internal/failure.js';
import { type OneScope, type OneWords, oneScope } from './answer-form.one.words.js';
import { type AnswerScope, statusWord } from './answer-form.words.js';
import { renderConflict, renderWorkflow } from './answer-form.workflow.js';

/** One contribution: what the author wrote, where it stands, its history, then what to do. */
export function renderOne(scope: AnswerScope) {
  const s: OneScope = oneScope(scope);
  const { v, words } = s;
  const { t, c } = words;
  const back = v.fixed
    ? nothing
    : html`<button part="back" type="button" @click=${() => s.settle({ type: 'form.back' }, ['heading'])}>
        <span aria-hidden="true">←</span> ${t('backToList')}
      </button>`;
  if (v.state === 'one.failed' || !v.contribution) {
    if (v.state !== 'one.failed') return back;
    return html`${back}
      <div part="error" role="alert">
        <p>${failureMessage(v.failure, { offline: c('offline'), notFound: t('notFound'), failed: t('oneFailed') })}</p>
        <button id="retry" type="button" @click=${() => s.settle({ type: 'form.retry' }, ['title'])}>${c('retry')}</button>
      </div>`;
  }
  const k = v.contribution;
  const inConflict = v.state.startsWith('one.conflict');
  return html`${inConflict ? nothing : back}
    <article part="contribution" aria-labelledby="title">
      ${header(k, words)}
      <section aria-labelledby="body-heading">
        <h3 id="body-heading">${t('bodyHeading')}</h3>
        <p part="body" lang=${k.lang}>${k.body}</p>
      </section>
      ${answer(k, words)} ${k.commitments.length ? commitments(k, words) : nothing} ${timeline(v.timeline, words)}
      ${inConflict ? renderConflict(s) : renderWorkflow(s)}
    </article>`;
}

function header(k: AnswerContribution, { t, w, dates }: OneWords) {
  const meta = [
    w(`kind.${k.kind}`),
    t('themeIs', { theme: k.theme.label }),
    k.territory ? t('place', { place: k.territory }) : null,
  ].filter((x): x is string => x !== null);
  return html`<header part="header">
    <p part="meta">${meta.join(' · ')}</p>
    <h2 id="title" part="title" tabindex="-1" lang=${k.lang}>${k.title}</h2>
    <p part="meta">
      ${k.onBehalfOf ? t('onBehalfOf', { name: k.onBehalfOf }) : t('by', { pseudonym: k.pseudonym })}
      ${k.publishedAt ? html` · <time datetime=${k.publishedAt}>${t('publishedOn', { date: dates.instant(k.publishedAt) })}</time>` : nothing}
    </p>
    <p part="item-status">${t('statusIs', { status: statusWord(k.status, w, t) })} ·
      <time datetime=${k.updatedAt}>${t('changedOn', { date: dates.instant(k.updatedAt) })}</time>
    </p>
    ${k.timing ? html`<p part="item-timing">${w(k.timing.kind, { n: k.timing.days })}</p>` : nothing}
    ${
      k.overdueDays !== null
        ? html`<p part="overdue-badge"><span aria-hidden="true">⚠</span> ${w('overdue', { n: k.overdueDays })}</p>`
        : nothing
    }
  </header>`;
}

function answer(k: AnswerContribution, { t, w, dates }: OneWords) {
  const a = k.answer;
  if (!a) return nothing;
  return html`<section part="answer" aria-labelledby="answer-heading">
    <h3 id="answer-heading">${t('answerHeading')}</h3>
    <p>
      ${
        a.publishedAt
          ? t('answerPublic', { date: dates.instant(a.publishedAt) })
          : t('answerInternal', { date: dates.instant(a.decidedAt) })
      }
    </p>
    <p><strong>${t('verdictIs', { verdict: w(`verdict.${a.verdict}`) })}</strong></p>
    <p class="text" lang=${a.lang}>${a.text}</p>
    <p>${t('signedBy', { service: a.service })}</p>
    ${a.duplicateOf ? html`<p>${t('duplicateOfIs', { id: a.duplicateOf })}</p>` : nothing}
  </section>`;
}

function commitments(k: AnswerContribution, { t, dates }: OneWords) {
  return html`<section part="commitments" aria-labelledby="commitments-heading">
    <h3 id="commitments-heading">${t('commitmentsHeading')}</h3>
    <ul>
      ${k.commitments.map(
        (m) => html`<li part="commitment">
          <h4 lang=${m.lang}>${m.what}</h4>
          <p>${t('who', { owner: m.owner })} · <time datetime=${m.due}>${t('due', { date: dates.day(m.due) })}</time></p>
          <p id=${`progress-${m.id}`}>${t('progress', { percent: m.percent })}</p>
          <progress part="progress" max="100" .value=${m.percent} aria-labelledby=${`progress-${m.id}`}>
            ${m.percent}\u00a0%
          </progress>
          ${
            m.updates.length
              ? html`<ol>
                  ${m.updates.map(
                    (u) =>
                      html`<li>
                        <time datetime=${u.at}>${dates.instant(u.at)}</time>\u00a0: <span lang=${m.lang}>${u.text}</span>
                        (${u.percent}\u00a0%)
                      </li>`,
                  )}
                </ol>`
              : nothing
          }
        </li>`,
      )}
    </ul>
  </section>`;
}

function timeline(entries: AnswerTimelineEntry[], { t, w, dates }: OneWords) {
  const phrase = (e: AnswerTimelineEntry) =>
    t(`event.${e.type}`, {
      verdict: e.verdict ? w(`verdict.${e.verdict}`) : '',
      what: e.commitment ?? '',
      percent: e.percent ?? 0,
    });
  return html`<section part="timeline" aria-labelledby="timeline-heading">
    <h3 id="timeline-heading">${t('timelineHeading')}</h3>
    <ol>
      ${entries.map(
        (e) =>
          html`<li>
            <time datetime=${e.at}>${dates.instant(e.at)}</time>\u00a0: ${phrase(e)}${e.internal ? html` <em>${t('internal')}</em>` : nothing}
          </li>`,
      )}
    </ol>
  </section>`;
}
