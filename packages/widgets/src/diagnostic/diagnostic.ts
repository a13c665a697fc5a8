import {
  type AggregateRequest,
  type AggregateResult,
  connectDiagnosticSession,
  type DiagnosticEvent,
  type DiagnosticMachine,
  type DiagnosticPanel,
  type DiagnosticResponse,
  type DiagnosticResult,
  type DiagnosticSessionView,
  type DiagnosticView,
  diagnosticSessionMachine,
  loadAggregate,
  type ParticipeBackend,
  type PlainText,
  type PreparedDiagnostic,
  type PrepareRequest,
  type Questionnaire,
  type ShareRequest,
  type StepMode,
  shareDiagnostic,
} from '@participe/core';
import { html, nothing, type PropertyValues } from 'lit';
import { fromPromise } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { ParticipeDiagnosticCompleteEvent } from '../events/diagnostic-complete.js';
import { common } from '../i18n/common.messages.js';
import { localeOf, translator } from '../i18n/i18n.js';
import { resolveBackend } from '../internal/backend.js';
import type { ContentSource } from '../internal/content.js';
import { oneLine, plain } from '../internal/council-text.js';
import { ParticipeElement } from '../internal/participe-element.js';
import { frameStyles } from '../styles/frame.js';
import { guideStyles } from '../styles/guide.js';
import { tokens } from '../styles/tokens.js';
import type { ResultsContentState } from './diagnostic.content.js';
import { diagnosticDrafts, draftKey, loadEngine, loadedEngine, prepareDiagnostic } from './diagnostic.load.js';
import { diagnosticMessages } from './diagnostic.messages.js';
import { diagnosticStyles } from './diagnostic.styles.js';
import { renderIntro, renderReview, renderStep, type WizardScope } from './diagnostic.wizard.js';

/** Properties whose change means another diagnostic: a fresh session (and draft). */
const RESTART_ON = [
  'space',
  'view',
  'stepMode',
  'backend',
  'endpoint',
  'content',
  'questionnaire',
  'responses',
] as const;
/** Where focus goes when the wizard shows another screen, so a screen reader announces it. */
const FOCUS_ON = {
  intro: '[part~="intro"] button',
  steps: '#step-title',
  review: '#review-title',
  results: '#results-title',
};

/**
 * @summary The self-diagnostic "Où en est notre démarche participative ?": one step at a
 * time, resumed after a reload, with results as a radar and a table, levels in words, the
 * phase of the cycle and recommendations; or, with `view="group"`, how each role sees it.
 *
 * @attr endpoint - Base URL of the Participe REST API, e.g. `https://participe.example.fr/api`.
 * @attr space - Id or slug of the space: members can add their answers to it, and its group view shows them.
 * @attr view - `answer` (a person answers, the default) or `group` (the group's answers, role by role).
 * @attr variant - `standard` or `falc` (easy-to-read wording, questions included).
 * @attr step-mode - `section` (a few questions per step, the default) or `question` (one question per step).
 * @attr resource-url - Link to a resource page, `{id}` replaced, e.g. `/ressources/{id}`. Without it, resources are plain text.
 *
 * @event {ParticipeDiagnosticCompleteDetail} participe-diagnostic-complete - A person reached their results; `detail.questionnaireId` and `detail.phase` (never the answers).
 *
 * @csspart base - The whole widget.
 * @csspart heading - The questionnaire's title.
 * @csspart live - The live line that says what is loading.
 * @csspart intro - The introduction and its start button.
 * @csspart notice - A note that answers came back, or were set aside.
 * @csspart step - One step of the questionnaire (a form).
 * @csspart progress-label - "Step 2 of 6".
 * @csspart progress - The progress bar.
 * @csspart step-title - The title of a step, the review, the results or the group view.
 * @csspart step-error - The message when answers are missing.
 * @csspart question - One question (a fieldset, or a text area and its label).
 * @csspart question-label - Its label.
 * @csspart help - Its help text.
 * @csspart hint - The length hint of a free-text answer.
 * @csspart choices - Its choices.
 * @csspart choice - One choice and its label.
 * @csspart field-error - What is wrong with an answer.
 * @csspart actions - Back, continue and other buttons.
 * @csspart review - The review of every answer.
 * @csspart review-section - One section of the review.
 * @csspart answers - The answers of a section.
 * @csspart answer - One question and its answer.
 * @csspart results - A person's results.
 * @csspart phase-estimate - Where the answers place the approach in the cycle.
 * @csspart content-status - Said while the council's phases and resources load for the results.
 * @csspart figure - The radar and its caption.
 * @csspart radar - The SVG radar.
 * @csspart legend - What each line of the group radar stands for.
 * @csspart table-scroll - The table's region, scrolled sideways with the keyboard when the table is wider than the widget.
 * @csspart table - The same figures as the radar, as a table.
 * @csspart recommendations - The recommendations.
 * @csspart recommendation - One recommendation.
 * @csspart resources - The resources a recommendation names.
 * @csspart resource - One resource.
 * @csspart resource-link - A resource's link, with `resource-url`.
 * @csspart share - Adding one's answers to the group's.
 * @csspart share-status - What became of them.
 * @csspart group - The group view.
 * @csspart differences - Where people concerned and professionals see things differently.
 * @csspart error - The error message and its retry button.
 *
 * @cssprop --participe-color-primary - Buttons, the progress bar, the radar's shape and a role's line.
 * @cssprop --participe-color-warning - Another role's line on the group radar.
 * @cssprop --participe-color-text - Text and the radar's main line.
 * @cssprop --participe-color-muted - Help and secondary text.
 * @cssprop --participe-color-surface - Background.
 * @cssprop --participe-color-surface-alt - Notes and the sharing box.
 * @cssprop --participe-color-border - Borders and the radar's grid.
 * @cssprop --participe-color-danger - Errors and missing answers.
 * @cssprop --participe-color-focus - Focus ring.
 * @cssprop --participe-radius - Corner radius.
 * @cssprop --participe-space - Base spacing.
 * @cssprop --participe-font-size - Base font size.
 */
export class ParticipeDiagnostic extends ParticipeElement {
  static override styles = [tokens, frameStyles, guideStyles, diagnosticStyles];

  static override properties = {
    endpoint: {},
    space: {},
    view: { reflect: true },
    stepMode: { attribute: 'step-mode' },
    resourceUrl: { attribute: 'resource-url' },
    backend: { attribute: false },
    content: { attribute: false },
    questionnaire: { attribute: false },
    responses: { attribute: false },
  };

  declare endpoint: string;
  declare space: string;
  declare view: DiagnosticPanel;
  declare stepMode: StepMode;
  declare resourceUrl: string;
  /** An in-process back end (tests, Storybook, demos); wins over `endpoint`. */
  declare backend: ParticipeBackend | null;
  /**
   * Phases and resources to use instead of the council's (or a promise of them). Default: read
   * through the API when the results or the group view first show.
   */
  declare content: ContentSource;
  /**
   * A questionnaire of the host's own (it must pass `validateQuestionnaire`). Default: the one
   * loaded through the API for the space (`PUT /api/spaces/{space}/diagnostics/questionnaire`,
   * else the council's), and the built-in one only without an API to ask.
   */
  declare questionnaire: Questionnaire | null;
  /** Responses to show in the group view instead of the space's, e.g. gathered on paper. */
  declare responses: DiagnosticResponse[] | null;

  constructor() {
    super();
    this.endpoint = '';
    this.space = '';
    this.view = 'answer';
    this.stepMode = 'section';
    this.resourceUrl = '';
    this.backend = null;
    this.content = null;
    this.questionnaire = null;
    this.responses = null;
  }

  readonly #session = new ActorController(
    this,
    () =>
      diagnosticSessionMachine.provide({
        actors: {
          prepare: fromPromise<PreparedDiagnostic, PrepareRequest>(({ input }) =>
            prepareDiagnostic(input, { questionnaire: this.questionnaire, backend: resolveBackend(this) }),
          ),
          share: fromPromise<DiagnosticResult, ShareRequest>(async ({ input }) =>
            shareDiagnostic(await resolveBackend(this), input),
          ),
          aggregate: fromPromise<AggregateResult, AggregateRequest>(async ({ input }) =>
            loadAggregate(
              input.responses ? null : await resolveBackend(this),
              input,
              (await loadEngine()).aggregateDiagnostics,
            ),
          ),
        },
      }),
    () => ({ spaceId: this.space, locale: localeOf(this), view: this.view, responses: this.responses }),
  );

  /** The questionnaire itself, on the engine's machine, once the session has prepared it. */
  #wizard: ActorController<DiagnosticMachine> | null = null;
  #wizardFor: PreparedDiagnostic | null = null;
  #lastSaved = '';
  /** The council's phases and resources for the results, with the language they were asked in. */
  #content: { locale: string; view: ResultsContentState } | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#session.send({ type: 'session.load' });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#closeWizard();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || RESTART_ON.some((key) => changed.has(key))) {
      this.#content = null;
      this.#closeWizard();
      if (this.hasUpdated) this.#session.restart();
      this.#session.send({ type: 'session.load' });
    }
    const v = connectDiagnosticSession(this.#session.snapshot);
    if (v.state === 'answering' && v.prepared && v.prepared !== this.#wizardFor) this.#openWizard(v.prepared);
    if (v.state !== 'answering') this.#closeWizard();
    if (v.group || this.#wizard?.snapshot.value === 'results') this.#loadContent();
  }

  /** Once per language: the results (or group view) are shown, so their content is wanted. */
  #loadContent() {
    const locale = localeOf(this);
    if (this.#content?.locale === locale) return;
    const mine: { locale: string; view: ResultsContentState } = { locale, view: { state: 'loading' } };
    this.#content = mine;
    void loadEngine()
      .then((engine) => engine.resultsContentOf(this.content, resolveBackend(this), locale))
      .then((view) => {
        // Another language or another diagnostic since: this answer is no one's.
        if (this.#content !== mine) return;
        mine.view = view;
        this.requestUpdate();
      });
  }

  /** The line said while the content loads, or the error and its retry button. */
  #contentNote(t: WizardScope['t']) {
    const view = this.#content?.view;
    if (view?.state === 'loading') return html`<p part="content-status" role="status">${t('contentLoading')}</p>`;
    if (view?.state !== 'failed') return nothing;
    return this.#error(view.offline, t('contentFailed'), () => {
      this.#content = null;
      this.requestUpdate();
    });
  }

  protected override updated(): void {
    this.#saveDraft();
  }

  #openWizard(prepared: PreparedDiagnostic) {
    this.#closeWizard();
    const engine = loadedEngine();
    const restored = prepared.saved ? engine.restoreDiagnostic(prepared.questionnaire, prepared.saved) : null;
    this.#lastSaved = prepared.saved ? JSON.stringify(prepared.saved) : '';
    this.#wizardFor = prepared;
    this.#wizard = new ActorController(
      this,
      () => engine.diagnosticMachine,
      () => restored?.input ?? { questionnaire: prepared.questionnaire, mode: this.stepMode },
      () => restored?.snapshot,
    );
  }

  #closeWizard() {
    if (!this.#wizard) return;
    this.#wizard.hostDisconnected();
    this.removeController(this.#wizard);
    this.#wizard = null;
    this.#wizardFor = null;
  }

  /** Keeps the diagnostic in progress on this device, each time it changes. */
  #saveDraft() {
    if (!this.#wizard || !this.#wizardFor) return;
    const snapshot = this.#wizard.snapshot;
    const saved = loadedEngine().saveDiagnostic(snapshot);
    // An untouched questionnaire leaves nothing behind on a shared computer.
    if (snapshot.value === 'intro' && Object.keys(saved.answers).length === 0) return;
    const json = JSON.stringify(saved);
    if (json === this.#lastSaved) return;
    this.#lastSaved = json;
    const key = draftKey(this.#session.snapshot.context.spaceId, this.#wizardFor.questionnaire);
    void diagnosticDrafts()
      .save(key, saved)
      .catch(() => undefined);
  }

  override render() {
    const v = connectDiagnosticSession(this.#session.snapshot);
    const t = translator(diagnosticMessages, localeOf(this), this.variant);
    const title = v.prepared ? plain(v.prepared.questionnaire.title, this.variant) : t('heading');
    const live = v.state === 'groupLoading' ? t('groupLoading') : v.busy ? t('loading') : '';
    return html`<section part="base" aria-labelledby="heading">
      <h2 id="heading" part="heading">${title}</h2>
      <p part="live" role="status">${live}</p>
      ${v.state === 'failed' ? this.#error(v.failure?.kind === 'offline', t('failed')) : nothing}
      ${v.state === 'answering' ? this.#answering(v) : nothing}
      ${v.state === 'groupEmpty' ? html`<p>${t('groupEmpty')}</p>` : nothing}
      ${
        v.state === 'groupFailed'
          ? this.#error(
              v.groupFailure?.kind === 'offline',
              t(refusal(v.groupFailure?.kind) ? 'groupMembersOnly' : 'groupFailed'),
            )
          : nothing
      }
      ${
        v.group && v.prepared
          ? loadedEngine().renderGroup(v.group, {
              t,
              words: this.#words,
              num: this.#num,
              prepared: v.prepared,
              content: this.#content?.view ?? { state: 'loading' },
              contentNote: this.#contentNote(t),
            })
          : nothing
      }
    </section>`;
  }

  #words = (text: PlainText) => oneLine(text, this.variant);
  #num = (n: number) => new Intl.NumberFormat(localeOf(this), { maximumFractionDigits: 1 }).format(n);

  #error(offline: boolean, message: string, retry = () => this.#session.send({ type: 'session.retry' })) {
    const c = translator(common, localeOf(this), this.variant);
    return html`<div part="error" role="alert">
      <p>${offline ? c('offline') : message}</p>
      <button type="button" @click=${retry}>${c('retry')}</button>
    </div>`;
  }

  #answering(v: DiagnosticSessionView) {
    if (!this.#wizard || !v.prepared) return nothing;
    const d = loadedEngine().connectDiagnostic(this.#wizard.snapshot);
    const t = translator(diagnosticMessages, localeOf(this), this.variant);
    const scope: WizardScope = {
      t,
      text: (text) => plain(text, this.variant),
      words: this.#words,
      num: this.#num,
      answerLabels: d.questionnaire.answerLabels,
      send: (e) => this.#send(e),
      hasSpace: v.share !== null,
      prepared: v.prepared,
    };
    const notice = this.#noticeOf(v.prepared);
    return [notice ? html`<p part="notice">${t(notice)}</p>` : nothing, this.#screen(d, scope, v)];
  }

  /** Said until the person acts: their saved answers came back, or no longer fit and were set aside. */
  #noticeOf(prepared: PreparedDiagnostic): 'resumed' | 'discarded' | null {
    const snapshot = this.#wizard!.snapshot;
    if (prepared.saved) {
      const untouched = JSON.stringify(loadedEngine().saveDiagnostic(snapshot)) === JSON.stringify(prepared.saved);
      return untouched ? 'resumed' : null;
    }
    const fresh = snapshot.value === 'intro' && Object.keys(snapshot.context.answers).length === 0;
    return prepared.discarded && fresh ? 'discarded' : null;
  }

  #screen(d: DiagnosticView, scope: WizardScope, v: DiagnosticSessionView) {
    const locale = localeOf(this);
    switch (d.state) {
      case 'intro':
        return renderIntro(d, scope);
      case 'steps':
        return renderStep(d, scope);
      case 'review':
        return renderReview(d, scope);
      default:
        return d.result
          ? loadedEngine().renderResults(d.result, {
              ...scope,
              resources: { locale, variant: this.variant, urlTemplate: this.resourceUrl },
              share: v.share,
              content: this.#content?.view ?? { state: 'loading' },
              contentNote: this.#contentNote(scope.t),
              shareProblem: v.shareFailure ? (refusal(v.shareFailure.kind) ? 'membersOnly' : 'shareFailed') : null,
              onShare: () => this.#share(),
              onRestart: () => this.#restart(),
            })
          : nothing;
    }
  }

  /** Sends to the questionnaire, tells the session when results are left, and moves focus. */
  async #send(event: DiagnosticEvent) {
    const wizard = this.#wizard;
    if (!wizard) return;
    const before = wizard.snapshot;
    wizard.send(event);
    const after = wizard.snapshot;
    if (before.value === 'results' && after.value !== 'results') this.#session.send({ type: 'session.edit' });
    if (after.value === 'results' && before.value !== 'results' && after.context.result) {
      const { questionnaireId, phase } = after.context.result;
      this.dispatchEvent(new ParticipeDiagnosticCompleteEvent({ questionnaireId, phase: phase?.current ?? null }));
    }
    if (event.type === 'diagnostic.answer') return;
    await this.updateComplete;
    const moved = before.value !== after.value || before.context.step !== after.context.step;
    // A new screen: its title, so it is announced. A refused step: the first answer to fix.
    const target = moved
      ? FOCUS_ON[after.value as keyof typeof FOCUS_ON]
      : after.context.issues.length
        ? '[aria-invalid="true"]'
        : null;
    if (target) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  #share() {
    if (this.#wizard) this.#session.send({ type: 'session.share', answers: this.#wizard.snapshot.context.answers });
  }

  /** Forgets the saved diagnostic and starts from an empty questionnaire. */
  async #restart() {
    const prepared = this.#wizardFor;
    if (prepared) {
      await diagnosticDrafts()
        .clear(draftKey(this.#session.snapshot.context.spaceId, prepared.questionnaire))
        .catch(() => undefined);
    }
    this.#lastSaved = '';
    this.#session.send({ type: 'session.restart' });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(FOCUS_ON.intro)?.focus();
  }
}

/** Refused for who the caller is (not a member, no token, or invalid input from the server's view). */
const refusal = (kind: string | undefined): boolean =>
  kind === 'rejected' || kind === 'forbidden' || kind === 'unauthorized';
