import {
  ATTESTATION_FIELDS,
  ATTESTATION_SKILLS,
  type Attestation,
  type AttestationEvent,
  type AttestationField,
  type AttestationView,
  attestationActors,
  attestationMachine,
  connectAttestation,
  dayOf,
} from '@participe/core';
import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { waitFor } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { localeOf, translator, type Variant } from '../i18n/i18n.js';
import { GroupElement, type LoadStatus, loadStatusOf, resolveBackoffice } from '../internal/backoffice.js';
import {
  errorSentence,
  failureText,
  groupWordsFor,
  inputField,
  loadError,
  selectField,
  textareaField,
} from '../internal/space-admin.fields.js';
import { frameStyles } from '../styles/frame.js';
import { adminStyles } from '../styles/space-admin.js';
import { tokens } from '../styles/tokens.js';
import { attestationMessages } from './attestation.messages.js';
import { attestationStyles } from './attestation.styles.js';

const wordsFor = (el: Element, variant: Variant) => ({
  t: translator(attestationMessages, localeOf(el), variant),
  ...groupWordsFor(el, variant),
});
type Words = ReturnType<typeof wordsFor>;

const RESTART_ON = ['space', 'backend', 'endpoint', 'memberRole', 'signedBy'] as const;
const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/**
 * @summary Attestations of participation for the members of a group: pick a member, see
 * the meetings they came to, tick the skills they developed, sign, and get a page that
 * prints cleanly or saves as PDF. A member who is not a facilitator sees their own.
 *
 * @attr endpoint - Base URL of the Participe REST API, e.g. `https://participe.example.fr/api`.
 * @attr space - Id or slug of the space (participation group).
 * @attr lang - The widget's language, `fr` (default) or `en`; without it, the page's.
 * @attr variant - `standard` or `falc` (easy-to-read wording, the attestation included).
 * @attr member-role - The signed-in person's role in the group, as the host page knows it from its login. `facilitator` prepares attestations; anyone else sees and prints their own. The back end checks the role again.
 * @attr signed-by - Who signs by default, e.g. `Direction de l’insertion, animatrice du groupe`; the facilitator can change it.
 *
 * @csspart base - The whole widget.
 * @csspart heading - The widget's title.
 * @csspart status - The live line: loading, preparing, ready to print.
 * @csspart error - The message shown when the group cannot be loaded, with its retry button.
 * @csspart failure - The message shown when an attestation could not be prepared.
 * @csspart panel - The form.
 * @csspart attended - The meetings the chosen member came to.
 * @csspart skills - The skills to tick.
 * @csspart field - A form field: label, hint, error, control.
 * @csspart label - A field's label.
 * @csspart hint - A field's help text.
 * @csspart field-error - A field's error message.
 * @csspart check - A checkbox and its label.
 * @csspart actions - The form's buttons.
 * @csspart issued - The attestations prepared earlier.
 * @csspart print-actions - The print and back buttons (hidden when printing).
 * @csspart attestation - The attestation itself: the part that prints.
 * @csspart signature - Who signed it.
 *
 * @cssprop --participe-color-primary - Buttons.
 * @cssprop --participe-color-on-primary - Text on primary buttons.
 * @cssprop --participe-color-danger - Error messages.
 * @cssprop --participe-color-text - Text.
 * @cssprop --participe-color-muted - Secondary text.
 * @cssprop --participe-color-surface - Backgrounds.
 * @cssprop --participe-color-surface-alt - Form background.
 * @cssprop --participe-color-border - Borders.
 * @cssprop --participe-color-focus - Focus ring.
 * @cssprop --participe-radius - Corner radius.
 * @cssprop --participe-space - Base spacing.
 * @cssprop --participe-font-size - Base font size.
 */
export class ParticipeAttestation extends GroupElement {
  static override styles = [tokens, frameStyles, adminStyles, attestationStyles];

  static override properties = {
    signedBy: { attribute: 'signed-by' },
  };

  declare signedBy: string;

  constructor() {
    super();
    this.signedBy = '';
  }

  readonly #actor = new ActorController(
    this,
    () => attestationMachine.provide({ actors: attestationActors(() => resolveBackoffice(this)) }),
    () => ({ spaceId: this.space, manage: this.memberRole === 'facilitator', signedBy: this.signedBy }),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.space) this.#actor.send({ type: 'attestation.load' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (RESTART_ON.some((key) => changed.has(key))) {
      this.#actor.restart();
      if (this.space) this.#actor.send({ type: 'attestation.load' });
    }
  }

  protected override loadStatus(): LoadStatus {
    return loadStatusOf(this.#actor.snapshot);
  }

  protected override retryLoad(): void {
    this.#actor.send({ type: 'attestation.retry' });
  }

  override render() {
    const v = connectAttestation(this.#actor.snapshot, dayOf(this.now()));
    const w = wordsFor(this, this.variant);
    const loaded = v.spaceName !== null && v.state !== 'error' && v.state !== 'loading';
    const actionFailure = v.failure && v.state !== 'error' ? v.failure : null;
    return html`<section part="base" aria-labelledby="heading">
      <h2 id="heading" part="heading">${w.t('heading')}</h2>
      <p part="status" role="status">${this.#status(v, w)}</p>
      ${v.state === 'error' ? loadError(w, v.failure, () => this.#actor.send({ type: 'attestation.retry' })) : nothing}
      ${
        loaded && v.shown
          ? this.#printView(v.shown, w)
          : loaded
            ? html`${actionFailure ? html`<p part="failure" role="alert" tabindex="-1">${failureText(w.a, actionFailure, Object.keys(v.errors).length)}</p>` : nothing}
              ${v.manage ? this.#form(v, w) : nothing} ${this.#issued(v, w)}
              ${v.manage ? nothing : html`<p part="read-only">${w.a('readOnly')}</p>`}`
            : nothing
      }
    </section>`;
  }

  #status(v: AttestationView, { t }: Words) {
    if (v.state === 'loading') return t('loading');
    if (v.state === 'issuing') return t('issuing');
    if (v.shown && v.justIssued) return t('issued', { name: v.shown.memberName });
    return '';
  }

  #form(v: AttestationView, { t, a, dates }: Words) {
    const err = (field: AttestationField, example: string) => {
      const e = v.errors[field];
      return e ? errorSentence(a, e, t(`${field}.name`), example) : '';
    };
    const send = (event: AttestationEvent) => this.#actor.send(event);
    const member = v.member;
    const skillsError = err('skills', capitalised(t('skill.speakingInPublic')));
    const count = Object.keys(v.errors).length;
    return html`<form part="panel" novalidate aria-labelledby="form-heading" @submit=${this.#onIssue}>
      <h3 id="form-heading">${t('form.heading')}</h3>
      <p class="hint">${t('form.intro')}</p>
      ${count ? html`<p class="error" role="alert">${a('errorSummary', { n: count })}</p>` : nothing}
      ${selectField({
        id: 'memberId',
        label: t('memberId.label'),
        error: err('memberId', v.members[0]?.displayName ?? ''),
        value: v.values.memberId,
        placeholder: t('memberId.choose'),
        choices: v.members.map((m) => ({
          value: m.id,
          label: m.presence === 'left' ? t('memberId.left', { name: m.displayName }) : m.displayName,
        })),
        onInput: (memberId) => send({ type: 'attestation.pick', memberId }),
      })}
      ${
        member
          ? html`<section part="attended" aria-labelledby="attended-heading">
              <h4 id="attended-heading">${t('attended.heading', { name: member.displayName })}</h4>
              ${
                v.attended.length
                  ? html`<ul>
                      ${v.attended.map(
                        (m) =>
                          html`<li><time datetime=${m.on}>${t('attended.item', { date: dates.day(m.on), place: m.place })}</time></li>`,
                      )}
                    </ul>`
                  : html`<p>${t('attended.none', { name: member.displayName })}</p>`
              }
            </section>`
          : nothing
      }
      <fieldset
        part="skills"
        aria-describedby=${skillsError ? 'skills-hint skills-error' : 'skills-hint'}
      >
        <legend>${t('skills.legend')}</legend>
        <p class="hint" id="skills-hint">${t('skills.hint')}</p>
        ${skillsError ? html`<p class="error" part="field-error" id="skills-error">${skillsError}</p>` : nothing}
        ${ATTESTATION_SKILLS.map(
          (s) => html`<div class="check" part="check">
            <input
              type="checkbox"
              id=${`skill-${s}`}
              name="skills"
              .value=${s}
              .checked=${live(v.values.skills.includes(s))}
              @change=${(e: Event) =>
                send({ type: 'attestation.skill', skill: s, checked: (e.target as HTMLInputElement).checked })}
            />
            <label for=${`skill-${s}`}>${capitalised(t(`skill.${s}`))}</label>
          </div>`,
        )}
      </fieldset>
      ${textareaField({
        id: 'otherSkills',
        label: t('otherSkills.label'),
        hint: t('otherSkills.hint'),
        optional: true,
        optionalText: a('optional'),
        rows: 3,
        error: err('otherSkills', t('otherSkills.example')),
        value: v.values.otherSkills,
        onInput: (value) => send({ type: 'attestation.change', field: 'otherSkills', value }),
      })}
      ${inputField({
        id: 'signedBy',
        label: t('signedBy.label'),
        hint: t('signedBy.hint'),
        error: err('signedBy', t('signedBy.example')),
        value: v.values.signedBy,
        onInput: (value) => send({ type: 'attestation.change', field: 'signedBy', value }),
      })}
      <div part="actions">
        <button class="primary" type="submit" ?disabled=${v.busy}>${t('issue')}</button>
      </div>
    </form>`;
  }

  #issued(v: AttestationView, { t, dates }: Words) {
    return html`<section part="issued" aria-labelledby="issued-heading">
      <h3 id="issued-heading">${v.manage ? t('list.heading') : t('list.mine')}</h3>
      ${
        v.issued.length
          ? html`<ul>
              ${v.issued.map((at) => {
                const date = dates.day(at.issuedOn);
                return html`<li>
                  <span>${t('list.item', { name: at.memberName, date })}</span>
                  <button
                    type="button"
                    data-attestation=${at.id}
                    aria-label=${t('list.openFor', { name: at.memberName, date })}
                    ?disabled=${v.busy}
                    @click=${() => this.#open(at.id)}
                  >
                    ${t('list.open')}
                  </button>
                </li>`;
              })}
            </ul>`
          : html`<p>${t('list.empty')}</p>`
      }
    </section>`;
  }

  /** The attestation on screen as it prints; `@media print` hides everything else. */
  #printView(at: Attestation, { t, dates }: Words) {
    const name = at.memberName;
    return html`<div part="print-actions">
        <button class="primary" type="button" id="print" @click=${() => window.print()}>${t('print')}</button>
        <button type="button" @click=${this.#onBack}>${t('back')}</button>
      </div>
      <article part="attestation" aria-labelledby="doc-title">
        <h3 id="doc-title">${t('doc.title')}</h3>
        <p>${t('doc.intro', { name, space: at.spaceName })}</p>
        ${
          at.meetings.length
            ? html`<p>${t('doc.meetings', { name, n: at.meetings.length })}</p>
                <ul part="doc-meetings">
                  ${at.meetings.map(
                    (m) => html`<li>${t('doc.meeting', { date: dates.day(m.on), place: m.place })}</li>`,
                  )}
                </ul>`
            : html`<p>${t('doc.noMeetings')}</p>`
        }
        ${
          at.skills.length
            ? html`<p>${t('doc.skills', { name })}</p>
                <ul part="doc-skills">
                  ${at.skills.map((s) => html`<li>${t(`skill.${s}`)}</li>`)}
                </ul>`
            : nothing
        }
        ${at.otherSkills ? html`<p>${t('doc.otherSkills')} ${at.otherSkills}</p>` : nothing}
        ${!at.skills.length && !at.otherSkills ? html`<p>${t('doc.noSkills')}</p>` : nothing}
        <p>${t('doc.privacy')}</p>
        <p><time datetime=${at.issuedOn}>${t('doc.issuedOn', { date: dates.day(at.issuedOn) })}</time></p>
        <p part="signature">${t('doc.signedBy', { signedBy: at.signedBy })}</p>
      </article>`;
  }

  /** The attestation shown was opened from the list: focus goes to its print button. */
  async #open(attestationId: string) {
    this.#actor.send({ type: 'attestation.open', attestationId });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#print')?.focus();
  }

  async #onBack() {
    const id = this.#actor.snapshot.context.shown?.id;
    this.#actor.send({ type: 'attestation.close' });
    await this.updateComplete;
    const button = this.renderRoot.querySelector<HTMLElement>(`[data-attestation="${id}"]`);
    (button ?? this.renderRoot.querySelector<HTMLElement>('#memberId'))?.focus();
  }

  async #onIssue(e: SubmitEvent) {
    e.preventDefault();
    const actor = this.#actor.actor;
    actor.send({ type: 'attestation.issue' });
    if (actor.getSnapshot().matches('issuing')) {
      try {
        await waitFor(actor, (s) => !s.matches('issuing'));
      } catch {
        return; // the actor was replaced (another space or back end)
      }
    }
    await this.updateComplete;
    const s = this.#actor.snapshot;
    if (s.matches('viewing')) return this.renderRoot.querySelector<HTMLElement>('#print')?.focus();
    // The first field in error, in the form's order; for the skills, their first box.
    const first = ATTESTATION_FIELDS.find((f) => s.context.errors[f]);
    const target = first === 'skills' ? `#skill-${ATTESTATION_SKILLS[0]}` : first ? `#${first}` : '[part~="failure"]';
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }
}
