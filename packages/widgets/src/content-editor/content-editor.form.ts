// The resource's form: each citizen text with its FALC version beside it, steps added and
// removed one by one, the API's refusals under the control they name. The element passes
// the draft and its intents; nothing here keeps state.
import type { CouncilText } from '@participe/core';
import { html, nothing } from 'lit';
import { falcMissingOf, type ResourceDraft, TEXT_FIELDS, type TextField } from './content-editor.api.js';
import type { Key, Words } from './content-editor.words.js';

/** One refusal of the API, placed on the control its path names (`''`: none, the summary only). */
export interface FieldError {
  control: string;
  text: string;
}

export interface FormIntents {
  text(field: TextField | `steps.${number}`, side: 'standard' | 'falc', value: string): void;
  duration(value: string): void;
  addStep(): void;
  removeStep(index: number): void;
}

/** The control a path of the API's names: `title.falc` → `title-falc`, `steps.1` → `steps-1-standard`. */
export function controlOf(path: string, steps: number): string {
  const [head, second, third] = path.split('.');
  if ((TEXT_FIELDS as readonly string[]).includes(head!)) return `${head}-${second === 'falc' ? 'falc' : 'standard'}`;
  if (head === 'steps') {
    const i = Number(second);
    if (Number.isInteger(i) && i >= 0 && i < steps) return `steps-${i}-${third === 'falc' ? 'falc' : 'standard'}`;
    return 'add-step';
  }
  return head === 'duration' ? 'duration' : '';
}

/** The words of the API's refusals: the field's name, the reason, a valid example. */
export function fieldErrors(
  issues: Array<{ path: string; message: string }>,
  steps: number,
  { t }: Words,
): FieldError[] {
  return issues.map(({ path, message }) => {
    const head = path.split('.')[0] || 'title';
    const known = ['title', 'summary', 'whenToUse', 'steps', 'duration'].includes(head);
    const step = head === 'steps' && path.split('.')[1];
    const field = known
      ? step && /^\d+$/.test(step)
        ? `${t('field.steps')}, ${t('field.step', { n: Number(step) + 1 })}`
        : t(`field.${head}` as Key)
      : path || t('heading');
    const example = known ? t(`example.${head}` as Key) : '';
    return {
      control: controlOf(path, steps),
      text: example ? t('error.field', { field, message: message.trim(), example }) : `${field} : ${message}`,
    };
  });
}

const ids = (...list: Array<string | false>) => list.filter(Boolean).join(' ') || nothing;

function pair(
  id: string,
  label: string,
  value: CouncilText,
  rows: number,
  errors: FieldError[],
  onInput: (side: 'standard' | 'falc', value: string) => void,
  w: Words,
) {
  const { t } = w;
  const noFalc = !value.falc?.trim();
  const control = (side: 'standard' | 'falc') => {
    const cid = `${id}-${side}`;
    const error = errors.find((e) => e.control === cid);
    const described = ids(error ? `${cid}-error` : false, side === 'falc' && noFalc ? `${id}-nofalc` : false);
    return html`<div class="side">
      <label for=${cid}>${t(side)}</label>
      ${
        rows === 1
          ? html`<input
              id=${cid}
              type="text"
              autocomplete="off"
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${described}
              .value=${value[side] ?? ''}
              @input=${(e: Event) => onInput(side, (e.target as HTMLInputElement).value)}
            />`
          : html`<textarea
              id=${cid}
              rows=${rows}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${described}
              .value=${value[side] ?? ''}
              @input=${(e: Event) => onInput(side, (e.target as HTMLTextAreaElement).value)}
            ></textarea>`
      }
      ${error ? html`<p id=${`${cid}-error`} part="field-error" class="error">${error.text}</p>` : nothing}
    </div>`;
  };
  return html`<fieldset part="field" class="pair">
    <legend>${label}</legend>
    ${control('standard')} ${control('falc')}
    ${noFalc ? html`<p id=${`${id}-nofalc`} part="no-falc" class="flag">${t('noFalc')}</p>` : nothing}
  </fieldset>`;
}

/** The form's fields; its buttons are the element's. */
export function renderFields(d: ResourceDraft, errors: FieldError[], on: FormIntents, w: Words) {
  const { t } = w;
  const durationError = errors.find((e) => e.control === 'duration');
  const stepsError = errors.find((e) => e.control === 'add-step');
  return html`${TEXT_FIELDS.map((f) =>
    pair(f, t(`field.${f}`), d[f], f === 'title' ? 1 : 3, errors, (side, v) => on.text(f, side, v), w),
  )}
    <fieldset part="steps">
      <legend>${t('field.steps')}</legend>
      ${d.steps.map(
        (s, i) => html`${pair(
          `steps-${i}`,
          t('field.step', { n: i + 1 }),
          s,
          2,
          errors,
          (side, v) => on.text(`steps.${i}`, side, v),
          w,
        )}
          <div part="actions">
            <button id=${`remove-step-${i}`} type="button" @click=${() => on.removeStep(i)}>
              ${t('step.remove', { n: i + 1 })}
            </button>
          </div>`,
      )}
      <div part="actions">
        <button
          id="add-step"
          type="button"
          aria-describedby=${stepsError ? 'add-step-error' : nothing}
          @click=${on.addStep}
        >
          ${t('step.add')}
        </button>
      </div>
      ${stepsError ? html`<p id="add-step-error" part="field-error" class="error">${stepsError.text}</p>` : nothing}
    </fieldset>
    <div class="field" part="field">
      <label for="duration">${t('field.duration')}</label>
      <p id="duration-hint" class="hint">${t('hint.duration')}</p>
      <input
        id="duration"
        type="text"
        autocomplete="off"
        aria-invalid=${durationError ? 'true' : 'false'}
        aria-describedby=${ids('duration-hint', durationError ? 'duration-error' : false)}
        .value=${d.duration}
        @input=${(e: Event) => on.duration((e.target as HTMLInputElement).value)}
      />
      ${durationError ? html`<p id="duration-error" part="field-error" class="error">${durationError.text}</p>` : nothing}
    </div>`;
}

/** A text's path as the API names it (`summary`, `steps.2`), in the editor's words. */
export function pathLabel(path: string, { t }: Words): string {
  const [head, index] = path.split('.');
  if (head === 'steps' && index && /^\d+$/.test(index)) return t('field.step', { n: Number(index) + 1 });
  return ['title', 'summary', 'whenToUse', 'steps', 'duration'].includes(head!) ? t(`field.${head}` as Key) : path;
}

/** The draft's texts without their FALC version, named: said before saving, never refused. */
export const missingLabels = (d: ResourceDraft, w: Words) => falcMissingOf(d).map((p) => pathLabel(p, w));
