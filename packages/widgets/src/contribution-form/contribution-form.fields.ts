import type { ContributionFormApi, FormField } from '@participe/core';
import { html, nothing, type TemplateResult } from 'lit';

/** What a field template needs: the form's api, the sentence naming a field's error, the optional marker. */
export interface FieldScope {
  api: ContributionFormApi;
  /** The sentence naming the field's error, with a valid example. */
  errorText(field: FormField): string;
  optionalText: string;
}

type Props = ReturnType<ContributionFormApi['getFieldProps']>;

const errorLine = (p: Props, s: FieldScope) =>
  p.error ? html`<p class="error" part="error" id=${p.errorId}>${s.errorText(p.name)}</p>` : nothing;

const hintLine = (p: Props, hint: string | undefined) =>
  hint ? html`<p class="hint" part="hint" id=${p.hintId}>${hint}</p>` : nothing;

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
  const p = s.api.getFieldProps(o.field, !!o.hint);
  const onInput = (e: Event) => s.api.change(o.field, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = o.multiline
    ? html`<textarea
        id=${p.id}
        name=${p.name}
        rows="6"
        aria-invalid=${p.invalid}
        aria-required=${o.optional ? 'false' : 'true'}
        aria-describedby=${p.describedBy ?? nothing}
        .value=${p.value}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${p.id}
        name=${p.name}
        type=${o.type ?? 'text'}
        autocomplete=${o.autocomplete ?? 'off'}
        aria-invalid=${p.invalid}
        aria-required=${o.optional ? 'false' : 'true'}
        aria-describedby=${p.describedBy ?? nothing}
        .value=${p.value}
        @input=${onInput}
      />`;
  return html`<div class="field" part="field">
    <label part="label" for=${p.id}
      >${o.label}${o.optional ? html` <span class="optional">${s.optionalText}</span>` : nothing}</label
    >
    ${hintLine(p, o.hint)} ${errorLine(p, s)} ${control}
  </div>`;
}

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/**
 * A question answered by one choice: a fieldset of radios; arrow keys move between them. Every
 * such question needs its answer: the fieldset is a required radio group, named by its legend
 * (RGAA 11.10; `aria-required` is not allowed on a radio button itself).
 */
export function radioGroup(
  o: { field: Extract<FormField, 'kind' | 'consentMethod' | 'wantsContact'>; legend: string; hint?: string },
  choices: readonly Choice[],
  s: FieldScope,
): TemplateResult {
  const p = s.api.getFieldProps(o.field, !!o.hint);
  const current = String(p.value);
  return html`<fieldset
    class="field"
    part="field"
    role="radiogroup"
    aria-required="true"
    aria-describedby=${p.describedBy ?? nothing}
  >
    <legend part="label">${o.legend}</legend>
    ${hintLine(p, o.hint)} ${errorLine(p, s)}
    <div class="choices">
      ${choices.map((c, i) => {
        const id = i === 0 ? p.id : `${p.id}-${c.value}`;
        return html`<div class="choice">
          <input
            type="radio"
            id=${id}
            name=${p.name}
            .value=${c.value}
            .checked=${current === c.value}
            aria-invalid=${p.invalid}
            aria-describedby=${c.hint ? `${id}-hint` : nothing}
            @change=${() => s.api.change(o.field, o.field === 'wantsContact' ? c.value === 'true' : c.value)}
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
  const p = s.api.getFieldProps(o.field);
  return html`<div class="field" part="field">
    <label part="label" for=${p.id}>${o.label}</label>
    ${errorLine(p, s)}
    <select
      id=${p.id}
      name=${p.name}
      aria-invalid=${p.invalid}
      aria-required="true"
      aria-describedby=${p.describedBy ?? nothing}
      @change=${(e: Event) => s.api.change(o.field, (e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${p.value === ''}>${o.placeholder}</option>
      ${choices.map((c) => html`<option value=${c.value} ?selected=${p.value === c.value}>${c.label}</option>`)}
    </select>
  </div>`;
}

/** A single consent box: checking it is the answer. */
export function checkboxField(o: { field: Extract<FormField, 'contactConsent'>; label: string }, s: FieldScope) {
  const p = s.api.getFieldProps(o.field);
  return html`<div class="field" part="field">
    ${errorLine(p, s)}
    <div class="choice">
      <input
        type="checkbox"
        id=${p.id}
        name=${p.name}
        .checked=${p.value === true}
        aria-invalid=${p.invalid}
        aria-describedby=${p.describedBy ?? nothing}
        @change=${(e: Event) => s.api.change(o.field, (e.target as HTMLInputElement).checked)}
      />
      <label part="label" for=${p.id}>${o.label}</label>
    </div>
  </div>`;
}
