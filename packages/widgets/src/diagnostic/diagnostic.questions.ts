// One question of the diagnostic as a form control: radios, checkboxes or a text area in a
// fieldset, with its help and its error in the same shadow root. Answers go to the machine
// as they are given; `live()` puts the controls back in line when it refuses one.
import type { AnswerValue, DiagnosticEvent, DiagnosticIssue, PlainText, Question } from '@participe/core';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { diagnosticMessages } from './diagnostic.messages.js';

type Key = keyof typeof diagnosticMessages.fr;

export interface QuestionScope {
  t: (key: Key, params?: Record<string, string | number>) => string;
  /** A questionnaire text in the wording asked for, rendered as text. */
  text: (t: PlainText) => unknown;
  /** The same text as a string on one line, for names and sentences. */
  words: (t: PlainText) => string;
  /** A score in the page's language: "62,5" in French. */
  num: (n: number) => string;
  answerLabels: { yes: PlainText; no: PlainText; unsure: PlainText };
  send: (event: DiagnosticEvent) => void;
}

const KNOWN_ISSUES = new Set(['required', 'exclusive_combined', 'too_many_choices', 'too_long']);
export const issueKey = (issue: DiagnosticIssue): Key =>
  KNOWN_ISSUES.has(issue.code) ? (`issue.${issue.code}` as Key) : 'issue.other';

interface Choice {
  value: string | number;
  label: PlainText;
}

/** The choices of a question that is answered by picking, in order. */
export function choicesOf(q: Question, answerLabels: QuestionScope['answerLabels']): Choice[] {
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return q.options;
    case 'scale':
      return q.steps;
    case 'yesNoUnsure':
      return (['yes', 'no', 'unsure'] as const).map((value) => ({ value, label: answerLabels[value] }));
    default:
      return [];
  }
}

export function renderQuestion(
  q: Question,
  index: number,
  answer: AnswerValue | undefined,
  issue: DiagnosticIssue | undefined,
  s: QuestionScope,
) {
  const id = `q-${index}`;
  const described = [q.help ? `${id}-help` : '', issue ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
  const required = q.required ? html` <span class="required">${s.t('required')}</span>` : nothing;
  const help = q.help ? html`<p id=${`${id}-help`} part="help">${s.text(q.help)}</p>` : nothing;
  const error = issue
    ? html`<p id=${`${id}-error`} part="field-error"><span aria-hidden="true">⚠ </span>${s.t(issueKey(issue))}</p>`
    : nothing;
  const invalid = issue ? 'true' : 'false';

  if (q.kind === 'text') {
    const max = q.maxLength ?? 2000;
    return html`<div part="question">
      <label for=${id} part="question-label">${s.text(q.label)}${required}</label>
      ${help}
      <textarea
        id=${id}
        name=${q.id}
        rows="4"
        maxlength=${max}
        aria-describedby=${described}
        aria-invalid=${invalid}
        .value=${live(typeof answer === 'string' ? answer : '')}
        @input=${(e: InputEvent) => {
          const value = (e.target as HTMLTextAreaElement).value;
          s.send({ type: 'diagnostic.answer', questionId: q.id, value: value.trim() ? value : null });
        }}
      ></textarea>
      <p part="hint">${s.t('maxLength', { max })}</p>
      ${error}
    </div>`;
  }

  const multiple = q.kind === 'multiple';
  const chosen = (value: string | number) =>
    Array.isArray(answer) ? answer.includes(String(value)) : answer === value;
  const onChange = (e: Event) => {
    const form = (e.target as HTMLInputElement).form!;
    if (!multiple) {
      const picked = (e.target as HTMLInputElement).value;
      s.send({ type: 'diagnostic.answer', questionId: q.id, value: q.kind === 'scale' ? Number(picked) : picked });
      return;
    }
    const values = [...form.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(q.id)}"]:checked`)].map(
      (i) => i.value,
    );
    s.send({ type: 'diagnostic.answer', questionId: q.id, value: values.length ? values : null });
  };
  return html`<fieldset part="question" aria-describedby=${described}>
    <legend part="question-label">${s.text(q.label)}${required}</legend>
    ${help}
    <div part="choices">
      ${choicesOf(q, s.answerLabels).map(
        (c, k) => html`<div part="choice">
          <input
            id=${`${id}-${k}`}
            type=${multiple ? 'checkbox' : 'radio'}
            name=${q.id}
            value=${String(c.value)}
            aria-invalid=${invalid}
            .checked=${live(chosen(c.value))}
            @change=${onChange}
          />
          <label for=${`${id}-${k}`}>${s.text(c.label)}</label>
        </div>`,
      )}
    </div>
    ${error}
  </fieldset>`;
}

/** An answer in words, for the review: the labels of the choices, or the text as written. */
export function answerWords(q: Question, answer: AnswerValue | undefined, s: Pick<QuestionScope, 'answerLabels'>) {
  if (answer === undefined) return null;
  if (q.kind === 'text') return { text: String(answer) };
  const choices = choicesOf(q, s.answerLabels);
  const values = Array.isArray(answer) ? answer : [answer];
  return {
    labels: values
      .map((v) => choices.find((c) => String(c.value) === String(v))?.label)
      .filter((l): l is PlainText => l !== undefined),
  };
}
