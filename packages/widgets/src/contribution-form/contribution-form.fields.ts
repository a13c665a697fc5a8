import type { FieldError, FormField, FormValues } from '@participe/core';
import { html, nothing, type TemplateResult } from 'lit';

/** What a field template needs from the form: the values, the errors and how to report a change. */
export interface FieldScope {
  values: FormValues;
  errors: Partial<Record<FormField, FieldError>>;
  /** The sentence naming the field's error, with a valid example. */
  errorText(field: FormField): string;
  optionalText: string;
  change(field: FormField, value: string | boolean): void;
}

/** Ids are scoped to the shadow root, so fixed ids are safe with several forms on a page. */
export const fieldId = (field: FormField) => `f-${field}`;
const hintId = (field: FormField) => `h-${field}`;
const errorId = (field: FormField) => `e-${field}`;

const describedBy = (field: FormField, hint: boolean, s: FieldScope) =>
  [hint ? hintId(field) : '', s.errors[field] ? errorId(field) : ''].filter(Boolean).join(' ') || nothing;

const errorLine = (field: FormField, s: FieldScope) =>
  s.errors[field] ? html`<p class="error" part="error" id=${errorId(field)}>${s.errorText(field)}</p>` : nothing;

const hintLine = (field: FormField, hint: string | undefined) =>
  hint ? html`<p class="hint" part="hint" id=${hintId(field)}>${hint}</p>` : nothing;

interface TextOptions {
  field: Extract<FormField, 'title' | 'body' | 'territory' | 'pseudonym' | 'email' | 'phone' | 'onBehalfOf'>;
  label: string;
  hint?: string;
  optional?: boolean;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
}

/**
 * A labelled text control, announced as required unless it is marked optional (the
 * visible convention: optional fields say so in their label — RGAA 11.10). No `maxlength`: a pasted text that is too long is shown whole,
 * with an error saying by how much, rather than silently cut.
 */
export function textField(o: TextOptions, s: FieldScope): TemplateResult {
  const invalid = s.errors[o.field] ? 'true' : 'false';
  const onInput = (e: Event) => s.change(o.field, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = o.multiline
    ? html`<textarea
        id=${fieldId(o.field)}
        name=${o.field}
        rows="6"
        aria-invalid=${invalid}
        aria-required=${o.optional ? 'false' : 'true'}
        aria-describedby=${describedBy(o.field, !!o.hint, s)}
        .value=${s.values[o.field]}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${fieldId(o.field)}
        name=${o.field}
        type=${o.type ?? 'text'}
        autocomplete=${o.autocomplete ?? 'off'}
        aria-invalid=${invalid}
        aria-required=${o.optional ? 'false' : 'true'}
        aria-describedby=${describedBy(o.field, !!o.hint, s)}
        .value=${s.values[o.field]}
        @input=${onInput}
      />`;
  return html`<div class="field" part="field">
    <label part="label" for=${fieldId(o.field)}
      >${o.label}${o.optional ? html` <span class="optional">${s.optionalText}</span>` : nothing}</label
    >
    ${hintLine(o.field, o.hint)} ${errorLine(o.field, s)} ${control}
  </div>`;
}

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/** A question answered by one choice: a fieldset of radios; arrow keys move between them. */
export function radioGroup(
  o: { field: Extract<FormField, 'kind' | 'consentMethod' | 'wantsContact'>; legend: string; hint?: string },
  choices: readonly Choice[],
  s: FieldScope,
): TemplateResult {
  const current = String(s.values[o.field]);
  const invalid = s.errors[o.field] ? 'true' : 'false';
  return html`<fieldset class="field" part="field" aria-describedby=${describedBy(o.field, !!o.hint, s)}>
    <legend part="label">${o.legend}</legend>
    ${hintLine(o.field, o.hint)} ${errorLine(o.field, s)}
    <div class="choices">
      ${choices.map((c, i) => {
        const id = i === 0 ? fieldId(o.field) : `${fieldId(o.field)}-${c.value}`;
        return html`<div class="choice">
          <input
            type="radio"
            id=${id}
            name=${o.field}
            .value=${c.value}
            .checked=${current === c.value}
            aria-invalid=${invalid}
            aria-describedby=${c.hint ? `${id}-hint` : nothing}
            @change=${() => s.change(o.field, o.field === 'wantsContact' ? c.value === 'true' : c.value)}
          />
          <label for=${id}>${c.label}</label>
          ${c.hint ? html`<span class="hint" id=${`${id}-hint`}>${c.hint}</span>` : nothing}
        </div>`;
      })}
    </div>
  </fieldset>`;
}

/** A question answered from a list; `?selected` because options render after the select's own bindings. */
export function selectField(
  o: { field: Extract<FormField, 'theme'>; label: string; placeholder: string },
  choices: readonly Choice[],
  s: FieldScope,
): TemplateResult {
  const current = String(s.values[o.field]);
  return html`<div class="field" part="field">
    <label part="label" for=${fieldId(o.field)}>${o.label}</label>
    ${errorLine(o.field, s)}
    <select
      id=${fieldId(o.field)}
      name=${o.field}
      aria-invalid=${s.errors[o.field] ? 'true' : 'false'}
      aria-required="true"
      aria-describedby=${describedBy(o.field, false, s)}
      @change=${(e: Event) => s.change(o.field, (e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${current === ''}>${o.placeholder}</option>
      ${choices.map((c) => html`<option value=${c.value} ?selected=${current === c.value}>${c.label}</option>`)}
    </select>
  </div>`;
}

/** A single consent box: checking it is the answer. */
export function checkboxField(o: { field: Extract<FormField, 'contactConsent'>; label: string }, s: FieldScope) {
  return html`<div class="field" part="field">
    ${errorLine(o.field, s)}
    <div class="choice">
      <input
        type="checkbox"
        id=${fieldId(o.field)}
        name=${o.field}
        .checked=${s.values[o.field] === true}
        aria-invalid=${s.errors[o.field] ? 'true' : 'false'}
        aria-describedby=${describedBy(o.field, false, s)}
        @change=${(e: Event) => s.change(o.field, (e.target as HTMLInputElement).checked)}
      />
      <label part="label" for=${fieldId(o.field)}>${o.label}</label>
    </div>
  </div>`;
}
