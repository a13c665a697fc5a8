import {
  type CaptureField,
  CONTRIBUTION_KINDS,
  connectMeetings,
  dayOf,
  type Meeting,
  type MeetingField,
  type MeetingsEvent,
  type MeetingsView,
  meetingsActors,
  meetingsMachine,
  writtenIn,
} from '@participe/core';
import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { waitFor } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { contributionWords } from '../i18n/contribution-words.messages.js';
import { localeOf, translator, type Variant } from '../i18n/i18n.js';
import { GroupElement, type LoadStatus, loadStatusOf, resolveBackoffice } from '../internal/backoffice.js';
import {
  errorSentence,
  failureText,
  focusFirstInvalid,
  groupWordsFor,
  inputField,
  loadError,
  selectField,
  textareaField,
} from '../internal/space-admin.fields.js';
import { frameStyles } from '../styles/frame.js';
import { adminStyles } from '../styles/space-admin.js';
import { tokens } from '../styles/tokens.js';
import { meetingsMessages } from './meetings.messages.js';
import { meetingsStyles } from './meetings.styles.js';

const wordsFor = (el: Element, variant: Variant) => ({
  t: translator(meetingsMessages, localeOf(el), variant),
  w: translator(contributionWords, localeOf(el), variant),
  ...groupWordsFor(el, variant),
});
type Words = ReturnType<typeof wordsFor>;

const RESTART_ON = ['space', 'backend', 'endpoint', 'memberRole'] as const;

/**
 * @summary A participation group's meetings: the list (day, place, how many came), recording
 * one with who was present and its minutes, changing one without overwriting someone
 * else's change, and writing down a contribution that came out of a meeting, in the
 * group's name.
 *
 * @attr endpoint - Base URL of the Participe REST API, e.g. `https://participe.example.fr/api`.
 * @attr space - Id or slug of the space (participation group).
 * @attr lang - The widget's language, `fr` (default) or `en`; without it, the page's.
 * @attr variant - `standard` or `falc` (easy-to-read wording).
 * @attr member-role - The signed-in person's role in the group, as the host page knows it from its login. `facilitator` can record meetings and contributions; anyone else reads the list. The back end checks the role again.
 *
 * @csspart table-scroll - The table's own scrolling region on narrow screens (focusable, named by the caption).
 * @csspart base - The whole widget.
 * @csspart heading - The widget's title.
 * @csspart status - The live line: loading, saving, what was just done (a contribution's group and channel).
 * @csspart error - The message shown when the meetings cannot be loaded, with its retry button.
 * @csspart failure - The message shown when a meeting or contribution could not be saved.
 * @csspart toolbar - The "record a new meeting" button.
 * @csspart meetings - The meetings table.
 * @csspart row-actions - A meeting's buttons: change it, record a contribution from it.
 * @csspart panel - A form.
 * @csspart conflict - What someone else saved meanwhile, and the two ways on.
 * @csspart theirs - The other person's version of the meeting.
 * @csspart attendance - The "who was there?" checkboxes.
 * @csspart field - A form field: label, hint, error, control.
 * @csspart label - A field's label.
 * @csspart hint - A field's help text.
 * @csspart field-error - A field's error message.
 * @csspart actions - A form's buttons.
 * @csspart read-only - The note that the list is shown read-only.
 *
 * @cssprop --participe-color-primary - Buttons.
 * @cssprop --participe-color-on-primary - Text on primary buttons.
 * @cssprop --participe-color-warning - The conflict message.
 * @cssprop --participe-color-danger - Error messages.
 * @cssprop --participe-color-text - Text.
 * @cssprop --participe-color-muted - Secondary text.
 * @cssprop --participe-color-surface - Backgrounds.
 * @cssprop --participe-color-surface-alt - Form backgrounds.
 * @cssprop --participe-color-border - Borders.
 * @cssprop --participe-color-focus - Focus ring.
 * @cssprop --participe-radius - Corner radius.
 * @cssprop --participe-space - Base spacing.
 * @cssprop --participe-font-size - Base font size.
 */
export class ParticipeMeetings extends GroupElement {
  static override styles = [tokens, frameStyles, adminStyles, meetingsStyles];

  readonly #actor = new ActorController(
    this,
    () => meetingsMachine.provide({ actors: meetingsActors(() => resolveBackoffice(this)) }),
    // `lang`: the place and minutes are written in the language the widget speaks.
    () => ({
      spaceId: this.space,
      today: dayOf(this.now()),
      manage: this.memberRole === 'facilitator',
      lang: localeOf(this),
    }),
  );
  /** The button that opened the form, to give focus back to when it closes. */
  #opener = '';

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.space) this.#actor.send({ type: 'meetings.load' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (RESTART_ON.some((key) => changed.has(key))) {
      this.#actor.restart();
      if (this.space) this.#actor.send({ type: 'meetings.load' });
    }
  }

  protected override loadStatus(): LoadStatus {
    return loadStatusOf(this.#actor.snapshot);
  }

  protected override retryLoad(): void {
    this.#actor.send({ type: 'meetings.retry' });
  }

  override render() {
    const v = connectMeetings(this.#actor.snapshot);
    const w = wordsFor(this, this.variant);
    const loaded = v.spaceName !== null && v.state !== 'error' && v.state !== 'loading';
    const actionFailure = v.failure && v.state !== 'error' && v.failure.kind !== 'conflict' ? v.failure : null;
    return html`<section part="base" aria-labelledby="heading">
      <h2 id="heading" part="heading">${w.t('heading')}</h2>
      <p part="status" role="status">${this.#status(v, w)}</p>
      ${v.state === 'error' ? loadError(w, v.failure, () => this.#actor.send({ type: 'meetings.retry' })) : nothing}
      ${
        loaded
          ? html`${
              v.manage && (v.state === 'ready' || v.state === 'capturing' || v.state === 'sending')
                ? html`<div part="toolbar">
                    <button
                      class="primary"
                      type="button"
                      data-action="new"
                      ?disabled=${v.state !== 'ready'}
                      @click=${() => this.#open({ type: 'meeting.new' }, 'new', '#on')}
                    >
                      ${w.t('new')}
                    </button>
                  </div>`
                : nothing
            }
            ${this.#table(v, w)}
            ${actionFailure ? html`<p part="failure" role="alert" tabindex="-1">${failureText(w.a, actionFailure, Object.keys(v.form?.errors ?? v.capture?.errors ?? {}).length)}</p>` : nothing}
            ${v.form ? this.#meetingForm(v, w) : nothing} ${v.capture ? this.#captureForm(v, w) : nothing}
            ${v.manage ? nothing : html`<p part="read-only">${w.a('readOnly')}</p>`}`
          : nothing
      }
    </section>`;
  }

  #status(v: MeetingsView, { t, dates }: Words) {
    if (v.state === 'loading') return t('loading');
    if (v.state === 'saving') return t('saving');
    if (v.state === 'sending') return t('sending');
    const n = v.notice;
    if (n?.kind === 'saved') {
      const meeting = v.rows.find((r) => r.id === n.meetingId);
      return meeting ? t('saved', { date: dates.day(meeting.on) }) : '';
    }
    if (n?.kind === 'captured') {
      const meeting = v.rows.find((r) => r.id === n.meetingId);
      const c = n.contribution;
      return html`${t('captured', {
        title: c.content.title,
        author: c.author.pseudonym,
        date: meeting ? dates.day(meeting.on) : '',
      })}
      ${c.channel === 'meeting' ? t('capturedChannel') : nothing}`;
    }
    return '';
  }

  #table(v: MeetingsView, { t, dates }: Words) {
    if (v.rows.length === 0) return html`<p>${t('empty')}</p>`;
    const canAct = v.manage && v.state === 'ready';
    // Wide tables scroll inside their own focusable region: the page itself never does (reflow).
    return html`<div class="table-scroll" part="table-scroll" role="region" tabindex="0" aria-labelledby="meetings-caption">
      <table part="meetings">
      <caption id="meetings-caption">
        ${t('table.caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('table.on')}</th>
          <th scope="col">${t('table.place')}</th>
          <th scope="col">${t('table.present')}</th>
          <th scope="col">${t('table.minutes')}</th>
          ${v.manage ? html`<th scope="col">${t('table.actions')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${v.rows.map((r) => {
          const date = dates.day(r.on);
          return html`<tr>
            <th scope="row"><time datetime=${r.on}>${date}</time></th>
            <td lang=${r.lang}>${r.place}</td>
            <td>${t('present', { n: r.present })}</td>
            <td>${r.hasMinutes ? t('minutes.yes') : t('minutes.no')}</td>
            ${
              v.manage
                ? html`<td>
                    <div part="row-actions">
                      <button
                        type="button"
                        data-action=${`edit:${r.id}`}
                        aria-label=${t('editFor', { date })}
                        ?disabled=${!canAct}
                        @click=${() => this.#open({ type: 'meeting.edit', meetingId: r.id }, `edit:${r.id}`, '#on')}
                      >
                        ${t('edit')}
                      </button>
                      <button
                        type="button"
                        data-action=${`capture:${r.id}`}
                        aria-label=${t('captureFor', { date })}
                        ?disabled=${!canAct}
                        @click=${() => this.#open({ type: 'capture.open', meetingId: r.id }, `capture:${r.id}`, '#kind')}
                      >
                        ${t('capture')}
                      </button>
                    </div>
                  </td>`
                : nothing
            }
          </tr>`;
        })}
      </tbody>
    </table>
    </div>`;
  }

  #meetingForm(v: MeetingsView, w: Words) {
    const { t, a, dates } = w;
    const form = v.form!;
    const err = (field: MeetingField, example: string) => {
      const e = form.errors[field];
      return e ? errorSentence(a, e, t(`${field}.name`), example) : '';
    };
    const change = (field: MeetingField) => (value: string) =>
      this.#actor.send({ type: 'meeting.change', field, value });
    const original = form.meetingId ? v.rows.find((r) => r.id === form.meetingId) : undefined;
    const count = Object.keys(form.errors).length;
    return html`<form part="panel" novalidate aria-labelledby="form-heading" @submit=${this.#onSave}>
      <h3 id="form-heading">${original ? t('form.edit', { date: dates.day(original.on) }) : t('form.new')}</h3>
      ${v.failure?.kind === 'conflict' ? this.#conflict(v, form.theirs, w) : nothing}
      ${count ? html`<p class="error" role="alert">${a('errorSummary', { n: count })}</p>` : nothing}
      ${inputField({
        id: 'on',
        type: 'date',
        label: t('on.label'),
        error: err('on', a('dayExample')),
        value: form.values.on,
        onInput: change('on'),
      })}
      ${inputField({
        id: 'place',
        label: t('place.label'),
        hint: t('place.hint'),
        error: err('place', t('place.example')),
        value: form.values.place,
        onInput: change('place'),
      })}
      <fieldset part="attendance" aria-describedby="attendance-hint">
        <legend>${t('attendance.legend')}</legend>
        <p class="hint" id="attendance-hint">${t('attendance.hint')}</p>
        ${
          v.attendance.length
            ? html`<div class="choices">
                ${v.attendance.map(
                  (m) => html`<div class="check">
                    <input
                      type="checkbox"
                      id=${`present-${m.id}`}
                      name="attendance"
                      .value=${m.id}
                      .checked=${live(m.checked)}
                      @change=${(e: Event) =>
                        this.#actor.send({
                          type: 'meeting.attend',
                          memberId: m.id,
                          present: (e.target as HTMLInputElement).checked,
                        })}
                    />
                    <label for=${`present-${m.id}`}>${m.displayName}</label>
                  </div>`,
                )}
              </div>`
            : html`<p>${t('attendance.none')}</p>`
        }
      </fieldset>
      ${textareaField({
        id: 'minutes',
        label: t('minutes.label'),
        hint: t('minutes.hint'),
        optional: true,
        optionalText: a('optional'),
        rows: 8,
        error: err('minutes', t('minutes.example')),
        value: form.values.minutes,
        onInput: change('minutes'),
      })}
      <div part="actions">
        <button class="primary" type="submit" ?disabled=${v.busy}>${t('save')}</button>
        ${
          form.theirs
            ? html`<button type="button" ?disabled=${v.busy} @click=${this.#onTakeTheirs}>${t('conflict.take')}</button>`
            : nothing
        }
        <button type="button" ?disabled=${v.busy} @click=${() => this.#close({ type: 'meeting.cancel' })}>
          ${t('cancel')}
        </button>
      </div>
    </form>`;
  }

  #conflict(v: MeetingsView, theirs: Meeting | null, { t, a, dates }: Words) {
    const names = (theirs?.attendance ?? []).map((id) => v.names[id] ?? id);
    return html`<div part="conflict" role="alert" tabindex="-1">
      <p>${t('conflict.title')} ${t('conflict.kept')}</p>
      ${
        theirs
          ? html`<p>${t('conflict.theirs')}</p>
              <dl part="theirs">
                <dt>${t('theirs.on')}</dt>
                <dd><time datetime=${theirs.on}>${dates.day(theirs.on)}</time></dd>
                <dt>${t('theirs.place')}</dt>
                <dd lang=${writtenIn(theirs)}>${theirs.place}</dd>
                <dt>${t('theirs.present')}</dt>
                <dd>${names.length ? names.join(', ') : t('theirs.nobody')}</dd>
                <dt>${t('theirs.minutes')}</dt>
                ${
                  theirs.minutes.trim()
                    ? html`<dd lang=${writtenIn(theirs)}>${theirs.minutes}</dd>`
                    : html`<dd>${t('theirs.noMinutes')}</dd>`
                }
              </dl>
              <p>${t('conflict.choice')}</p>`
          : html`<p>${t('conflict.gone')} ${a('failure.conflict')}</p>`
      }
    </div>`;
  }

  #captureForm(v: MeetingsView, { t, a, w, dates }: Words) {
    const capture = v.capture!;
    const date = capture.meeting ? dates.day(capture.meeting.on) : '';
    const err = (field: CaptureField, example: string) => {
      const e = capture.errors[field];
      return e ? errorSentence(a, e, t(`${field}.name`), example) : '';
    };
    const change = (field: CaptureField) => (value: string) =>
      this.#actor.send({ type: 'capture.change', field, value });
    const count = Object.keys(capture.errors).length;
    return html`<form part="panel" novalidate aria-labelledby="capture-heading" @submit=${this.#onCapture}>
      <h3 id="capture-heading">${t('capture.heading', { date })}</h3>
      <p class="hint">${t('capture.intro')}</p>
      ${count ? html`<p class="error" role="alert">${a('errorSummary', { n: count })}</p>` : nothing}
      ${selectField({
        id: 'kind',
        label: t('kind.label'),
        error: err('kind', w('kind.proposal')),
        value: capture.values.kind,
        placeholder: t('kind.choose'),
        choices: CONTRIBUTION_KINDS.map((k) => ({ value: k, label: w(`kind.${k}`) })),
        onInput: change('kind'),
      })}
      ${inputField({
        id: 'title',
        label: t('title.label'),
        error: err('title', t('title.example')),
        value: capture.values.title,
        onInput: change('title'),
      })}
      ${textareaField({
        id: 'body',
        label: t('body.label'),
        hint: t('body.hint'),
        error: err('body', t('body.example')),
        value: capture.values.body,
        onInput: change('body'),
      })}
      ${selectField({
        id: 'theme',
        label: t('theme.label'),
        error: err('theme', v.themes[0]?.label ?? ''),
        value: capture.values.theme,
        placeholder: t('theme.choose'),
        choices: v.themes.map((th) => ({ value: th.id, label: th.label })),
        onInput: change('theme'),
      })}
      <div part="actions">
        <button class="primary" type="submit" ?disabled=${v.busy}>${t('capture.submit')}</button>
        <button type="button" ?disabled=${v.busy} @click=${() => this.#close({ type: 'capture.cancel' })}>
          ${t('cancel')}
        </button>
      </div>
    </form>`;
  }

  async #open(event: MeetingsEvent, opener: string, focus: string) {
    this.#opener = opener;
    this.#actor.send(event);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  /** Focus back on the button that opened the form (it is there again once the form is closed). */
  async #close(event: MeetingsEvent) {
    this.#actor.send(event);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-action="${this.#opener}"]`)?.focus();
  }

  /** Sends `event`; when it starts a request, waits until it ends. */
  async #settle(event: MeetingsEvent, busy: 'saving' | 'sending') {
    const actor = this.#actor.actor;
    actor.send(event);
    if (!actor.getSnapshot().matches(busy)) return;
    try {
      await waitFor(actor, (s) => !s.matches(busy));
    } catch {
      // the actor was replaced (another space or back end)
    }
  }

  async #afterSubmit(formOpen: boolean) {
    await this.updateComplete;
    const s = this.#actor.snapshot;
    if (formOpen) {
      if (s.context.failure?.kind === 'conflict')
        return this.renderRoot.querySelector<HTMLElement>('[part~="conflict"]')?.focus();
      if (s.context.failure) return this.renderRoot.querySelector<HTMLElement>('[part~="failure"]')?.focus();
      return focusFirstInvalid(this);
    }
    if (s.context.failure) return this.renderRoot.querySelector<HTMLElement>('[part~="failure"]')?.focus();
    // Done: back to the button that opened the form; after a new meeting, its own row.
    const notice = s.context.notice;
    const key = notice?.kind === 'saved' && this.#opener === 'new' ? `edit:${notice.meetingId}` : this.#opener;
    this.renderRoot.querySelector<HTMLElement>(`[data-action="${key}"]`)?.focus();
  }

  async #onSave(e: SubmitEvent) {
    e.preventDefault();
    await this.#settle({ type: 'meeting.save' }, 'saving');
    await this.#afterSubmit(this.#actor.snapshot.context.form !== null);
  }

  async #onCapture(e: SubmitEvent) {
    e.preventDefault();
    await this.#settle({ type: 'capture.submit' }, 'sending');
    await this.#afterSubmit(this.#actor.snapshot.context.capture !== null);
  }

  async #onTakeTheirs() {
    this.#actor.send({ type: 'meeting.takeTheirs' });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#on')?.focus();
  }
}
