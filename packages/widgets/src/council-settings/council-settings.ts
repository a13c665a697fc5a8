import {
  type CouncilSettingsConnected,
  type CouncilSettingsField,
  type CouncilSettingsSaveRequest,
  type CouncilSettingsView,
  connectCouncilSettings,
  councilSettingsMachine,
  loadCouncilSettings,
  saveCouncilSettings,
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
import { councilSettingsMessages } from './council-settings.messages.js';

const wordsFor = (el: Element, variant: Variant) => ({
  t: translator(councilSettingsMessages, localeOf(el), variant),
  c: translator(common, localeOf(el), variant),
});
type Words = ReturnType<typeof wordsFor>;

const FIELDS = ['name', 'mailFrom', 'answerWithinDays'] as const satisfies readonly CouncilSettingsField[];

/**
 * @summary The council's settings for its administrators: its name, the sender of the
 * messages residents receive, and the answer delay new groups start with; saved from the
 * version read.
 *
 * @attr endpoint - Base URL of the Participe REST API, e.g. `https://participe.example.fr/api`.
 * @attr variant - `standard` or `falc` (the administration's wording is the same in both).
 *
 * @csspart base - The whole widget.
 * @csspart heading - The widget's title.
 * @csspart status - The live line saying what is happening or what was saved.
 * @csspart error - The settings could not be loaded: why, and a retry button.
 * @csspart form - The settings' form.
 * @csspart failure - A save was refused: why, and what to do.
 *
 * @cssprop --participe-color-primary - Buttons and links.
 * @cssprop --participe-color-danger - Error messages.
 * @cssprop --participe-color-text - Text.
 * @cssprop --participe-color-focus - Focus ring.
 * @cssprop --participe-radius - Corner radius.
 * @cssprop --participe-space - Base spacing.
 * @cssprop --participe-font-size - Base font size.
 */
export class ParticipeCouncilSettings extends AdministrationElement {
  static override styles = [tokens, frameStyles, adminFormStyles];

  readonly #actor = new ActorController(
    this,
    () =>
      councilSettingsMachine.provide({
        actors: {
          load: fromPromise<CouncilSettingsView, void>(async () =>
            loadCouncilSettings(await resolveAdministration(this)),
          ),
          save: fromPromise<CouncilSettingsView, CouncilSettingsSaveRequest>(async ({ input }) =>
            saveCouncilSettings(await resolveAdministration(this), input),
          ),
        },
      }),
    () => ({}),
  );

  #api() {
    return connectCouncilSettings(this.#actor.snapshot, (event) => this.#actor.send(event));
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
      ${api.settings && (api.state === 'ready' || api.state === 'saving') ? this.#form(api, w) : nothing}
    </section>`;
  }

  #status(api: CouncilSettingsConnected, { t }: Words) {
    if (api.state === 'loading' || api.state === 'idle') return t('loading');
    if (api.state === 'saving') return t('saving');
    if (api.saved) return t('saved');
    return api.state === 'ready' ? t('ready') : '';
  }

  #error(api: CouncilSettingsConnected, { t, c }: Words) {
    return adminLoadError(api.failure, api.retry, { denied: t('denied'), failed: t('failed'), retry: c('retry') });
  }

  #form(api: CouncilSettingsConnected, w: Words) {
    const { t } = w;
    const s = api.settings!;
    return html`<form part="form" novalidate aria-labelledby="heading" @submit=${(e: SubmitEvent) => this.#submit(e, api)}>
      ${api.refusal ? this.#refusal(api, w) : nothing}
      ${FIELDS.map((f) => {
        const error = api.fieldError(f);
        const described = [`council-${f}-hint`, error ? `council-${f}-error` : ''].filter(Boolean).join(' ');
        return html`<div class="field">
          <label for=${`council-${f}`}>${t(`field.${f}`)}</label>
          <p class="hint" id=${`council-${f}-hint`}>${t(`field.${f}.hint`)}</p>
          <input
            id=${`council-${f}`}
            name=${f}
            type=${f === 'answerWithinDays' ? 'number' : 'text'}
            .value=${String(s[f] ?? '')}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${described}
          />
          ${error ? html`<p class="error" id=${`council-${f}-error`}>${error}</p>` : nothing}
        </div>`;
      })}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${api.saving}>${t('save')}</button>
      </div>
    </form>`;
  }

  #refusal(api: CouncilSettingsConnected, { t, c }: Words) {
    if (api.conflict) {
      return html`<div part="failure" role="alert">
        <p>${t('conflict')}</p>
        <button type="button" @click=${api.load}>${t('reload')}</button>
      </div>`;
    }
    const named = FIELDS.some((f) => api.fieldError(f));
    const text = failureMessage(api.refusal, {
      rejected: (f) => (named ? t('rejected') : (f.message ?? '')),
      denied: t('denied'),
      // Nothing reached the server: say so, as the other forms do.
      offline: `${c('offline')} ${t('failure')}`,
      failed: t('failure'),
    });
    return html`<div part="failure" role="alert"><p>${text}</p></div>`;
  }

  /** Reads the form; an empty field is a setting left to the server's default. */
  #submit(event: SubmitEvent, api: CouncilSettingsConnected) {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const days = text('answerWithinDays');
    api.save({
      ...(text('name') ? { name: text('name') } : {}),
      ...(text('mailFrom') ? { mailFrom: text('mailFrom') } : {}),
      ...(days ? { answerWithinDays: Number(days) } : {}),
    });
  }
}
