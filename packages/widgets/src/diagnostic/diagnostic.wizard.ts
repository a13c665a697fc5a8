// The questionnaire, one step at a time: the intro, a step with its progress, the review.
import type { DiagnosticView, PreparedDiagnostic } from '@participe/core';
import { html, nothing } from 'lit';
import { answerWords, type QuestionScope, renderQuestion } from './diagnostic.questions.js';

export interface WizardScope extends QuestionScope {
  /** Whether answers can be shared with a group: it changes what the privacy note says. */
  hasSpace: boolean;
  prepared: PreparedDiagnostic;
}

export function renderIntro(v: DiagnosticView, s: WizardScope) {
  const q = v.questionnaire;
  const started = Object.keys(v.answers).length > 0;
  return html`<div part="intro">
    ${q.intro ? html`<p>${s.text(q.intro)}</p>` : nothing}
    <p>${s.t(s.hasSpace ? 'privacy' : 'privacyAlone')}</p>
    <p>
      <button class="primary" type="button" @click=${() => s.send({ type: 'diagnostic.start' })}>
        ${s.t(started ? 'resume' : 'start')}
      </button>
    </p>
  </div>`;
}

export function renderStep(v: DiagnosticView, s: WizardScope) {
  const index = new Map(v.questionnaire.sections.flatMap((sec) => sec.questions).map((q, i) => [q.id, i]));
  const issueOf = (id: string) => v.issues.find((i) => i.path[0] === id);
  const label = s.t('stepOf', { n: v.stepNumber ?? 1, total: v.stepCount });
  return html`<form
    part="step"
    novalidate
    aria-labelledby="step-title"
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      s.send({ type: 'diagnostic.next' });
    }}
  >
    <p id="progress-label" part="progress-label">${label}</p>
    <progress part="progress" max=${v.stepCount} .value=${v.stepNumber ?? 1} aria-labelledby="progress-label"></progress>
    <h3 id="step-title" part="step-title" tabindex="-1">${v.section ? s.text(v.section.title) : nothing}</h3>
    ${v.section?.intro ? html`<p>${s.text(v.section.intro)}</p>` : nothing}
    ${v.issues.length ? html`<p part="step-error" role="alert">${s.t('missing')}</p>` : nothing}
    ${v.questions.map((q) => renderQuestion(q, index.get(q.id) ?? 0, v.answers[q.id], issueOf(q.id), s))}
    <div part="actions">
      <button type="button" @click=${() => s.send({ type: 'diagnostic.back' })}>${s.t('back')}</button>
      <button class="primary" type="submit">${s.t('next')}</button>
    </div>
  </form>`;
}

export function renderReview(v: DiagnosticView, s: WizardScope) {
  const missing = new Set(v.missingRequired);
  return html`<section part="review" aria-labelledby="review-title">
    <h3 id="review-title" part="step-title" tabindex="-1">${s.t('review')}</h3>
    <p>${s.t('reviewIntro')}</p>
    ${v.issues.length ? html`<p part="step-error" role="alert">${s.t('missing')}</p>` : nothing}
    ${v.review.map(
      (group) => html`<div part="review-section">
        <h4>${s.text(group.section.title)}</h4>
        <dl part="answers">
          ${group.items.map(({ question, answer }) => {
            const words = answerWords(question, answer, s);
            const said = words
              ? 'text' in words
                ? html`<span class="typed">${words.text}</span>`
                : words.labels.map((l, k) => html`${k ? ', ' : ''}${s.text(l)}`)
              : html`<em>${s.t('noAnswer')}</em>`;
            return html`<div part="answer">
              <dt>${s.text(question.label)}</dt>
              <dd>
                ${said}
                ${
                  missing.has(question.id)
                    ? html`<span part="field-error"><span aria-hidden="true">⚠ </span>${s.t('issue.required')}</span>`
                    : nothing
                }
                <button
                  type="button"
                  aria-label=${s.t('editName', { question: s.words(question.label) })}
                  @click=${() => s.send({ type: 'diagnostic.edit', questionId: question.id })}
                >
                  ${s.t('edit')}
                </button>
              </dd>
            </div>`;
          })}
        </dl>
      </div>`,
    )}
    <div part="actions">
      <button type="button" @click=${() => s.send({ type: 'diagnostic.back' })}>${s.t('back')}</button>
      <button class="primary" type="button" @click=${() => s.send({ type: 'diagnostic.submit' })}>
        ${s.t('seeResults')}
      </button>
    </div>
  </section>`;
}
