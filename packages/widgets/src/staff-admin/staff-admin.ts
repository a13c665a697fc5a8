import {
  connectStaffAdmin,
  loadStaffAdmin,
  MEMBER_ROLES,
  type MemberRole,
  type StaffAdminLoadResult,
  type StaffAdminSaveRequest,
  type StaffAdminView,
  type StaffMemberView,
  saveStaffAdmin,
  staffAdminMachine,
} from '@participe/core';
import { html, nothing } from 'lit';
import { fromPromise } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { common } from '../i18n/common.messages.js';
import { localeOf, translator, type Variant } from '../i18n/i18n.js';
import { AdministrationElement, adminLoadError, resolveAdministration } from '../internal/administration.js';
import { failureMessage } from '../internal/failure.js';
import { type LoadStatus, loadStatusOf } from '../internal/token-retry.js';
import { adminFormStyles } from '../styles/admin-form.js';
import { frameStyles } from '../styles/frame.js';
import { tokens } from '../styles/tokens.js';
import { staffAdminMessages } from './staff-admin.messages.js';
import { staffAdminStyles } from './staff-admin.styles.js';

const wordsFor = (el: Element, variant: Variant) => ({
  t: translator(staffAdminMessages, localeOf(el), variant),
  c: translator(common, localeOf(el), variant),
});
type Words = ReturnType<typeof wordsFor>;

/** The council's roles an invitation offers, above the role in the groups. */
const COUNCIL_ROLES = ['none', 'editor', 'admin'] as const;

/**
 * @summary The council's staff for its administrators: who may sign in, with which role, in
 * which groups, whether they edit the council's content or administer it, and in what state
 * (invited, active, removed); invite someone by e-mail (their first sign-in activates the
 * account), or remove their access.
 *
 * @attr endpoint - Base URL of the Participe REST API, e.g. `https://participe.example.fr/api`.
 * @attr variant - `standard` or `falc` (the administration's wording is the same in both).
 *
 * @csspart base - The whole widget.
 * @csspart heading - The widget's title.
 * @csspart status - The live line saying what is happening or what was done.
 * @csspart error - The staff could not be loaded: why, and a retry button.
 * @csspart list - The list of accounts.
 * @csspart form - The invitation form.
 * @csspart failure - An invitation was refused: why.
 *
 * @cssprop --participe-color-primary - Buttons and links.
 * @cssprop --participe-color-danger - Error messages.
 * @cssprop --participe-color-text - Text.
 * @cssprop --participe-color-focus - Focus ring.
 * @cssprop --participe-radius - Corner radius.
 * @cssprop --participe-space - Base spacing.
 * @cssprop --participe-font-size - Base font size.
 */
export class ParticipeStaffAdmin extends AdministrationElement {
  static override styles = [tokens, frameStyles, adminFormStyles, staffAdminStyles];

  readonly #actor = new ActorController(
    this,
    () =>
      staffAdminMachine.provide({
        actors: {
          load: fromPromise<StaffAdminLoadResult, void>(async () => loadStaffAdmin(await resolveAdministration(this))),
          save: fromPromise<StaffMemberView, StaffAdminSaveRequest>(async ({ input }) =>
            saveStaffAdmin(await resolveAdministration(this), input),
          ),
        },
      }),
    () => ({}),
  );

  #api() {
    return connectStaffAdmin(this.#actor.snapshot, (event) => this.#actor.send(event));
  }

  protected override load(): void {
    this.#api().load();
  }

  protected override restartActor(): void {
    this.#actor.restart();
  }

  protected override loadStatus(): LoadStatus {
    return loadStatusOf(this.#actor.snapshot);
  }

  protected override retryLoad(): void {
    this.#api().retry();
  }

  override render() {
    const api = this.#api();
    const w = wordsFor(this, this.variant);
    return html`<section part="base" aria-labelledby="heading" aria-busy=${api.busy ? 'true' : 'false'}>
      <h2 id="heading" part="heading">${w.t('heading')}</h2>
      <p part="status" role="status">${this.#status(api, w)}</p>
      ${api.state === 'error' ? this.#error(api, w) : nothing}
      ${
        api.state === 'ready' || api.state === 'saving'
          ? html`${this.#form(api, w)}
            <ul part="list">
              ${api.staff.map((a) => this.#item(a, api, w))}
            </ul>`
          : nothing
      }
    </section>`;
  }

  #status(api: StaffAdminView, { t }: Words) {
    if (api.state === 'loading' || api.state === 'idle') return t('loading');
    if (api.state === 'saving') return t('saving');
    if (api.saved) return t(`saved.${api.saved.kind}`, { email: api.saved.email });
    if (api.state === 'ready') return api.staff.length ? t('count', { n: api.staff.length }) : t('none');
    return '';
  }

  #error(api: StaffAdminView, { t, c }: Words) {
    return adminLoadError(api.failure, api.retry, { denied: t('denied'), failed: t('failed'), retry: c('retry') });
  }

  #item(account: StaffMemberView, api: StaffAdminView, { t }: Words) {
    const facts = [
      t(`role.${account.role}`),
      ...account.spaceIds.map((s) => api.spaceName(s)),
      ...(account.admin ? [t('admin')] : account.editor ? [t('editor')] : []),
      t(`status.${account.status}`),
    ].join(' · ');
    return html`<li>
      <div>
        <strong>${account.displayName ?? account.email}</strong>
        ${account.displayName ? html` <span>${account.email}</span>` : nothing}
        <p class="hint">${facts}</p>
      </div>
      ${
        account.status === 'removed'
          ? nothing
          : html`<button
            type="button"
            aria-label=${t('revokeLabel', { email: account.email })}
            ?disabled=${api.saving}
            @click=${() => api.revoke(account.id)}
          >
            ${t('revoke')}
          </button>`
      }
    </li>`;
  }

  /** Why an invitation was refused; a refusal no field shows is said in the server's words. */
  #refusal(refused: NonNullable<StaffAdminView['refusal']>, named: boolean, { t, c }: Words) {
    return failureMessage(refused, {
      rejected: (f) => (named ? t('rejected') : f.message || t('rejected')),
      // A session that expired is refused as a role is: only an administrator, signed in, invites.
      denied: t('denied'),
      offline: `${c('offline')} ${t('failure')}`,
      failed: t('failure'),
    });
  }

  #form(api: StaffAdminView, w: Words) {
    const { t } = w;
    const emailError = api.fieldError('email');
    const spacesError = api.fieldError('spaceIds');
    const refused = api.refusal;
    return html`<form part="form" aria-labelledby="invite-heading" novalidate @submit=${(e: SubmitEvent) => this.#submit(e, api)}>
      <h3 id="invite-heading">${t('inviteHeading')}</h3>
      ${
        refused
          ? html`<div part="failure" role="alert">
            <p>${this.#refusal(refused, Boolean(emailError || spacesError), w)}</p>
          </div>`
          : nothing
      }
      <div class="field">
        <label for="staff-email">${t('field.email')}</label>
        <p class="hint" id="staff-email-hint">${t('field.email.hint')}</p>
        <input
          id="staff-email"
          name="email"
          type="email"
          autocomplete="off"
          aria-invalid=${emailError ? 'true' : 'false'}
          aria-describedby=${emailError ? 'staff-email-hint staff-email-error' : 'staff-email-hint'}
        />
        ${emailError ? html`<p class="error" id="staff-email-error">${emailError}</p>` : nothing}
      </div>
      <div class="field">
        <label for="staff-role">${t('field.role')}</label>
        <select id="staff-role" name="role">
          ${MEMBER_ROLES.map((r) => html`<option value=${r} ?selected=${r === 'professional'}>${t(`role.${r}`)}</option>`)}
        </select>
      </div>
      <fieldset aria-describedby=${spacesError ? 'staff-spaces-error' : nothing}>
        <legend>${t('field.spaceIds')}</legend>
        ${api.spaces.map(
          (s) => html`<div class="field check">
            <input id=${`staff-space-${s.id}`} name="spaceIds" type="checkbox" value=${s.slug} />
            <label for=${`staff-space-${s.id}`}>${s.name}</label>
          </div>`,
        )}
        ${spacesError ? html`<p class="error" id="staff-spaces-error">${spacesError}</p>` : nothing}
      </fieldset>
      <fieldset>
        <legend>${t('field.council')}</legend>
        ${COUNCIL_ROLES.map(
          (r) => html`<div class="field check">
            <input id=${`staff-council-${r}`} name="council" type="radio" value=${r} ?checked=${r === 'none'} />
            <label for=${`staff-council-${r}`}>${t(`council.${r}`)}</label>
          </div>`,
        )}
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${api.saving}>${t('invite')}</button>
      </div>
    </form>`;
  }

  #submit(event: SubmitEvent, api: StaffAdminView) {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    api.invite({
      email: String(data.get('email') ?? '').trim(),
      role: String(data.get('role') ?? 'professional') as MemberRole,
      spaceIds: data.getAll('spaceIds').map(String),
      // One choice, so that nobody is both (an administrator already edits).
      admin: data.get('council') === 'admin',
      editor: data.get('council') === 'editor',
    });
  }
}
