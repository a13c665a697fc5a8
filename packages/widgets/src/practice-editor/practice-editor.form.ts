// The group's form: every field of a practice sheet, each with its label, hint and error in
// this shadow root; lists typed one item per line; phases as checkboxes; testimonies added
// and removed one by one. The element passes the view's intents; nothing here keeps state.
import {
  PHASE_IDS,
  PRACTICE_LIST_FIELDS,
  type PracticeEditorView,
  type PracticeFieldName,
  type PracticeListField,
  type PracticeTextField,
  TRANSFORMATION_FIELDS,
} from '@participe/core';
import { html, nothing } from 'lit';
import type { Words } from './practice-editor.words.js';

type Field = PracticeTextField | PracticeListField;

/** Fields a sheet needs to be sent to the council (the practice schema's required ones). */
const NEEDED: ReadonlySet<string> = new Set([
  'title',
  'territory',
  'territoryType',
  'startDate',
  'themes',
  'public',
  'context',
  'sharedDiagnostic',
  'objectives',
  'actions',
  'evaluation',
  'contactRole',
  'phases',
]);
const LISTS: ReadonlySet<string> = new Set(PRACTICE_LIST_FIELDS);
const ONE_LINE: ReadonlySet<string> = new Set(['title', 'territory', 'territoryType', 'startDate', 'contactRole']);
/** Fields with a hint of their own (lists also say "one per line"). */
const HINTED: ReadonlySet<string> = new Set([
  'startDate',
  'territoryType',
  'sources',
  'contactRole',
  'resourceIds',
  'problemStatement',
]);

export const SECTIONS: ReadonlyArray<[string, readonly Field[]]> = [
  ['sec.about', ['title', 'territory', 'territoryType', 'startDate', 'themes', 'public']],
  ['sec.story', ['context', 'sharedDiagnostic', 'problemStatement', 'objectives', 'actions', 'evaluation']],
  ['sec.changes', ['residents', 'professionals', 'elected', 'partners']],
  ['sec.more', ['keysOfSuccess', 'vigilance', 'perspectives', 'contactRole', 'sources', 'resourceIds']],
];

/** The words of one field's error, with a valid example. */
export function errorText(v: PracticeEditorView, field: PracticeFieldName, { t }: Words): string | null {
  const error = v.errors[field];
  if (!error) return null;
  const last = field.split('.').at(-1)!;
  const example = t(`example.${last}` as Parameters<Words['t']>[0]);
  if (error.message) return error.message;
  if (error.code === 'required') return t('error.required', { example });
  if (error.code === 'tooLong') return t('error.tooLong');
  if (error.code === 'tooMany') return t('error.tooMany');
  return t('error.invalid', { example });
}

const describedBy = (...ids: Array<string | false>) => ids.filter(Boolean).join(' ') || nothing;

function field(v: PracticeEditorView, name: Field, w: Words) {
  const { t, c } = w;
  const error = errorText(v, name, w);
  const hint = HINTED.has(name)
    ? t(`hint.${name}` as Parameters<Words['t']>[0])
    : LISTS.has(name)
      ? t('hint.lines')
      : '';
  const ids = describedBy(hint ? `${name}-hint` : false, error ? `${name}-error` : false);
  const onInput = (e: Event) => v.change(name, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = ONE_LINE.has(name)
    ? html`<input
        id=${name}
        name=${name}
        type="text"
        autocomplete="off"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ids}
        .value=${v.values[name]}
        @input=${onInput}
      />`
    : html`<textarea
        id=${name}
        name=${name}
        rows=${LISTS.has(name) ? 3 : 4}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ids}
        .value=${v.values[name]}
        @input=${onInput}
      ></textarea>`;
  return html`<div class="field" part="field">
    <label for=${name}>${t(`label.${name}`)} ${NEEDED.has(name) ? html`<span class="need">${c('required')}</span>` : nothing}</label>
    ${hint ? html`<p id=${`${name}-hint`} class="hint">${hint}</p>` : nothing} ${control}
    ${error ? html`<p id=${`${name}-error`} part="field-error" class="error">${error}</p>` : nothing}
  </div>`;
}

function phases(v: PracticeEditorView, w: Words) {
  const { t, c } = w;
  const error = errorText(v, 'phases', w);
  return html`<fieldset part="phases" aria-describedby=${error ? 'phases-error' : nothing}>
    <legend>${t('label.phases')} <span class="need">${c('required')}</span></legend>
    ${PHASE_IDS.map(
      (p) => html`<label class="check">
        <input
          id=${`phase-${p}`}
          type="checkbox"
          name="phases"
          value=${p}
          .checked=${v.values.phases.includes(p)}
          @change=${(e: Event) => v.setPhase(p, (e.target as HTMLInputElement).checked)}
        />
        ${t(`phase.${p}`)}
      </label>`,
    )}
    ${error ? html`<p id="phases-error" part="field-error" class="error">${error}</p>` : nothing}
  </fieldset>`;
}

function testimonies(v: PracticeEditorView, w: Words) {
  const { t, c } = w;
  return html`<fieldset part="testimonies">
    <legend>${t('sec.testimonies')} <span class="need">${c('optional')}</span></legend>
    ${v.values.testimonies.length === 0 ? html`<p>${t('testimony.none')}</p>` : nothing}
    ${v.values.testimonies.map((q, i) => {
      const id = (f: string) => `testimony-${i}-${f}`;
      const err = (f: 'role' | 'text') => errorText(v, `testimonies.${i}.${f}`, w);
      const input = (f: 'role' | 'text') => (e: Event) =>
        v.changeTestimony(i, f, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
      return html`<fieldset part="testimony">
        <legend>${t('testimony.legend', { n: i + 1 })}</legend>
        <div class="field">
          <label for=${id('viewpoint')}>${t('testimony.viewpoint')}</label>
          <select
            id=${id('viewpoint')}
            @change=${(e: Event) => v.changeTestimony(i, 'viewpoint', (e.target as HTMLSelectElement).value)}
          >
            ${TRANSFORMATION_FIELDS.map((p) => html`<option value=${p} ?selected=${q.viewpoint === p}>${t(`viewpoint.${p}`)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for=${id('role')}>${t('testimony.role')}</label>
          <input
            id=${id('role')}
            type="text"
            aria-invalid=${err('role') ? 'true' : 'false'}
            aria-describedby=${err('role') ? id('role-error') : nothing}
            .value=${q.role}
            @input=${input('role')}
          />
          ${err('role') ? html`<p id=${id('role-error')} part="field-error" class="error">${err('role')}</p>` : nothing}
        </div>
        <div class="field">
          <label for=${id('text')}>${t('testimony.text')}</label>
          <textarea
            id=${id('text')}
            rows="3"
            aria-invalid=${err('text') ? 'true' : 'false'}
            aria-describedby=${err('text') ? id('text-error') : nothing}
            .value=${q.text}
            @input=${input('text')}
          ></textarea>
          ${err('text') ? html`<p id=${id('text-error')} part="field-error" class="error">${err('text')}</p>` : nothing}
        </div>
        <button type="button" @click=${() => v.removeTestimony(i)}>${t('testimony.remove', { n: i + 1 })}</button>
      </fieldset>`;
    })}
    <button id="add-testimony" type="button" @click=${v.addTestimony}>${t('testimony.add')}</button>
  </fieldset>`;
}

/** The form's sections, fields and error summary; its buttons are the element's. */
export function renderFields(v: PracticeEditorView, w: Words) {
  const { t } = w;
  const count = Object.keys(v.errors).length;
  return html`${
    count
      ? html`<p id="error-summary" part="error-summary" role="alert" tabindex="-1">${t('errorSummary', { n: count })}</p>`
      : nothing
  }
    ${SECTIONS.map(
      ([title, fields], i) => html`<fieldset part="section">
        <legend>${t(title as Parameters<Words['t']>[0])}</legend>
        ${fields.map((f) => field(v, f, w))} ${i === 0 ? phases(v, w) : nothing}
      </fieldset>`,
    )}
    ${testimonies(v, w)}`;
}

/** The first field an error names, in the form's order: where focus goes after a refusal. */
export function firstInvalid(v: PracticeEditorView): string | null {
  for (const [, fields] of SECTIONS) {
    for (const f of fields) {
      if (v.errors[f]) return f;
      if (f === 'public' && v.errors.phases) return `phase-${PHASE_IDS[0]}`;
    }
  }
  const t = Object.keys(v.errors).find((k) => k.startsWith('testimonies.'));
  return t ? `testimony-${t.split('.')[1]}-${t.split('.')[2]}` : null;
}
