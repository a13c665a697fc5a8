import {
  type ContentEditorFocus,
  type ContentEditorView,
  type CouncilText,
  connectContentEditor,
  contentDraftOf,
  contentEditorActors,
  contentEditorMachine,
  deviceContentDraftOf,
  type EditableEntry,
  PHASE_IDS,
  type PhaseId,
} from '@participe/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ActorController } from '../controllers/actor-controller.js';
import { localeOf } from '../i18n/i18n.js';
import { failureMessage } from '../internal/failure.js';
import { ParticipeElement } from '../internal/participe-element.js';
import { TokenRetry } from '../internal/token-retry.js';
import { adminFormStyles } from '../styles/admin-form.js';
import { frameStyles } from '../styles/frame.js';
import { listStyles } from '../styles/list.js';
import { tokens } from '../styles/tokens.js';
import { type ContentEditorApi, type ContentVersionRead, contentPort, httpContentApi } from './content-editor.api.js';
import { contentDrafts, councilKey } from './content-editor.drafts.js';
import {
  type FormIntents,
  fieldErrors,
  missingLabels,
  pathLabel,
  renderFields,
  renderFixed,
} from './content-editor.form.js';
import { contentEditorStyles } from './content-editor.styles.js';
import { type Key, type Words, wordsFor } from './content-editor.words.js';

/** Where focus goes, by the element's ids. */
const focusId = (f: ContentEditorFocus): string => {
  switch (f.to) {
    case 'form':
      return 'form-title';
    case 'conflict':
      return 'conflict-title';
    case 'errors':
      return 'error-summary';
    case 'history':
      return 'history-title';
    case 'historyButton':
      return 'history';
    case 'entry':
      return `open-${f.id}`;
    case 'item':
      return `${f.list}-${f.index}-standard`;
    case 'add':
      return `add-${f.list}`;
    default:
      return f.to;
  }
};

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
 * @csspart restored - Changes kept on this device after a reload, not saved yet, and the button to drop them.
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

  #http: { endpoint: string; api: ContentEditorApi | null } | null = null;
  /** The last focus move made, so each is made once. */
  #focusSeen = 0;

  constructor() {
    super();
    this.endpoint = '';
    this.api = null;
    this.token = null;
    this.langAttribute = '';
    // The host signs the editor in after the first attempt, or while it is on its way: try again with the token.
    this.addController(
      new TokenRetry({
        token: () => this.token,
        status: () => {
          const s = this.#actor.snapshot;
          return s.matches('loading') ? 'busy' : s.matches('failed') ? 'failed' : 'settled';
        },
        retry: () => this.#actor.send({ type: 'content.retry' }),
      }),
    );
  }

  /** The API, resolved at each request, so a token the host sets later is used. */
  async #port() {
    if (this.api) return contentPort(this.api);
    const endpoint = this.endpoint.trim();
    if (!endpoint) return null;
    if (this.#http?.endpoint !== endpoint) {
      this.#http = { endpoint, api: await httpContentApi(endpoint, () => this.token) };
    }
    return this.#http.api && contentPort(this.#http.api);
  }

  readonly #actor = new ActorController(
    this,
    () =>
      contentEditorMachine.provide({
        actors: contentEditorActors(
          () => this.#port(),
          async () => (await contentDrafts()).load(this.#council()),
        ),
      }),
    () => ({ locale: localeOf(this) }),
  );

  #council() {
    return councilKey(this.endpoint, this.api);
  }

  /** What the device keeps, as last written (without its time), so it is written only on a change. */
  #lastKept = '';

  /** Writes the edit the server does not have yet to this device, or forgets it once saved, discarded or closed. */
  #keepOnDevice() {
    const kept = deviceContentDraftOf(this.#actor.snapshot, new Date().toISOString());
    if (kept === undefined) return;
    const key = JSON.stringify(kept && { ...kept, at: '' });
    if (key === this.#lastKept) return;
    this.#lastKept = key;
    const council = this.#council();
    void contentDrafts()
      .then((d) => (kept ? d.save(council, kept) : d.clear(council)))
      .catch(() => undefined);
  }

  #view(): ContentEditorView {
    return connectContentEditor(this.#actor.snapshot, (event) => this.#actor.send(event));
  }

  #ready() {
    return Boolean(this.api || this.endpoint.trim());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('endpoint') || changed.has('langAttribute')) {
      this.#actor.restart();
      this.#focusSeen = 0;
      this.#lastKept = '';
      if (this.#ready()) this.#actor.send({ type: 'content.load' });
    }
  }

  protected override updated(): void {
    this.#keepOnDevice();
    const { focus, focusSeq } = this.#actor.snapshot.context;
    if (focus && focusSeq !== this.#focusSeen) {
      this.#focusSeen = focusSeq;
      (this.renderRoot as ShadowRoot).getElementById(focusId(focus))?.focus();
    }
  }

  #intents(v: ContentEditorView): FormIntents {
    return { text: v.text, line: v.line, add: v.add, remove: v.remove };
  }

  override render() {
    const v = this.#view();
    const w = wordsFor(this);
    const { t } = w;
    return html`<section part="base" aria-labelledby="heading" aria-busy=${v.busy ? 'true' : 'false'} data-state=${v.state} data-kind=${v.kind}>
      <h2 id="heading" part="heading" tabindex="-1">${t('heading')}</h2>
      ${v.listing ? this.#kinds(v, w) : nothing}
      <p id="status" part="status" role="status">${this.#status(v, w)}</p>
      ${v.state === 'failed' ? this.#error(v, w) : nothing}
      ${v.state === 'list' || v.state === 'loading' ? this.#list(v, w) : nothing}
      ${v.writing ? this.#form(v, w) : nothing}
      ${v.state === 'conflict' ? this.#conflict(v, w) : nothing}
    </section>`;
  }

  #kinds(v: ContentEditorView, { t }: Words) {
    return html`<div part="kinds" role="group" aria-label=${t('kinds.label')}>
      ${v.kinds.map(
        (k) => html`<button id=${`kind-${k}`} type="button" aria-pressed=${k === v.kind ? 'true' : 'false'}
          @click=${() => v.choose(k)}>${t(`kind.${k}`)}</button>`,
      )}
    </div>`;
  }

  #status(v: ContentEditorView, { t }: Words) {
    if (v.state === 'loading') return t(`loading.${v.kind}`);
    if (v.state === 'opening') return t('opening');
    if (v.state === 'saving') return t('saving');
    const s = v.saved;
    if (s) {
      const n = s.falcMissing?.length ?? 0;
      const params = { noun: t(`noun.${v.kind}`), title: v.nameOf(s), version: s.version, n };
      return n ? t('savedFalcMissing', params) : t('saved', params);
    }
    if (v.restored) return t('restored', { title: v.nameOf(v.current) });
    if (v.state === 'list') return t(`count.${v.kind}`, { n: v.total });
    return '';
  }

  #error(v: ContentEditorView, { t }: Words) {
    const status = v.failure?.status;
    const message = failureMessage(v.failure, {
      unauthorized: t('unauthorized'),
      forbidden: t('forbidden'),
      notFound: t('notFound'),
      failed: t('failed'),
    });
    return html`<div part="error" role="alert">
      <p>${message}</p>
      ${status === 403 ? nothing : html`<button id="retry" type="button" @click=${v.retry}>${t('retry')}</button>`}
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

  #list(v: ContentEditorView, w: Words) {
    const { t } = w;
    const kind = v.kind;
    const search = (e: SubmitEvent) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      const phase = form.elements.namedItem('phase') as HTMLSelectElement | null;
      v.search((form.elements.namedItem('q') as HTMLInputElement).value, (phase?.value ?? '') as PhaseId | '');
    };
    return html`<form part="filters" role="search" @submit=${search}>
        <div class="field">
          <label for="q">${t(`search.${kind}`)}</label>
          <input id="q" name="q" type="search" autocomplete="off" .value=${v.q} />
        </div>
        ${
          v.byPhase
            ? html`<div class="field">
                <label for="phase">${t('phase.label')}</label>
                <select id="phase" name="phase">
                  <option value="" ?selected=${!v.phase}>${t('phase.all')}</option>
                  ${PHASE_IDS.map((p) => html`<option value=${p} ?selected=${v.phase === p}>${t(`phase.${p}`)}</option>`)}
                </select>
              </div>`
            : nothing
        }
        <div part="actions"><button id="search" class="primary" type="submit">${t('search.submit')}</button></div>
      </form>
      ${
        v.state === 'list' && v.items.length === 0
          ? html`<p>${t(`empty.${kind}`)}</p>`
          : html`<ul part="items" aria-labelledby="heading">
              ${v.items.map(
                (r) => html`<li part="item">
                  <h3 id=${`title-${r.id}`} part="item-title">${v.nameOf(r)}</h3>
                  <p part="item-meta">${this.#meta(r, w)}</p>
                  <div part="actions">
                    <button id=${`open-${r.id}`} type="button" aria-describedby=${`title-${r.id}`} @click=${() => v.open(r.id)}>
                      ${t('open')}
                    </button>
                  </div>
                </li>`,
              )}
            </ul>`
      }`;
  }

  #form(v: ContentEditorView, w: Words) {
    const { t } = w;
    const kind = v.kind;
    const current = v.current!;
    const draft = v.draft!;
    const submit = (e: SubmitEvent) => {
      e.preventDefault();
      v.save();
    };
    const errors = fieldErrors(kind, v.issues, draft, w);
    const missing = missingLabels(kind, draft, w).join(', ');
    return html`<form part="form" novalidate aria-labelledby="form-title" @submit=${submit}>
        <h3 id="form-title" tabindex="-1">${t('form.title', { title: v.nameOf(current) })}</h3>
        <p part="item-meta">${t('version', { version: current.version })}${
          missing ? html` · <span class="flag">${t('falcMissingBadge', { fields: missing })}</span>` : nothing
        }</p>
        ${
          v.restored
            ? html`<div part="restored">
                <p>${t('restored.text')}</p>
                <div part="actions"><button id="discard" type="button" @click=${v.discard}>${t('restored.discard')}</button></div>
              </div>`
            : nothing
        }
        ${renderFixed(kind, current, w)}
        <p>${t('form.intro')}</p>
        ${
          errors.length
            ? html`<div id="error-summary" part="error-summary" role="alert" tabindex="-1">
                <p>${t('rejected', { n: errors.length })}</p>
                <ul>${errors.map((e) => html`<li>${e.text}</li>`)}</ul>
              </div>`
            : nothing
        }
        ${renderFields(kind, draft, errors, this.#intents(v), w)} ${this.#actionError(v, w)}
        <div part="actions">
          <button id="save" class="primary" type="submit">${t('save')}</button>
          <button id="history" type="button" @click=${v.showHistory}>${t('history')}</button>
          <button id="close" type="button" @click=${v.close}>${t('close')}</button>
        </div>
      </form>
      ${this.#historyView(v, w)}`;
  }

  #actionError(v: ContentEditorView, { t }: Words) {
    const f = v.actionFailure;
    if (!f) return nothing;
    const message = failureMessage(f, { denied: t('actionForbidden'), failed: t('actionFailed') });
    return html`<p id="failure" part="failure" role="alert" tabindex="-1">${message}</p>`;
  }

  #historyView(v: ContentEditorView, w: Words) {
    const { t, dates } = w;
    const h = v.history;
    if (h === null) return nothing;
    if (h === 'loading') return html`<p part="history">${t('history.loading')}</p>`;
    if (h === 'failed')
      return html`<p id="history-title" part="history failure" role="alert" tabindex="-1">${t('history.failed')}</p>`;
    const who = ({ id, role }: ContentVersionRead['actor']) =>
      t(role === 'admin' ? 'history.admin' : role === 'editor' ? 'history.editor' : 'history.someone', {
        id: id ?? '',
      });
    const line = (version: ContentVersionRead) => {
      const params = { version: version.version, date: dates.instant(version.at) };
      // The first version is the pack the council started from: no one to name, nothing changed.
      if (version.actor.id === null) return t('history.seed', params);
      return t('history.entry', {
        ...params,
        who: who(version.actor),
        changes: version.changes.map((p) => pathLabel(p, w)).join(', '),
      });
    };
    return html`<section part="history" aria-labelledby="history-title">
      <h3 id="history-title" tabindex="-1">${t('history.title', { title: v.nameOf(v.current) })}</h3>
      <ol>
        ${h.map(
          (version) => html`<li>
            ${line(version)}
          </li>`,
        )}
      </ol>
      <button id="hide-history" type="button" @click=${v.hideHistory}>${t('history.hide')}</button>
    </section>`;
  }

  #conflict(v: ContentEditorView, w: Words) {
    const { t } = w;
    const theirs = v.theirs;
    const text = (label: string, value: CouncilText | string) => {
      const { standard, falc } = typeof value === 'string' ? { standard: value, falc: '' } : value;
      return html`<dt>${label}</dt>
        <dd>${standard}${falc ? html`<br /><span class="hint">${t('falc')} : ${falc}</span>` : nothing}</dd>`;
    };
    const f = v.fields;
    const d = theirs ? contentDraftOf(v.kind, theirs) : null;
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
        ${
          theirs
            ? html`<button id="mine" class="primary" type="button" @click=${v.keepMine}>${t('conflict.mine')}</button>
                <button id="theirs" type="button" @click=${v.takeTheirs}>${t('conflict.reload')}</button>`
            : nothing
        }
      </div>
    </div>`;
  }
}
