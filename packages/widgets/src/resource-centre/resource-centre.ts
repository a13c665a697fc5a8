import {
  type CouncilText,
  connectResourceCentre,
  councilWording,
  loadResourceCentre,
  loadResourceCentreResources,
  type ParticipeBackend,
  type PhaseId,
  RESOURCE_SEARCH_MAX,
  type ResourceCentreLoadRequest,
  type ResourceCentreLoadResult,
  type ResourceCentreResourcesRequest,
  type ResourceCentreView,
  type ResourceEntry,
  resourceCentreMachine,
} from '@participe/core';
import { html, nothing, type PropertyValues } from 'lit';
import { fromPromise } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { common } from '../i18n/common.messages.js';
import { localeOf, translator, type Variant } from '../i18n/i18n.js';
import { resolveBackend } from '../internal/backend.js';
import { ParticipeElement } from '../internal/participe-element.js';
import { resourceMessages } from '../internal/resource-list.messages.js';
import { frameStyles } from '../styles/frame.js';
import { guideStyles } from '../styles/guide.js';
import { listStyles } from '../styles/list.js';
import { tokens } from '../styles/tokens.js';
import { resourceCentreMessages } from './resource-centre.messages.js';
import { resourceCentreStyles } from './resource-centre.styles.js';

const wordsFor = (el: Element, variant: Variant) => ({
  t: translator(resourceCentreMessages, localeOf(el), variant),
  c: translator(common, localeOf(el), variant),
  r: translator(resourceMessages, localeOf(el), variant),
});
type Words = ReturnType<typeof wordsFor>;

/** Properties whose change means other content: a fresh actor, loaded again. */
const RESTART_ON = ['backend', 'endpoint', 'phase'] as const;

/**
 * @summary The council's resource centre: methods and tools by "where do I start" question,
 * by phase of the cycle, or by search, each with when to use it and its steps; read from the
 * council's API, in easy-to-read wording on request.
 *
 * @attr endpoint - Base URL of the Participe REST API, e.g. `https://participe.example.fr/api`.
 * @attr phase - The phase shown first (`mobilise` … `share`). Default `mobilise`.
 * @attr variant - `standard` or `falc` (easy-to-read wording, content included); the widget's own button switches it.
 *
 * @csspart base - The whole widget.
 * @csspart heading - The widget's title.
 * @csspart intro - The sentence that presents it.
 * @csspart falc-toggle - The button that switches to easy-to-read wording (pressed when on).
 * @csspart search - The search form (`search-input` its field).
 * @csspart status - The live line saying what is happening and how many resources are shown.
 * @csspart questions - "Where do I start?": the questions (`question`, pressed when chosen).
 * @csspart phases - The phases of the cycle (`phase`, pressed when chosen).
 * @csspart results - What was chosen: its title (`results-title`), a question's answer (`answer`), the resources.
 * @csspart go-to-phase - After a question's answer, the button that shows its phase's resources.
 * @csspart resources - The list of resources.
 * @csspart resource - One method or tool (`resource-title`, `resource-meta`).
 * @csspart resource-details - Its disclosure: when to use it (`when`) and its steps (`steps`).
 * @csspart empty - Said when there is no resource to show.
 * @csspart error - The error message and its retry button.
 *
 * @cssprop --participe-color-primary - Buttons, links and chosen items.
 * @cssprop --participe-color-on-primary - Text on a chosen item.
 * @cssprop --participe-color-danger - Error messages.
 * @cssprop --participe-color-text - Text.
 * @cssprop --participe-color-muted - Secondary text.
 * @cssprop --participe-color-border - Borders.
 * @cssprop --participe-color-surface-alt - The search box.
 * @cssprop --participe-color-focus - Focus ring.
 * @cssprop --participe-radius - Corner radius.
 * @cssprop --participe-space - Base spacing.
 * @cssprop --participe-font-size - Base font size.
 */
export class ParticipeResourceCentre extends ParticipeElement {
  static override styles = [tokens, frameStyles, listStyles, guideStyles, resourceCentreStyles];

  static override properties = {
    endpoint: {},
    phase: {},
    backend: { attribute: false },
  };

  /** Base URL of the REST API, e.g. `https://participe.example.fr/api`. */
  declare endpoint: string;
  /** The phase shown first. */
  declare phase: PhaseId;
  /** An in-process back end (tests, Storybook, demos); wins over `endpoint`. */
  declare backend: ParticipeBackend | null;

  constructor() {
    super();
    this.endpoint = '';
    this.phase = 'mobilise';
    this.backend = null;
  }

  readonly #actor = new ActorController(
    this,
    () =>
      resourceCentreMachine.provide({
        actors: {
          load: fromPromise<ResourceCentreLoadResult, ResourceCentreLoadRequest>(async ({ input }) =>
            loadResourceCentre(await resolveBackend(this), input),
          ),
          resources: fromPromise<ResourceEntry[], ResourceCentreResourcesRequest>(async ({ input }) =>
            loadResourceCentreResources(await resolveBackend(this), input),
          ),
        },
      }),
    () => ({ locale: localeOf(this), phase: this.phase }),
  );

  /** The view of the current snapshot and the intents a person may trigger. */
  #api() {
    return connectResourceCentre(this.#actor.snapshot, (event) => this.#actor.send(event));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a removal: the controller made a fresh actor; load it again.
    if (this.hasUpdated) this.#api().load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || RESTART_ON.some((key) => changed.has(key))) {
      if (this.hasUpdated) this.#actor.restart();
      this.#api().load();
    }
  }

  #text = (text: CouncilText) => html`<span class="pt">${councilWording(text, this.variant === 'falc')}</span>`;
  #line = (text: CouncilText) => councilWording(text, this.variant === 'falc').replaceAll('\n', ' ');

  override render() {
    const api = this.#api();
    const w = wordsFor(this, this.variant);
    const falc = this.variant === 'falc';
    return html`<section part="base" aria-labelledby="heading" aria-busy=${api.busy ? 'true' : 'false'}>
      <h2 id="heading" part="heading">${w.t('heading')}</h2>
      <p part="intro">${w.t('intro')}</p>
      <p>
        <button
          part="falc-toggle"
          type="button"
          aria-pressed=${falc ? 'true' : 'false'}
          @click=${() => {
            this.variant = falc ? 'standard' : 'falc';
          }}
        >${w.t('easyToRead')}</button>
      </p>
      ${this.#search(api, w)}
      <p part="status" role="status">${this.#status(api, w)}</p>
      ${api.state === 'error' ? this.#error(w, api.failure?.kind === 'offline', api.retry) : nothing}
      ${api.state === 'ready' ? [this.#questions(api, w), this.#phases(api, w), this.#results(api, w)] : nothing}
    </section>`;
  }

  #search(api: ResourceCentreView, { t }: Words) {
    const submit = (e: SubmitEvent) => {
      e.preventDefault();
      const input = (e.currentTarget as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
      api.search(input.value);
    };
    return html`<form part="search" role="search" @submit=${submit}>
      <div>
        <label for="q">${t('searchLabel')}</label>
        <p id="q-hint" class="hint">${t('searchHint')}</p>
        <input
          id="q"
          part="search-input"
          name="q"
          type="search"
          maxlength=${RESOURCE_SEARCH_MAX}
          aria-describedby="q-hint"
          .value=${api.query}
          ?disabled=${api.state !== 'ready'}
        />
      </div>
      <p><button type="submit" ?disabled=${api.state !== 'ready'}>${t('searchButton')}</button></p>
    </form>`;
  }

  #status(api: ResourceCentreView, { t }: Words) {
    if (api.busy && api.state !== 'idle') return t('loading');
    if (api.fetching) return t('fetching');
    if (api.state !== 'ready' || api.resourcesFailure || !api.shownFor) return '';
    const count = api.resources.length;
    const shown = api.shownFor;
    if (shown.by === 'search') return t('readySearch', { q: shown.q, count });
    if (shown.by === 'question') return t('readyQuestion', { count });
    return t('readyPhase', { n: this.#number(shown.phase), count });
  }

  #number = (phase: PhaseId) => this.#api().phases.findIndex((p) => p.id === phase) + 1;
  /** The council's name of a phase (read with the first screen), else the widget's own words. */
  #phaseName = (phase: PhaseId) => {
    const label = this.#api().phases.find((p) => p.id === phase)?.label;
    return label ? this.#line(label) : wordsFor(this, this.variant).t(phase);
  };

  #questions(api: ResourceCentreView, { t }: Words) {
    if (api.guide.length === 0) return nothing;
    return html`<section part="questions" aria-labelledby="by-question">
      <h3 id="by-question">${t('byQuestion')}</h3>
      <p>${t('byQuestionIntro')}</p>
      <ul class="choices">
        ${api.guide.map(
          ({ entry, selected }) => html`<li>
            <button
              part=${selected ? 'question chosen' : 'question'}
              type="button"
              aria-pressed=${selected ? 'true' : 'false'}
              @click=${() => api.chooseQuestion(entry.id)}
            >${this.#line(entry.question)}</button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  #phases(api: ResourceCentreView, { t }: Words) {
    return html`<section part="phases" aria-labelledby="by-phase">
      <h3 id="by-phase">${t('byPhase')}</h3>
      <ol class="choices">
        ${api.phases.map(
          ({ id, selected }, i) => html`<li>
            <button
              part=${selected ? 'phase chosen' : 'phase'}
              type="button"
              data-phase=${id}
              aria-pressed=${selected ? 'true' : 'false'}
              @click=${() => api.choosePhase(id)}
            >${t('phaseTitle', { n: i + 1, label: this.#phaseName(id) })}</button>
          </li>`,
        )}
      </ol>
    </section>`;
  }

  #results(api: ResourceCentreView, w: Words) {
    const { t } = w;
    const shown = api.shownFor;
    if (!shown) return nothing;
    const title =
      shown.by === 'search'
        ? t('searchTitle', { q: shown.q })
        : shown.by === 'question'
          ? this.#line(api.question?.question ?? { standard: '' })
          : t('phaseTitle', { n: this.#number(shown.phase), label: this.#phaseName(shown.phase) });
    const empty = shown.by === 'search' ? 'emptySearch' : shown.by === 'question' ? 'emptyQuestion' : 'emptyPhase';
    return html`<section part="results" aria-labelledby="results-title" aria-busy=${api.fetching ? 'true' : 'false'}>
      <h3 id="results-title" part="results-title">${title}</h3>
      ${api.question ? this.#answer(api, api.question.answer, api.question.phase, w) : nothing}
      ${api.resourcesFailure ? this.#error(w, api.resourcesFailure.kind === 'offline', api.retry, t('resourcesFailed')) : nothing}
      ${
        api.resources.length
          ? html`<ul part="resources">${api.resources.map((r) => this.#resource(r, w))}</ul>`
          : html`<p part="empty">${t(empty)}</p>`
      }
    </section>`;
  }

  #answer(api: ResourceCentreView, answer: CouncilText, phase: PhaseId, { t }: Words) {
    const go = async () => {
      api.choosePhase(phase);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLButtonElement>(`[data-phase="${phase}"]`)?.focus();
    };
    return html`<p part="answer">${this.#text(answer)}</p>
      <p>
        <button part="go-to-phase" type="button" @click=${go}>
          ${t('goToPhase', { n: this.#number(phase), label: this.#phaseName(phase) })}
        </button>
      </p>`;
  }

  #resource(r: ResourceEntry, { t, r: words }: Words) {
    const title = this.#line(r.title);
    return html`<li part="resource">
      <h4 part="resource-title">${title}</h4>
      <p part="resource-meta" class="meta">${words(r.type)} · ${words('duration', { duration: r.duration })}</p>
      <p>${this.#text(r.summary)}</p>
      <details part="resource-details">
        <summary>${t('details')}<span class="visually-hidden">${t('detailsOf', { title })}</span></summary>
        <h5>${t('whenToUse')}</h5>
        <p part="when">${this.#text(r.whenToUse)}</p>
        ${
          r.steps.length
            ? html`<h5>${t('steps')}</h5>
                <ol part="steps" class="list">
                  ${r.steps.map((s) => html`<li>${this.#text(s)}</li>`)}
                </ol>`
            : nothing
        }
      </details>
    </li>`;
  }

  #error({ t, c }: Words, offline: boolean, retry: () => void, message = t('failed')) {
    return html`<div part="error" role="alert">
      <p>${offline ? c('offline') : message}</p>
      <button type="button" @click=${retry}>${c('retry')}</button>
    </div>`;
  }
}
