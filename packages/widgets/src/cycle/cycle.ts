import {
  type BackofficeBackend,
  type ContentPack,
  type CycleGuideContent,
  type CycleGuideLoadRequest,
  type CycleGuideLoadResult,
  type CycleGuideView,
  type CycleResourcesRequest,
  connectCycleGuide,
  councilCycleContent,
  councilResources,
  cycleGuideMachine,
  type FocusMove,
  loadCycleGuide,
  NO_BACKEND,
  type ParticipeBackend,
  type PhaseId,
  type PlainText,
  type Resource,
  type WheelPhase,
} from '@participe/core';
import { html, nothing, type PropertyValues, svg } from 'lit';
import { fromPromise } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { ParticipePhaseSelectEvent } from '../events/phase-select.js';
import { common } from '../i18n/common.messages.js';
import { datesFor } from '../i18n/dates.js';
import { localeOf, translator } from '../i18n/i18n.js';
import { resolveBackend } from '../internal/backend.js';
import type { ContentSource } from '../internal/content.js';
import { oneLine, plain, wording } from '../internal/council-text.js';
import { ParticipeElement } from '../internal/participe-element.js';
import { frameStyles } from '../styles/frame.js';
import { guideStyles } from '../styles/guide.js';
import { tokens } from '../styles/tokens.js';
import { renderJourney } from './cycle.journey.js';
import { cycleMessages } from './cycle.messages.js';
import { renderGuide, renderSheet, type SheetScope } from './cycle.sheet.js';
import type { SteeringPanel } from './cycle.steering.js';
import { cycleStyles } from './cycle.styles.js';
import { hub, segment, VIEWBOX } from './cycle.wheel.js';

type T = ReturnType<typeof translator<keyof typeof cycleMessages.fr>>;

/** Keys of the wheel (a tab list): arrows move around it, Home and End go to its ends. */
const MOVES: Record<string, FocusMove> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

/** Properties whose change means other content or another space: a fresh actor. */
const RESTART_ON = ['space', 'backend', 'endpoint', 'content'] as const;

/**
 * @summary The participation cycle: a wheel of its seven phases with a group's current
 * phase and round, how the group got there (each move by role, when and why) and its
 * evaluation, each phase's sheet (stakes, objectives, points of vigilance, methods, tools,
 * resources), and "Par où commencer ?". The phases, questions and resources are the
 * council's own, read from its API (`/api/phases`, `/api/guide`, then `/api/resources`
 * when a sheet or an answer first needs them).
 *
 * @attr endpoint - Base URL of the Participe REST API, e.g. `https://participe.example.fr/api`: the council's content, and the group's place with `space`.
 * @attr space - Id or slug of a space (participation group) whose current phase and round to show. Without it, the cycle alone.
 * @attr variant - `standard` or `falc` (easy-to-read wording, content included).
 * @attr resource-url - Link to a resource page, `{id}` replaced, e.g. `/ressources/{id}`. Without it, resources are plain text.
 *
 * @event {ParticipePhaseSelectDetail} participe-phase-select - A person opened a phase's sheet; `detail.phase` is its id (`mobilise` … `share`).
 *
 * @csspart base - The whole widget.
 * @csspart heading - The widget's title.
 * @csspart intro - The sentence that presents the cycle.
 * @csspart live - The live line that says the cycle is loading.
 * @csspart where - Where the group stands: phase, round, and its problem in one sentence.
 * @csspart journey - How the group got there: its moves, newest first, and its evaluation.
 * @csspart move - One move (from → to, by which role, when, and why when it went back).
 * @csspart evaluation - The round's evaluation, viewpoint by viewpoint.
 * @csspart resources-status - Says the resources are loading, or could not be (with a retry button).
 * @csspart wheel - The SVG wheel (a tab list).
 * @csspart phase - One phase on the wheel (a tab); also `phase-current` and `phase-selected`.
 * @csspart keys - How to use the wheel with the keyboard.
 * @csspart legend - What the star on the wheel means.
 * @csspart choose - The hint shown while no sheet is open.
 * @csspart sheet - The open phase's sheet (the tab panel).
 * @csspart sheet-title - Its title.
 * @csspart sheet-section - One section of the sheet (stakes, objectives…).
 * @csspart resources - A list of resources.
 * @csspart resource - One resource.
 * @csspart resource-link - A resource's link, with `resource-url`.
 * @csspart guide - "Par où commencer ?".
 * @csspart guide-entries - Its list of questions.
 * @csspart guide-question - A question (a button that shows its answer).
 * @csspart guide-answer - The answer, with its phase and resources.
 * @csspart guide-phase - The button that opens the answer's phase.
 * @csspart error - The error message and its retry button.
 *
 * @cssprop --participe-color-primary - The open phase, buttons and links.
 * @cssprop --participe-color-on-primary - Text on the open phase.
 * @cssprop --participe-color-text - Text, and the dashed ring of the current phase.
 * @cssprop --participe-color-muted - Secondary text.
 * @cssprop --participe-color-surface - The wheel's phases.
 * @cssprop --participe-color-surface-alt - The hub and the "where the group stands" box.
 * @cssprop --participe-color-border - Phase outlines and borders.
 * @cssprop --participe-color-danger - Error messages.
 * @cssprop --participe-color-focus - Focus ring.
 * @cssprop --participe-radius - Corner radius.
 * @cssprop --participe-space - Base spacing.
 * @cssprop --participe-font-size - Base font size.
 */
export class ParticipeCycle extends ParticipeElement {
  static override styles = [tokens, frameStyles, guideStyles, cycleStyles];

  static override properties = {
    endpoint: {},
    space: {},
    resourceUrl: { attribute: 'resource-url' },
    backend: { attribute: false },
    content: { attribute: false },
    token: { attribute: false },
    staffBackend: { attribute: false },
  };

  declare endpoint: string;
  declare space: string;
  declare resourceUrl: string;
  /** An in-process back end (tests, Storybook, demos); wins over `endpoint`. */
  declare backend: ParticipeBackend | null;
  /**
   * Content given by the host page (`phases`, `guide`, and `resources` if it has them, as
   * in a content pack) instead of the council's API. A promise of it is fine.
   */
  declare content: ContentSource;
  /**
   * The bearer token of a member of the group's team, set by the host page after its own
   * sign-in (never an attribute): with `space`, the cycle shows its steering panel.
   */
  declare token: string | null;
  /** An in-process back end for the steering panel (tests, Storybook, demos); wins over `endpoint` and `token`. */
  declare staffBackend: BackofficeBackend | null;

  /** The steering panel, loaded on demand with a token: a public page never downloads it. */
  #steering: SteeringPanel | null = null;
  #steeringFor: readonly unknown[] = [];

  constructor() {
    super();
    this.endpoint = '';
    this.space = '';
    this.resourceUrl = '';
    this.backend = null;
    this.content = null;
    this.token = null;
    this.staffBackend = null;
  }

  readonly #guide = new ActorController(
    this,
    () =>
      cycleGuideMachine.provide({
        actors: {
          load: fromPromise<CycleGuideLoadResult, CycleGuideLoadRequest>(async ({ input }) => {
            const backend = await resolveBackend(this);
            return loadCycleGuide(backend, input, (locale) => this.#content(backend, locale));
          }),
          loadResources: fromPromise<Resource[], CycleResourcesRequest>(async ({ input }) => {
            const given = await this.content;
            if (given?.resources) return given.resources;
            const backend = await resolveBackend(this);
            if (!backend) throw NO_BACKEND;
            return councilResources(backend, input.locale);
          }),
        },
      }),
    () => ({ spaceId: this.space, locale: localeOf(this) }),
  );

  /** What the host gives (phases, questions, resources), and the rest from the council's API. */
  async #content(backend: ParticipeBackend | null, locale: ContentPack['locale']): Promise<CycleGuideContent> {
    const given = await this.content;
    let served: CycleGuideContent | null = null;
    if (!given?.phases || !given.guide) {
      if (!backend) throw NO_BACKEND;
      served = await councilCycleContent(backend, locale);
    }
    return {
      phases: given?.phases ?? served!.phases,
      guide: given?.guide ?? served!.guide,
      resources: given?.resources ?? null,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a removal: the controllers made fresh actors; load them again.
    if (this.hasUpdated) {
      this.#guide.send({ type: 'guide.load' });
      this.#steering?.load();
    }
  }

  /**
   * The wheel shows numbers and the list below it when its labels would overlap at full
   * width too: a person's own text spacing (WCAG 1.4.12: letters 0.12 em apart, words
   * 0.16 em) or a larger font makes the words wider than their segment. Watched on the
   * labels themselves, so a style applied after the wheel is drawn counts.
   */
  #numbered = false;
  // Checked on the next frame, not inside the observer's callback: switching the wheel there
  // would resize what it observes in the same frame ("ResizeObserver loop" errors).
  #labels =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => requestAnimationFrame(() => this.#checkLabels()))
      : null;

  #checkLabels() {
    const box = this.renderRoot.querySelector('.wheel-box');
    if (this.#numbered || !box || box.clientWidth < 480) return;
    const rects = [...box.querySelectorAll('g[role=tab]')].map((tab) =>
      [...tab.querySelectorAll('.number, .label')].map((t) => t.getBoundingClientRect()),
    );
    const apart = (a: DOMRect, b: DOMRect) =>
      a.right <= b.left + 1 || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1;
    const overlap = rects.some((mine, i) =>
      rects.slice(i + 1).some((theirs) => mine.some((a) => theirs.some((b) => !apart(a, b)))),
    );
    if (overlap) {
      this.#numbered = true;
      // Numbered for good on this page: nothing left to watch.
      this.#labels?.disconnect();
      this.requestUpdate();
    }
  }

  protected override updated(): void {
    if (this.#numbered) return;
    for (const text of this.renderRoot.querySelectorAll('.wheel-box .label')) this.#labels?.observe(text);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#labels?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || RESTART_ON.some((key) => changed.has(key))) {
      if (this.hasUpdated) this.#guide.restart();
      this.#guide.send({ type: 'guide.load' });
    }
    void this.#steer();
  }

  #steeringWanted = () => this.space.trim() !== '' && (Boolean(this.token) || this.staffBackend !== null);

  /** With a group and a token (or a staff back end), the steering panel; without, none. */
  async #steer() {
    const wanted = this.#steeringWanted();
    const key = [this.space, this.endpoint, this.staffBackend, Boolean(this.token)];
    if (!wanted) {
      this.#steering?.dispose();
      this.#steering = null;
      return;
    }
    if (this.#steering && key.every((k, i) => k === this.#steeringFor[i])) return;
    this.#steeringFor = key;
    if (this.#steering) return this.#steering.restart();
    const { SteeringPanel } = await import('./cycle.steering.js');
    // The token may have gone while the panel's code loaded.
    if (!this.#steeringWanted()) return;
    this.#steering ??= new SteeringPanel(this, (cycle) => this.#guide.send({ type: 'guide.cycle', cycle }));
    this.requestUpdate();
  }

  override render() {
    const v = connectCycleGuide(this.#guide.snapshot);
    const locale = localeOf(this);
    const t = translator(cycleMessages, locale, this.variant);
    const scope: SheetScope = {
      t,
      text: this.#text,
      label: this.#label,
      resources: { locale, variant: this.variant, urlTemplate: this.resourceUrl },
      onSelect: (phase) => this.#select(phase, true),
      onClose: () => this.#close(),
      onToggle: (entryId) => this.#guide.send({ type: 'guide.toggle', entryId }),
      onRetryResources: () => this.#guide.send({ type: 'guide.resources.retry' }),
      retry: translator(common, locale, this.variant)('retry'),
    };
    return html`<section part="base" aria-labelledby="heading">
      <h2 id="heading" part="heading">${t('heading')}</h2>
      <p part="intro">${t('intro')}</p>
      <p part="live" role="status">${v.busy ? t('loading') : ''}</p>
      ${v.state === 'error' ? this.#error(t) : nothing}
      ${
        v.phases.length
          ? [
              this.#where(v, t),
              this.#steering && v.cycle
                ? this.#steering.render({ locale, variant: this.variant, phases: v.phases, label: this.#label })
                : nothing,
              this.#wheel(v, t),
              renderSheet(v, scope),
              renderJourney(v, { t, label: this.#label, dates: datesFor(this) }),
              renderGuide(v, scope),
            ]
          : nothing
      }
    </section>`;
  }

  #text = (text: PlainText) => plain(text, this.variant);
  #label = (p: WheelPhase) => oneLine(p.phase.label, this.variant);

  #error(t: T) {
    const c = translator(common, localeOf(this), this.variant);
    const offline = this.#guide.snapshot.context.failure?.kind === 'offline';
    return html`<div part="error" role="alert">
      <p>${offline ? c('offline') : t('failed')}</p>
      <button type="button" @click=${() => this.#guide.send({ type: 'guide.retry' })}>${c('retry')}</button>
    </div>`;
  }

  #where(v: CycleGuideView, t: T) {
    if (v.cycleFailure) {
      return html`<p part="where">${v.cycleFailure.kind === 'notFound' ? t('noSpace') : t('cycleFailed')}</p>`;
    }
    const cycle = v.cycle;
    const current = v.phases.find((p) => p.current);
    if (!cycle || !current) return nothing;
    const where = t('where', {
      space: cycle.spaceName,
      n: current.number,
      phase: this.#label(current),
      round: cycle.round,
    });
    return html`<div part="where">
      <p>${where}</p>
      ${
        cycle.problemStatement
          ? html`<p>${t('problem')}</p>
              <blockquote>${cycle.problemStatement.text}</blockquote>`
          : nothing
      }
    </div>`;
  }

  #wheel(v: CycleGuideView, t: T) {
    const total = v.phases.length;
    const hubText = v.cycle ? t('hubRound', { round: v.cycle.round }) : t('hubAlone');
    // Below 480 px the labels would be too small to read on the wheel: it shows numbers, and
    // this list (cycle.styles.ts) says what each is. Hidden from assistive technologies: each
    // tab's name already says it. A tap on an entry opens its sheet, as on the wheel.
    const key = html`<ol class="phase-key" aria-hidden="true">
      ${v.phases.map(
        (p) =>
          html`<li class=${p.selected ? 'selected' : ''} @click=${() => this.#select(p.id)}>
            <span class="key-n">${p.current ? '★ ' : ''}${p.number}</span> ${this.#label(p)}
          </li>`,
      )}
    </ol>`;
    return html`<div class=${this.#numbered ? 'wheel-box numbered' : 'wheel-box'}><svg
        part="wheel"
        viewBox=${VIEWBOX}
        role="tablist"
        aria-label=${t('wheel')}
        aria-describedby="keys"
        @keydown=${this.#onKey}
      >
        ${hub(hubText)}
        ${v.phases.map((p) => {
          // The name holds the visible words ("Phase 4", the label) first: WCAG 2.5.3, label in name.
          const name = t('phaseName', { n: p.number, label: this.#label(p) });
          const parts = ['phase', p.current ? 'phase-current' : '', p.selected ? 'phase-selected' : ''];
          return svg`<g
            part=${parts.filter(Boolean).join(' ')}
            id=${`tab-${p.id}`}
            role="tab"
            tabindex=${p.focused ? 0 : -1}
            aria-selected=${p.selected ? 'true' : 'false'}
            aria-controls=${p.selected ? 'sheet' : nothing}
            aria-label=${p.current ? `${name} (${t('currentMark')})` : name}
            @focus=${() => this.#onFocus(p)}
            @click=${() => this.#select(p.id)}
          >${segment(p, total, t('phaseNumber', { n: p.number }), wording(p.phase.label, this.variant))}</g>`;
        })}
      </svg>${key}</div>
      <p id="keys" part="keys">${t('keys')}</p>
      ${v.cycle ? html`<p part="legend">${t('legend')}</p>` : nothing}`;
  }

  /** Opens a sheet. From "Par où commencer ?" the sheet is elsewhere on the page: focus goes to it. */
  async #select(phase: PhaseId, moveFocus = false) {
    this.#guide.send({ type: 'guide.select', phase });
    this.dispatchEvent(new ParticipePhaseSelectEvent({ phase }));
    if (!moveFocus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sheet')?.focus();
  }

  async #close() {
    this.#guide.send({ type: 'guide.close' });
    await this.updateComplete;
    this.renderRoot.querySelector<SVGGElement>('[role="tab"][tabindex="0"]')?.focus();
  }

  /** A click (or a screen reader) can focus a phase directly: the tab stop follows it. */
  #onFocus(p: WheelPhase) {
    if (!p.focused) this.#guide.send({ type: 'guide.focus', to: p.id });
  }

  async #onKey(e: KeyboardEvent) {
    const move = MOVES[e.key];
    if (move) {
      e.preventDefault();
      this.#guide.send({ type: 'guide.focus', to: move });
      await this.updateComplete;
      this.renderRoot.querySelector<SVGGElement>('[role="tab"][tabindex="0"]')?.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      await this.#select(this.#guide.snapshot.context.focused);
    }
  }
}
