import {
  CONTENT_EDITOR_KINDS,
  CONTENT_KIND_FIELDS,
  type ContentDraft,
  type ContentEditorKind,
  type CouncilText,
  changeDraft,
  contentBodyOf,
  contentDraftOf,
  contentNameOf,
  type EditableEntry,
  type PhaseId,
} from '@participe/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { localeOf } from '../i18n/i18n.js';
import { ParticipeElement } from '../internal/participe-element.js';
import { adminFormStyles } from '../styles/admin-form.js';
import { frameStyles } from '../styles/frame.js';
import { listStyles } from '../styles/list.js';
import { tokens } from '../styles/tokens.js';
import {
  type ApiFailure,
  type ContentEditorApi,
  type ContentVersionRead,
  failureOf,
  httpContentApi,
  kindApi,
} from './content-editor.api.js';
import {
  type FieldError,
  type FormIntents,
  fieldErrors,
  missingLabels,
  pathLabel,
  renderFields,
  renderFixed,
} from './content-editor.form.js';
import { contentEditorStyles } from './content-editor.styles.js';
import { type Key, type Words, wordsFor } from './content-editor.words.js';

const PHASES: readonly PhaseId[] = ['mobilise', 'diagnose', 'coConstruct', 'decide', 'act', 'evaluate', 'share'];

type State = 'idle' | 'loading' | 'failed' | 'list' | 'opening' | 'editing' | 'saving' | 'conflict';
type History = 'loading' | 'failed' | ContentVersionRead[] | null;

/**
 * @summary The council's content for its editors — resources, the phases of the cycle, the
 * "where do I start" questions and the glossary: choose which, find an entry by words or
 * phase, edit every text residents read with its easy-to-read (FALC) version beside it (a
 * text without one is flagged, not refused), save it against the version read, see who
 * changed what and when. Ids, kinds, phase links and tags are shown, not edited.
 *
 * @attr endpoint - Base URL of the Participe REST API, e.g. `https://participe.example.fr/api`.
 * @attr lang - The page's language is used (`fr` or `en`); set it on the element to override.
 *
 * @csspart base - The whole widget.
 * @csspart heading - The widget's title.
 * @csspart kinds - The choice of content: resources, phases, questions, glossary.
 * @csspart status - The live line: loading, saving, saved.
 * @csspart error - The list could not be loaded (or the session may not), and its retry button.
 * @csspart filters - The search box and the phase.
 * @csspart items - The entries found.
 * @csspart item - One entry.
 * @csspart item-title - Its name.
 * @csspart item-meta - Its kind, version and texts without their FALC version.
 * @csspart form - The entry's form.
 * @csspart fixed - What the form does not change: id, kind, phases, tags, linked resources.
 * @csspart field - A text with its FALC version, or a one-line text.
 * @csspart list - A list of texts (steps, stakes…), items added and removed.
 * @csspart no-falc - "sans version FALC" under a text whose FALC version is empty.
 * @csspart field-error - The API's refusal of a field, with a valid example.
 * @csspart error-summary - The API's refusals, listed.
 * @csspart failure - A save was not recorded.
 * @csspart conflict - Someone else saved the entry meanwhile: their version, and what to do.
 * @csspart history - Who changed the entry, when, and which fields.
 * @csspart actions - A row of buttons.
 *
 * @cssprop --participe-color-primary - Buttons and the edge of the form.
 * @cssprop --participe-color-warning - The conflict box and the FALC flags.
 * @cssprop --participe-color-danger - Errors.
 * @cssprop --participe-color-text - Text.
 * @cssprop --participe-color-muted - Secondary text.
 * @cssprop --participe-color-surface - Item background.
 * @cssprop --participe-color-surface-alt - Form sections background.
 * @cssprop --participe-color-border - Borders.
 * @cssprop --participe-color-focus - Focus ring.
 * @cssprop --participe-radius - Corner radius.
 * @cssprop --participe-space - Base spacing.
 * @cssprop --participe-font-size - Base font size.
 */
export class ParticipeContentEditor extends ParticipeElement {
  static override styles = [tokens, frameStyles, listStyles, adminFormStyles, contentEditorStyles];

  static override properties: PropertyDeclarations = {
    ...ParticipeElement.properties,
    endpoint: {},
    api: { attribute: false },
    token: { attribute: false },
    langAttribute: { attribute: 'lang' },
  };

  /** Base URL of the REST API, e.g. `https://participe.example.fr/api`. */
  declare endpoint: string;
  /** The API in-process (tests, Storybook, demos: the service `as` an editor); wins over `endpoint`. */
  declare api: ContentEditorApi | null;
  /** The editor's bearer token, set by the host page after its own login; never an attribute. */
  declare token: string | null;
  /** Mirrors the `lang` attribute so that changing it re-renders. */
  declare langAttribute: string;

  /** Where the editor is; every change renders. */
  #stateValue: State = 'idle';
  get #state(): State {
    return this.#stateValue;
  }
  set #state(next: State) {
    this.#stateValue = next;
    this.requestUpdate();
  }
  #kind: ContentEditorKind = 'resource';
  #items: EditableEntry[] = [];
  #total = 0;
  #q = '';
  #phase: PhaseId | '' = '';
  #failure: ApiFailure | null = null;
  #current: EditableEntry | null = null;
  #draft: ContentDraft | null = null;
  #errors: FieldError[] = [];
  #actionFailure: ApiFailure | null = null;
  #saved: EditableEntry | null = null;
  #theirs: EditableEntry | null = null;
  #history: History = null;
  /** Each request's turn: an answer to an older one (another search, another entry) is dropped. */
  #turn = 0;
  #http: { endpoint: string; api: ContentEditorApi | null } | null = null;

  constructor() {
    super();
    this.endpoint = '';
    this.api = null;
    this.token = null;
    this.langAttribute = '';
  }

  async #resolve() {
    if (this.api) return kindApi(this.api, this.#kind);
    const endpoint = this.endpoint.trim();
    if (!endpoint) return null;
    if (this.#http?.endpoint !== endpoint) {
      this.#http = { endpoint, api: await httpContentApi(endpoint, () => this.token) };
    }
    return this.#http.api && kindApi(this.#http.api, this.#kind);
  }

  #locale() {
    return localeOf(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('endpoint') || changed.has('langAttribute')) {
      this.#current = null;
      this.#draft = null;
      void this.#load();
    } else if (changed.has('token') && this.#state === 'failed') {
      // The host signed the editor in after the first attempt: try again with the token.
      void this.#load();
    }
  }

  async #load() {
    const turn = ++this.#turn;
    const api = await this.#resolve();
    if (turn !== this.#turn) return;
    if (!api) {
      return;
    }
    this.#state = 'loading';
    try {
      const byPhase = CONTENT_KIND_FIELDS[this.#kind].byPhase;
      const page = await api.list({
        locale: this.#locale(),
        limit: 100,
        ...(this.#q.trim() ? { q: this.#q.trim() } : {}),
        ...(this.#phase && byPhase ? { phase: this.#phase } : {}),
      });
      if (turn !== this.#turn) return;
      this.#items = page.items;
      this.#total = page.total;
      this.#failure = null;
      this.#state = 'list';
    } catch (e) {
      if (turn !== this.#turn) return;
      this.#failure = failureOf(e);
      this.#state = 'failed';
    }
  }

  #choose(kind: ContentEditorKind) {
    if (kind === this.#kind && this.#state === 'list') return;
    this.#kind = kind;
    this.#q = '';
    this.#phase = '';
    this.#items = [];
    this.#current = null;
    this.#draft = null;
    this.#saved = null;
    void this.#load();
  }

  async #open(id: string) {
    const turn = ++this.#turn;
    const api = await this.#resolve();
    if (!api || turn !== this.#turn) return;
    this.#state = 'opening';
    try {
      const entry = await api.get(id, { locale: this.#locale() });
      if (turn !== this.#turn) return;
      this.#edit(entry);
      await this.#focus('form-title');
    } catch (e) {
      if (turn !== this.#turn) return;
      this.#failure = failureOf(e);
      this.#state = 'failed';
    }
  }

  #edit(entry: EditableEntry) {
    this.#current = entry;
    this.#draft = contentDraftOf(this.#kind, entry);
    this.#errors = [];
    this.#actionFailure = null;
    this.#saved = null;
    this.#theirs = null;
    this.#history = null;
    this.#state = 'editing';
  }

  async #save(expectedVersion: number) {
    const current = this.#current;
    const draft = this.#draft;
    const kind = this.#kind;
    const api = await this.#resolve();
    if (!api || !current || !draft) return;
    const turn = ++this.#turn;
    this.#state = 'saving';
    this.#saved = null;
    try {
      const saved = await api.put(current.id, contentBodyOf(kind, current, draft), {
        locale: this.#locale(),
        expectedVersion,
      });
      if (turn !== this.#turn) return;
      this.#edit(saved);
      this.#saved = saved;
      this.#items = this.#items.map((r) => (r.id === saved.id ? saved : r));
      // Focus stays on the save button: the status line says it is saved.
      if (this.#focusAfterSave) await this.#focus('save');
    } catch (e) {
      if (turn !== this.#turn) return;
      const failure = failureOf(e);
      if (failure.status === 409 || failure.status === 412) {
        this.#state = 'conflict';
        this.#theirs = null;
        await this.#focus('conflict-title');
        try {
          const theirs = await api.get(current.id, { locale: this.#locale() });
          if (turn === this.#turn) this.#theirs = theirs;
        } catch {
          // Their version could not be read: "keep mine" is still offered with the number the API gave.
        }
        this.requestUpdate();
        return;
      }
      this.#state = 'editing';
      if ((failure.status === 400 || failure.status === 422) && failure.issues.length) {
        this.#errors = fieldErrors(kind, failure.issues, draft, wordsFor(this));
        this.#actionFailure = null;
        await this.#focus('error-summary');
      } else {
        this.#actionFailure = failure;
        await this.#focus('failure');
      }
    }
  }

  /** After "keep mine" the save button is back in the form: focus goes there, not lost. */
  #focusAfterSave = false;

  async #showHistory() {
    const current = this.#current;
    const api = await this.#resolve();
    if (!api || !current) return;
    this.#history = 'loading';
    this.requestUpdate();
    try {
      const versions = await api.history(current.id, { locale: this.#locale() });
      if (this.#current?.id !== current.id) return;
      this.#history = versions;
    } catch {
      this.#history = 'failed';
    }
    await this.#focus('history-title');
  }

  async #focus(id: string) {
    this.requestUpdate();
    await this.updateComplete;
    (this.renderRoot as ShadowRoot).getElementById(id)?.focus();
  }

  #change(change: Parameters<typeof changeDraft>[1]) {
    if (!this.#draft) return;
    this.#draft = changeDraft(this.#draft, change);
    this.#saved = null;
    this.requestUpdate();
  }

  readonly #intents: FormIntents = {
    text: (path, side, value) => this.#change({ path, side, value }),
    line: (line, value) => this.#change({ line, value }),
    add: (list) => {
      this.#change({ add: list });
      void this.#focus(`${list}-${(this.#draft?.lists[list]?.length ?? 1) - 1}-standard`);
    },
    remove: (list, index) => {
      this.#change({ remove: list, index });
      this.#errors = [];
      void this.#focus(`add-${list}`);
    },
  };

  #name(entry: EditableEntry | null) {
    return contentNameOf(this.#kind, entry);
  }

  override render() {
    const w = wordsFor(this);
    const { t } = w;
    const busy = ['loading', 'opening', 'saving'].includes(this.#state);
    return html`<section part="base" aria-labelledby="heading" aria-busy=${busy ? 'true' : 'false'} data-state=${this.#state} data-kind=${this.#kind}>
      <h2 id="heading" part="heading" tabindex="-1">${t('heading')}</h2>
      ${['list', 'loading', 'failed', 'idle'].includes(this.#state) ? this.#kinds(w) : nothing}
      <p id="status" part="status" role="status">${this.#status(w)}</p>
      ${this.#state === 'failed' ? this.#error(w) : nothing}
      ${['list', 'loading'].includes(this.#state) && this.#items ? this.#list(w) : nothing}
      ${['editing', 'saving'].includes(this.#state) ? this.#form(w) : nothing}
      ${this.#state === 'conflict' ? this.#conflict(w) : nothing}
    </section>`;
  }

  #kinds({ t }: Words) {
    return html`<div part="kinds" role="group" aria-label=${t('kinds.label')}>
      ${CONTENT_EDITOR_KINDS.map(
        (k) => html`<button id=${`kind-${k}`} type="button" aria-pressed=${k === this.#kind ? 'true' : 'false'}
          @click=${() => this.#choose(k)}>${t(`kind.${k}`)}</button>`,
      )}
    </div>`;
  }

  #status({ t }: Words) {
    const kind = this.#kind;
    if (this.#state === 'loading') return t(`loading.${kind}`);
    if (this.#state === 'opening') return t('opening');
    if (this.#state === 'saving') return t('saving');
    const s = this.#saved;
    if (s) {
      const n = s.falcMissing?.length ?? 0;
      const params = { noun: t(`noun.${kind}`), title: this.#name(s), version: s.version, n };
      return n ? t('savedFalcMissing', params) : t('saved', params);
    }
    if (this.#state === 'list') return t(`count.${kind}`, { n: this.#total });
    return '';
  }

  #error({ t }: Words) {
    const status = this.#failure?.status;
    const message =
      status === 401
        ? t('unauthorized')
        : status === 403
          ? t('forbidden')
          : status === 404
            ? t('notFound')
            : t('failed');
    return html`<div part="error" role="alert">
      <p>${message}</p>
      ${status === 403 ? nothing : html`<button id="retry" type="button" @click=${() => void this.#load()}>${t('retry')}</button>`}
    </div>`;
  }

  #meta(entry: EditableEntry, w: Words) {
    const { t } = w;
    const type = typeof entry['type'] === 'string' ? `${t(`type.${entry['type']}` as Key)} · ` : '';
    return html`${type}${t('version', { version: entry.version })}${
      entry.falcMissing?.length
        ? html` · <span class="flag">${t('falcMissingBadge', { fields: entry.falcMissing.map((p) => pathLabel(p, w)).join(', ') })}</span>`
        : nothing
    }`;
  }

  #list(w: Words) {
    const { t } = w;
    const kind = this.#kind;
    const byPhase = CONTENT_KIND_FIELDS[kind].byPhase;
    const search = (e: SubmitEvent) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      this.#q = (form.elements.namedItem('q') as HTMLInputElement).value;
      const phase = form.elements.namedItem('phase') as HTMLSelectElement | null;
      this.#phase = (phase?.value ?? '') as PhaseId | '';
      void this.#load();
    };
    return html`<form part="filters" role="search" @submit=${search}>
        <div class="field">
          <label for="q">${t(`search.${kind}`)}</label>
          <input id="q" name="q" type="search" autocomplete="off" .value=${this.#q} />
        </div>
        ${
          byPhase
            ? html`<div class="field">
                <label for="phase">${t('phase.label')}</label>
                <select id="phase" name="phase">
                  <option value="" ?selected=${!this.#phase}>${t('phase.all')}</option>
                  ${PHASES.map((p) => html`<option value=${p} ?selected=${this.#phase === p}>${t(`phase.${p}`)}</option>`)}
                </select>
              </div>`
            : nothing
        }
        <div part="actions"><button id="search" class="primary" type="submit">${t('search.submit')}</button></div>
      </form>
      ${
        this.#state === 'list' && this.#items.length === 0
          ? html`<p>${t(`empty.${kind}`)}</p>`
          : html`<ul part="items" aria-labelledby="heading">
              ${this.#items.map(
                (r) => html`<li part="item">
                  <h3 id=${`title-${r.id}`} part="item-title">${this.#name(r)}</h3>
                  <p part="item-meta">${this.#meta(r, w)}</p>
                  <div part="actions">
                    <button id=${`open-${r.id}`} type="button" aria-describedby=${`title-${r.id}`} @click=${() => void this.#open(r.id)}>
                      ${t('open')}
                    </button>
                  </div>
                </li>`,
              )}
            </ul>`
      }`;
  }

  #close = async () => {
    const id = this.#current?.id;
    this.#current = null;
    this.#draft = null;
    this.#history = null;
    this.#saved = null;
    this.#state = 'list';
    await this.#focus(id ? `open-${id}` : 'heading');
  };

  #form(w: Words) {
    const { t } = w;
    const kind = this.#kind;
    const current = this.#current!;
    const draft = this.#draft!;
    const submit = (e: SubmitEvent) => {
      e.preventDefault();
      this.#focusAfterSave = false;
      void this.#save(current.version);
    };
    const missing = missingLabels(kind, draft, w).join(', ');
    return html`<form part="form" novalidate aria-labelledby="form-title" @submit=${submit}>
        <h3 id="form-title" tabindex="-1">${t('form.title', { title: this.#name(current) })}</h3>
        <p part="item-meta">${t('version', { version: current.version })}${
          missing ? html` · <span class="flag">${t('falcMissingBadge', { fields: missing })}</span>` : nothing
        }</p>
        ${renderFixed(kind, current, w)}
        <p>${t('form.intro')}</p>
        ${
          this.#errors.length
            ? html`<div id="error-summary" part="error-summary" role="alert" tabindex="-1">
                <p>${t('rejected', { n: this.#errors.length })}</p>
                <ul>${this.#errors.map((e) => html`<li>${e.text}</li>`)}</ul>
              </div>`
            : nothing
        }
        ${renderFields(kind, draft, this.#errors, this.#intents, w)} ${this.#actionError(w)}
        <div part="actions">
          <button id="save" class="primary" type="submit">${t('save')}</button>
          <button id="history" type="button" @click=${() => void this.#showHistory()}>${t('history')}</button>
          <button id="close" type="button" @click=${this.#close}>${t('close')}</button>
        </div>
      </form>
      ${this.#historyView(w, current)}`;
  }

  #actionError({ t }: Words) {
    const f = this.#actionFailure;
    if (!f) return nothing;
    const message = f.status === 401 || f.status === 403 ? t('actionForbidden') : t('actionFailed');
    return html`<p id="failure" part="failure" role="alert" tabindex="-1">${message}</p>`;
  }

  #historyView(w: Words, current: EditableEntry) {
    const { t, dates } = w;
    const h = this.#history;
    if (h === null) return nothing;
    if (h === 'loading') return html`<p part="history">${t('history.loading')}</p>`;
    if (h === 'failed') return html`<p part="history failure" role="alert">${t('history.failed')}</p>`;
    const who = ({ id, role }: ContentVersionRead['actor']) =>
      t(role === 'admin' ? 'history.admin' : role === 'editor' ? 'history.editor' : 'history.someone', {
        id: id ?? '',
      });
    const line = (v: ContentVersionRead) => {
      const params = { version: v.version, date: dates.instant(v.at) };
      // The first version is the pack the council started from: no one to name, nothing changed.
      if (v.actor.id === null) return t('history.seed', params);
      return t('history.entry', {
        ...params,
        who: who(v.actor),
        changes: v.changes.map((p) => pathLabel(p, w)).join(', '),
      });
    };
    return html`<section part="history" aria-labelledby="history-title">
      <h3 id="history-title" tabindex="-1">${t('history.title', { title: this.#name(current) })}</h3>
      <ol>
        ${h.map(
          (v) => html`<li>
            ${line(v)}
          </li>`,
        )}
      </ol>
      <button id="hide-history" type="button" @click=${() => {
        this.#history = null;
        void this.#focus('history');
      }}>${t('history.hide')}</button>
    </section>`;
  }

  #conflict(w: Words) {
    const { t } = w;
    const theirs = this.#theirs;
    const kind = this.#kind;
    const text = (label: string, v: CouncilText | string) => {
      const { standard, falc } = typeof v === 'string' ? { standard: v, falc: '' } : v;
      return html`<dt>${label}</dt>
        <dd>${standard}${falc ? html`<br /><span class="hint">${t('falc')} : ${falc}</span>` : nothing}</dd>`;
    };
    const keepMine = () => {
      if (!theirs) return;
      this.#focusAfterSave = true;
      void this.#save(theirs.version);
    };
    const f = CONTENT_KIND_FIELDS[kind];
    const d = theirs ? contentDraftOf(kind, theirs) : null;
    return html`<div part="conflict" role="alert" aria-labelledby="conflict-title">
      <h3 id="conflict-title" tabindex="-1">${t('conflict.title')}</h3>
      <p>${t('conflict.text', { version: theirs?.version ?? '…' })}</p>
      ${
        d
          ? html`<h4>${t('conflict.theirs')}</h4>
              <dl>
                ${f.lines.map((k) => text(t(`field.${k}` as Key), d.lines[k] ?? ''))}
                ${f.texts.map((k) => text(t(`field.${k}` as Key), d.texts[k]!))}
                ${f.lists.flatMap((k) => (d.lists[k] ?? []).map((s, i) => text(t(`item.${k}` as Key, { n: i + 1 }), s)))}
              </dl>`
          : nothing
      }
      <div part="actions">
        ${theirs ? html`<button id="mine" class="primary" type="button" @click=${keepMine}>${t('conflict.mine')}</button>` : nothing}
        ${
          theirs
            ? html`<button id="theirs" type="button" @click=${() => {
                this.#edit(theirs);
                void this.#focus('form-title');
              }}>${t('conflict.reload')}</button>`
            : nothing
        }
      </div>
    </div>`;
  }
}
