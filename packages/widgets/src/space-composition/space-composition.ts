import {
  compositionActors,
  connectSpaceComposition,
  dayOf,
  MEMBER_ROLES,
  type MemberRow,
  type SpaceCompositionEvent,
  type SpaceCompositionView,
  spaceCompositionMachine,
} from '@participe/core';
import { html, nothing, type PropertyValues } from 'lit';
import { waitFor } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { datesFor } from '../i18n/dates.js';
import { localeOf, translator, type Variant } from '../i18n/i18n.js';
import { GroupElement, type LoadStatus, loadStatusOf, resolveBackoffice } from '../internal/backoffice.js';
import {
  type AdminTranslate,
  checkboxField,
  errorSentence,
  failureText,
  focusFirstInvalid,
  groupWordsFor,
  inputField,
  loadError,
  selectField,
} from '../internal/space-admin.fields.js';
import { cssVars } from '../styles/css-vars.js';
import { frameStyles } from '../styles/frame.js';
import { adminStyles } from '../styles/space-admin.js';
import { tokens } from '../styles/tokens.js';
import { compositionMessages } from './space-composition.messages.js';
import { compositionStyles } from './space-composition.styles.js';

const wordsFor = (el: Element, variant: Variant) => ({
  t: translator(compositionMessages, localeOf(el), variant),
  ...groupWordsFor(el, variant),
});
type Words = ReturnType<typeof wordsFor>;

/** Properties whose change means another group or another person: a fresh actor, loaded again. */
const RESTART_ON = ['space', 'backend', 'endpoint', 'memberRole'] as const;

/**
 * @summary The members of a participation group and its composition: parity between people
 * concerned and the others, size against the target, next renewal and who leaves then. A
 * facilitator adds members and changes their role or leaving day; anyone else reads.
 *
 * @attr endpoint - Base URL of the Participe REST API, e.g. `https://participe.example.fr/api`.
 * @attr space - Id or slug of the space (participation group).
 * @attr lang - The widget's language, `fr` (default) or `en`; without it, the page's.
 * @attr variant - `standard` or `falc` (easy-to-read wording).
 * @attr member-role - The signed-in person's role in the group, as the host page knows it from its login. `facilitator` shows the forms; any other role, or none, reads only. The back end checks the role again.
 *
 * @csspart table-scroll - The table's own scrolling region on narrow screens (focusable, named by the caption).
 * @csspart base - The whole widget.
 * @csspart heading - The widget's title.
 * @csspart status - The live line: loading, saving, what was just done.
 * @csspart error - The message shown when the group cannot be loaded, with its retry button.
 * @csspart failure - The message shown when a change could not be saved.
 * @csspart overview - Parity, size, renewal and who leaves.
 * @csspart meter - The parity bar (`role="meter"`).
 * @csspart meter-fill - The filled part of the parity bar.
 * @csspart meter-threshold - The mark of the group's parity rule on the bar.
 * @csspart parity-warning - The warning shown when parity is not met.
 * @csspart by-role - The count of members by role.
 * @csspart leaving - The names of those who leave at the next renewal.
 * @csspart members - The members table.
 * @csspart panel - A form or a block of the widget.
 * @csspart field - A form field: label, hint, error, control.
 * @csspart label - A field's label.
 * @csspart hint - A field's help text.
 * @csspart field-error - A field's error message.
 * @csspart check - A checkbox and its label.
 * @csspart actions - A form's buttons.
 * @csspart read-only - The note that the group is shown read-only.
 *
 * @cssprop --participe-color-primary - Buttons and links.
 * @cssprop --participe-color-on-primary - Text on primary buttons.
 * @cssprop --participe-color-success - The parity bar when parity is met.
 * @cssprop --participe-color-warning - The parity bar and warning when it is not.
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
export class ParticipeSpaceComposition extends GroupElement {
  static override styles = [tokens, frameStyles, adminStyles, compositionStyles];

  readonly #actor = new ActorController(
    this,
    () => spaceCompositionMachine.provide({ actors: compositionActors(() => resolveBackoffice(this)) }),
    () => ({ spaceId: this.space, today: dayOf(this.now()), manage: this.memberRole === 'facilitator' }),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.space) this.#actor.send({ type: 'composition.load' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (RESTART_ON.some((key) => changed.has(key))) {
      this.#actor.restart();
      if (this.space) this.#actor.send({ type: 'composition.load' });
    }
  }

  protected override loadStatus(): LoadStatus {
    return loadStatusOf(this.#actor.snapshot);
  }

  protected override retryLoad(): void {
    this.#actor.send({ type: 'composition.retry' });
  }

  override render() {
    const v = connectSpaceComposition(this.#actor.snapshot);
    const w = wordsFor(this, this.variant);
    return html`<section part="base" aria-labelledby="heading">
      <h2 id="heading" part="heading">${w.t('heading')}</h2>
      <p part="status" role="status">${this.#status(v, w)}</p>
      ${v.state === 'error' ? loadError(w, v.failure, () => this.#actor.send({ type: 'composition.retry' })) : nothing}
      ${v.spaceName !== null && v.state !== 'error' && v.state !== 'loading' ? this.#loaded(v, w) : nothing}
    </section>`;
  }

  #status(v: SpaceCompositionView, { t }: Words) {
    if (v.state === 'loading') return t('loading');
    if (v.state === 'adding') return t('adding');
    if (v.state === 'updating') return t('updating');
    if (v.notice) return t(v.notice.kind, { name: v.notice.name });
    return '';
  }

  #loaded(v: SpaceCompositionView, w: Words) {
    const actionFailure = v.failure && v.state !== 'error' ? v.failure : null;
    return html`${this.#overview(v, w)} ${this.#table(v, w)}
    ${actionFailure ? html`<p part="failure" role="alert" tabindex="-1">${failureText(w.a, actionFailure, Object.keys(v.edit?.errors ?? v.errors).length)}</p>` : nothing}
    ${
      v.manage
        ? v.edit
          ? this.#editForm(v, w)
          : this.#addForm(v, w)
        : html`<p part="read-only">${w.a('readOnly')}</p>`
    }`;
  }

  #overview(v: SpaceCompositionView, { t, a, dates }: Words) {
    const p = v.parity;
    return html`<div part="overview">
      <section aria-labelledby="parity-heading">
        <h3 id="parity-heading">${t('parity.heading')}</h3>
        ${
          p && v.size > 0
            ? html`<p id="parity-label" class="visually-hidden">${t('parity.label')}</p>
                <div
                  part="meter"
                  role="meter"
                  aria-labelledby="parity-label"
                  aria-valuemin="0"
                  aria-valuemax="100"
                  aria-valuenow=${p.percent}
                  aria-valuetext=${t('parity.value', { percent: p.percent })}
                  ?data-low=${!p.ok}
                  ${cssVars({ '--_participe-share': `${p.percent}%`, '--_participe-threshold': `${p.minPercent}%` })}
                >
                  <div part="meter-fill"></div>
                  <div part="meter-threshold"></div>
                </div>
                <p>${t('parity.text', { concerned: p.concerned, size: v.size, percent: p.percent, min: p.minPercent })}</p>
                ${
                  p.ok
                    ? html`<p>${t('parity.ok')}</p>`
                    : html`<p part="parity-warning" role="alert">
                        <span aria-hidden="true">⚠</span> ${t('parity.warning', { min: p.minPercent, percent: p.percent })}
                      </p>`
                }`
            : html`<p>${t('parity.empty')}</p>`
        }
      </section>
      <section aria-labelledby="size-heading">
        <h3 id="size-heading">${t('size.heading')}</h3>
        <p>${t('size.text', { size: v.size, target: v.targetSize })}</p>
        ${v.sizeStatus === 'below' ? html`<p>${t('size.below', { n: v.targetSize - v.size })}</p>` : nothing}
        ${v.sizeStatus === 'above' ? html`<p>${t('size.above')}</p>` : nothing}
        <h4 id="by-role-heading">${t('byRole.heading')}</h4>
        <ul part="by-role" aria-labelledby="by-role-heading">
          ${v.byRole.map((r) => html`<li>${t('byRole.item', { role: a(`roles.${r.role}`), n: r.count })}</li>`)}
        </ul>
      </section>
      <section aria-labelledby="renewal-heading">
        <h3 id="renewal-heading">${t('renewal.heading')}</h3>
        ${
          v.renewalOn
            ? html`<p>
                ${v.renewalDue ? t('renewal.today') : t('renewal.on', { date: dates.day(v.renewalOn) })}
              </p>`
            : nothing
        }
        <h4 id="leaving-heading">${t('leaving.heading')}</h4>
        ${
          v.leaving.length
            ? html`<p>${t('leaving.some', { n: v.leaving.length })}</p>
                <ul part="leaving" aria-labelledby="leaving-heading">
                  ${v.leaving.map((name) => html`<li>${name}</li>`)}
                </ul>`
            : html`<p>${t('leaving.none')}</p>`
        }
      </section>
    </div>`;
  }

  #leavingText(r: MemberRow, { t, dates }: Words) {
    if (r.presence === 'left' && r.leftOn) return t('leaving.left', { date: dates.day(r.leftOn) });
    if (r.leftOn) return t('leaving.planned', { date: dates.day(r.leftOn) });
    if (r.leavesAtRenewal) return t('leaving.atRenewal');
    return t('leaving.stays');
  }

  #table(v: SpaceCompositionView, w: Words) {
    const { t, a, dates } = w;
    if (v.rows.length === 0) return html`<p>${t('noMembers')}</p>`;
    const editing = v.state === 'editing' || v.state === 'updating';
    // Wide tables scroll inside their own focusable region: the page itself never does (reflow).
    return html`<div class="table-scroll" part="table-scroll" role="region" tabindex="0" aria-labelledby="members-caption">
      <table part="members">
      <caption id="members-caption">
        ${t('table.caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('table.name')}</th>
          <th scope="col">${t('table.role')}</th>
          <th scope="col">${t('table.joined')}</th>
          <th scope="col">${t('table.leaving')}</th>
          ${v.manage ? html`<th scope="col">${t('table.actions')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${v.rows.map(
          (r) => html`<tr>
            <th scope="row">${r.displayName}</th>
            <td>${a(`role.${r.role}`)}</td>
            <td>${r.presence === 'arriving' ? t('arriving', { date: dates.day(r.joinedOn) }) : dates.day(r.joinedOn)}</td>
            <td>${this.#leavingText(r, w)}</td>
            ${
              v.manage
                ? html`<td>
                    <button
                      type="button"
                      data-member=${r.id}
                      aria-label=${t('editFor', { name: r.displayName })}
                      ?disabled=${editing || v.busy}
                      @click=${() => this.#openEdit(r.id)}
                    >
                      ${t('edit')}
                    </button>
                  </td>`
                : nothing
            }
          </tr>`,
        )}
      </tbody>
    </table>
    </div>`;
  }

  #roleChoices(a: AdminTranslate) {
    return MEMBER_ROLES.map((r) => ({ value: r, label: a(`role.${r}`) }));
  }

  #addForm(v: SpaceCompositionView, { t, a }: Words) {
    const err = (field: 'displayName' | 'role' | 'joinedOn', example: string) => {
      const e = v.errors[field];
      return e ? errorSentence(a, e, t(`${field}.name`), example) : '';
    };
    const change = (field: 'displayName' | 'role' | 'joinedOn') => (value: string) =>
      this.#actor.send({ type: 'member.change', field, value });
    const count = Object.keys(v.errors).length;
    return html`<form part="panel" novalidate aria-labelledby="add-heading" @submit=${this.#onAdd}>
      <h3 id="add-heading">${t('add.heading')}</h3>
      <p class="hint">${t('add.privacy')}</p>
      ${count ? html`<p class="error" role="alert">${a('errorSummary', { n: count })}</p>` : nothing}
      ${inputField({
        id: 'displayName',
        label: t('displayName.label'),
        hint: t('displayName.hint'),
        error: err('displayName', t('displayName.example')),
        value: v.draft.displayName,
        onInput: change('displayName'),
      })}
      ${selectField({
        id: 'role',
        label: t('role.label'),
        hint: t('role.hint'),
        error: err('role', a('role.concerned')),
        value: v.draft.role,
        placeholder: t('role.choose'),
        choices: this.#roleChoices(a),
        onInput: change('role'),
      })}
      ${inputField({
        id: 'joinedOn',
        type: 'date',
        label: t('joinedOn.label'),
        error: err('joinedOn', a('dayExample')),
        value: v.draft.joinedOn,
        onInput: change('joinedOn'),
      })}
      <div part="actions">
        <button class="primary" type="submit" ?disabled=${v.busy}>${t('add.submit')}</button>
      </div>
    </form>`;
  }

  #editForm(v: SpaceCompositionView, { t, a }: Words) {
    const edit = v.edit!;
    const name = edit.member.displayName;
    const leftOnError = edit.errors.leftOn
      ? errorSentence(a, edit.errors.leftOn, t('leftOn.name'), a('dayExample'))
      : '';
    const roleError = edit.errors.role ? errorSentence(a, edit.errors.role, t('role.name'), a('role.concerned')) : '';
    return html`<form part="panel" novalidate aria-labelledby="edit-heading" @submit=${this.#onSave}>
      <h3 id="edit-heading">${t('edit.heading', { name })}</h3>
      ${selectField({
        id: 'edit-role',
        label: t('edit.role.label', { name }),
        error: roleError,
        value: edit.values.role,
        choices: this.#roleChoices(a),
        onInput: (value) => this.#actor.send({ type: 'edit.change', field: 'role', value }),
      })}
      ${checkboxField({
        id: 'edit-leaves',
        label: t('edit.leavesAtRenewal', { name }),
        ...(v.renewalOn ? { hint: t('edit.leavesAtRenewal.hint', { date: datesFor(this).day(v.renewalOn) }) } : {}),
        checked: edit.values.leavesAtRenewal,
        onChange: (value) => this.#actor.send({ type: 'edit.change', field: 'leavesAtRenewal', value }),
      })}
      ${inputField({
        id: 'edit-leftOn',
        type: 'date',
        label: t('edit.leftOn.label', { name }),
        hint: t('edit.leftOn.hint'),
        optional: true,
        optionalText: a('optional'),
        error: leftOnError,
        value: edit.values.leftOn,
        onInput: (value) => this.#actor.send({ type: 'edit.change', field: 'leftOn', value }),
      })}
      <div part="actions">
        <button class="primary" type="submit" ?disabled=${v.busy}>${t('edit.save')}</button>
        <button type="button" ?disabled=${v.busy} @click=${this.#onCancel}>${t('edit.cancel')}</button>
      </div>
    </form>`;
  }

  async #openEdit(memberId: string) {
    this.#actor.send({ type: 'member.edit', memberId });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#edit-role')?.focus();
  }

  /** Back to the member's "Change" button once the form has closed. */
  async #focusMember(memberId: string | undefined) {
    await this.updateComplete;
    if (memberId) this.renderRoot.querySelector<HTMLElement>(`button[data-member="${memberId}"]`)?.focus();
  }

  /** A refused change may remove the form the focus was in: the message takes it. */
  async #focusFailure() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="failure"]')?.focus();
  }

  async #settle(event: SpaceCompositionEvent, busy: 'adding' | 'updating') {
    const actor = this.#actor.actor;
    actor.send(event);
    if (!actor.getSnapshot().matches(busy)) return false;
    try {
      await waitFor(actor, (s) => !s.matches(busy));
    } catch {
      return false; // the actor was replaced (another space or back end)
    }
    return true;
  }

  async #onAdd(e: SubmitEvent) {
    e.preventDefault();
    const sent = await this.#settle({ type: 'member.add' }, 'adding');
    const s = this.#actor.snapshot;
    if (Object.keys(s.context.errors).length) return focusFirstInvalid(this);
    if (s.context.failure) return this.#focusFailure();
    // Added: the emptied form is ready for the next person.
    if (sent && s.context.notice?.kind === 'added') {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#displayName')?.focus();
    }
  }

  async #onSave(e: SubmitEvent) {
    e.preventDefault();
    const memberId = this.#actor.snapshot.context.edit?.memberId;
    await this.#settle({ type: 'edit.save' }, 'updating');
    const s = this.#actor.snapshot;
    if (s.context.edit && Object.keys(s.context.edit.errors).length) return focusFirstInvalid(this);
    if (s.context.failure) return this.#focusFailure();
    if (!s.context.edit) await this.#focusMember(memberId);
  }

  #onCancel() {
    const memberId = this.#actor.snapshot.context.edit?.memberId;
    this.#actor.send({ type: 'edit.cancel' });
    void this.#focusMember(memberId);
  }
}
