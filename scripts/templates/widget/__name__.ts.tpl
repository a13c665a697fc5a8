import {
  connect{{Name}},
  load{{Name}},
  type ParticipeBackend,
  {{camel}}Machine,
  type {{Name}}LoadRequest,
  type {{Name}}LoadResult,
  type {{Name}}View,
} from '@participe/core';
import { html, nothing, type PropertyValues } from 'lit';
import { fromPromise } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import { common } from '../i18n/common.messages.js';
import { localeOf, translator, type Variant } from '../i18n/i18n.js';
import { resolveBackend } from '../internal/backend.js';
import { failureMessage } from '../internal/failure.js';
import { ParticipeElement } from '../internal/participe-element.js';
import { frameStyles } from '../styles/frame.js';
import { tokens } from '../styles/tokens.js';
import { {{camel}}Messages } from './{{name}}.messages.js';
import { {{camel}}Styles } from './{{name}}.styles.js';

const wordsFor = (el: Element, variant: Variant) => ({
  t: translator({{camel}}Messages, localeOf(el), variant),
  c: translator(common, localeOf(el), variant),
});
type Words = ReturnType<typeof wordsFor>;

/** Properties whose change means another space: a fresh actor, loaded again. */
const RESTART_ON = ['space', 'backend', 'endpoint'] as const;

/**
 * @summary {{words}}: TODO say in one sentence what a person sees and does here.
 *
 * @attr endpoint - Base URL of the Participe REST API, e.g. `https://participe.example.fr/api`.
 * @attr space - Id or slug of the space (participation group) to show.
 * @attr variant - `standard` or `falc` (easy-to-read wording).
 *
 * @csspart base - The whole widget.
 * @csspart heading - The widget's title.
 * @csspart status - The live line saying what is happening.
 * @csspart error - The error message and its retry button.
 *
 * @cssprop --participe-color-primary - Buttons and links.
 * @cssprop --participe-color-danger - Error messages.
 * @cssprop --participe-color-text - Text.
 * @cssprop --participe-color-focus - Focus ring.
 * @cssprop --participe-radius - Corner radius.
 * @cssprop --participe-space - Base spacing.
 * @cssprop --participe-font-size - Base font size.
 */
export class Participe{{Name}} extends ParticipeElement {
  static override styles = [tokens, frameStyles, {{camel}}Styles];

  static override properties = {
    endpoint: {},
    space: {},
    backend: { attribute: false },
  };

  /** Base URL of the REST API, e.g. `https://participe.example.fr/api`. */
  declare endpoint: string;
  /** The group's id or slug. */
  declare space: string;
  /** An in-process back end (tests, Storybook, demos); wins over `endpoint`. */
  declare backend: ParticipeBackend | null;

  constructor() {
    super();
    this.endpoint = '';
    this.space = '';
    this.backend = null;
  }

  readonly #actor = new ActorController(
    this,
    () =>
      {{camel}}Machine.provide({
        actors: {
          load: fromPromise<{{Name}}LoadResult, {{Name}}LoadRequest>(async ({ input }) =>
            load{{Name}}(await resolveBackend(this), input),
          ),
        },
      }),
    () => ({ spaceId: this.space }),
  );

  /** The view of the current snapshot and the intents a person may trigger. */
  #api() {
    return connect{{Name}}(this.#actor.snapshot, (event) => this.#actor.send(event));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a removal: the controller made a fresh actor; load it again.
    if (this.hasUpdated && this.space) this.#api().load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (RESTART_ON.some((key) => changed.has(key))) {
      this.#actor.restart();
      if (this.space) this.#api().load();
    }
  }

  override render() {
    const api = this.#api();
    const w = wordsFor(this, this.variant);
    return html`<section part="base" aria-labelledby="heading" aria-busy=${api.busy ? 'true' : 'false'}>
      <h2 id="heading" part="heading">${w.t('heading')}</h2>
      <p part="status" role="status">${this.#status(api, w)}</p>
      ${api.state === 'error' ? this.#error(api, w) : nothing}
    </section>`;
  }

  #status(api: {{Name}}View, { t }: Words) {
    if (api.state === 'loading') return t('loading');
    if (api.state === 'ready' && api.spaceName) return t('ready', { space: api.spaceName });
    return '';
  }

  #error(api: {{Name}}View, { t, c }: Words) {
    return html`<div part="error" role="alert">
      <p>${failureMessage(api.failure, { notFound: t('noSpace'), offline: `${t('failed')} ${c('offline')}`, failed: t('failed') }) || t('failed')}</p>
      <button type="button" @click=${api.retry}>${c('retry')}</button>
    </div>`;
  }
}
