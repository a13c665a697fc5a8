// An entry's form, whatever its kind: each citizen text with its FALC version beside it,
// lists whose items are added and removed one by one, one-line texts, the fields the editor
// may not change shown as they are, and the API's refusals under the control they name.
// The element passes the draft and its intents; nothing here keeps state.
import {
  CONTENT_KIND_FIELDS,
  type ContentDraft,
  type ContentEditorKind,
  type ContentKindFields,
  type CouncilText,
  contentFalcMissingOf,
  contentFixedOf,
  type EditableEntry,
} from '@participe/core';
import { html, nothing } from 'lit';
import type { Key, Words } from './content-editor.words.js';

/** One refusal of the API, placed on the control its path names (`''`: none, the summary only). */
export interface FieldError {
  control: string;
  text: string;
}

export interface FormIntents {
  text(path: string, side: 'standard' | 'falc', value: string): void;
  line(field: string, value: string): void;
  add(list: string): void;
  remove(list: string, index: number): void;
}

const fieldsOf = (kind: ContentEditorKind): ContentKindFields => CONTENT_KIND_FIELDS[kind];

/** Every field any kind has, so a path of the API's is named in words when it can be. */
const NAMED = new Set(
  Object.values(CONTENT_KIND_FIELDS).flatMap((f: ContentKindFields) => [
    ...f.texts,
    ...f.lists,
    ...f.lines,
    ...f.fixed,
  ]),
);
const LISTS = new Set(Object.values(CONTENT_KIND_FIELDS).flatMap((f: ContentKindFields) => f.lists));
const isIndex = (s: string | undefined): s is string => s !== undefined && /^\d+$/.test(s);

/** The control a path of the API's names: `title.falc` → `title-falc`, `steps.1` → `steps-1-standard`. */
export function controlOf(kind: ContentEditorKind, path: string, d: ContentDraft): string {
  const f = fieldsOf(kind);
  const [head = '', second, third] = path.split('.');
  if (f.texts.includes(head)) return `${head}-${second === 'falc' ? 'falc' : 'standard'}`;
  if (f.lists.includes(head)) {
    const i = Number(second);
    if (isIndex(second) && i < (d.lists[head]?.length ?? 0))
      return `${head}-${i}-${third === 'falc' ? 'falc' : 'standard'}`;
    return `add-${head}`;
  }
  return f.lines.includes(head) ? head : '';
}

/** A text's path as the API names it (`summary`, `steps.2`), in the editor's words. */
export function pathLabel(path: string, { t }: Words): string {
  const [head = '', index] = path.split('.');
  if (!NAMED.has(head)) return path;
  return isIndex(index) && LISTS.has(head)
    ? t(`item.${head}` as Key, { n: Number(index) + 1 })
    : t(`field.${head}` as Key);
}

/** The words of the API's refusals: the field's name, the reason, a valid example. */
export function fieldErrors(
  kind: ContentEditorKind,
  issues: Array<{ path: string; message: string }>,
  d: ContentDraft,
  w: Words,
): FieldError[] {
  const { t } = w;
  const f = fieldsOf(kind);
  const editable = [...f.texts, ...f.lists, ...f.lines];
  return issues.map(({ path, message }) => {
    const [head = '', index] = path.split('.');
    const known = editable.includes(head);
    const field = !known
      ? path || t('heading')
      : f.lists.includes(head) && isIndex(index)
        ? `${t(`field.${head}` as Key)}, ${t(`item.${head}` as Key, { n: Number(index) + 1 })}`
        : t(`field.${head}` as Key);
    const example = known ? t(`example.${head}` as Key) : '';
    return {
      control: controlOf(kind, path, d),
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

function list(name: string, items: CouncilText[], errors: FieldError[], on: FormIntents, w: Words) {
  const { t } = w;
  const error = errors.find((e) => e.control === `add-${name}`);
  return html`<fieldset part="list">
    <legend>${t(`field.${name}` as Key)}</legend>
    ${items.map(
      (s, i) => html`${pair(
        `${name}-${i}`,
        t(`item.${name}` as Key, { n: i + 1 }),
        s,
        2,
        errors,
        (side, v) => on.text(`${name}.${i}`, side, v),
        w,
      )}
        <div part="actions">
          <button id=${`remove-${name}-${i}`} type="button" @click=${() => on.remove(name, i)}>
            ${t(`remove.${name}` as Key, { n: i + 1 })}
          </button>
        </div>`,
    )}
    <div part="actions">
      <button
        id=${`add-${name}`}
        type="button"
        aria-describedby=${error ? `add-${name}-error` : nothing}
        @click=${() => on.add(name)}
      >
        ${t(`add.${name}` as Key)}
      </button>
    </div>
    ${error ? html`<p id=${`add-${name}-error`} part="field-error" class="error">${error.text}</p>` : nothing}
  </fieldset>`;
}

function line(name: string, value: string, errors: FieldError[], on: FormIntents, { t }: Words) {
  const error = errors.find((e) => e.control === name);
  return html`<div class="field" part="field">
    <label for=${name}>${t(`field.${name}` as Key)}</label>
    <p id=${`${name}-hint`} class="hint">${t(`hint.${name}` as Key)}</p>
    <input
      id=${name}
      type="text"
      autocomplete="off"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ids(`${name}-hint`, error ? `${name}-error` : false)}
      .value=${value}
      @input=${(e: Event) => on.line(name, (e.target as HTMLInputElement).value)}
    />
    ${error ? html`<p id=${`${name}-error`} part="field-error" class="error">${error.text}</p>` : nothing}
  </div>`;
}

/** A fixed field's value in words: a phase's name, a resource's kind, else as it is. */
function fixedWord(field: string, value: string, { t }: Words): string {
  if (field === 'phase' || field === 'phases') return t(`phase.${value}` as Key);
  if (field === 'type') return t(`type.${value}` as Key);
  return value;
}

/** What the editor may not change here, shown as it is. */
export function renderFixed(kind: ContentEditorKind, entry: EditableEntry, w: Words) {
  const { t } = w;
  return html`<dl part="fixed" aria-label=${t('fixed')}>
    ${contentFixedOf(kind, entry).map(
      ([field, values]) => html`<dt>${t(`field.${field}` as Key)}</dt>
        <dd>${values.length ? values.map((v) => fixedWord(field, v, w)).join(', ') : t('none')}</dd>`,
    )}
  </dl>`;
}

/** The form's fields; its buttons are the element's. The entry's name is a one-line text. */
export function renderFields(
  kind: ContentEditorKind,
  d: ContentDraft,
  errors: FieldError[],
  on: FormIntents,
  w: Words,
) {
  const f = fieldsOf(kind);
  const { t } = w;
  const lines = f.lines.map((name) => line(name, d.lines[name] ?? '', errors, on, w));
  // A term is typed first, as it names the entry; a duration comes after the texts.
  const named = f.lines.includes(f.name);
  return html`${named ? lines : nothing}
  ${f.texts.map((name) =>
    pair(
      name,
      t(`field.${name}` as Key),
      d.texts[name] ?? { standard: '' },
      name === f.name ? 1 : 3,
      errors,
      (side, v) => on.text(name, side, v),
      w,
    ),
  )}
  ${f.lists.map((name) => list(name, d.lists[name] ?? [], errors, on, w))} ${named ? nothing : lines}`;
}

/** The draft's texts without their FALC version, named: said before saving, never refused. */
export const missingLabels = (kind: ContentEditorKind, d: ContentDraft, w: Words) =>
  contentFalcMissingOf(kind, d).map((p) => pathLabel(p, w));
