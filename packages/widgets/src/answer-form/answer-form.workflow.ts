import { type AnswerField, type AnswerFormEvent, type AnswerFormView, VERDICTS, type Verdict } from '@participe/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { failureMessage } from '../internal/failure.js';
import { errorText, type OneScope } from './answer-form.one.words.js';
import { statusWord } from './answer-form.words.js';

/** A commitment id made here, so that the machine stays deterministic: `k_` and 10 random characters. */
function newCommitmentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return `k_${Array.from(bytes, (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('')}`;
}

const fieldId = (field: AnswerField) => `f-${field}`;
const describedBy = (field: AnswerField, hint: boolean, v: AnswerFormView) =>
  [hint ? `h-${field}` : '', v.errors[field] ? `e-${field}` : ''].filter(Boolean).join(' ') || nothing;

function errorLine(field: AnswerField, s: OneScope) {
  return s.v.errors[field]
    ? html`<p class="error" part="field-error" id=${`e-${field}`}>${errorText(field, s.v, s.words)}</p>`
    : nothing;
}

interface FieldOptions {
  field: Exclude<AnswerField, 'verdict' | 'commitmentId'>;
  label: string;
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'date' | 'number';
}

/** A labelled control; label, hint, error and control in the same shadow root. */
function textField(o: FieldOptions, s: OneScope): TemplateResult {
  const v = s.v;
  const invalid = v.errors[o.field] ? 'true' : 'false';
  const onInput = (e: Event) =>
    s.send({ type: 'answer.change', field: o.field, value: (e.target as HTMLInputElement).value });
  const control = o.multiline
    ? html`<textarea
        id=${fieldId(o.field)}
        rows="5"
        aria-required="true"
        aria-invalid=${invalid}
        aria-describedby=${describedBy(o.field, !!o.hint, v)}
        .value=${live(v.values[o.field])}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${fieldId(o.field)}
        type=${o.type ?? 'text'}
        autocomplete="off"
        min=${o.type === 'number' ? '0' : nothing}
        max=${o.type === 'number' ? '100' : nothing}
        step=${o.type === 'number' ? '1' : nothing}
        aria-required="true"
        aria-invalid=${invalid}
        aria-describedby=${describedBy(o.field, !!o.hint, v)}
        .value=${live(v.values[o.field])}
        @input=${onInput}
      />`;
  return html`<div class="field" part="field">
    <label for=${fieldId(o.field)}>${o.label}</label>
    ${o.hint ? html`<p class="hint" part="hint" id=${`h-${o.field}`}>${o.hint}</p>` : nothing} ${errorLine(o.field, s)}
    ${control}
  </div>`;
}

const submit = (s: OneScope, event: AnswerFormEvent | (() => AnswerFormEvent)) => (e: SubmitEvent) => {
  e.preventDefault();
  s.settle(typeof event === 'function' ? event() : event, ['status']);
};

/** Each step the machine may offer, as a form or a button with what it changes. */
const STEPS: Record<AnswerFormView['actions'][number], (s: OneScope) => TemplateResult> = {
  'contribution.review': (s) =>
    button(s, 'review', { type: 'answer.review' }, s.words.t('reviewHint'), s.words.t('reviewButton')),
  'contribution.decide': (s) => decideForm(s),
  'contribution.publish': (s) =>
    button(
      s,
      'publish',
      { type: 'answer.publish' },
      s.words.t('publishHint'),
      s.words.t('publishButton'),
      s.words.t('publishHeading'),
    ),
  'contribution.commit': (s) => commitForm(s),
  'contribution.start': (s) =>
    button(
      s,
      'start',
      { type: 'answer.start' },
      s.words.t('startHint'),
      s.words.t('startButton'),
      s.words.t('startHeading'),
    ),
  'contribution.progress': (s) => progressForm(s),
  'contribution.complete': (s) =>
    button(
      s,
      'complete',
      { type: 'answer.complete' },
      s.words.t('completeHint'),
      s.words.t('completeButton'),
      s.words.t('completeHeading'),
    ),
};

/** A decided answer: publishing is the next step, changing the decision comes after it. */
const nextFirst = (actions: AnswerFormView['actions']) =>
  actions.includes('contribution.publish')
    ? ['contribution.publish' as const, ...actions.filter((a) => a !== 'contribution.publish')]
    : actions;

/** What the professional may do now, each step with what it changes for the author and the public. */
export function renderWorkflow(s: OneScope) {
  const { v, words } = s;
  const { t, c } = words;
  const errors = Object.keys(v.errors).length;
  const failure = v.failure;
  return html`<section part="workflow" aria-labelledby="workflow-heading">
    <h3 id="workflow-heading">${t('workflowHeading')}</h3>
    ${
      errors
        ? html`<p part="alert" role="alert">${t('errorSummary', { n: errors })}</p>`
        : failure
          ? html`<p part="alert" role="alert">${failureMessage(failure, { offline: c('offline'), failed: t('sendFailed') })}</p>`
          : nothing
    }
    ${v.actions.length === 0 ? html`<p>${t('nothingToDo')}</p>` : nothing}
    ${nextFirst(v.actions).map((type) => STEPS[type](s))}
  </section>`;
}

function button(s: OneScope, id: string, event: AnswerFormEvent, hint: string, label: string, heading?: string) {
  return html`<div part="step">
    ${heading ? html`<h4>${heading}</h4>` : nothing}
    <p part="hint" id=${`${id}-hint`}>${hint}</p>
    <button
      id=${`${id}-button`}
      class="primary"
      type="button"
      aria-describedby=${`${id}-hint`}
      ?disabled=${s.v.busy}
      @click=${() => s.settle(event, ['status'])}
    >
      ${label}
    </button>
  </div>`;
}

function decideForm(s: OneScope) {
  const { v, words } = s;
  const { t, w } = words;
  const invalid = v.errors.verdict ? 'true' : 'false';
  return html`<form part="step" aria-labelledby="decide-heading" novalidate @submit=${submit(s, { type: 'answer.decide' })}>
    <h4 id="decide-heading">${t('decideHeading')}</h4>
    <p part="hint">${t('decideHint')}</p>
    ${
      v.templates.length
        ? html`<div class="field" part="field">
            <label for="f-template">${t('template')}</label>
            <p class="hint" part="hint" id="h-template">${t('templateHint')}</p>
            <select
              id="f-template"
              aria-describedby="h-template"
              @change=${(e: Event) => s.send({ type: 'answer.template', templateId: (e.target as HTMLSelectElement).value })}
            >
              <option value="" ?selected=${v.values.templateId === ''}>${t('templateNone')}</option>
              ${v.templates.map(
                (tpl) =>
                  html`<option value=${tpl.id} ?selected=${v.values.templateId === tpl.id}>${tpl.label}</option>`,
              )}
            </select>
          </div>`
        : nothing
    }
    <fieldset
      class="field"
      part="field"
      role="radiogroup"
      aria-required="true"
      aria-describedby=${describedBy('verdict', false, v)}
    >
      <legend>${t('verdictLegend')}</legend>
      ${errorLine('verdict', s)}
      <div class="choices">
        ${VERDICTS.map((verdict) => {
          const id = `${fieldId('verdict')}-${verdict}`;
          return html`<div class="choice">
            <input
              type="radio"
              id=${id}
              name="verdict"
              .value=${verdict}
              .checked=${live(v.values.verdict === verdict)}
              aria-invalid=${invalid}
              @change=${() => s.send({ type: 'answer.change', field: 'verdict', value: verdict })}
            />
            <label for=${id}>${w(`verdict.${verdict}`)}</label>
          </div>`;
        })}
      </div>
    </fieldset>
    ${textField({ field: 'text', label: t('textLabel'), hint: t('textHint'), multiline: true }, s)}
    ${textField({ field: 'service', label: t('serviceLabel'), hint: t('serviceHint') }, s)}
    ${
      v.values.verdict === 'duplicate'
        ? textField({ field: 'duplicateOf', label: t('duplicateLabel'), hint: t('duplicateHint') }, s)
        : nothing
    }
    <div><button id="decide-button" class="primary" type="submit" ?disabled=${v.busy}>${t('decideButton')}</button></div>
  </form>`;
}

function commitForm(s: OneScope) {
  const { t } = s.words;
  return html`<form
    part="step"
    aria-labelledby="commit-heading"
    novalidate
    @submit=${submit(s, () => ({ type: 'answer.commit', commitmentId: newCommitmentId() }))}
  >
    <h4 id="commit-heading">${t('commitHeading')}</h4>
    ${textField({ field: 'what', label: t('whatLabel'), hint: t('whatHint') }, s)}
    ${textField({ field: 'owner', label: t('ownerLabel'), hint: t('ownerHint') }, s)}
    ${textField({ field: 'due', label: t('dueLabel'), hint: t('dueHint'), type: 'date' }, s)}
    <div><button id="commit-button" class="primary" type="submit" ?disabled=${s.v.busy}>${t('commitButton')}</button></div>
  </form>`;
}

function progressForm(s: OneScope) {
  const { v, words } = s;
  const { t } = words;
  const list = v.contribution?.commitments ?? [];
  return html`<form part="step" aria-labelledby="progress-heading" novalidate @submit=${submit(s, { type: 'answer.progress' })}>
    <h4 id="progress-heading">${t('progressHeading')}</h4>
    <div class="field" part="field">
      <label for="f-commitmentId">${t('commitmentLabel')}</label>
      ${errorLine('commitmentId', s)}
      <select
        id="f-commitmentId"
        aria-required="true"
        aria-invalid=${v.errors.commitmentId ? 'true' : 'false'}
        aria-describedby=${describedBy('commitmentId', false, v)}
        @change=${(e: Event) =>
          s.send({ type: 'answer.change', field: 'commitmentId', value: (e.target as HTMLSelectElement).value })}
      >
        ${list.map((k) => html`<option value=${k.id} ?selected=${v.values.commitmentId === k.id}>${k.what}</option>`)}
      </select>
    </div>
    ${textField({ field: 'progressText', label: t('progressTextLabel'), hint: t('progressTextHint'), multiline: true }, s)}
    ${textField({ field: 'percent', label: t('percentLabel'), hint: t('percentHint'), type: 'number' }, s)}
    <div><button id="progress-button" class="primary" type="submit" ?disabled=${v.busy}>${t('progressButton')}</button></div>
  </form>`;
}

/** Both versions side by side; nothing is overwritten until the professional chooses. */
export function renderConflict(s: OneScope) {
  const { v, words } = s;
  const { t, w, c, dates } = words;
  const k = v.contribution!;
  const conflict = v.conflict;
  const intro =
    v.state === 'one.conflict.failed'
      ? html`<div part="alert" role="alert">
          <p>${t('conflictFailed')}</p>
          <button id="retry" type="button" @click=${() => s.settle({ type: 'form.retry' }, ['status'])}>${c('retry')}</button>
        </div>`
      : v.state === 'one.conflict.comparing'
        ? html`<p>${t('conflictIntro')}</p>`
        : nothing;
  const answerLines = (a: { verdict: Verdict; text: string; service: string; lang?: string } | null | undefined) =>
    a
      ? html`<p><strong>${t('verdictIs', { verdict: w(`verdict.${a.verdict}`) })}</strong></p>
          <p class="text" lang=${a.lang ?? nothing}>${a.text}</p>
          <p>${t('signedBy', { service: a.service })}</p>`
      : html`<p>${t('noAnswerYet')}</p>`;
  const mine = conflict?.mine;
  let mineText: TemplateResult | string = '';
  if (mine?.type === 'contribution.decide')
    mineText = html`<p>${t('mine.contribution.decide')}</p>${answerLines(mine.answer)}`;
  else if (mine?.type === 'contribution.publish')
    mineText = html`<p>${t('mine.contribution.publish')}</p>${answerLines(conflict?.seenAnswer)}`;
  else if (mine?.type === 'contribution.commit')
    mineText = t('mine.contribution.commit', {
      what: mine.commitment.what,
      owner: mine.commitment.owner,
      date: dates.day(mine.commitment.due),
    });
  else if (mine?.type === 'contribution.progress')
    mineText = t('mine.contribution.progress', { text: mine.update.text, percent: mine.update.percent });
  else if (mine) mineText = t(`mine.${mine.type}`);
  return html`<section part="conflict" aria-labelledby="conflict-heading">
    <h3 id="conflict-heading" tabindex="-1">${t('conflictHeading')}</h3>
    ${intro}
    ${
      v.state === 'one.conflict.comparing' && conflict
        ? html`<div class="versions">
              <section part="theirs" aria-labelledby="theirs-heading">
                <h4 id="theirs-heading">${t('theirsHeading', { date: dates.instant(k.updatedAt) })}</h4>
                <p>${t('statusIs', { status: statusWord(k.status, w, t) })}</p>
                ${answerLines(k.answer)}
              </section>
              <section part="mine" aria-labelledby="mine-heading">
                <h4 id="mine-heading">${t('mineHeading')}</h4>
                ${typeof mineText === 'string' ? html`<p>${mineText}</p>` : mineText}
              </section>
            </div>
            ${
              conflict.canUseMine
                ? html`${conflict.useMineDecidesAgain ? html`<p id="use-mine-hint" part="hint">${t('useMineDecidesAgain')}</p>` : nothing}
                    <button
                      id="use-mine"
                      class="primary"
                      type="button"
                      aria-describedby=${conflict.useMineDecidesAgain ? 'use-mine-hint' : nothing}
                      @click=${() => s.settle({ type: 'conflict.useMine' }, ['status'])}
                    >
                      ${t('useMine')}
                    </button>`
                : html`<p>${t('mineImpossible', { status: statusWord(k.status, w, t) })}</p>`
            }
            <button id="keep-theirs" type="button" @click=${() => s.settle({ type: 'conflict.keepTheirs' }, ['status'])}>
              ${t('keepTheirs')}
            </button>`
        : nothing
    }
  </section>`;
}
