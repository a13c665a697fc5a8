// Words, load error and form controls shared by the group-running widgets (members, meetings,
// attestations). Label, hint, error and control live in the same shadow root; an error names its field and shows a valid example, and is
// announced through `aria-describedby` on the control (`aria-invalid` marks it).
import type { AdminFailure, AdminFieldError } from '@participe/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { common } from '../i18n/common.messages.js';
import { datesFor } from '../i18n/dates.js';
import { localeOf, translator, type Variant } from '../i18n/i18n.js';
import { failureMessage } from './failure.js';
import { adminWords } from './space-admin.messages.js';

export type AdminTranslate = (key: keyof (typeof adminWords)['fr'], params?: Record<string, string | number>) => string;

/** The words every group widget uses besides its own: the group's (`a`), everyone's (`c`), dates. */
export function groupWordsFor(el: Element, variant: Variant) {
  const locale = localeOf(el);
  return {
    a: translator(adminWords, locale, variant) as AdminTranslate,
    c: translator(common, locale, variant),
    dates: datesFor(el),
  };
}

/** The group could not be loaded: why, in words (or "could not load"), and a retry button. */
export function loadError(words: ReturnType<typeof groupWordsFor>, failure: AdminFailure | null, retry: () => void) {
  const { a } = words;
  const message = failureMessage(failure, {
    notFound: a('failure.notFound'),
    offline: a('failure.offline'),
    unauthorized: a('failure.unauthorized'),
    failed: a('failure.load'),
  });
  return html`<div part="error" role="alert">
    <p>${message || a('failure.load')}</p>
    <button type="button" @click=${retry}>${words.c('retry')}</button>
  </div>`;
}

/**
 * The words for a failure of the back end. A refusal the form cannot point at (no field of
 * the form in error) says what the back end said, in its words (they are written for people).
 */
export function failureText(a: AdminTranslate, failure: AdminFailure | null, fieldErrors = 0): string {
  return failureMessage(failure, {
    offline: a('failure.offline'),
    unauthorized: a('failure.unauthorized'),
    forbidden: a('failure.forbidden'),
    notFound: a('failure.notFound'),
    conflict: a('failure.conflict'),
    rejected: (f) =>
      fieldErrors > 0
        ? a('failure.rejected')
        : a('failure.rejectedOther', {
            details: (f.issues ?? []).map((i) => i.message).join(' ') || (f.message ?? ''),
          }),
    failed: a('failure.error'),
  });
}

/** The sentence for an error: the field's name, what is wrong, a valid example. */
export function errorSentence(a: AdminTranslate, error: AdminFieldError, name: string, example: string): string {
  return error.code === 'tooLong'
    ? a('error.tooLong', { name, example, max: error.max ?? 0 })
    : a(`error.${error.code}`, { name, example });
}

export interface FieldOptions {
  /** Unique in the shadow root; the control's id, also the prefix of its hint and error ids. */
  id: string;
  label: string;
  hint?: string | undefined;
  /** The error sentence, or `''` when the field is fine. */
  error: string;
  optional?: boolean;
  optionalText?: string;
  value: string;
  onInput: (value: string) => void;
}

const describedBy = (o: Pick<FieldOptions, 'id' | 'hint' | 'error'>) =>
  [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ') || nothing;

const labelOf = (o: FieldOptions) =>
  html`<label part="label" for=${o.id}
    >${o.label}${o.optional ? html` <span class="optional">${o.optionalText}</span>` : nothing}</label
  >`;

const hintOf = (o: Pick<FieldOptions, 'id' | 'hint'>) =>
  o.hint ? html`<p class="hint" part="hint" id=${`${o.id}-hint`}>${o.hint}</p>` : nothing;

const errorOf = (o: Pick<FieldOptions, 'id' | 'error'>) =>
  o.error ? html`<p class="error" part="field-error" id=${`${o.id}-error`}>${o.error}</p>` : nothing;

/** A one-line text or a day (`type="date"`, value `YYYY-MM-DD`). */
export function inputField(o: FieldOptions & { type?: 'text' | 'date'; autocomplete?: string }): TemplateResult {
  return html`<div class="field" part="field">
    ${labelOf(o)} ${hintOf(o)} ${errorOf(o)}
    <input
      id=${o.id}
      name=${o.id}
      type=${o.type ?? 'text'}
      autocomplete=${o.autocomplete ?? 'off'}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-required=${o.optional ? 'false' : 'true'}
      aria-describedby=${describedBy(o)}
      .value=${live(o.value)}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;
}

export function textareaField(o: FieldOptions & { rows?: number }): TemplateResult {
  return html`<div class="field" part="field">
    ${labelOf(o)} ${hintOf(o)} ${errorOf(o)}
    <textarea
      id=${o.id}
      name=${o.id}
      rows=${o.rows ?? 5}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-required=${o.optional ? 'false' : 'true'}
      aria-describedby=${describedBy(o)}
      .value=${live(o.value)}
      @input=${(e: Event) => o.onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>
  </div>`;
}

/** A choice from a list; `placeholder` is the empty first option, when there is one. */
export function selectField(
  o: FieldOptions & { placeholder?: string; choices: ReadonlyArray<{ value: string; label: string }> },
): TemplateResult {
  return html`<div class="field" part="field">
    ${labelOf(o)} ${hintOf(o)} ${errorOf(o)}
    <select
      id=${o.id}
      name=${o.id}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-required=${o.optional ? 'false' : 'true'}
      aria-describedby=${describedBy(o)}
      @change=${(e: Event) => o.onInput((e.target as HTMLSelectElement).value)}
    >
      ${o.placeholder !== undefined ? html`<option value="" ?selected=${o.value === ''}>${o.placeholder}</option>` : nothing}
      ${o.choices.map((c) => html`<option value=${c.value} ?selected=${o.value === c.value}>${c.label}</option>`)}
    </select>
  </div>`;
}

/** A single box to tick. */
export function checkboxField(o: {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}): TemplateResult {
  return html`<div class="check" part="check">
    <input
      type="checkbox"
      id=${o.id}
      name=${o.id}
      .checked=${live(o.checked)}
      aria-describedby=${o.hint ? `${o.id}-hint` : nothing}
      @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
    />
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<p class="hint" id=${`${o.id}-hint`}>${o.hint}</p>` : nothing}
  </div>`;
}

/** Focuses the first control marked invalid, once the element has rendered its errors. */
export async function focusFirstInvalid(
  host: { updateComplete: Promise<unknown>; renderRoot: ParentNode },
  scope = '',
) {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(`${scope} [aria-invalid="true"]`)?.focus();
}
