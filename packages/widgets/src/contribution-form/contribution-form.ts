import {
  type ContributionFormEvent,
  type FormField,
  type FormStep,
  type ParticipeBackend,
  STEP_FIELDS,
  stepsOf,
} from '@participe/core';
import { html, LitElement, nothing } from 'lit';
import { ActorController } from '../controllers/actor-controller.js';
import { ParticipeSubmittedEvent } from '../events/submitted.js';
import { common } from '../i18n/common.messages.js';
import { I18nController, localeOf, translator, type Variant } from '../i18n/i18n.js';
import { resolveBackend } from '../internal/backend.js';
import { fieldId } from './contribution-form.fields.js';
import { messages } from './contribution-form.messages.js';
import { failedView, type OutcomeScope, queuedView, sendingView, sentView } from './contribution-form.outcome.js';
import {
  type FormSnapshot,
  newKey,
  openSession,
  openStores,
  parseKinds,
  readSaved,
  type Session,
  wireSession,
} from './contribution-form.session.js';
import { renderStep, type StepScope } from './contribution-form.steps.js';
import { styles } from './contribution-form.styles.js';

type FormLogic = Session['logic'];
type Translate = ReturnType<typeof translator<keyof (typeof messages)['fr']>>;
type CommonTranslate = ReturnType<typeof translator<keyof (typeof common)['fr']>>;

const ALL_FIELDS = Object.values(STEP_FIELDS).flat();
const stepOfField = (field: FormField) =>
  (Object.keys(STEP_FIELDS) as FormStep[]).find((s) => STEP_FIELDS[s].includes(field));
const noop = () => undefined;

/** Resolves after the next paint (rAF, then a task); at most 50 ms later where frames are paused. */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });

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
 * @csspart secret - The personal key shown once.
 * @csspart link - The follow-up link.
 * @csspart status - Loading and "service unavailable".
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
export class ParticipeContributionForm extends LitElement {
  /** Re-renders when the English or FALC tables, loaded on demand, arrive. */
  protected readonly i18n = new I18nController(this);
  static override styles = styles;

  static override properties = {
    endpoint: {},
    space: {},
    kinds: {},
    variant: { reflect: true },
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
  /** `falc`: easy-to-read wording and larger text. */
  declare variant: Variant;
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
    this.variant = 'standard';
    this.mode = '';
    this.facilitator = '';
    this.followUpUrl = '';
    this.institution = '';
    this.backend = null;
  }

  #phase: 'loading' | 'ready' | 'unavailable' = 'loading';
  #session: Session | null = null;
  /** The person did something in this form since it started: a draft arriving late is not applied. */
  #touched = false;
  #ctrl: ActorController<FormLogic> | null = null;
  #cleanup: Array<() => void> = [];
  #bootKey: readonly unknown[] | null = null;
  #run = 0;
  #restored = false;
  #lastView: string | undefined;
  #hadFocus = false;
  #focusErrors = false;
  /** "Try now" found no connection either. */
  #stillOffline = false;
  /** Said by the live region when an outcome arrives while focus is elsewhere. */
  #announce = '';
  // `lang` is inherited: a change anywhere above re-renders the texts.
  #langObserver = new MutationObserver(() => this.requestUpdate());

  override connectedCallback() {
    super.connectedCallback();
    this.#langObserver.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
    this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#langObserver.disconnect();
    this.#run += 1;
    this.#teardown();
    this.#bootKey = null;
  }

  protected override willUpdate() {
    // Focus moves (to a heading, to an error) only for someone already using the form; read
    // before rendering, since the focused button may be replaced.
    this.#hadFocus = this.matches(':focus-within');
    this.#prepareAnnouncement();
    const key = [this.backend, this.endpoint, this.space, this.kinds, this.mode, this.facilitator];
    if (this.isConnected && !(this.#bootKey && key.every((v, i) => v === this.#bootKey?.[i]))) {
      this.#bootKey = key;
      void this.#boot();
    }
  }

  async #boot() {
    const run = ++this.#run;
    this.#teardown();
    this.#phase = 'loading';
    const backend = await resolveBackend(this);
    if (run !== this.#run) return;
    if (!backend || !this.space) {
      this.#phase = 'unavailable';
      this.requestUpdate();
      return;
    }
    const options = {
      backend,
      space: this.space,
      kinds: parseKinds(this.kinds),
      mode: this.mode === 'assisted' ? ('assisted' as const) : ('public' as const),
      facilitatorId: this.facilitator || undefined,
    };
    // Let the browser paint the "loading" status before the machine starts and step 1 renders:
    // on a slow phone that first paint comes early, and step 1 follows in the next frames.
    await this.updateComplete;
    await afterPaint();
    if (run !== this.#run) return;
    // Step 1 shows at once; the space and the saved draft arrive in parallel.
    const spaceReady = backend.getSpace(this.space).catch(() => null);
    const stores = openStores(options);
    const saved = readSaved(stores).catch(() => null);
    this.#touched = false;
    this.#start(openSession(options, spaceReady, stores));
    this.requestUpdate();
    const found = await saved;
    if (run !== this.#run) return;
    // A draft from an earlier visit takes the place of the empty form, unless the person
    // has already started: then what they are typing wins (and becomes the draft).
    if (found && !this.#touched) {
      this.#teardown();
      this.#start(openSession(options, spaceReady, stores, found));
      this.requestUpdate();
    }
    // If the space cannot be loaded, the form says the service is unavailable (the draft,
    // saved on every change, keeps what was typed).
    const space = await spaceReady;
    if (run !== this.#run) return;
    if (!space) {
      this.#teardown();
      this.#phase = 'unavailable';
    }
    this.requestUpdate();
  }

  #start(session: Session) {
    const ctrl = new ActorController(
      this,
      () => session.logic,
      () => session.input,
    );
    this.#session = session;
    this.#ctrl = ctrl;
    this.#restored = session.restored;
    const unwire = wireSession(session, ctrl.actor, (detail) => {
      this.#restored = false;
      // Built first, then dispatched: the manifest takes the event from the JSDoc `@event`.
      const event = new ParticipeSubmittedEvent(detail);
      this.dispatchEvent(event);
    });
    this.#cleanup = [
      unwire,
      () => {
        ctrl.hostDisconnected();
        this.removeController(ctrl);
      },
    ];
    this.#phase = 'ready';
  }

  #teardown() {
    for (const fn of this.#cleanup.splice(0)) fn();
    this.#session = null;
    this.#ctrl = null;
  }

  #send(event: ContributionFormEvent) {
    this.#touched = true;
    this.#ctrl?.send(event);
  }

  #t(): { t: Translate; c: CommonTranslate } {
    const locale = localeOf(this);
    const variant = this.variant === 'falc' ? 'falc' : 'standard';
    return { t: translator(messages, locale, variant), c: translator(common, locale, variant) };
  }

  #errorText(snap: FormSnapshot, t: Translate, field: FormField): string {
    const error = snap.context.errors[field];
    if (!error) return '';
    const name = t(`name.${field}`);
    const example =
      field === 'theme'
        ? (this.#session?.space?.themes[0]?.label ?? '')
        : field === 'kind'
          ? t(`kind.${snap.context.kinds[0] ?? 'proposal'}`)
          : t(`example.${field}`);
    switch (error.code) {
      case 'required':
        return field === 'email' ? t('error.contactMissing') : t('error.required', { name, example });
      case 'tooLong':
        return t('error.tooLong', { name, example, max: error.max ?? 0 });
      case 'consentMissing':
        return t('error.consentMissing');
      default:
        return t(`error.${error.code}`, { name, example });
    }
  }

  // One live region outlives every view, so an outcome that arrives later (the outbox
  // delivering when the connection is back) is heard even with focus elsewhere on the page.
  override render() {
    return html`${this.#view()}
      <p class="visually-hidden" role="status">${this.#announce}</p>`;
  }

  #view() {
    const { t, c } = this.#t();
    const session = this.#session;
    const ctrl = this.#ctrl;
    if (this.#phase === 'loading')
      return html`<p part="status" role="status" tabindex="-1" data-focus>${c('loading')}</p>`;
    if (!session || !ctrl) return html`<p part="status" role="alert">${t('unavailable')}</p>`;
    const snap = ctrl.snapshot;
    const outcome: OutcomeScope = {
      t,
      retryText: c('retry'),
      institution: this.institution,
      followUpHref: (code) => (this.followUpUrl ? this.followUpUrl.replaceAll('{code}', encodeURIComponent(code)) : ''),
      tryNow: () => this.#tryNow(session),
      retry: () => this.#send({ type: 'form.retry' }),
      review: () => this.#send({ type: 'form.back' }),
      another: () => this.#send({ type: 'form.reset', idempotencyKey: newKey() }),
    };
    if (snap.matches('sending')) return sendingView(outcome);
    if (snap.matches('queued')) return queuedView(outcome, this.#stillOffline);
    if (snap.matches('failed'))
      return failedView(outcome, snap.context.failure?.kind === 'rejected' ? snap.context.failure.message : undefined);
    if (snap.matches('sent') && snap.context.result) return sentView(outcome, snap.context.result);
    return this.#renderForm(snap, session, t, c);
  }

  #renderForm(snap: FormSnapshot, session: Session, t: Translate, c: CommonTranslate) {
    const ctx = snap.context;
    const step = (snap.value as { editing: FormStep }).editing;
    const steps = stepsOf(ctx);
    const index = steps.indexOf(step);
    const inError = ALL_FIELDS.filter((f) => ctx.errors[f]);
    const scope: StepScope = {
      t,
      values: ctx.values,
      errors: ctx.errors,
      errorText: (f) => this.#errorText(snap, t, f),
      optionalText: c('optional'),
      change: (field, value) => this.#send({ type: 'form.change', field, value }),
      space: session.space,
      kinds: ctx.kinds,
      steps,
      edit: (s) => this.#send({ type: 'form.edit', step: s }),
    };
    return html`
      ${this.#restored ? this.#notice(t) : nothing}
      <form part="form" novalidate aria-labelledby="step-heading" @submit=${this.#onSubmit}>
        <div class="step" part="step">
          <h2 id="step-heading" tabindex="-1" data-focus>
            <span class="progress-text" part="progress"
              >${t('progress', { current: index + 1, total: steps.length })}</span
            >
            ${t(`step.${step}`)}
          </h2>
          <progress max=${steps.length} value=${index + 1} aria-hidden="true"></progress>
          ${inError.length ? this.#summary(inError, t, scope) : nothing} ${renderStep(step, scope)}
        </div>
        <div class="actions" part="actions">
          ${
            index > 0
              ? html`<button type="button" part="button" @click=${() => this.#send({ type: 'form.back' })}>
                ${c('back')}
              </button>`
              : nothing
          }
          <button type="submit" class="primary" part="button button-primary">
            ${step === 'review' ? t('submit') : c('next')}
          </button>
        </div>
        ${this.#honeypot(ctx.values.website, t)}
      </form>
    `;
  }

  #notice(t: Translate) {
    return html`<div class="notice" part="notice" role="status">
      <p>${t('draftRestored')}</p>
      <div><button type="button" part="button" @click=${this.#startOver}>${t('startOver')}</button></div>
    </div>`;
  }

  #summary(fields: FormField[], t: Translate, scope: StepScope) {
    return html`<div class="summary" part="error-summary" role="alert">
      <p><strong>${t('errorSummary', { n: fields.length })}</strong></p>
      <ul>
        ${fields.map(
          (f) =>
            html`<li>
              <a
                href=${`#${fieldId(f)}`}
                @click=${(e: Event) => {
                  e.preventDefault();
                  void this.#focusField(f);
                }}
                >${scope.errorText(f)}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  // Bots fill every field they find; people never see this one, and it takes no focus.
  #honeypot(value: string, t: Translate) {
    return html`<div class="visually-hidden" aria-hidden="true">
      <label for="f-website">${t('honeypot')}</label>
      <input
        id="f-website"
        name="website"
        type="text"
        tabindex="-1"
        autocomplete="off"
        .value=${value}
        @input=${(e: Event) =>
          this.#send({ type: 'form.change', field: 'website', value: (e.target as HTMLInputElement).value })}
      />
    </div>`;
  }

  #onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    const snap = this.#ctrl?.snapshot;
    if (!snap) return;
    this.#focusErrors = true;
    this.#send(snap.matches({ editing: 'review' }) ? { type: 'form.submit' } : { type: 'form.next' });
  };

  #startOver = async () => {
    await this.#session?.clearDraft().catch(noop);
    this.#bootKey = null;
    this.requestUpdate();
  };

  async #focusField(field: FormField) {
    const snap = this.#ctrl?.snapshot;
    const step = stepOfField(field);
    if (snap && step && !snap.matches({ editing: step })) {
      this.#send({ type: 'form.edit', step });
      await this.updateComplete;
    }
    const root = this.renderRoot;
    (
      root.querySelector<HTMLElement>(`[name="${field}"]:checked`) ??
      root.querySelector<HTMLElement>(`#${fieldId(field)}`)
    )?.focus();
  }

  async #tryNow(session: Session) {
    this.#stillOffline = false;
    this.requestUpdate();
    await session.outbox.flush().catch(noop);
    this.#stillOffline = this.#ctrl?.snapshot.matches('queued') ?? false;
    this.requestUpdate();
  }

  #prepareAnnouncement() {
    const view = this.#viewKey();
    if (view === this.#lastView) return;
    this.#stillOffline = false;
    const { t } = this.#t();
    const titles: Record<string, string> = {
      sent: t('sent.title'),
      queued: t('queued.title'),
      failed: t('failed.title'),
    };
    this.#announce = this.#hadFocus ? '' : (titles[view] ?? '');
  }

  #viewKey(): string {
    const snap = this.#ctrl?.snapshot;
    if (this.#phase !== 'ready' || !snap) return this.#phase;
    return typeof snap.value === 'string' ? snap.value : `editing.${snap.value.editing}`;
  }

  // A new view puts focus on its heading, or on the first answer to correct; a refused
  // "Continue" puts it on the first answer to correct.
  protected override updated() {
    const view = this.#viewKey();
    const changed = view !== this.#lastView;
    this.#lastView = view;
    const wantErrors = this.#focusErrors;
    this.#focusErrors = false;
    if (!this.#hadFocus || !(changed || wantErrors)) return;
    const snap = this.#ctrl?.snapshot;
    const current = snap?.matches('editing') ? (snap.value as { editing: FormStep }).editing : undefined;
    const invalid = current && ALL_FIELDS.find((f) => snap?.context.errors[f] && stepOfField(f) === current);
    if (invalid) void this.#focusField(invalid);
    else if (changed) this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
  }
}
