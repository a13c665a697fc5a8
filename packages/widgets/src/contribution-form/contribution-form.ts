import {
  type ContributionFormApi,
  connectContributionForm,
  contributionFormMachine,
  type FormField,
  formActors,
  newIdempotencyKey,
  type ParticipeBackend,
  parseKinds,
} from '@participe/core';
import { html, nothing } from 'lit';
import { ActorController } from '../controllers/actor-controller.js';
import { ParticipeSubmittedEvent } from '../events/submitted.js';
import { common } from '../i18n/common.messages.js';
import { localeOf, translator } from '../i18n/i18n.js';
import { ParticipeElement } from '../internal/participe-element.js';
import type { FieldScope } from './contribution-form.fields.js';
import { messages } from './contribution-form.messages.js';
import { failedView, type OutcomeScope, queuedView, sendingView, sentView } from './contribution-form.outcome.js';
import { renderStep, type StepScope } from './contribution-form.steps.js';
import { styles } from './contribution-form.styles.js';

type Translate = ReturnType<typeof translator<keyof (typeof messages)['fr']>>;

/**
 * Resolves once the page has painted (a frame, then a task), or after a second where frames
 * are paused (a hidden tab paints nothing).
 */
const painted = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 1000);
    requestAnimationFrame(() => setTimeout(resolve));
  });

/**
 * The form's actors over `backend`, or the REST API at `endpoint`. Drafts and the outbox in
 * IndexedDB, and the HTTP client for `endpoint`, come in one chunk loaded once step 1 is
 * painted: compiling and running it (and opening IndexedDB) would otherwise land before that
 * first paint on a slow phone. An injected back end reads the group at once.
 */
function actorsFor(backend: ParticipeBackend | null, endpoint: string) {
  const device =
    backend || endpoint
      ? painted()
          .then(() => import('./contribution-form.device.js'))
          .then((m) => m.openDevice(backend, endpoint))
          .catch(() => null)
      : Promise.resolve(null);
  return formActors(
    backend ? Promise.resolve(backend) : device.then((d) => d?.backend ?? null),
    device.then((d) => d?.actions ?? null),
  );
}

/**
 * A short form, one question group per step, with which a citizen sends an observation, a
 * proposal, a question or a testimony to a participation group. Drafts survive a reload;
 * offline, the submission waits in an outbox and leaves, exactly once, when the connection
 * is back. The confirmation gives a follow-up code and the answer delay.
 *
 * @summary Lets a citizen (or a facilitator for them) send a contribution to a group.
 *
 * @event {ParticipeSubmittedDetail} participe-submitted - The server stored a contribution. `detail` holds only `contributionId` and `kind`.
 *
 * @csspart form - The `<form>` of the current step.
 * @csspart progress - "Step 2 of 5", inside the step heading.
 * @csspart step - The current step: heading, error summary, questions.
 * @csspart field - One question: label or legend, hint, error, control.
 * @csspart label - A question's label or legend.
 * @csspart hint - Help under a question.
 * @csspart error - The error of one question, with a valid example.
 * @csspart error-summary - The list of answers to correct (role alert).
 * @csspart notice - "Your draft was found".
 * @csspart actions - The row of buttons.
 * @csspart button - Every button.
 * @csspart button-primary - The button that moves forward.
 * @csspart confirmation - What happened: sending, queued, failed or sent.
 * @csspart code - The follow-up code.
 * @csspart secret - The secret code, shown once.
 * @csspart link - The follow-up link.
 * @csspart status - "The topics are on their way" (step 3, while the group loads) and "service unavailable".
 *
 * @cssprop --participe-color-text - Text colour.
 * @cssprop --participe-color-muted - Hints and optional markers.
 * @cssprop --participe-color-surface - Background of controls and buttons.
 * @cssprop --participe-color-border - Borders of controls.
 * @cssprop --participe-color-primary - Buttons, links, progress.
 * @cssprop --participe-color-on-primary - Text on the primary button.
 * @cssprop --participe-color-danger - Errors.
 * @cssprop --participe-color-warning - "Write this code down".
 * @cssprop --participe-color-focus - Focus ring.
 * @cssprop --participe-radius - Corner radius.
 * @cssprop --participe-space - Base spacing.
 * @cssprop --participe-font-size - Base font size (the font family is the page's).
 */
export class ParticipeContributionForm extends ParticipeElement {
  static override styles = styles;

  static override properties = {
    endpoint: {},
    space: {},
    kinds: {},
    mode: {},
    facilitator: {},
    followUpUrl: { attribute: 'follow-up-url' },
    institution: {},
    backend: { attribute: false },
  };

  /** Base URL of the REST API, e.g. `https://participe.example.fr/api`. */
  declare endpoint: string;
  /** The group's id or slug. */
  declare space: string;
  /** Kinds offered, comma-separated, in order: `observation,proposal,question,testimony`. One kind skips the first step. Empty: all. */
  declare kinds: string;
  /** `assisted`: a logged-in facilitator types for someone; adds a step on whose behalf and how consent was given. */
  declare mode: string;
  /** The facilitator's member id, in assisted mode. */
  declare facilitator: string;
  /** Follow-up page, `{code}` replaced by the follow-up code: `/suivi?code={code}`. Empty: no link. */
  declare followUpUrl: string;
  /** Who commits to answering, as a sentence subject: `Le Département`. Empty: "we". */
  declare institution: string;
  /** An in-process back end (tests, Storybook, demos); wins over `endpoint`. */
  declare backend: ParticipeBackend | null;

  constructor() {
    super();
    this.endpoint = '';
    this.space = '';
    this.kinds = '';
    this.mode = '';
    this.facilitator = '';
    this.followUpUrl = '';
    this.institution = '';
    this.backend = null;
    // The machine decides where focus goes; it needs to know whether the person is inside.
    this.addEventListener('focusin', () => this.#api.setFocusWithin(true));
    this.addEventListener('focusout', () => this.#api.setFocusWithin(false));
    // `lang` is inherited: a change anywhere above re-renders the texts.
    const lang = new MutationObserver(() => this.requestUpdate());
    this.addController({
      hostConnected: () => lang.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true }),
      hostDisconnected: () => lang.disconnect(),
    });
  }

  /** The form's machine, with the device behind `backend` or `endpoint`; all the form's state is its snapshot. */
  readonly #form = new ActorController(
    this,
    () =>
      contributionFormMachine.provide({
        actors: actorsFor(this.backend, this.endpoint.trim()),
        actions: {
          focus: (_, target) => {
            if (target) void this.#focus(target);
          },
          stored: (_, detail) => {
            // Built first, then dispatched: the manifest takes the event from the JSDoc `@event`.
            const event = new ParticipeSubmittedEvent(detail);
            this.dispatchEvent(event);
          },
        },
      }),
    () => ({
      // The attribute as written (id or slug): the API accepts both, and stores the id.
      spaceId: this.space,
      kinds: parseKinds(this.kinds),
      mode: this.mode === 'assisted' ? ('assisted' as const) : ('public' as const),
      facilitatorId: this.facilitator || undefined,
      idempotencyKey: newIdempotencyKey(),
      // People write in the language the form speaks to them in: the contribution says so.
      lang: localeOf(this),
    }),
    undefined,
    // Another back end, group, kinds or mode: another form.
    () => [this.backend, this.endpoint, this.space, this.kinds, this.mode, this.facilitator],
  );

  get #api(): ContributionFormApi {
    return connectContributionForm(this.#form.snapshot, (e) => this.#form.send(e));
  }

  /** Where the machine sends focus, once the new view is rendered. */
  async #focus(target: FormField | 'heading') {
    this.requestUpdate();
    await this.updateComplete;
    const root = this.renderRoot;
    (target === 'heading'
      ? root.querySelector<HTMLElement>('[data-focus]')
      : (root.querySelector<HTMLElement>(`[name="${target}"]:checked`) ??
        root.querySelector<HTMLElement>(`#f-${target}`))
    )?.focus();
  }

  /**
   * Outside every landmark of the host page, an end screen is a region named by its heading
   * (RGAA 12.6). Known once the first end screen shows: the check loads then, after the
   * sending, so that neither the form's first step nor its sending carries it.
   */
  #region = false;
  #regionAsked = false;
  #askRegion() {
    if (this.#regionAsked) return;
    this.#regionAsked = true;
    void import('../internal/landmark.js').then(({ inHostLandmark }) => {
      this.#region = !inHostLandmark(this);
      if (this.#region) this.requestUpdate();
    });
  }

  // One live region outlives every view, so an outcome that arrives later (the outbox
  // delivering when the connection is back) is heard even with focus elsewhere on the page.
  override render() {
    const api = this.#api;
    const locale = localeOf(this);
    const variant = this.variant === 'falc' ? 'falc' : 'standard';
    const t = translator(messages, locale, variant);
    const c = translator(common, locale, variant);
    return html`${this.#view(api, t, c)}
      <p class="visually-hidden" role="status">${api.announce ? t(`${api.announce}.title`) : ''}</p>`;
  }

  #view(api: ContributionFormApi, t: Translate, c: ReturnType<typeof translator<keyof (typeof common)['fr']>>) {
    if (api.view === 'unavailable') return html`<p part="status" role="alert">${t('unavailable')}</p>`;
    const outcome: OutcomeScope = {
      api,
      t,
      retryText: c('retry'),
      institution: this.institution,
      followUpUrl: this.followUpUrl,
      region: this.#region,
    };
    if (api.view === 'queued' || api.view === 'failed' || api.view === 'sent') this.#askRegion();
    if (api.view === 'sending') return sendingView(outcome);
    if (api.view === 'queued') return queuedView(outcome);
    if (api.view === 'failed') return failedView(outcome);
    if (api.view === 'sent') return sentView(outcome, api.result!);
    const scope: StepScope = {
      api,
      t,
      errorText: (f) => this.#errorText(api, t, f),
      optionalText: c('optional'),
    };
    const steps = api.steps.length;
    return html`
      ${
        api.restored
          ? html`<div class="notice" part="notice" role="status">
              <p>${t('draftRestored')}</p>
              <div><button type="button" part="button" @click=${api.startOver}>${t('startOver')}</button></div>
            </div>`
          : nothing
      }
      <form
        part="form"
        novalidate
        aria-labelledby="step-heading"
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          api.submit();
        }}
      >
        <div class="step" part="step">
          <h2 id="step-heading" tabindex="-1" data-focus>
            <span class="progress-text" part="progress"
              >${t('progress', { current: api.position, total: steps })}</span
            >
            ${t(`step.${api.step!}`)}
          </h2>
          <progress max=${steps} value=${api.position} aria-hidden="true"></progress>
          ${api.fieldsInError.length ? this.#summary(api.fieldsInError, t, scope) : nothing}
          ${renderStep(api.step!, scope)}
        </div>
        <div class="actions" part="actions">
          ${api.canGoBack ? html`<button type="button" part="button" @click=${api.back}>${c('back')}</button>` : nothing}
          <button type="submit" class="primary" part="button button-primary">
            ${api.step === 'review' ? t('submit') : c('next')}
          </button>
        </div>
        ${this.#honeypot(api, t)}
      </form>
    `;
  }

  /** The sentence naming a field's error, with a valid example (for a theme, the group's first one). */
  #errorText(api: ContributionFormApi, t: Translate, field: FormField): string {
    const error = api.getFieldProps(field).error;
    if (!error || field === 'wantsContact') return '';
    if (field === 'contactConsent') return t('error.consentMissing');
    if (field === 'email' && error.code === 'required') return t('error.contactMissing');
    return t(`error.${error.code}`, {
      name: t(`name.${field}`),
      example:
        field === 'theme'
          ? (api.themes?.[0]?.label ?? '')
          : field === 'kind'
            ? t(`kind.${api.kinds[0] ?? 'proposal'}`)
            : t(`example.${field}`),
      max: error.max ?? 0,
    });
  }

  #summary(fields: readonly FormField[], t: Translate, scope: FieldScope) {
    return html`<div class="summary" part="error-summary" role="alert">
      <p><strong>${t('errorSummary', { n: fields.length })}</strong></p>
      <ul>
        ${fields.map(
          (f) =>
            html`<li>
              <a
                href=${`#f-${f}`}
                @click=${(e: Event) => {
                  e.preventDefault();
                  void this.#focus(f);
                }}
                >${scope.errorText(f)}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  // Bots fill every field they find; people never see this one, and it takes no focus.
  #honeypot(api: ContributionFormApi, t: Translate) {
    return html`<div class="visually-hidden" aria-hidden="true">
      <label for="f-website">${t('honeypot')}</label>
      <input
        id="f-website"
        name="website"
        type="text"
        tabindex="-1"
        autocomplete="off"
        .value=${api.values.website}
        @input=${(e: Event) => api.change('website', (e.target as HTMLInputElement).value)}
      />
    </div>`;
  }
}
