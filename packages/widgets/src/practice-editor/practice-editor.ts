import {
  connectPracticeEditor,
  deviceDraftOf,
  type PracticeEditorEvent,
  type PracticeEditorMode,
  type PracticeEditorView,
  type PracticeView,
  practiceEditorActors,
  practiceEditorMachine,
} from '@participe/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { waitFor } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { localeOf } from '../i18n/i18n.js';
import { BackofficeElement, type LoadStatus, resolveBackoffice } from '../internal/backoffice.js';
import { failureMessage, groupLoadWords } from '../internal/failure.js';
import { frameStyles } from '../styles/frame.js';
import { listStyles } from '../styles/list.js';
import { tokens } from '../styles/tokens.js';
import { practiceDrafts } from './practice-editor.drafts.js';
import { firstInvalid, renderFields } from './practice-editor.form.js';
import { renderSheet, statusWords } from './practice-editor.sheet.js';
import { practiceEditorStyles } from './practice-editor.styles.js';
import { type Words, wordsFor } from './practice-editor.words.js';

/** Properties whose change means another list: a fresh actor, loaded again. */
const RESTART_ON = ['space', 'mode', 'backend', 'endpoint'] as const;
const BUSY_STATES = ['loading', 'checking', 'saving', 'submitting', 'acting'];

/**
 * @summary A group's practice sheets: write one with every field of the fiche (kept on this
 * device until saved), see it as it will be published, submit it to the council, read why it
 * was returned. With `mode="review"`, a council editor's queue: publish, return with a reason,
 * share a published sheet with every council.
 *
 * @attr endpoint - Base URL of the Participe REST API, e.g. `https://participe.example.fr/api`.
 * @attr space - Id or slug of the group whose sheets to write (`group` mode).
 * @attr mode - `group` (default): the group's members write; `review`: the council's editors review.
 * @attr variant - `standard` or `falc` (easy-to-read wording).
 * @attr lang - The page's language is used (`fr` or `en`); set it on the element to override.
 *
 * @csspart base - The whole widget.
 * @csspart heading - The widget's title.
 * @csspart status - The live line: loading, saved, sent, published…
 * @csspart error - The list could not be loaded, and its retry button.
 * @csspart failure - A save or a review step was not recorded.
 * @csspart items - A list of sheets.
 * @csspart item - One sheet in a list.
 * @csspart item-title - Its title.
 * @csspart item-meta - Its status, origin and the reason it was returned.
 * @csspart kept - Changes kept on this device, to resume.
 * @csspart form - The group's form.
 * @csspart section - A group of fields.
 * @csspart field - A field with its label, hint and error.
 * @csspart field-error - A field's error.
 * @csspart error-summary - How many fields to correct.
 * @csspart phases - The cycle's phases, as checkboxes.
 * @csspart testimonies - The optional testimonies.
 * @csspart testimony - One testimony.
 * @csspart notice - The council's reason a sheet was returned, or a sheet restored from this device.
 * @csspart conflict - Someone else saved the sheet meanwhile: what to do.
 * @csspart sheet - The sheet as it will be published.
 * @csspart sheet-title - Its title.
 * @csspart sheet-meta - Its territory, kind of territory and start.
 * @csspart review - A council editor's actions on the sheet.
 * @csspart reason-form - The reason a sheet is returned with.
 * @csspart actions - A row of buttons.
 *
 * @cssprop --participe-color-primary - Buttons and the edge of the form.
 * @cssprop --participe-color-warning - The conflict and notice boxes.
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
export class ParticipePracticeEditor extends BackofficeElement {
  static override styles = [tokens, frameStyles, listStyles, practiceEditorStyles];

  static override properties: PropertyDeclarations = {
    ...BackofficeElement.properties,
    mode: {},
  };

  /** `group`: a group's members write; `review`: the council's editors review. */
  declare mode: PracticeEditorMode;

  constructor() {
    super();
    this.mode = 'group';
  }

  /** What the device keeps, as last written (without its time), so it is written only on a change. */
  #lastKept = '';

  // The back end is resolved at each request, so a token the host sets later is used.
  readonly #actor = new ActorController(
    this,
    () =>
      practiceEditorMachine.provide({
        actors: practiceEditorActors(
          () => resolveBackoffice(this),
          async (space) => (await practiceDrafts()).load(space),
        ),
      }),
    () => ({ space: this.space, mode: this.#mode(), locale: localeOf(this) }),
  );

  #mode(): PracticeEditorMode {
    return this.mode === 'review' ? 'review' : 'group';
  }

  #api(): PracticeEditorView {
    return connectPracticeEditor(this.#actor.snapshot, (event) => void this.#send(event));
  }

  #ready() {
    return this.#mode() === 'review' || Boolean(this.space);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.#ready()) this.#actor.send({ type: 'editor.load' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (RESTART_ON.some((key) => changed.has(key))) {
      this.#lastKept = '';
      this.#actor.restart();
      if (this.#ready()) this.#actor.send({ type: 'editor.load' });
    }
  }

  protected override loadStatus(): LoadStatus {
    const s = this.#actor.snapshot;
    return s.matches('loading') ? 'busy' : s.matches('failed') ? 'failed' : 'settled';
  }

  protected override retryLoad(): void {
    this.#actor.send({ type: 'editor.retry' });
  }

  protected override updated(): void {
    this.#keepOnDevice();
  }

  /** Writes the changes the server does not have yet to this device, or forgets them once saved. */
  #keepOnDevice() {
    const kept = deviceDraftOf(this.#actor.snapshot, this.now().toISOString());
    if (kept === undefined || !this.space) return;
    const key = JSON.stringify(kept && { ...kept, at: '' });
    if (key === this.#lastKept) return;
    this.#lastKept = key;
    const space = this.space;
    void practiceDrafts()
      .then((d) => (kept ? d.save(space, kept) : d.clear(space)))
      .catch(() => undefined);
  }

  override render() {
    const v = this.#api();
    const w = wordsFor(this, this.variant);
    const { t } = w;
    return html`<section
      part="base"
      aria-labelledby="heading"
      aria-busy=${v.busy ? 'true' : 'false'}
      data-state=${v.state}
    >
      <h2 id="heading" part="heading" tabindex="-1">${t(v.mode === 'review' ? 'heading.review' : 'heading.group')}</h2>
      <p id="status" part="status" role="status">${this.#status(v, w)}</p>
      ${v.state === 'failed' ? this.#error(v, w) : nothing} ${v.state === 'list' ? this.#list(v, w) : nothing}
      ${['editing', 'checking', 'saving', 'submitting'].includes(v.state) ? this.#form(v, w) : nothing}
      ${v.state === 'preview' ? this.#preview(v, w) : nothing} ${v.state === 'conflict' ? this.#conflict(v, w) : nothing}
      ${['reviewing', 'returning', 'acting'].includes(v.state) ? this.#review(v, w) : nothing}
    </section>`;
  }

  #status(v: PracticeEditorView, { t }: Words) {
    if (v.state === 'loading') return t('loading');
    if (v.state === 'saving') return t('saving');
    if (v.state === 'submitting') return t('submitting');
    if (v.state === 'acting') return t('acting');
    if (v.outcome) return t(`done.${v.outcome.type}`, { title: v.outcome.title || t('untitled') });
    if (v.dirty && v.writing) return t('keptHere');
    return '';
  }

  #error(v: PracticeEditorView, { t, c }: Words) {
    const kind = v.failure?.kind;
    const message = failureMessage(v.failure, groupLoadWords(t, c('offline')));
    const retry = kind !== 'forbidden' && kind !== 'notFound';
    return html`<div part="error" role="alert">
      <p>${message}</p>
      ${retry ? html`<button id="retry" type="button" @click=${v.retry}>${c('retry')}</button>` : nothing}
    </div>`;
  }

  /** Why a save or a review step was not recorded. */
  #failure(v: PracticeEditorView, { t, c }: Words) {
    const kind = v.actionFailure?.kind;
    if (!kind || kind === 'conflict') return nothing;
    const message = failureMessage(v.actionFailure, {
      rejected: t('rejected'),
      denied: t('actionForbidden'),
      offline: `${c('offline')} ${t('actionFailed')}`,
      failed: t('actionFailed'),
    });
    return html`<p id="failure" part="failure" role="alert" tabindex="-1">${message}</p>`;
  }

  #list(v: PracticeEditorView, w: Words) {
    const { t } = w;
    if (v.mode === 'review') {
      return html`<h3 id="queue-title">${t('queue', { n: v.sheets.length })}</h3>
        ${v.sheets.length ? this.#items(v.sheets, 'queue-title', 'open.review', v, w) : html`<p>${t('queueEmpty')}</p>`}
        <h3 id="published-title">${t('publishedHeading')}</h3>
        ${
          v.published.length
            ? this.#items(v.published, 'published-title', 'open.review', v, w)
            : html`<p>${t('publishedEmpty')}</p>`
        }`;
    }
    return html`<p>${v.sheets.length ? t('list.group', { n: v.sheets.length }) : t('list.groupEmpty')}</p>
      ${
        v.kept
          ? html`<div part="kept">
              <button id="resume" type="button" @click=${v.resume}>
                ${t('resume', { title: v.kept.values.title.trim() || t('untitled') })}
              </button>
              <p>${t('resumeHint')}</p>
            </div>`
          : nothing
      }
      <div part="actions"><button id="new" class="primary" type="button" @click=${v.create}>${t('new')}</button></div>
      ${v.sheets.length ? this.#items(v.sheets, 'heading', null, v, w) : nothing}`;
  }

  #items(sheets: PracticeView[], labelledBy: string, verb: 'open.review' | null, v: PracticeEditorView, w: Words) {
    const { t } = w;
    return html`<ul part="items" aria-labelledby=${labelledBy}>
      ${sheets.map((s) => {
        const open = verb ?? (s.status === 'draft' || s.status === 'returned' ? 'open.edit' : 'open.read');
        return html`<li part="item">
          <h4 id=${`title-${s.id}`} part="item-title">${s.title}</h4>
          <p part="item-meta">
            ${statusWords(s.status, w)}${s.shared ? html` · ${t('sharedBadge')}` : nothing}${
              v.fromElsewhere(s) ? html` · ${t('from', { name: s.origin.name })}` : nothing
            }
          </p>
          ${
            s.status === 'returned' && s.review?.reason
              ? html`<p part="item-meta">${t('returnedBecause', { reason: s.review.reason })}</p>`
              : nothing
          }
          <div part="actions">
            <button
              id=${`open-${s.id}`}
              type="button"
              aria-describedby=${`title-${s.id}`}
              @click=${() => v.open(s.id)}
            >
              ${t(open)}
            </button>
          </div>
        </li>`;
      })}
    </ul>`;
  }

  /** The reason the council returned the sheet, or that it was restored from this device. */
  #notice(v: PracticeEditorView, { t }: Words) {
    const reason = v.current?.status === 'returned' ? v.current.review?.reason : undefined;
    return reason ? html`<p part="notice">${t('returnedNotice', { reason })}</p>` : nothing;
  }

  #form(v: PracticeEditorView, w: Words) {
    const { t } = w;
    const onSubmit = (e: SubmitEvent) => {
      e.preventDefault();
      v.save();
    };
    return html`<form part="form" novalidate aria-labelledby="form-title" @submit=${onSubmit}>
      <h3 id="form-title" tabindex="-1">${v.current ? t('form.edit', { title: v.current.title }) : t('form.new')}</h3>
      ${this.#notice(v, w)}
      <p>${t('intro')}</p>
      ${renderFields(v, w)} ${this.#failure(v, w)}
      <div part="actions">
        <button id="save" type="submit">${t('save')}</button>
        <button id="preview" type="button" @click=${v.showPreview}>${t('preview')}</button>
        <button id="submit" class="primary" type="button" @click=${v.submit}>${t('submit')}</button>
        <button id="close" type="button" @click=${v.close}>${t('close')}</button>
      </div>
    </form>`;
  }

  #preview(v: PracticeEditorView, w: Words) {
    const { t } = w;
    const locked = v.editable
      ? nothing
      : html`<p part="notice">${t('readOnly', { status: statusWords(v.current!.status, w) })}</p>`;
    return html`<h3 id="preview-title" tabindex="-1">${t('preview.heading')}</h3>
      ${this.#notice(v, w)} ${locked} ${renderSheet(v.preview, w, v.current?.locale ?? localeOf(this))} ${this.#failure(v, w)}
      <div part="actions">
        ${v.editable ? html`<button id="edit" type="button" @click=${v.edit}>${t('edit')}</button>` : nothing}
        ${
          v.editable
            ? html`<button id="submit" class="primary" type="button" @click=${v.submit}>${t('submit')}</button>`
            : nothing
        }
        <button id="close" type="button" @click=${v.close}>${t('close')}</button>
      </div>`;
  }

  #conflict(v: PracticeEditorView, { t }: Words) {
    const theirs = v.theirs;
    return html`<div part="conflict" role="alert" aria-labelledby="conflict-title">
      <h3 id="conflict-title" tabindex="-1">${t('conflict.title')}</h3>
      <p>${t('conflict.text')}</p>
      ${theirs === null ? html`<p>${t('conflict.loading')}</p>` : nothing}
      ${theirs && theirs.status !== 'draft' && theirs.status !== 'returned' ? html`<p>${t('conflict.locked')}</p>` : nothing}
      <div part="actions">
        ${
          theirs && (theirs.status === 'draft' || theirs.status === 'returned')
            ? html`<button id="mine" class="primary" type="button" @click=${v.keepMine}>${t('conflict.mine')}</button>`
            : nothing
        }
        ${theirs ? html`<button id="theirs" type="button" @click=${v.takeTheirs}>${t('conflict.theirs')}</button>` : nothing}
        <button id="close" type="button" @click=${v.close}>${t('close')}</button>
      </div>
    </div>`;
  }

  #review(v: PracticeEditorView, w: Words) {
    const { t } = w;
    const s = v.current!;
    const meta = html`<p part="item-meta">
        ${statusWords(s.status, w)}${s.shared ? html` · ${t('sharedBadge')}` : nothing}${
          v.fromElsewhere(s) ? html` · ${t('from', { name: s.origin.name })}` : nothing
        }
      </p>
      ${s.status === 'returned' && s.review?.reason ? html`<p>${t('returnedBecause', { reason: s.review.reason })}</p>` : nothing}`;
    const conflict =
      v.actionFailure?.kind === 'conflict'
        ? html`<div id="failure" part="failure" role="alert" tabindex="-1">
            <p>${t('review.conflict')}</p>
            <button type="button" @click=${v.load}>${t('reload')}</button>
          </div>`
        : this.#failure(v, w);
    return html`${renderSheet(s, w, s.locale, meta)} ${conflict}
      ${v.state === 'returning' ? this.#reasonForm(v, w) : nothing}
      <div part="review actions">
        ${v.canPublish ? html`<button id="publish" class="primary" type="button" @click=${v.publish}>${t('review.publish')}</button>` : nothing}
        ${v.canReturn ? html`<button id="return" type="button" @click=${v.startReturn}>${t('review.return')}</button>` : nothing}
        ${
          v.canShare
            ? html`<button id="share" type="button" @click=${() => v.share(!s.shared)}>
                ${t(s.shared ? 'review.unshare' : 'review.share')}
              </button>`
            : nothing
        }
        <button id="close" type="button" @click=${v.close}>${t('close')}</button>
      </div>`;
  }

  #reasonForm(v: PracticeEditorView, { t }: Words) {
    const error = v.reasonError;
    const submit = (e: SubmitEvent) => {
      e.preventDefault();
      v.confirmReturn();
    };
    return html`<form part="reason-form" novalidate @submit=${submit}>
      <label for="reason">${t('reason.label')}</label>
      <p id="reason-hint" class="hint">${t('reason.hint')}</p>
      <textarea
        id="reason"
        name="reason"
        rows="3"
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'reason-hint reason-error' : 'reason-hint'}
        .value=${v.reason}
        @input=${(e: Event) => v.typeReason((e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${
        error
          ? html`<p id="reason-error" part="field-error" class="error">
              ${error === 'required' ? t('reason.required') : t('reason.tooLong')}
            </p>`
          : nothing
      }
      <div part="actions">
        <button id="confirm-return" class="primary" type="submit">${t('review.confirm')}</button>
        <button id="cancel-return" type="button" @click=${v.cancelReturn}>${t('review.cancel')}</button>
      </div>
    </form>`;
  }

  /**
   * Sends an event, waits for any request it started, then puts focus where the person goes
   * on: the first field to correct, the conflict, the sheet, the form, or the status line.
   */
  async #send(event: PracticeEditorEvent) {
    const actor = this.#actor.actor;
    actor.send(event);
    try {
      await waitFor(actor, (s) => !BUSY_STATES.includes(s.value as string));
    } catch {
      return; // the actor was replaced (another group or back end)
    }
    await this.updateComplete;
    const v = this.#api();
    const root = this.renderRoot as ShadowRoot;
    const typing = ['editor.change', 'editor.phase', 'testimony.change', 'review.reason'].includes(event.type);
    if (typing) return;
    let target: string | null = null;
    if (v.state === 'conflict') target = 'conflict-title';
    else if (Object.keys(v.errors).length && v.state === 'editing') target = firstInvalid(v) ?? 'error-summary';
    else if (v.actionFailure) target = 'failure';
    else if (v.reasonError) target = 'reason';
    else if (event.type === 'review.return') target = 'reason';
    else if (event.type === 'review.cancel') target = 'return';
    else if (event.type === 'testimony.add') target = `testimony-${v.values.testimonies.length - 1}-role`;
    else if (event.type === 'testimony.remove') target = 'add-testimony';
    else if (
      v.state === 'editing' &&
      ['editor.new', 'editor.open', 'editor.resume', 'editor.edit'].includes(event.type)
    )
      target = 'form-title';
    else if (v.state === 'editing' && event.type === 'conflict.theirs') target = 'form-title';
    else if (v.state === 'preview') target = 'preview-title';
    else if (v.state === 'reviewing' && event.type === 'editor.open') target = 'sheet-title';
    else if (v.state === 'reviewing' || v.state === 'list') target = 'heading';
    // A save leaves focus on its button: the status line says it is saved.
    if (target) root.getElementById(target)?.focus();
  }
}
